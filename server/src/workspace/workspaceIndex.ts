/**
 * The corpus of the open workspace: which files are articles, their text (from the editor when
 * open, from disk otherwise), and the core's CorpusIndex over them. Knows URIs and files; the
 * core below it knows neither.
 */
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CorpusIndex, type AnalyzeOptions, type ArticleAnalysis, type ArticleEntry, type SpanOverride } from '../core';
import { LineMap } from '../convert';
import { articlesByDate } from '../core/corpus/articleOrder';
import type { IndexState, IndexStatus } from '../protocol';
import { ArticleMatcher, findArticleFiles, readArticleFile, readArticleFileSync, type ReadResult } from './files';
import { hashText, type IndexCache } from './cache';
import { DEFAULT_SETTINGS, type CorpusSettings } from './settings';

export interface Folder {
  uri: string;
  fsPath: string;
  settings: CorpusSettings;
  matcher: ArticleMatcher;
}

export interface WorkspaceIndexHost {
  log(message: string): void;
  /** Called after the index changed (throttling is the host's business). */
  changed(): void;
}

export interface IndexProgress {
  /** `file()`: the file's path relative to its folder (made only when the report is shown). */
  report(done: number, total: number, file: () => string): void;
}

/** How many line maps are kept (each an array of line starts, rebuilt from the text when needed). */
const LINE_MAPS_KEPT = 512;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndex {
  readonly corpus = new CorpusIndex();
  private folders: Folder[] = [];
  /** Line maps of the articles asked for lately (open documents, related locations, mentions), least recent first. */
  private readonly lineMaps = new Map<string, { version: number; map: LineMap }>();
  /** Texts of articles open in the editor, by URI, with the editor's version. */
  private readonly open = new Map<string, { text: string; version: number; languageId: string }>();
  private state: IndexState = 'starting';
  private progress = { done: 0, total: 0 };
  private skipped = new Map<string, string>();
  /** Bumped by every full re-index, so a superseded run stops early. */
  private generation = 0;
  /** The warm-start cache (cache.ts), when the client gave a storage folder. */
  private cache?: IndexCache;
  private cacheLoaded = false;

  constructor(private readonly host: WorkspaceIndexHost) {}

  setFolders(folders: { uri: string; settings?: CorpusSettings }[]): void {
    this.folders = folders.map((f) => {
      const settings = f.settings ?? DEFAULT_SETTINGS;
      return { uri: f.uri, fsPath: URI.parse(f.uri).fsPath, settings, matcher: new ArticleMatcher(settings) };
    });
  }

  /** Uses `cache` for analyses of unchanged files; it is read at the first indexing and saved after each. */
  useCache(cache: IndexCache | undefined): void {
    this.cache = cache;
    this.cacheLoaded = false;
  }

  /** Writes the cache if it changed and the index is complete (after indexing, at shutdown). */
  async saveCache(): Promise<void> {
    // Only a complete index says which articles exist (retain drops the others).
    if (!this.cache || this.state !== 'ready') return;
    const started = Date.now();
    this.cache.retain(this.corpus.articles().map((a) => a.id));
    if (await this.cache.save()) this.host.log(`Index cache saved (${this.cache.size} articles) in ${Date.now() - started} ms.`);
  }

  status(): IndexStatus {
    return {
      state: this.state,
      articles: this.corpus.size,
      done: this.state === 'indexing' ? this.progress.done : undefined,
      total: this.state === 'indexing' ? this.progress.total : undefined,
      skipped: [...this.skipped].map(([uri, reason]) => ({ uri, reason })),
    };
  }

  folderOf(uri: string): Folder | undefined {
    const p = URI.parse(uri).fsPath;
    let best: Folder | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f.fsPath, p);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.fsPath.length > best.fsPath.length)) best = f;
    }
    return best;
  }

  relativePath(uri: string): string {
    const parsed = URI.parse(uri);
    const f = this.folderOf(uri);
    return f ? path.relative(f.fsPath, parsed.fsPath).split(path.sep).join('/') : path.basename(parsed.fsPath);
  }

  /** True when a document is an article: the `article` language, or a file the settings include. */
  isArticle(uri: string, languageId?: string): boolean {
    if (languageId === 'article') return true;
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return false;
    const f = this.folderOf(uri);
    if (f) return f.matcher.matches(path.relative(f.fsPath, parsed.fsPath));
    return new ArticleMatcher(DEFAULT_SETTINGS).matches(path.basename(parsed.fsPath));
  }

  /** Reads every article of every folder from disk and analyses it. Returns how many were indexed. */
  async indexAll(progress?: IndexProgress): Promise<number> {
    const generation = ++this.generation;
    this.state = 'indexing';
    this.skipped.clear();
    const files: { file: string; folder: Folder }[] = [];
    // The cache is read while the folders are walked (both wait on the disk).
    let cacheLoading: Promise<number> | undefined;
    if (this.cache && !this.cacheLoaded) {
      this.cacheLoaded = true;
      cacheLoading = this.cache.load();
    }
    for (const folder of this.folders) {
      for (const file of await findArticleFiles(folder.fsPath, folder.matcher, (m) => this.host.log(m))) files.push({ file, folder });
    }
    // Drop articles that are no longer in the corpus (settings changed, files gone while closed).
    const wanted = new Set(files.map((f) => URI.file(f.file).toString()));
    for (const a of this.corpus.articles()) if (!wanted.has(a.id) && !this.open.has(a.id)) this.corpus.delete(a.id);
    this.progress = { done: 0, total: files.length };
    this.host.changed();
    if (cacheLoading) {
      const n = await cacheLoading;
      if (n) this.host.log(`Index cache: ${n} analyses from ${this.cache?.file}.`);
    }
    let lastYield = Date.now();
    for (const { file, folder } of files) {
      if (generation !== this.generation) return this.corpus.size;
      const uri = URI.file(file).toString();
      // Read synchronously: for thousands of small files the promise round trips of fs/promises
      // cost several times the reading (the loop yields to requests every 15 ms anyway).
      if (!this.open.has(uri)) this.applyRead(uri, file, readArticleFileSync(file, folder.settings.maxFileSizeMB));
      this.progress.done++;
      progress?.report(this.progress.done, files.length, () => path.relative(folder.fsPath, file));
      if (Date.now() - lastYield > 15) {
        // Let requests (hover, semantic tokens) in between files.
        await yieldToEventLoop();
        lastYield = Date.now();
        this.host.changed();
      }
    }
    // The date order hovers walk is made now, not at the first entity hover (issue 7).
    articlesByDate(this.corpus);
    this.state = 'ready';
    this.host.changed();
    return this.corpus.size;
  }

  private async loadFromDisk(uri: string, file: string, maxFileSizeMB: number): Promise<void> {
    this.applyRead(uri, file, await readArticleFile(file, maxFileSizeMB));
  }

  /** Takes a file's content into the corpus: from the cache when unchanged, else analysed. */
  private applyRead(uri: string, file: string, read: ReadResult): void {
    if (!read.ok) {
      this.skipped.set(uri, read.reason);
      this.host.log(`Skipped ${file}: ${read.reason}.`);
      this.corpus.delete(uri);
      return;
    }
    this.skipped.delete(uri);
    const d = read.decoded;
    if (d.invalidUtf8At !== undefined) {
      this.host.log(`${file} is not valid UTF-8 (first bad byte at offset ${d.invalidUtf8At}); analysed with U+FFFD in its place. Re-save the file as UTF-8 to fix it.`);
    }
    const existing = this.corpus.get(uri);
    if (existing && existing.text === d.text && this.sameOptions(existing)) return;
    if (!this.cache) {
      this.analyse(uri, d.text, file);
      return;
    }
    const hash = read.hash ?? hashText(d.text);
    const cached = this.cache.lookup(uri, d.text, this.analysisOptions(uri), hash);
    const entry = this.analyse(uri, d.text, file, cached);
    if (entry) this.cache.remember(entry, !cached, hash);
  }

  /** Per-check severities from the `lekh.checks` setting (none: the catalogue's defaults). */
  private checkSeverities?: AnalyzeOptions['checks'];

  /** Sets the `lekh.checks` severities; returns whether they changed (then re-analyse). */
  setCheckSeverities(checks: AnalyzeOptions['checks']): boolean {
    const next = checks && Object.keys(checks).length ? checks : undefined;
    const changed = JSON.stringify(next ?? {}) !== JSON.stringify(this.checkSeverities ?? {});
    this.checkSeverities = next;
    return changed;
  }

  /** Whether `entry` was analysed with the options its article would get now (settings unchanged). */
  private sameOptions(entry: ArticleEntry): boolean {
    return JSON.stringify(entry.options ?? {}) === JSON.stringify(this.analysisOptions(entry.id) ?? {});
  }

  /** House style for digit grouping from `lekh.figures.grouping` (`any`: the default, not passed). */
  private figureGrouping?: AnalyzeOptions['figureGrouping'];

  /** Sets the `lekh.figures.grouping` house style; returns whether it changed (then re-analyse). */
  setFigureGrouping(style: AnalyzeOptions['figureGrouping']): boolean {
    const next = style && style !== 'any' ? style : undefined;
    const changed = next !== this.figureGrouping;
    this.figureGrouping = next;
    return changed;
  }

  /** Reference dates from outside the text (an annotated source's published date), by URI. */
  private readonly referenceDates = new Map<string, string>();

  /**
   * Sets (or with `undefined` clears) the reference date an article is analysed against, from its
   * annotated source. An article not open in the editor is analysed again at once; an open one
   * when next asked for. Returns whether it changed.
   */
  setReferenceDate(uri: string, date: string | undefined): boolean {
    if ((this.referenceDates.get(uri) ?? undefined) === date) return false;
    if (date) this.referenceDates.set(uri, date);
    else this.referenceDates.delete(uri);
    const current = this.corpus.get(uri);
    if (current && !this.open.has(uri)) this.analyse(uri, current.text, this.relativePath(uri));
    this.host.changed();
    return true;
  }

  /** The user's span decisions of an article (its entity annotations and ignore rules), from the annotation service. */
  private overridesOf?: (uri: string) => SpanOverride[] | undefined;

  /** Sets where the user's span decisions come from (analysed into every article's spans). */
  useOverrides(provider: (uri: string) => SpanOverride[] | undefined): void {
    this.overridesOf = provider;
  }

  /**
   * An article's annotations changed (not by typing): a closed article is analysed again at once
   * when its decisions changed; an open one when next asked for. Returns whether it was.
   */
  overridesChanged(uri: string): boolean {
    const current = this.corpus.get(uri);
    if (!current || this.open.has(uri) || this.sameOptions(current)) return false;
    this.analyse(uri, current.text, this.relativePath(uri));
    this.host.changed();
    return true;
  }

  /** The analysis options of an article (settings, its source's date, its annotations); the cache keys analyses by them too. */
  private analysisOptions(uri: string): AnalyzeOptions | undefined {
    const referenceDate = this.referenceDates.get(uri);
    const overrides = this.overridesOf?.(uri);
    if (!this.checkSeverities && !this.figureGrouping && !referenceDate && !overrides?.length) return undefined;
    return {
      ...(this.checkSeverities ? { checks: this.checkSeverities } : {}),
      ...(this.figureGrouping ? { figureGrouping: this.figureGrouping } : {}),
      ...(referenceDate ? { referenceDate } : {}),
      ...(overrides?.length ? { overrides } : {}),
    };
  }

  private analyse(uri: string, text: string, label: string, precomputed?: ArticleAnalysis): ArticleEntry | undefined {
    try {
      return this.corpus.set(uri, text, this.analysisOptions(uri), precomputed);
    } catch (e) {
      // The core must not throw; if it ever does, one article must not take the corpus down.
      this.host.log(`Could not analyse ${label}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  /** A file was created or changed on disk. */
  async fileChanged(uri: string): Promise<void> {
    if (this.open.has(uri)) return;
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file' || !this.isArticle(uri)) return;
    const f = this.folderOf(uri);
    await this.loadFromDisk(uri, parsed.fsPath, (f?.settings ?? DEFAULT_SETTINGS).maxFileSizeMB);
    this.host.changed();
  }

  /** A file was deleted on disk. */
  fileDeleted(uri: string): void {
    this.skipped.delete(uri);
    if (this.open.has(uri)) return;
    // A deleted folder arrives as one event: drop every article under it.
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const a of this.corpus.articles()) if (a.id === uri || a.id.startsWith(prefix)) this.corpus.delete(a.id);
    this.host.changed();
  }

  fileRenamed(from: string, to: string): void {
    const date = this.referenceDates.get(from);
    if (date !== undefined) {
      this.referenceDates.delete(from);
      this.referenceDates.set(to, date);
    }
    if (this.corpus.rename(from, to)) {
      const o = this.open.get(from);
      if (o) {
        this.open.delete(from);
        this.open.set(to, o);
      }
      if (!this.isArticle(to, o?.languageId)) this.corpus.delete(to);
      this.host.changed();
    }
  }

  /** An editor opened or changed a document. Analysis is lazy: done when first asked for. */
  documentChanged(uri: string, text: string, version: number, languageId: string): boolean {
    if (!this.isArticle(uri, languageId)) return false;
    const maxMB = (this.folderOf(uri)?.settings ?? DEFAULT_SETTINGS).maxFileSizeMB;
    // A Devanagari character is 3 bytes in UTF-8; only measure exactly when it could matter.
    if (text.length * 3 > maxMB * 1048576 && Buffer.byteLength(text) > maxMB * 1048576) {
      if (!this.skipped.has(uri)) this.host.log(`Not analysing ${this.relativePath(uri)}: it is larger than lekh.corpus.maxFileSizeMB (${maxMB} MB).`);
      this.skipped.set(uri, `too large (over ${maxMB} MB)`);
      this.open.delete(uri);
      this.corpus.delete(uri);
      this.host.changed();
      return false;
    }
    this.open.set(uri, { text, version, languageId });
    return true;
  }

  /** The editor closed a document: the disk copy is the truth again. */
  async documentClosed(uri: string): Promise<void> {
    const o = this.open.get(uri);
    this.open.delete(uri);
    if (!o) return;
    const parsed = URI.parse(uri);
    if (parsed.scheme === 'file' && this.isArticle(uri)) await this.fileChanged(uri);
    else this.corpus.delete(uri);
    this.host.changed();
  }

  /** The current analysis of an article, brought up to date with the editor first. */
  entry(uri: string): ArticleEntry | undefined {
    const o = this.open.get(uri);
    const current = this.corpus.get(uri);
    if (o && (!current || current.text !== o.text || !this.sameOptions(current))) {
      const e = this.analyse(uri, o.text, this.relativePath(uri));
      this.host.changed();
      return e;
    }
    return current;
  }

  lineMap(uri: string): LineMap | undefined {
    const e = this.entry(uri);
    if (!e) return undefined;
    const cached = this.lineMaps.get(uri);
    // Delete and set again: the Map's order is then the order of use.
    this.lineMaps.delete(uri);
    if (cached && cached.version === e.version && cached.map.text === e.text) {
      this.lineMaps.set(uri, cached);
      return cached.map;
    }
    const map = new LineMap(e.text);
    this.lineMaps.set(uri, { version: e.version, map });
    // A mentions request over a common name asks for thousands of articles: keep the latest few.
    if (this.lineMaps.size > LINE_MAPS_KEPT) this.lineMaps.delete(this.lineMaps.keys().next().value as string);
    return map;
  }

  /** The text of an article as the server has it: the editor's when open, else the last read from disk. */
  textOf(uri: string): string | undefined {
    return this.open.get(uri)?.text ?? this.corpus.get(uri)?.text;
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }
}
