/**
 * The annotation store on disk: one W3C Web Annotation file an article, at
 * `<root>/.lekh/annotations/<article path relative to root>.json`.
 *
 * - Writes are atomic: a temporary file in the same folder, written, fsynced, then renamed over
 *   the old one (and the folder fsynced), so a crash leaves either the old or the new file.
 * - A file that does not parse (a bad merge, a hand edit) is reported with path, line and column,
 *   is never overwritten until it parses again, and costs only its own article.
 * - Two windows on one folder: each save re-reads the file under a lock and merges three ways
 *   against the version this store last read, so neither loses the other's annotations.
 * - `readOnly` (an untrusted workspace): every write is refused with a reason.
 *
 * Independent of the language server: the CLI and the tests use it as is.
 */
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { emptyAnnotations, isEmptySource, mergeStores, parseStore, reanchorAll, serializeStore, type ArticleAnnotations, type StoreError } from '../core/annotations';

/** The store's folder inside a workspace root. */
export const ANNOTATIONS_DIR = path.join('.lekh', 'annotations');
const SUFFIX = '.json';

/** How a store behaves. */
export interface AnnotationStoreOptions {
  /** Refuse every write (untrusted workspace); the string says why, in the refusal. */
  readOnly?: boolean | string;
  /** How long to wait for another process's lock before giving up (ms). */
  lockTimeoutMs?: number;
}

/** An article's annotations as read from disk. */
export interface LoadResult {
  /** The annotations (re-anchored when a text was given); empty when the file is missing or broken. */
  file: ArticleAnnotations;
  /** Set when the file exists but cannot be read: it is left untouched and not written until fixed. */
  error?: StoreError;
  /** The file's path. */
  path: string;
}

/** What a save did: the merged file now on disk, or why nothing was written. */
export type SaveResult = { ok: true; file: ArticleAnnotations; written: boolean } | { ok: false; reason: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when no process with this id runs (on this machine). */
function isDead(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The annotation files of one workspace root. Keep one a root a process: it holds the merge bases. */
export class AnnotationStore {
  readonly root: string;
  readonly dir: string;
  private readonly readOnlyReason: string | undefined;
  private readonly lockTimeoutMs: number;
  /** Per article: the parsed file and its text as this store last read or wrote it (the merge base). */
  private readonly base = new Map<string, { text: string; file: ArticleAnnotations } | null>();

  constructor(root: string, options: AnnotationStoreOptions = {}) {
    this.root = path.resolve(root);
    this.dir = path.join(this.root, ANNOTATIONS_DIR);
    this.readOnlyReason = options.readOnly ? (typeof options.readOnly === 'string' ? options.readOnly : 'the workspace is not trusted, and Lekh writes nothing in an untrusted workspace') : undefined;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 5000;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== undefined;
  }

  /** Checks an article path (relative, '/'-separated, inside the root) and returns it normalised. */
  static articleKey(articleRel: string): string {
    const rel = articleRel.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!rel || rel.startsWith('/') || /^[a-zA-Z]:/.test(rel) || rel.split('/').some((s) => s === '..' || s === '')) throw new Error(`not a path inside the workspace: ${JSON.stringify(articleRel)}`);
    return rel;
  }

  /** The store file of an article. */
  pathFor(articleRel: string): string {
    return path.join(this.dir, ...AnnotationStore.articleKey(articleRel).split('/')) + SUFFIX;
  }

  /**
   * Reads an article's annotations. With the article's `text`, they are re-anchored against it
   * (for edits made outside the editor). A broken file gives `error` and an empty file.
   */
  async load(articleRel: string, text?: string): Promise<LoadResult> {
    const key = AnnotationStore.articleKey(articleRel);
    const file = this.pathFor(key);
    let raw: string;
    try {
      raw = await fsp.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        return { file: emptyAnnotations(key), path: file, error: { message: `${file}: cannot read: ${(e as Error).message}`, path: file, line: 0, column: 0 } };
      }
      this.base.set(key, null);
      return { file: emptyAnnotations(key), path: file };
    }
    const parsed = parseStore(raw, file);
    if (!parsed.ok) {
      this.base.delete(key);
      return { file: emptyAnnotations(key), path: file, error: parsed.error };
    }
    const f = { ...parsed.file, article: key };
    this.base.set(key, { text: raw, file: f });
    return { file: text === undefined ? f : reanchorAll(text, f), path: file };
  }

  /**
   * Saves an article's annotations: under a lock, re-reads the file, merges three ways with what
   * this store last read when someone else changed it, and writes atomically. Returns the merged
   * file (what is now on disk). Refused when read-only or when the file on disk does not parse.
   */
  async save(articleRel: string, file: ArticleAnnotations): Promise<SaveResult> {
    if (this.readOnlyReason) return { ok: false, reason: `not saved: ${this.readOnlyReason}` };
    const key = AnnotationStore.articleKey(articleRel);
    const target = this.pathFor(key);
    try {
      await fsp.mkdir(path.dirname(target), { recursive: true });
      return await this.withLock(target, async () => {
        let disk: string | undefined;
        try {
          disk = await fsp.readFile(target, 'utf8');
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        }
        const mine: ArticleAnnotations = { ...file, article: key };
        let merged = mine;
        const base = this.base.get(key);
        if (disk !== undefined && disk !== base?.text) {
          const theirs = parseStore(disk, target);
          if (!theirs.ok) return { ok: false as const, reason: `not saved: ${theirs.error.message}. Fix or remove that file; Lekh will not overwrite it.` };
          merged = mergeStores(base?.file, mine, { ...theirs.file, article: key });
        } else if (disk === undefined && base) {
          // Deleted by someone else since we read it: their deletion of what we had read wins.
          merged = mergeStores(base.file, mine, emptyAnnotations(key));
        }
        const empty = merged.annotations.length === 0 && isEmptySource(merged.source);
        const text = serializeStore(merged);
        let written = false;
        if (empty) {
          if (disk !== undefined) {
            await fsp.rm(target, { force: true });
            written = true;
          }
          this.base.set(key, null);
        } else {
          if (text !== disk) {
            await writeAtomic(target, text);
            written = true;
          }
          this.base.set(key, { text, file: merged });
        }
        return { ok: true as const, file: merged, written };
      });
    } catch (e) {
      return { ok: false, reason: `not saved: ${target}: ${(e as Error).message}` };
    }
  }

  /** Removes an article's store file (when the article is deleted). */
  async delete(articleRel: string): Promise<SaveResult> {
    if (this.readOnlyReason) return { ok: false, reason: `not deleted: ${this.readOnlyReason}` };
    const key = AnnotationStore.articleKey(articleRel);
    const target = this.pathFor(key);
    try {
      await this.withLock(target, () => fsp.rm(target, { force: true }));
      this.base.set(key, null);
      return { ok: true, file: emptyAnnotations(key), written: true };
    } catch (e) {
      return { ok: false, reason: `not deleted: ${target}: ${(e as Error).message}` };
    }
  }

  /** Moves an article's annotations when the article is renamed. */
  async rename(fromRel: string, toRel: string): Promise<SaveResult> {
    const { file, error } = await this.load(fromRel);
    if (error) return { ok: false, reason: `not moved: ${error.message}` };
    const saved = await this.save(toRel, { ...file, article: AnnotationStore.articleKey(toRel) });
    if (!saved.ok) return saved;
    const removed = await this.delete(fromRel);
    return removed.ok ? saved : removed;
  }

  /** Article paths (relative, '/'-separated) that have a store file. */
  async list(): Promise<string[]> {
    const out: string[] = [];
    const walk = async (dir: string, rel: string) => {
      let entries;
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.isDirectory()) await walk(path.join(dir, e.name), rel ? `${rel}/${e.name}` : e.name);
        else if (e.isFile() && e.name.endsWith(SUFFIX)) out.push(`${rel ? `${rel}/` : ''}${e.name.slice(0, -SUFFIX.length)}`);
      }
    };
    await walk(this.dir, '');
    return out.sort();
  }

  /** Runs `fn` holding `<target>.lock` (O_EXCL). A lock left by a dead process is broken. */
  private async withLock<T>(target: string, fn: () => Promise<T>): Promise<T> {
    const lock = `${target}.lock`;
    const deadline = Date.now() + this.lockTimeoutMs;
    for (;;) {
      try {
        const h = await fsp.open(lock, 'wx');
        try {
          await h.writeFile(String(process.pid));
        } finally {
          await h.close();
        }
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        if (await staleLock(lock)) {
          await fsp.rm(lock, { force: true });
          continue;
        }
        if (Date.now() > deadline) throw new Error(`another process holds ${lock}; try again, or delete that file if no Lekh is running`);
        await sleep(10 + Math.random() * 20);
      }
    }
    try {
      return await fn();
    } finally {
      await fsp.rm(lock, { force: true });
      await removeStaleTemps(target);
    }
  }
}

/** A lock whose process is gone, or an empty one older than a second (its writer died at once), or any older than a minute. */
async function staleLock(lock: string): Promise<boolean> {
  try {
    const [content, st] = await Promise.all([fsp.readFile(lock, 'utf8'), fsp.stat(lock)]);
    const age = Date.now() - st.mtimeMs;
    if (!content.trim()) return age > 1000;
    return isDead(Number(content.trim())) || age > 60_000;
  } catch {
    return false; // gone already: the next open will tell
  }
}

/** Temporary files a killed writer left beside `target` (`<name>.<pid>.<rand>.tmp`, pid dead). */
async function removeStaleTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  try {
    for (const name of await fsp.readdir(dir)) {
      const m = name.startsWith(`${base}.`) ? /\.(\d+)\.[a-z0-9]+\.tmp$/.exec(name) : null;
      if (m && isDead(Number(m[1]))) await fsp.rm(path.join(dir, name), { force: true });
    }
  } catch {
    // Cleaning up is a courtesy.
  }
}

/** Writes a file atomically: temporary file in the same folder, fsync, rename, fsync of the folder. */
export async function writeAtomic(target: string, text: string): Promise<void> {
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  let h: FileHandle | undefined;
  try {
    h = await fsp.open(tmp, 'wx');
    await h.writeFile(text, 'utf8');
    await h.sync();
    await h.close();
    h = undefined;
    await fsp.rename(tmp, target);
  } catch (e) {
    await h?.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  try {
    const d = await fsp.open(path.dirname(target), 'r');
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    // Not every platform can open a folder; the rename is still atomic.
  }
}
