/**
 * The user annotations of the open workspace, in memory: one `AnnotationStore` (the standoff files
 * under `.lekh/annotations/`) per workspace folder, and per article the annotations anchored to the
 * text the server has now. Live edits shift them exactly (`applyEdit`); a text that changed
 * elsewhere re-anchors them (`reanchorAll`); changes are saved debounced, on document save and when
 * another window's write is merged. Knows URIs and folders; the anchoring is the core's.
 */
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import {
  applyEdit,
  makeAnchor,
  newAnnotationId,
  reanchorAll,
  refreshContext,
  type ArticleAnnotations,
  type SourceInfo,
  type UserAnnotation,
} from '../core/annotations';
import { isEntityType } from '../core';
import { AnnotationStore } from './annotationStore';
import { exportArticles, importFiles } from './annotationExchange';

/** One folder the store covers. */
export interface AnnotationFolder {
  uri: string;
  fsPath: string;
}

export interface AnnotationHost {
  log(message: string): void;
  /** A problem the user must see (a corrupt store file, a refused write). */
  error(message: string): void;
  /**
   * The annotations of these articles changed (views and editor refresh). `live`: shifted by the
   * user's typing, which the editor already shows; only the views need to know.
   */
  changed(uris: string[], live?: boolean): void;
  /** An article's source changed: its published date is the reference date now (or none). */
  sourceChanged(uri: string, published: string | undefined): void;
  /** The folder of an article and its path relative to it, when it is in one. */
  locate(uri: string): { folder: AnnotationFolder; relativePath: string } | undefined;
  /** The text the server has for an article now (the editor's when open, else the disk's). */
  textOf(uri: string): string | undefined;
}

/** A live edit in UTF-16 offsets of the text before it, with the whole text after it. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  after: string;
}

interface ArticleState {
  uri: string;
  folder: AnnotationFolder;
  relativePath: string;
  file: ArticleAnnotations;
  /** The text the anchors are valid for (undefined: not anchored yet). */
  anchoredTo?: string;
  /** Set while the store file cannot be read: path:line:column and what is wrong. Nothing is written then. */
  error?: string;
  /** Changed since last saved. */
  dirty: boolean;
}

/** Thrown to the request handlers: a message the user can act on. */
export class AnnotationError extends Error {}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A source's published date when it is a real calendar date (`YYYY-MM-DD`), else undefined. */
export function publishedDate(source: SourceInfo | undefined): string | undefined {
  const d = source?.published;
  if (!d || !DATE.test(d)) return undefined;
  const t = new Date(`${d}T00:00:00Z`);
  return t.toISOString().slice(0, 10) === d ? d : undefined;
}


export class AnnotationService {
  private stores = new Map<string, AnnotationStore>();
  private readonly articles = new Map<string, ArticleState>();
  private loading = new Map<string, Promise<ArticleState | undefined>>();
  private trusted = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly saveDelayMs: number;

  constructor(private readonly host: AnnotationHost, options: { saveDelayMs?: number } = {}) {
    this.saveDelayMs = options.saveDelayMs ?? 300;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** (Re)creates the stores, one a folder; read-only unless `trusted`. Forgets what was loaded. */
  setFolders(folders: AnnotationFolder[], trusted: boolean): void {
    this.trusted = trusted;
    this.stores = new Map(folders.map((f) => [f.uri, new AnnotationStore(f.fsPath, { readOnly: !trusted })]));
    this.articles.clear();
    this.loading.clear();
  }

  /** The user trusted the workspace: the stores may write from now on (what is loaded stays). */
  async setTrusted(): Promise<void> {
    if (this.trusted) return;
    this.trusted = true;
    for (const uri of [...this.stores.keys()]) {
      const fsPath = URI.parse(uri).fsPath;
      this.stores.set(uri, new AnnotationStore(fsPath, { readOnly: false }));
    }
    // The new stores read each loaded file once, so their merges have a base (a deletion made here
    // must not come back from the disk copy); what is in memory stays as it is.
    for (const a of this.articles.values()) {
      const r = await this.storeOf(a.folder)?.load(a.relativePath);
      if (r?.error) a.error = r.error.message;
    }
    for (const a of this.articles.values()) if (a.dirty) this.scheduleSave();
  }

  private storeOf(folder: AnnotationFolder): AnnotationStore | undefined {
    return this.stores.get(folder.uri);
  }

  /**
   * Reads every store file of every folder (at indexing): their sources give reference dates,
   * their errors are reported once. Returns how many articles have annotations.
   */
  async loadAll(): Promise<number> {
    let n = 0;
    for (const [folderUri, store] of this.stores) {
      const folder = { uri: folderUri, fsPath: URI.parse(folderUri).fsPath };
      let rels: string[];
      try {
        rels = await store.list();
      } catch (e) {
        this.host.log(`Could not list the annotations of ${folder.fsPath}: ${(e as Error).message}`);
        continue;
      }
      for (const rel of rels) {
        const uri = URI.file(path.join(folder.fsPath, ...rel.split('/'))).toString();
        const state = await this.load(uri, { folder, relativePath: rel });
        if (state) n++;
      }
    }
    return n;
  }

  /** The state of an article, loaded and anchored to its current text; undefined when it is in no folder. */
  async get(uri: string): Promise<ArticleState | undefined> {
    const state = this.articles.get(uri) ?? (await this.load(uri));
    if (state) this.anchor(state);
    return state;
  }

  /** What is loaded now, without reading the disk (for synchronous callers such as semantic tokens). */
  peek(uri: string): ArticleState | undefined {
    const state = this.articles.get(uri);
    if (state) this.anchor(state);
    return state;
  }

  /** An article's source as loaded (no disk read, no anchoring). */
  sourceOf(uri: string): SourceInfo | undefined {
    return this.articles.get(uri)?.file.source;
  }

  /** Every article with annotations, a source or an error. */
  async all(): Promise<ArticleState[]> {
    const out: ArticleState[] = [];
    for (const uri of [...this.articles.keys()]) {
      const s = await this.get(uri);
      if (s && (s.file.annotations.length || s.file.source || s.error)) out.push(s);
    }
    return out;
  }

  private load(uri: string, where?: { folder: AnnotationFolder; relativePath: string }): Promise<ArticleState | undefined> {
    const pending = this.loading.get(uri);
    if (pending) return pending;
    const p = this.read(uri, where).finally(() => this.loading.delete(uri));
    this.loading.set(uri, p);
    return p;
  }

  /** Reads an article's store file into a fresh state (keeps none of the old: the caller decides). */
  private async read(uri: string, where?: { folder: AnnotationFolder; relativePath: string }): Promise<ArticleState | undefined> {
    const loc = where ?? this.host.locate(uri);
    if (!loc) return undefined;
    const store = this.storeOf(loc.folder);
    if (!store) return undefined;
    const previous = this.articles.get(uri);
    const result = await store.load(loc.relativePath);
    const state: ArticleState = {
      uri,
      folder: loc.folder,
      relativePath: loc.relativePath,
      file: result.file ?? { article: loc.relativePath, annotations: [] },
      dirty: false,
    };
    if (result.error) {
      state.error = result.error.message;
      // A file that cannot be read keeps what was shown before, read-only, until it parses again.
      if (previous) state.file = previous.file;
      if (previous?.error !== state.error) this.host.error(`Lekh: annotations not loaded: ${state.error}. The file is left as it is; fix it to see and edit its annotations.`);
    }
    this.articles.set(uri, state);
    const before = publishedDate(previous?.file.source);
    const after = publishedDate(state.file.source);
    if (before !== after || (!previous && after)) this.host.sourceChanged(uri, after);
    return state;
  }

  /** The store file of an article, for messages. */
  storePath(state: { folder: AnnotationFolder; relativePath: string }): string {
    return path.join(state.folder.fsPath, '.lekh', 'annotations', `${state.relativePath}.json`);
  }

  /** Anchors the annotations to the text the server has now, if they are not already. */
  private anchor(state: ArticleState): void {
    const text = this.host.textOf(state.uri);
    if (text === undefined || state.anchoredTo === text) return;
    const before = JSON.stringify(state.file.annotations.map((a) => [a.anchor.start, a.anchor.end, a.status]));
    state.file = reanchorAll(text, state.file);
    state.anchoredTo = text;
    const after = JSON.stringify(state.file.annotations.map((a) => [a.anchor.start, a.anchor.end, a.status]));
    if (before !== after && state.file.annotations.length) {
      state.dirty = true;
      this.host.changed([state.uri]);
    }
  }

  /** Live edits of an open article (in order, each in offsets of the text after the ones before), and its new text. */
  edited(uri: string, edits: readonly (TextEdit | 'full')[], newText: string): void {
    const state = this.articles.get(uri);
    if (!state || state.anchoredTo === undefined) return;
    if (!state.file.annotations.length) {
      state.anchoredTo = newText;
      return;
    }
    let file = state.file;
    for (const e of edits) {
      if (e === 'full') {
        // A whole-text replacement says nothing about where things moved: re-anchor by quote and context.
        state.anchoredTo = undefined;
        break;
      }
      file = applyEdit(file, { start: e.start, end: e.end, text: e.text }, e.after);
    }
    state.file = file;
    if (state.anchoredTo !== undefined) state.anchoredTo = newText;
    else this.anchor(state);
    state.dirty = true;
    this.host.changed([uri], true);
  }

  /** The article was saved in the editor: its annotations are saved with it. */
  async documentSaved(uri: string): Promise<void> {
    const state = this.articles.get(uri);
    if (state?.dirty) await this.save(state);
  }

  /**
   * A file or folder was renamed or moved in the editor: the store files of the articles under it
   * move with them (unsaved changes saved first, so nothing is lost). Moves between workspace
   * folders are not followed (the annotations stay where they were, and are reported).
   */
  async renamed(from: string, to: string): Promise<void> {
    const src = this.host.locate(from);
    const dst = this.host.locate(to);
    if (!src) return;
    const store = this.storeOf(src.folder);
    if (!store) return;
    const moves: [string, string][] = [];
    for (const rel of await store.list()) {
      if (rel === src.relativePath) moves.push([rel, dst?.relativePath ?? '']);
      else if (rel.startsWith(`${src.relativePath}/`)) moves.push([rel, dst ? `${dst.relativePath}${rel.slice(src.relativePath.length)}` : '']);
    }
    if (!moves.length) return;
    if (!dst || dst.folder.uri !== src.folder.uri) {
      this.host.error(`Lekh: ${src.relativePath} moved out of its workspace folder; its annotations stay in ${path.join(src.folder.fsPath, '.lekh', 'annotations')}.`);
      return;
    }
    if (!this.trusted) return; // Nothing is written; the files are found again under the old names.
    const changed: string[] = [];
    for (const [fromRel, toRel] of moves) {
      const oldUri = URI.file(path.join(src.folder.fsPath, ...fromRel.split('/'))).toString();
      const newUri = URI.file(path.join(src.folder.fsPath, ...toRel.split('/'))).toString();
      const state = this.articles.get(oldUri);
      if (state?.error) {
        this.host.error(`Lekh: the annotations of ${fromRel} did not move with it: ${state.error}`);
        continue;
      }
      if (state?.dirty) await this.save(state);
      const moved = await store.rename(fromRel, toRel);
      if (!moved.ok) {
        this.host.error(`Lekh: the annotations of ${fromRel} did not move with it: ${moved.reason}`);
        continue;
      }
      this.articles.delete(oldUri);
      await this.load(newUri, { folder: src.folder, relativePath: toRel });
      changed.push(oldUri, newUri);
    }
    if (changed.length) this.host.changed(changed);
  }

  /**
   * A store file changed on disk (another window, git, an editor): it is read again and merged with
   * what is not saved here yet, then re-anchored to the current text.
   */
  async storeFileChanged(fsPath: string): Promise<void> {
    for (const [folderUri] of this.stores) {
      const root = path.join(URI.parse(folderUri).fsPath, '.lekh', 'annotations');
      const rel = path.relative(root, fsPath);
      if (rel.startsWith('..') || path.isAbsolute(rel) || !rel.endsWith('.json')) continue;
      const articleRel = rel.slice(0, -'.json'.length).split(path.sep).join('/');
      const folder = { uri: folderUri, fsPath: URI.parse(folderUri).fsPath };
      const uri = URI.file(path.join(folder.fsPath, ...articleRel.split('/'))).toString();
      const state = this.articles.get(uri);
      // Unsaved changes here are merged into the file first (the store merges three ways), then read back.
      if (state?.dirty && !state.error) await this.save(state);
      const before = this.articles.get(uri);
      const seen = before ? JSON.stringify([before.file, before.error ?? null]) : undefined;
      const fresh = await this.load(uri, { folder, relativePath: articleRel });
      if (fresh) this.anchor(fresh);
      // Our own write comes back through the watcher too: only a real change is announced.
      if (!fresh || JSON.stringify([fresh.file, fresh.error ?? null]) !== seen) this.host.changed([uri]);
      return;
    }
  }

  private requireWritable(state: ArticleState | undefined, uri: string): ArticleState {
    if (!state) throw new AnnotationError(`${uri} is not in a workspace folder; annotations are kept in the folder's .lekh/annotations.`);
    if (!this.trusted) throw new AnnotationError('This workspace is not trusted: Lekh writes nothing, so annotations cannot be changed. Trust the workspace to annotate.');
    if (state.error) throw new AnnotationError(`The annotations of ${state.relativePath} cannot be changed until ${state.error} is fixed.`);
    return state;
  }

  /** Creates an annotation on [start, end) of the current text. */
  async annotate(uri: string, start: number, end: number, fields: Pick<UserAnnotation, 'entityType' | 'label' | 'note' | 'attribution'> & { origin?: UserAnnotation['origin'] }): Promise<{ state: ArticleState; annotation: UserAnnotation }> {
    const state = this.requireWritable(await this.get(uri), uri);
    const text = this.host.textOf(uri);
    if (text === undefined) throw new AnnotationError(`${state.relativePath} is not loaded.`);
    if (!(end > start) || start < 0 || end > text.length) throw new AnnotationError('Select the text to annotate first.');
    if (fields.entityType && !isEntityType(fields.entityType)) throw new AnnotationError(`Unknown entity type ${fields.entityType}.`);
    const now = new Date().toISOString();
    const annotation: UserAnnotation = {
      id: newAnnotationId(),
      anchor: makeAnchor(text, start, end),
      ...(fields.entityType ? { entityType: fields.entityType } : {}),
      ...(fields.label ? { label: fields.label } : {}),
      ...(fields.note ? { note: fields.note } : {}),
      ...(fields.attribution ? { attribution: fields.attribution } : {}),
      origin: fields.origin ?? 'user',
      created: now,
      modified: now,
      status: 'anchored',
    };
    state.file = { ...state.file, annotations: [...state.file.annotations, annotation] };
    this.touched(state);
    return { state, annotation };
  }

  /** Changes fields of an annotation; `null` clears one. */
  async update(uri: string, id: string, fields: { entityType?: string | null; label?: string | null; note?: string | null; attribution?: string | null }): Promise<{ state: ArticleState; annotation: UserAnnotation }> {
    const state = this.requireWritable(await this.get(uri), uri);
    const old = this.find(state, id);
    if (fields.entityType && !isEntityType(fields.entityType)) throw new AnnotationError(`Unknown entity type ${fields.entityType}.`);
    const next: UserAnnotation = { ...old, modified: new Date().toISOString() };
    for (const k of ['entityType', 'label', 'note', 'attribution'] as const) {
      const v = fields[k];
      if (v === undefined) continue;
      if (v === null || v === '') delete next[k];
      else (next as unknown as Record<string, string>)[k] = v;
    }
    state.file = { ...state.file, annotations: state.file.annotations.map((a) => (a.id === id ? next : a)) };
    this.touched(state);
    return { state, annotation: next };
  }

  async delete(uri: string, id: string): Promise<ArticleState> {
    const state = this.requireWritable(await this.get(uri), uri);
    this.find(state, id);
    state.file = { ...state.file, annotations: state.file.annotations.filter((a) => a.id !== id) };
    this.touched(state);
    return state;
  }

  /** Places an annotation (orphaned or not) on [start, end) of the current text. */
  async reattach(uri: string, id: string, start: number, end: number): Promise<{ state: ArticleState; annotation: UserAnnotation }> {
    const state = this.requireWritable(await this.get(uri), uri);
    const old = this.find(state, id);
    const text = this.host.textOf(uri) ?? '';
    if (!(end > start) || end > text.length) throw new AnnotationError('Select the text to attach the annotation to first.');
    const next: UserAnnotation = { ...old, anchor: makeAnchor(text, start, end), status: 'anchored', modified: new Date().toISOString() };
    state.file = { ...state.file, annotations: state.file.annotations.map((a) => (a.id === id ? next : a)) };
    this.touched(state);
    return { state, annotation: next };
  }

  async source(uri: string): Promise<SourceInfo | undefined> {
    return (await this.get(uri))?.file.source;
  }

  /** Sets (or with undefined removes) an article's source. */
  async setSource(uri: string, source: SourceInfo | undefined): Promise<ArticleState> {
    const state = this.requireWritable(await this.get(uri), uri);
    const before = publishedDate(state.file.source);
    const next: ArticleAnnotations = { ...state.file };
    if (source) next.source = { ...source, modified: new Date().toISOString() };
    else delete next.source;
    state.file = next;
    this.touched(state);
    const after = publishedDate(next.source);
    if (before !== after) this.host.sourceChanged(uri, after);
    return state;
  }

  /** Replaces an article's annotations and source wholesale (import); the store merges on save. */
  async replace(uri: string, file: ArticleAnnotations): Promise<ArticleState> {
    const state = this.requireWritable(await this.get(uri), uri);
    const before = publishedDate(state.file.source);
    state.file = { ...file, article: state.relativePath };
    state.anchoredTo = undefined;
    this.anchor(state);
    this.touched(state);
    const after = publishedDate(state.file.source);
    if (before !== after) this.host.sourceChanged(uri, after);
    return state;
  }

  /**
   * Exports articles (`uris`, or every article of every folder given by `articlesOf`) with their
   * saved annotations into `outDir`, one call of the shared exporter per folder.
   */
  async exportTo(
    o: { format: 'brat' | 'conll' | 'jsonl' | 'w3c'; outDir: string; includeAutomatic?: boolean; uris?: string[] },
    articlesOf: () => string[],
  ): Promise<{ articles: number; annotations: number; automatic: number; problems: string[] }> {
    if (!this.trusted) throw new AnnotationError('This workspace is not trusted: Lekh writes nothing, so it does not export either. Trust the workspace to export.');
    if (!o.outDir || !path.isAbsolute(o.outDir)) throw new AnnotationError(`Export needs an absolute folder, not ${JSON.stringify(o.outDir)}.`);
    // What is exported is what is saved: save first.
    await this.flush();
    const byFolder = new Map<string, { folder: AnnotationFolder; files: string[] }>();
    for (const uri of o.uris ?? articlesOf()) {
      const loc = this.host.locate(uri);
      if (!loc) continue;
      const g = byFolder.get(loc.folder.uri) ?? { folder: loc.folder, files: [] };
      g.files.push(URI.parse(uri).fsPath);
      byFolder.set(loc.folder.uri, g);
    }
    if (!byFolder.size) throw new AnnotationError('No articles to export in the workspace folders.');
    const out = { articles: 0, annotations: 0, automatic: 0, problems: [] as string[] };
    for (const { folder, files } of byFolder.values()) {
      const r = await exportArticles({ format: o.format, root: folder.fsPath, articles: files.sort(), out: o.outDir, auto: o.includeAutomatic !== false });
      out.articles += r.articles;
      out.annotations += r.annotations;
      out.automatic += r.automatic;
      out.problems.push(...r.problems);
      for (const line of r.done) this.host.log(`Export: ${line}`);
    }
    for (const p of out.problems) this.host.log(`Export problem: ${p}`);
    return out;
  }

  /** Imports annotation files into the stores (merging with what is there), then shows them. */
  async importFrom(o: { format: 'brat' | 'conll' | 'jsonl' | 'w3c'; paths: string[] }): Promise<{ articles: number; annotations: number; problems: string[] }> {
    if (!this.trusted) throw new AnnotationError('This workspace is not trusted: Lekh writes nothing, so it cannot import. Trust the workspace to import.');
    if (!o.paths?.length) throw new AnnotationError('Choose the files or folders to import.');
    await this.flush();
    const out = { articles: 0, annotations: 0, problems: [] as string[] };
    for (const [folderUri] of this.stores) {
      const root = URI.parse(folderUri).fsPath;
      const r = await importFiles({ format: o.format, root, files: o.paths });
      out.articles += r.articles;
      out.annotations += r.added + r.updated;
      out.problems.push(...r.problems);
      for (const line of r.done) this.host.log(`Import: ${line}`);
      if (this.stores.size > 1 && r.articles) break; // the first folder that holds the articles takes them
    }
    for (const p of out.problems) this.host.log(`Import problem: ${p}`);
    // The files were written by the shared importer: read them again (merged with nothing unsaved here, all was flushed).
    await this.reloadAll();
    return out;
  }

  /** Reads every store file again (after an import or a bulk change on disk); articles with unsaved changes are saved first. */
  async reloadAll(): Promise<void> {
    const changed: string[] = [];
    for (const [folderUri, store] of this.stores) {
      const folder = { uri: folderUri, fsPath: URI.parse(folderUri).fsPath };
      for (const rel of await store.list()) {
        const uri = URI.file(path.join(folder.fsPath, ...rel.split('/'))).toString();
        const state = this.articles.get(uri);
        if (state?.dirty && !state.error) await this.save(state);
        const fresh = await this.load(uri, { folder, relativePath: rel });
        if (fresh) this.anchor(fresh);
        changed.push(uri);
      }
    }
    if (changed.length) this.host.changed(changed);
  }

  private find(state: ArticleState, id: string): UserAnnotation {
    const a = state.file.annotations.find((x) => x.id === id);
    if (!a) throw new AnnotationError(`No annotation ${id} in ${state.relativePath} (it may have been deleted in another window).`);
    return a;
  }

  private touched(state: ArticleState): void {
    state.dirty = true;
    this.scheduleSave();
    this.host.changed([state.uri]);
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.flush();
    }, this.saveDelayMs);
  }

  /** Saves every changed article now (debounce end, shutdown). */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
    }
    for (const state of [...this.articles.values()]) if (state.dirty) await this.save(state);
  }

  /** Writes an article's file (atomic, merged with what another window wrote), with fresh quote contexts. */
  private async save(state: ArticleState): Promise<void> {
    if (!this.trusted || state.error) return;
    const store = this.storeOf(state.folder);
    if (!store) return;
    const text = state.anchoredTo;
    const file = text !== undefined ? refreshContext(text, state.file) : state.file;
    state.dirty = false;
    const sent = state.file;
    try {
      const result = await store.save(state.relativePath, file);
      if (!result.ok) {
        state.dirty = true;
        this.host.error(`Lekh: the annotations of ${state.relativePath} are ${result.reason}`);
        return;
      }
      // The store merged in what another window wrote: show that too (unless edited here meanwhile).
      const merged = result.file;
      if (state.file === sent && JSON.stringify(merged) !== JSON.stringify({ ...file, article: merged.article })) {
        const before = publishedDate(state.file.source);
        state.file = merged;
        state.anchoredTo = undefined;
        this.anchor(state);
        this.host.changed([state.uri]);
        const after = publishedDate(merged.source);
        if (before !== after) this.host.sourceChanged(state.uri, after);
      }
    } catch (e) {
      state.dirty = true;
      this.host.error(`Lekh: annotations not saved to ${this.storePath(state)}: ${(e as Error).message}`);
    }
  }
}
