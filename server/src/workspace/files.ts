/**
 * Finding and reading article files on disk (server and CLI only; the core never touches files).
 */
import { createHash } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fsp, readSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { decodeText, type DecodedText } from '../core';
import type { CorpusSettings } from './settings';

/** Decides whether a path (relative to its folder, with `/`) is an article. */
export class ArticleMatcher {
  private readonly included: (p: string) => boolean;
  private readonly excluded: (p: string) => boolean;
  constructor(readonly settings: CorpusSettings) {
    const opts = { dot: true, nocase: true };
    this.included = settings.include.length ? picomatch(settings.include, opts) : () => false;
    this.excluded = settings.exclude.length ? picomatch(settings.exclude, opts) : () => false;
  }
  matches(relativePath: string): boolean {
    const p = relativePath.split(path.sep).join('/');
    return this.included(p) && !this.excluded(p);
  }
  /** True when a folder can hold no article (so the walk need not enter it). */
  skipsFolder(relativePath: string): boolean {
    const p = relativePath.split(path.sep).join('/');
    return this.excluded(p) || this.excluded(`${p}/`) || this.excluded(`${p}/x`);
  }
}

/** Every article file under `root`, as absolute paths, sorted. Unreadable folders are reported, not fatal. */
export async function findArticleFiles(root: string, matcher: ArticleMatcher, onProblem?: (message: string) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (e) {
      onProblem?.(`Cannot read folder ${dir}: ${(e as Error).message}`);
      return;
    }
    for (const d of entries) {
      const full = path.join(dir, d.name);
      const rel = path.relative(root, full);
      if (d.isDirectory()) {
        if (!matcher.skipsFolder(rel)) await walk(full);
      } else if ((d.isFile() || d.isSymbolicLink()) && matcher.matches(rel)) {
        out.push(full);
      }
    }
  };
  await walk(root);
  return out.sort();
}

export type ReadResult =
  /** `hash`: the SHA-1 (hex) of the text's UTF-8, from the bytes read when they are exactly that (no BOM, valid UTF-8). */
  | { ok: true; decoded: DecodedText; size: number; hash?: string }
  | { ok: false; reason: string };

/** The hash of the text as the cache keys it (cache.ts' hashText), taken from the bytes when they are the text's UTF-8. */
function bytesHash(bytes: Uint8Array, decoded: DecodedText): string | undefined {
  return decoded.bom || decoded.invalidUtf8At !== undefined ? undefined : createHash('sha1').update(bytes).digest('hex');
}

/** Reads an article file, refusing what cannot be analysed (too large, binary, unreadable) with a reason. */
export async function readArticleFile(file: string, maxFileSizeMB: number): Promise<ReadResult> {
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    const limit = maxFileSizeMB * 1024 * 1024;
    if (stat.size > limit) {
      return { ok: false, reason: `too large (${(stat.size / 1048576).toFixed(1)} MB; lekh.corpus.maxFileSizeMB is ${maxFileSizeMB})` };
    }
    const bytes = await fsp.readFile(file);
    const decoded = decodeText(bytes);
    if (decoded.binary) return { ok: false, reason: 'binary file (it contains NUL bytes)' };
    return { ok: true, decoded, size: stat.size, hash: bytesHash(bytes, decoded) };
  } catch (e) {
    return { ok: false, reason: `cannot be read: ${(e as Error).message}` };
  }
}

const READ_NONBLOCKING = fsConstants.O_NONBLOCK === undefined ? 'r' : fsConstants.O_RDONLY | fsConstants.O_NONBLOCK;

/**
 * The same as readArticleFile, synchronously: for indexing many small files, where the promise
 * round trips of `fs/promises` (stat, open, fstat, read, close) cost more than the reading itself.
 */
export function readArticleFileSync(file: string, maxFileSizeMB: number): ReadResult {
  let fd: number | undefined;
  try {
    // Open, fstat, read, close: one system call a file fewer than stat and readFileSync. Opened
    // without blocking, so a named pipe behind a symbolic link is refused, not waited on.
    fd = openSync(file, READ_NONBLOCKING);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    const limit = maxFileSizeMB * 1024 * 1024;
    if (stat.size > limit) {
      return { ok: false, reason: `too large (${(stat.size / 1048576).toFixed(1)} MB; lekh.corpus.maxFileSizeMB is ${maxFileSizeMB})` };
    }
    const buffer = Buffer.allocUnsafe(stat.size);
    let got = 0;
    for (let n = 1; got < stat.size && n > 0; got += n) n = readSync(fd, buffer, got, stat.size - got, null);
    const bytes = got < stat.size ? buffer.subarray(0, got) : buffer;
    const decoded = decodeText(bytes);
    if (decoded.binary) return { ok: false, reason: 'binary file (it contains NUL bytes)' };
    return { ok: true, decoded, size: stat.size, hash: bytesHash(bytes, decoded) };
  } catch (e) {
    return { ok: false, reason: `cannot be read: ${(e as Error).message}` };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing to do: the file was read or refused already.
      }
    }
  }
}
