/**
 * The warm-start cache: every article's analysis, keyed by the article's URI and the hash of its
 * text, kept in the extension's storage folder (`initializationOptions.storagePath`), never in the
 * user's folder. Reopening the same workspace reuses it for every file whose content is unchanged.
 *
 * - Content-hashed: an entry is used only when the SHA-1 of the text read from disk and the
 *   analysis options are those it was made from.
 * - Versioned: the header carries the cache format and a fingerprint of the server's code (the
 *   hash of the bundle that runs), so any change to the analysis makes the whole cache stale.
 * - Stale or corrupt caches are ignored silently (one log line) and rewritten after indexing;
 *   a corrupt line costs only its own article.
 * - Written atomically (a temporary file renamed over the old one), one JSON line an article, so
 *   neither writing nor reading needs the whole cache as one string. Written only when trusted.
 * - Compact: spans are packed as numbers, their strings in one table in the header (PackedLine);
 *   a warm start parses a third of the bytes the plain JSON of the analyses takes, and the
 *   restored spans share their strings.
 */
import { createHash } from 'node:crypto';
import { promises as fsp, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import type { AnalyzeOptions, ArticleAnalysis, ArticleEntry, DateAttrs, FigureAttrs, Span } from '../core';

/** Bump when the file layout changes. */
export const CACHE_FORMAT = 2;
const MAGIC = 'lekh-index-cache';

export interface CacheHeader {
  format: string;
  version: number;
  code: string;
  articles: number;
  /**
   * Every string the spans of the file use (types, values, sources, keys, canonical names), once:
   * a span refers to them by index, so the file is small, and a restored index holds one copy of
   * each (`loc:india` once, not once a mention).
   */
  strings: string[];
}

/** One article's line is its LineHead, a tab, and its PackedAnalysis (JSON never holds a raw tab). */
interface LineHead {
  uri: string;
  hash: string;
  options: string;
}

/**
 * An analysis with its spans packed: `spans` holds SPAN_FIELDS numbers a span (type, start minus
 * the previous span's start, length, value, source, key, canonical: indexes into the header's
 * strings, the last three plus one, 0 for none); `dates` and `figures` are the spans' attributes
 * by span index; `rest` is the analysis without its spans. Parsed only when its article is
 * looked up, so what a warm start parses dies young.
 */
interface PackedAnalysis {
  spans: number[];
  dates: [number, DateAttrs][];
  figures: [number, FigureAttrs][];
  rest: Omit<ArticleAnalysis, 'spans'>;
}

const SPAN_FIELDS = 7;

interface Entry {
  hash: string;
  options: string;
  /** The analysis (after lookup, or remembered); else the bytes of its PackedAnalysis, as read from the file. */
  analysis?: ArticleAnalysis;
  packed?: Buffer;
}

export const hashText = (text: string): string => createHash('sha1').update(text).digest('hex');
const optionsKey = (options: AnalyzeOptions | undefined): string => JSON.stringify(options ?? {});

let fingerprint: string | undefined;
/** A hash of the code that runs (the server bundle), so a new build never reuses old analyses. */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  try {
    fingerprint = createHash('sha1').update(readFileSync(__filename)).digest('hex').slice(0, 16);
  } catch {
    fingerprint = 'unknown';
  }
  return fingerprint;
}

/** Quick shape checks of a parsed line; anything odd is treated as corrupt. */
function looksLikeHead(x: LineHead): boolean {
  return !!x && typeof x.uri === 'string' && typeof x.hash === 'string' && typeof x.options === 'string';
}

function looksPacked(x: PackedAnalysis): boolean {
  const r = x?.rest;
  return (
    !!x && Array.isArray(x.spans) && x.spans.length % SPAN_FIELDS === 0 && Array.isArray(x.dates) && Array.isArray(x.figures) &&
    !!r && typeof r === 'object' && Array.isArray(r.findings) && typeof r.title === 'string' && !!r.counts && typeof r.counts === 'object'
  );
}

/** The PackedAnalysis in a line's `bytes`; undefined when it does not parse or has the wrong shape. */
function parsePacked(bytes: Buffer): PackedAnalysis | undefined {
  let p: PackedAnalysis;
  try {
    p = JSON.parse(bytes.toString('utf8')) as PackedAnalysis;
  } catch {
    return undefined;
  }
  return looksPacked(p) ? p : undefined;
}

/** The analysis packed in `bytes` with the file's `strings`, spans sliced from `text`; undefined when it does not parse or fit. */
function unpack(bytes: Buffer, strings: readonly string[], text: string): ArticleAnalysis | undefined {
  const p = parsePacked(bytes);
  if (!p) return undefined;
  const spans = unpackSpans(p, strings, text);
  return spans && { spans, ...p.rest };
}

/** The spans of an analysis packed as a PackedLine's fields, strings by index in `table`. */
export function packSpans(spans: readonly Span[], table: StringTable): Omit<PackedAnalysis, 'rest'> {
  const out: number[] = new Array(spans.length * SPAN_FIELDS);
  const dates: [number, DateAttrs][] = [];
  const figures: [number, FigureAttrs][] = [];
  let prev = 0;
  for (let i = 0, o = 0; i < spans.length; i++, o += SPAN_FIELDS) {
    const s = spans[i];
    out[o] = table.index(s.type);
    out[o + 1] = s.start - prev;
    out[o + 2] = s.end - s.start;
    out[o + 3] = table.index(s.value);
    out[o + 4] = s.source === undefined ? 0 : table.index(s.source) + 1;
    out[o + 5] = s.key === undefined ? 0 : table.index(s.key) + 1;
    out[o + 6] = s.canonical === undefined ? 0 : table.index(s.canonical) + 1;
    prev = s.start;
    if (s.date) dates.push([i, s.date]);
    if (s.figure) figures.push([i, s.figure]);
  }
  return { spans: out, dates, figures };
}

/**
 * The spans of a packed line, with their texts sliced from `text`; undefined when the line does
 * not fit the text or the table (a corrupt or foreign line).
 */
export function unpackSpans(p: Omit<PackedAnalysis, 'rest'>, strings: readonly string[], text: string): Span[] | undefined {
  const n = p.spans.length / SPAN_FIELDS;
  if (!Number.isInteger(n)) return undefined;
  const spans: Span[] = new Array(n);
  const str = (i: number): string | undefined => (typeof strings[i] === 'string' ? strings[i] : undefined);
  const opt = (i: number): string | undefined | null => (i === 0 ? undefined : str(i - 1) ?? null);
  // Attributes by span index first, so each span is made by one object literal of its usual form
  // (its fields in the object itself: no property store added afterwards, a third less memory).
  const dates: (DateAttrs | undefined)[] = new Array(n);
  const figures: (FigureAttrs | undefined)[] = new Array(n);
  for (const [i, date] of p.dates) {
    if (!(i >= 0 && i < n) || !date || typeof date !== 'object') return undefined;
    dates[i] = date;
  }
  for (const [i, figure] of p.figures) {
    if (!(i >= 0 && i < n) || !figure || typeof figure !== 'object') return undefined;
    figures[i] = figure;
  }
  let start = 0;
  for (let k = 0, o = 0; k < n; k++, o += SPAN_FIELDS) {
    const f = p.spans;
    start += f[o + 1];
    const end = start + f[o + 2];
    const type = str(f[o]) as Span['type'] | undefined;
    const value = str(f[o + 3]);
    const source = opt(f[o + 4]);
    const key = opt(f[o + 5]);
    const canonical = opt(f[o + 6]);
    if (!(start >= 0 && end >= start && end <= text.length) || type === undefined || value === undefined || source === null || key === null || canonical === null) return undefined;
    const date = dates[k];
    const figure = figures[k];
    const slice = text.slice(start, end);
    let s: Span;
    if (source !== undefined && key !== undefined && canonical !== undefined && !date && !figure) s = { type, start, end, text: slice, value, source, key, canonical };
    else if (source !== undefined && key === undefined && canonical === undefined && date && !figure) s = { type, start, end, text: slice, value, source, date };
    else if (source !== undefined && key === undefined && canonical === undefined && !date && figure) s = { type, start, end, text: slice, value, source, figure };
    else {
      s = { type, start, end, text: slice, value };
      if (source !== undefined) s.source = source;
      if (key !== undefined) s.key = key;
      if (canonical !== undefined) s.canonical = canonical;
      if (date) s.date = date;
      if (figure) s.figure = figure;
    }
    spans[k] = s;
  }
  return spans;
}

/** Strings by index, each once (the header's `strings`). */
export class StringTable {
  readonly strings: string[] = [];
  private readonly at = new Map<string, number>();
  index(s: string): number {
    let i = this.at.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.at.set(s, i);
    }
    return i;
  }
}

export interface CacheOptions {
  /** The extension's storage folder. */
  storagePath: string;
  /** The workspace folders (URIs): one cache file per set of folders. */
  folders: string[];
  /** When false, the cache is read but never written. */
  writable: boolean;
  log?: (message: string) => void;
  /** Defaults to codeFingerprint(); tests pass their own. */
  code?: string;
}

export class IndexCache {
  readonly file: string;
  private readonly code: string;
  private entries = new Map<string, Entry>();
  /** The strings of the file read (the packed lines not yet looked up refer to them). */
  private strings: string[] = [];
  /** Something differs from the file on disk (an article analysed afresh, removed, or a bad cache). */
  private dirty = false;

  constructor(private readonly opts: CacheOptions) {
    const key = hashText(JSON.stringify([...opts.folders].sort())).slice(0, 16);
    this.file = path.join(opts.storagePath, 'index-cache', `${key}.jsonl`);
    this.code = opts.code ?? codeFingerprint();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reads the cache file; a missing, stale or corrupt file leaves an empty cache (never throws). */
  async load(): Promise<number> {
    this.entries.clear();
    this.strings = [];
    let raw: Buffer;
    try {
      raw = await fsp.readFile(this.file);
    } catch {
      this.dirty = true;
      return 0;
    }
    // Line by line from the bytes: the file is never one (two-byte) string.
    const lineEnd = (from: number) => {
      const i = raw.indexOf(10, from);
      return i < 0 ? raw.length : i;
    };
    let end = lineEnd(0);
    let header: CacheHeader | undefined;
    try {
      header = JSON.parse(raw.toString('utf8', 0, end)) as CacheHeader;
    } catch {
      header = undefined;
    }
    if (!header || header.format !== MAGIC || header.version !== CACHE_FORMAT || header.code !== this.code || !Array.isArray(header.strings)) {
      this.opts.log?.(`Index cache ${header?.format === MAGIC ? 'is from another version' : 'is unreadable'}; rebuilding it.`);
      this.dirty = true;
      return 0;
    }
    this.strings = header.strings;
    let bad = 0;
    for (let start = end + 1; start < raw.length; start = end + 1) {
      end = lineEnd(start);
      if (end === start) continue;
      try {
        const tab = raw.indexOf(9, start);
        if (tab < 0 || tab > end) throw new Error('shape');
        const head = JSON.parse(raw.toString('utf8', start, tab)) as LineHead;
        if (!looksLikeHead(head)) throw new Error('shape');
        this.entries.set(head.uri, { hash: head.hash, options: head.options, packed: raw.subarray(tab + 1, end) });
      } catch {
        bad++;
      }
    }
    if (bad || this.entries.size !== header.articles) {
      this.opts.log?.(`Index cache: ${bad} unreadable entr${bad === 1 ? 'y' : 'ies'}, ${this.entries.size} of ${header.articles} usable; rebuilding the rest.`);
      this.dirty = true;
    }
    return this.entries.size;
  }

  /** The cached analysis of `uri` when its text and options are unchanged, with span texts restored. */
  lookup(uri: string, text: string, options?: AnalyzeOptions, hash = hashText(text)): ArticleAnalysis | undefined {
    const e = this.entries.get(uri);
    if (!e || e.hash !== hash || e.options !== optionsKey(options)) return undefined;
    if (e.analysis) {
      for (const s of e.analysis.spans) {
        if (s.start < 0 || s.end > text.length || s.start > s.end) return undefined;
        s.text = text.slice(s.start, s.end);
      }
      return e.analysis;
    }
    const analysis = unpack(e.packed!, this.strings, text);
    if (!analysis) {
      // A corrupt line: this article is analysed afresh (and remembered again).
      this.entries.delete(uri);
      this.dirty = true;
      return undefined;
    }
    e.analysis = analysis;
    e.packed = undefined;
    return analysis;
  }

  /** Records the analysis of an article (after it was analysed afresh or taken from the cache). */
  remember(entry: ArticleEntry, fresh: boolean, hash = hashText(entry.text)): void {
    const old = this.entries.get(entry.id);
    if (fresh || !old || old.hash !== hash) this.dirty = true;
    // The analysis of the text alone: the workspace register is applied again when it is reused.
    this.entries.set(entry.id, { hash, options: optionsKey(entry.options), analysis: entry.baseAnalysis ?? entry.analysis });
  }

  /**
   * Keeps only the given URIs (the articles of the corpus), and copies what is left of the file
   * read (the lines not looked up: articles open in the editor) so its bytes can be freed.
   */
  retain(uris: Iterable<string>): void {
    const keep = new Set(uris);
    for (const [uri, e] of [...this.entries]) {
      if (!keep.has(uri)) {
        this.entries.delete(uri);
        this.dirty = true;
      } else if (e.packed) e.packed = Buffer.from(e.packed);
    }
  }

  forget(uri: string): void {
    if (this.entries.delete(uri)) this.dirty = true;
  }

  /** Writes the cache atomically when it changed and writing is allowed; returns whether it wrote. */
  async save(): Promise<boolean> {
    if (!this.opts.writable || !this.dirty) return false;
    const dir = path.dirname(this.file);
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    let handle: FileHandle | undefined;
    try {
      // The lines first (their strings make the header's table), then the header, then the lines.
      const table = new StringTable();
      const lines: string[] = [];
      for (const [uri, e] of this.entries) {
        // Span texts are slices of the article: not stored, restored on lookup.
        let packed: PackedAnalysis | undefined;
        if (e.analysis) {
          const { spans, ...rest } = e.analysis;
          packed = { ...packSpans(spans, table), rest };
        } else packed = repack(e.packed!, this.strings, table);
        const head: LineHead = { uri, hash: e.hash, options: e.options };
        if (packed) lines.push(`${JSON.stringify(head)}\t${JSON.stringify(packed)}`);
      }
      await fsp.mkdir(dir, { recursive: true });
      handle = await fsp.open(tmp, 'w');
      const header: CacheHeader = { format: MAGIC, version: CACHE_FORMAT, code: this.code, articles: lines.length, strings: table.strings };
      let chunk = `${JSON.stringify(header)}\n`;
      for (const line of lines) {
        chunk += `${line}\n`;
        if (chunk.length > 1 << 20) {
          await handle.write(chunk);
          chunk = '';
        }
      }
      await handle.write(chunk);
      await handle.close();
      handle = undefined;
      await fsp.rename(tmp, this.file);
      this.dirty = false;
      return true;
    } catch (e) {
      this.opts.log?.(`Could not write the index cache ${this.file}: ${(e as Error).message}`);
      await handle?.close().catch(() => undefined);
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
      return false;
    }
  }
}

/** A packed line read from a file, with its string indexes moved to `table`; undefined when one is not in `strings`. */
function repack(bytes: Buffer, strings: readonly string[], table: StringTable): PackedAnalysis | undefined {
  const p = parsePacked(bytes);
  if (!p) return undefined;
  const spans = p.spans;
  const moved = (i: number): number => {
    if (typeof strings[i] !== 'string') throw new RangeError('string index');
    return table.index(strings[i]);
  };
  try {
    for (let o = 0; o < spans.length; o += SPAN_FIELDS) {
      spans[o] = moved(spans[o]);
      spans[o + 3] = moved(spans[o + 3]);
      for (const f of [4, 5, 6]) if (spans[o + f] !== 0) spans[o + f] = moved(spans[o + f] - 1) + 1;
    }
  } catch {
    return undefined;
  }
  return { ...p, spans };
}
