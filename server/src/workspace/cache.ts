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
 */
import { createHash } from 'node:crypto';
import { promises as fsp, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import type { AnalyzeOptions, ArticleAnalysis, ArticleEntry } from '../core';

/** Bump when the file layout changes. */
export const CACHE_FORMAT = 1;
const MAGIC = 'lekh-index-cache';

export interface CacheHeader {
  format: string;
  version: number;
  code: string;
  articles: number;
}

interface CachedLine {
  uri: string;
  hash: string;
  options: string;
  analysis: ArticleAnalysis;
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

/** Quick shape check of a parsed analysis; anything odd is treated as corrupt. */
function looksLikeAnalysis(a: unknown): a is ArticleAnalysis {
  const x = a as ArticleAnalysis;
  return !!x && typeof x === 'object' && Array.isArray(x.spans) && Array.isArray(x.findings) && typeof x.title === 'string' && !!x.counts && typeof x.counts === 'object';
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
  private entries = new Map<string, CachedLine>();
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
    let raw: string;
    try {
      raw = await fsp.readFile(this.file, 'utf8');
    } catch {
      this.dirty = true;
      return 0;
    }
    const lines = raw.split('\n');
    let header: CacheHeader | undefined;
    try {
      header = JSON.parse(lines[0]) as CacheHeader;
    } catch {
      header = undefined;
    }
    if (!header || header.format !== MAGIC || header.version !== CACHE_FORMAT || header.code !== this.code) {
      this.opts.log?.(`Index cache ${header?.format === MAGIC ? 'is from another version' : 'is unreadable'}; rebuilding it.`);
      this.dirty = true;
      return 0;
    }
    let bad = 0;
    for (let i = 1; i < lines.length; i++) {
      if (!lines[i]) continue;
      try {
        const e = JSON.parse(lines[i]) as CachedLine;
        if (typeof e.uri !== 'string' || typeof e.hash !== 'string' || typeof e.options !== 'string' || !looksLikeAnalysis(e.analysis)) throw new Error('shape');
        this.entries.set(e.uri, e);
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
    for (const s of e.analysis.spans) {
      if (s.start < 0 || s.end > text.length || s.start > s.end) return undefined;
      s.text = text.slice(s.start, s.end);
    }
    return e.analysis;
  }

  /** Records the analysis of an article (after it was analysed afresh or taken from the cache). */
  remember(entry: ArticleEntry, fresh: boolean, hash = hashText(entry.text)): void {
    const old = this.entries.get(entry.id);
    if (fresh || !old || old.hash !== hash) this.dirty = true;
    // The analysis of the text alone: the workspace register is applied again when it is reused.
    this.entries.set(entry.id, { uri: entry.id, hash, options: optionsKey(entry.options), analysis: entry.baseAnalysis ?? entry.analysis });
  }

  /** Keeps only the given URIs (the articles of the corpus). */
  retain(uris: Iterable<string>): void {
    const keep = new Set(uris);
    for (const uri of [...this.entries.keys()]) {
      if (!keep.has(uri)) {
        this.entries.delete(uri);
        this.dirty = true;
      }
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
      await fsp.mkdir(dir, { recursive: true });
      handle = await fsp.open(tmp, 'w');
      const header: CacheHeader = { format: MAGIC, version: CACHE_FORMAT, code: this.code, articles: this.entries.size };
      let chunk = `${JSON.stringify(header)}\n`;
      for (const e of this.entries.values()) {
        // Span texts are slices of the article: not stored, restored on lookup.
        const spans = e.analysis.spans.map(({ text: _text, ...rest }) => rest);
        chunk += `${JSON.stringify({ uri: e.uri, hash: e.hash, options: e.options, analysis: { ...e.analysis, spans } })}\n`;
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
