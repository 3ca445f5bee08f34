/**
 * What the export formats share: the spans to write (user annotations and, unless left out, the
 * automatic spans), code-point offsets, labels, and turning imported spans back into annotations.
 *
 * Round trips: every format that cannot carry all of Lekh's fields is written with a companion
 * (a `.lekh.json` file beside brat and CoNLL files, the `meta.lekh` object of a JSONL line)
 * holding the article's whole store; import matches the spans it reads against it, so ids,
 * notes, attribution, source, orphaned and ignored annotations come back, while spans added,
 * relabelled or removed in the other tool are applied.
 */
import type { Span } from '../../types';
import { isEntityType } from '../../types';
import { locate, makeAnchor } from '../anchor';
import { annotationLabel, newAnnotationId, type ArticleAnnotations, type SourceInfo, type UserAnnotation } from '../model';
import { parseStore, serializeStore, type StoreError } from '../store';

/** One article to export. */
export interface ExportInput {
  /** Path relative to the workspace root, '/'-separated. */
  article: string;
  text: string;
  file: ArticleAnnotations;
  /** The automatic spans (`analyzeArticle(text).spans`); omit or pass [] to leave them out. */
  auto?: readonly Span[];
}

/** A span as the formats write it. Offsets are UTF-16 code units here. */
export interface LabeledSpan {
  start: number;
  end: number;
  label: string;
  /** The user annotation it comes from; absent for automatic spans. */
  annotation?: UserAnnotation;
}

/** A span read back from a format, in UTF-16 offsets into `ImportedDoc.text`. */
export interface ImportedSpan {
  start: number;
  end: number;
  label: string;
  id?: string;
  note?: string;
  /** 1-based line in the imported file, for messages. */
  line?: number;
}

/** One article read from a format. */
export interface ImportedDoc {
  /** The article path, when the format (or its companion) says. */
  article?: string;
  /** The text the offsets refer to, when the format carries it (brat `.txt`, JSONL `text`). */
  text?: string;
  spans: ImportedSpan[];
  source?: SourceInfo;
  /** The whole store as exported (from the companion), with the ids of the annotations that were written as spans. */
  known?: { file: ArticleAnnotations; exported: string[] };
}

/** Short CoNLL/brat-style names of the entity types. */
const SHORT: Record<string, string> = { PERSON: 'PER', LOCATION: 'LOC', ORGANIZATION: 'ORG' };
const LONG: Record<string, string> = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION', GPE: 'LOCATION' };

/** A label without spaces or tabs (brat and CoNLL split on them). */
export const safeLabel = (label: string) => label.replace(/[\s]+/g, '_') || 'LABEL';
/** The label as CoNLL writes it: PER, LOC, ORG for the long entity types. */
export const shortLabel = (label: string) => SHORT[label] ?? safeLabel(label);
/** Back from a short or tool label to Lekh's: PER → PERSON, GPE → LOCATION; others unchanged. */
export const longLabel = (label: string) => LONG[label.toUpperCase()] ?? label;

/** True when `imported` is `label` as a format writes it (spaces as `_`, PER for PERSON). */
const sameLabel = (label: string, imported: string) => label === imported || safeLabel(label) === imported || longLabel(shortLabel(label)) === imported;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The spans an article exports: its anchored user annotations (not the `ignored` ones, which only
 * reject an automatic span), then the automatic spans that neither an ignored annotation nor a
 * user annotation covers. Sorted by start, longer first.
 */
export function spansForExport(input: ExportInput): LabeledSpan[] {
  const user = input.file.annotations.filter((a) => a.status === 'anchored' && a.anchor.end <= input.text.length);
  const out: LabeledSpan[] = user.filter((a) => a.origin !== 'ignored').map((a) => ({ start: a.anchor.start, end: a.anchor.end, label: annotationLabel(a) || 'NOTE', annotation: a }));
  const taken = user.map((a) => a.anchor);
  for (const s of input.auto ?? []) if (!taken.some((t) => overlaps(t, s))) out.push({ start: s.start, end: s.end, label: s.type });
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** UTF-16 offset ↔ code-point offset conversion for one text. */
export class CodePoints {
  private readonly cpAt: Uint32Array;
  private readonly unitAt: number[] = [];
  constructor(readonly text: string) {
    this.cpAt = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      this.cpAt[i] = cp;
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      this.unitAt.push(i);
      if (pair) this.cpAt[++i] = cp;
      cp++;
    }
    this.cpAt[text.length] = cp;
    this.unitAt.push(text.length);
  }
  /** Code points before UTF-16 offset `i`. */
  toCodePoint(i: number): number {
    return this.cpAt[Math.max(0, Math.min(i, this.text.length))];
  }
  /** UTF-16 offset of code point `n`, or undefined past the end. */
  toUnit(n: number): number | undefined {
    return Number.isInteger(n) && n >= 0 && n < this.unitAt.length ? this.unitAt[n] : undefined;
  }
  get length(): number {
    return this.unitAt.length - 1;
  }
}

/** The companion of an export: the whole store plus the ids written as spans (JSON text). */
export function companionJson(input: ExportInput, exported: readonly LabeledSpan[]): string {
  const doc = JSON.parse(serializeStore({ ...input.file, article: input.article })) as Record<string, unknown>;
  doc['lekh:exported'] = exported.filter((s) => s.annotation).map((s) => s.annotation!.id);
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Reads a companion written by `companionJson`. */
export function parseCompanion(text: string, path: string): { ok: true; known: NonNullable<ImportedDoc['known']> } | { ok: false; error: StoreError } {
  const r = parseStore(text, path);
  if (!r.ok) return r;
  let exported: string[] = [];
  try {
    const raw = (JSON.parse(text) as Record<string, unknown>)['lekh:exported'];
    if (Array.isArray(raw)) exported = raw.filter((x): x is string => typeof x === 'string');
  } catch {
    // parseStore accepted it, so it is JSON.
  }
  return { ok: true, known: { file: r.file, exported } };
}

/** The companion's content as an object (for JSONL `meta.lekh`). */
export function companionObject(input: ExportInput, exported: readonly LabeledSpan[]): unknown {
  return JSON.parse(companionJson(input, exported));
}


/** What an import is applied to. */
export interface ImportOptions {
  /** The article's current text (offsets of the result refer to it). */
  text: string;
  /** What the store holds now for the article. */
  existing: ArticleAnnotations;
  /** The article's automatic spans: an imported span equal to one of them is not stored. */
  auto?: readonly Span[];
  /** ISO time for new and changed annotations. */
  now: string;
  creator?: string;
}

/** The applied import and what changed. */
export interface ImportOutcome {
  file: ArticleAnnotations;
  added: number;
  updated: number;
  removed: number;
  /** Imported spans that matched an automatic span and were not stored. */
  automatic: number;
  /** Imported spans whose text is not in the article any more (kept as orphaned). */
  orphaned: number;
}

function setLabel(a: UserAnnotation, label: string): UserAnnotation {
  const l = longLabel(label);
  const out = { ...a };
  delete out.entityType;
  delete out.label;
  if (isEntityType(l)) out.entityType = l;
  else out.label = l;
  return out;
}

/**
 * Applies an imported document to the article's store: spans matched (by id, else by range)
 * to annotations keep their ids and fields and take a changed label or note; new spans become
 * user annotations unless they equal an automatic span; annotations the export wrote as spans
 * and the import no longer has are removed (deleted in the other tool). Nothing else is lost.
 */
export function applyImport(doc: ImportedDoc, o: ImportOptions): ImportOutcome {
  const byId = new Map(o.existing.annotations.map((a) => [a.id, a]));
  let added = 0;
  let updated = 0;
  for (const k of doc.known?.file.annotations ?? []) {
    const e = byId.get(k.id);
    if (e && (k.modified <= e.modified || JSON.stringify(e) === JSON.stringify(k))) continue;
    byId.set(k.id, k);
    if (e) updated++;
    else added++;
  }
  let automatic = 0;
  let orphaned = 0;
  const matched = new Set<string>();
  const sameText = doc.text === undefined || doc.text === o.text;
  for (const s of doc.spans) {
    let range: { start: number; end: number } | undefined = { start: s.start, end: s.end };
    let anchorInDoc = undefined;
    if (!sameText) {
      anchorInDoc = makeAnchor(doc.text!, s.start, s.end);
      range = locate(o.text, anchorInDoc);
    }
    const label = longLabel(s.label);
    let target = s.id ? byId.get(s.id) : undefined;
    if (!target && range) {
      const r = range;
      const at = [...byId.values()].filter((a) => !matched.has(a.id) && a.status === 'anchored' && a.origin !== 'ignored' && a.anchor.start === r.start && a.anchor.end === r.end);
      target = at.find((a) => sameLabel(annotationLabel(a), label)) ?? at[0];
      // A format that rounds spans to whole tokens (CoNLL): the same label over an overlapping range.
      target ??= [...byId.values()].find((a) => !matched.has(a.id) && a.status === 'anchored' && a.origin !== 'ignored' && sameLabel(annotationLabel(a), label) && overlaps(a.anchor, r));
    }
    if (target) {
      matched.add(target.id);
      let next = target;
      if (!sameLabel(annotationLabel(target), label)) next = setLabel(next, label);
      if (s.note !== undefined && s.note !== (target.note ?? '')) next = s.note ? { ...next, note: s.note } : (({ note: _n, ...rest }) => rest)(next);
      if (next !== target) {
        byId.set(target.id, { ...next, modified: o.now });
        updated++;
      }
      continue;
    }
    if (range && (o.auto ?? []).some((a) => a.start === range!.start && a.end === range!.end && a.type === label)) {
      automatic++;
      continue;
    }
    const anchor = range ? makeAnchor(o.text, range.start, range.end) : anchorInDoc!;
    const ann = setLabel({ id: s.id ?? newAnnotationId(), anchor, origin: 'user', created: o.now, modified: o.now, status: range ? 'anchored' : 'orphaned' }, label);
    if (o.creator) ann.creator = o.creator;
    if (s.note) ann.note = s.note;
    if (!range) orphaned++;
    byId.set(ann.id, ann);
    matched.add(ann.id);
    added++;
  }
  let removed = 0;
  for (const id of doc.known?.exported ?? []) {
    if (!matched.has(id) && byId.delete(id)) removed++;
  }
  const file: ArticleAnnotations = { article: o.existing.article, annotations: [...byId.values()] };
  const source = doc.source ?? doc.known?.file.source ?? o.existing.source;
  if (source) file.source = source;
  return { file, added, updated, removed, automatic, orphaned };
}
