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

/**
 * The annotation files of one workspace root. Keep one a root a process: it holds the merge bases.
 * One store is one writer: pass `save` a file made from what this store last loaded or saved for
 * that article, and do not run two load→save sequences for one article at once on one store (the
 * second would read the first's additions as deletions). Other stores and processes may write at
 * any time: that is what the merge is for.
 */
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
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.withLock(target, (fence) => this.saveLocked(key, target, file, fence));
        } catch (e) {
          // The lock was broken under us or the file changed after we read it: read and merge again.
          if (e instanceof LostRace && attempt < 20) continue;
          throw e;
        }
      }
    } catch (e) {
      return { ok: false, reason: `not saved: ${target}: ${(e as Error).message}` };
    }
  }

  /** The body of `save`, holding the lock. `fence` throws LostRace when it is not safe to commit. */
  private async saveLocked(key: string, target: string, file: ArticleAnnotations, fence: (disk: string | undefined) => Promise<void>): Promise<SaveResult> {
    const disk = await readIfExists(target);
    const mine: ArticleAnnotations = { ...file, article: key };
    let merged = mine;
    const base = this.base.get(key);
    if (disk !== undefined && disk !== base?.text) {
      const theirs = parseStore(disk, target);
      if (!theirs.ok) return { ok: false, reason: `not saved: ${theirs.error.message}. Fix or remove that file; Lekh will not overwrite it.` };
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
        await fence(disk);
        await fsp.rm(target, { force: true });
        written = true;
      }
      this.base.set(key, null);
    } else {
      if (text !== disk) {
        await writeAtomic(target, text, () => fence(disk));
        written = true;
      }
      this.base.set(key, { text, file: merged });
    }
    return { ok: true, file: merged, written };
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

  /**
   * Runs `fn` holding `<target>.lock`, created with O_EXCL and holding this holder's token
   * (`pid:random`). A lock whose process is gone is broken by renaming it aside first and checking
   * that what was renamed is the dead lock (a fresh one taken by mistake is put back), so two
   * processes breaking the same stale lock cannot both go on. `fn` gets a fence to call right
   * before it commits: it throws LostRace when our lock is no longer there or the file is no
   * longer what was read, and the caller starts again.
   */
  private async withLock<T>(target: string, fn: (fence: (disk: string | undefined) => Promise<void>) => Promise<T>): Promise<T> {
    const lock = `${target}.lock`;
    const token = `${process.pid}:${Math.random().toString(36).slice(2, 12)}`;
    const deadline = Date.now() + this.lockTimeoutMs;
    for (;;) {
      try {
        const h = await fsp.open(lock, 'wx');
        try {
          await h.writeFile(token);
        } finally {
          await h.close();
        }
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const stale = await staleLock(lock);
        if (stale !== undefined) {
          await breakLock(lock, stale);
          continue;
        }
        if (Date.now() > deadline) throw new Error(`another process holds ${lock}; try again, or delete that file if no Lekh is running`);
        await sleep(10 + Math.random() * 20);
      }
    }
    const fence = async (disk: string | undefined) => {
      if ((await readIfExists(lock)) !== token) throw new LostRace();
      if ((await readIfExists(target)) !== disk) throw new LostRace();
    };
    try {
      return await fn(fence);
    } finally {
      // Remove the lock only while it is ours.
      if ((await readIfExists(lock).catch(() => undefined)) === token) await fsp.rm(lock, { force: true });
      await removeStaleTemps(target);
    }
  }
}

/** Thrown when another process got in between reading the file and committing: read again. */
class LostRace extends Error {
  constructor() {
    super('another process wrote the file at the same moment');
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * The content of a lock whose holder is gone (its process is not running, or it stayed empty for
 * over a second because its writer died at once, or it is over a minute old), else undefined.
 */
async function staleLock(lock: string): Promise<string | undefined> {
  try {
    const [content, st] = await Promise.all([fsp.readFile(lock, 'utf8'), fsp.stat(lock)]);
    const age = Date.now() - st.mtimeMs;
    if (!content.trim()) return age > 1000 ? content : undefined;
    return isDead(Number(content.split(':')[0])) || age > 60_000 ? content : undefined;
  } catch {
    return undefined; // gone already: the next open will tell
  }
}

/** Removes a stale lock only if it is still the one seen stale; a live lock taken aside by mistake is put back. */
async function breakLock(lock: string, stale: string): Promise<void> {
  const aside = `${lock}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.broken`;
  try {
    await fsp.rename(lock, aside);
  } catch {
    return; // someone else broke or released it
  }
  const content = await readIfExists(aside).catch(() => undefined);
  if (content !== stale) {
    // A live holder's lock: put it back (if another lock appeared meanwhile, that holder's fence fails).
    await fsp.link(aside, lock).catch(() => undefined);
  }
  await fsp.rm(aside, { force: true });
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

/** Writes a file atomically: temporary file in the same folder, fsync, (`beforeRename`), rename, fsync of the folder. */
export async function writeAtomic(target: string, text: string, beforeRename?: () => Promise<void>): Promise<void> {
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  let h: FileHandle | undefined;
  try {
    h = await fsp.open(tmp, 'wx');
    await h.writeFile(text, 'utf8');
    await h.sync();
    await h.close();
    h = undefined;
    await beforeRename?.();
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
