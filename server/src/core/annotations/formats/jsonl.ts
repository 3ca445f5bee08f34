/**
 * JSONL in the shape doccano and Prodigy read: one article a line,
 *
 *   {"text": "...", "spans": [{"start": 10, "end": 15, "label": "PERSON"}], "meta": {...}}
 *
 * Offsets are Unicode code points, as Python's (and so Prodigy's and doccano's) string indices
 * are; `meta.offsets` says so. A user annotation's span also carries its `id` (and `note`), extra
 * keys both tools keep. `meta.article` is the article's path; `meta.lekh` holds the article's
 * whole store, so ids, attribution, source, orphaned and ignored annotations come back on import.
 */
import { CodePoints, companionObject, spansForExport, type ExportInput, type ImportedDoc, type ImportedSpan } from './common';
import { parseStore } from '../store';

/** One JSONL line (without the newline) for an article. */
export function exportJsonl(input: ExportInput): string {
  const spans = spansForExport(input);
  const cp = new CodePoints(input.text);
  const out = {
    text: input.text,
    spans: spans.map((s) => ({
      start: cp.toCodePoint(s.start),
      end: cp.toCodePoint(s.end),
      label: s.label,
      ...(s.annotation ? { id: s.annotation.id } : {}),
      ...(s.annotation?.note ? { note: s.annotation.note } : {}),
    })),
    meta: { article: input.article, offsets: 'codepoints', lekh: companionObject(input, spans) },
  };
  return JSON.stringify(out);
}

/** Reads one JSONL line. Problems name the line; offsets may be code points (default) or `meta.offsets: "utf16"`. */
export function importJsonlLine(line: string, lineNo: number): { ok: true; doc: ImportedDoc } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, message: `line ${lineNo}: not JSON (${(e as Error).message})` };
  }
  const o = raw as { text?: unknown; spans?: unknown; meta?: Record<string, unknown>; label?: unknown };
  if (!o || typeof o !== 'object' || typeof o.text !== 'string') return { ok: false, message: `line ${lineNo}: no "text" string` };
  const text = o.text;
  const utf16 = o.meta?.offsets === 'utf16';
  const cp = new CodePoints(text);
  const rawSpans = o.spans ?? (Array.isArray(o.label) ? (o.label as unknown[]).map((l) => (Array.isArray(l) ? { start: l[0], end: l[1], label: l[2] } : l)) : []);
  if (!Array.isArray(rawSpans)) return { ok: false, message: `line ${lineNo}: "spans" must be an array` };
  const spans: ImportedSpan[] = [];
  for (const [i, s] of rawSpans.entries()) {
    const x = s as { start?: unknown; end?: unknown; label?: unknown; id?: unknown; note?: unknown };
    const start = typeof x.start === 'number' ? (utf16 ? x.start : cp.toUnit(x.start)) : undefined;
    const end = typeof x.end === 'number' ? (utf16 ? x.end : cp.toUnit(x.end)) : undefined;
    if (start === undefined || end === undefined || end <= start || end > text.length || typeof x.label !== 'string') {
      return { ok: false, message: `line ${lineNo}: span ${i + 1} needs whole-number "start" < "end" inside the text and a "label" string` };
    }
    spans.push({ start, end, label: x.label, ...(typeof x.id === 'string' ? { id: x.id } : {}), ...(typeof x.note === 'string' ? { note: x.note } : {}), line: lineNo });
  }
  const doc: ImportedDoc = { text, spans };
  const meta = o.meta ?? {};
  if (typeof meta.article === 'string') doc.article = meta.article;
  if (meta.lekh && typeof meta.lekh === 'object') {
    const r = parseStore(JSON.stringify(meta.lekh), `line ${lineNo} meta.lekh`);
    if (!r.ok) return { ok: false, message: `line ${lineNo}: meta.lekh: ${r.error.message}` };
    const exported = (meta.lekh as Record<string, unknown>)['lekh:exported'];
    doc.known = { file: r.file, exported: Array.isArray(exported) ? exported.filter((x): x is string => typeof x === 'string') : [] };
    doc.article ??= r.file.article;
  }
  return { ok: true, doc };
}
