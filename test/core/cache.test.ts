// The warm-start cache (server/src/workspace/cache.ts): content-hashed, versioned, atomic,
// silent about stale or corrupt files, and read-only when the workspace is not trusted.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CorpusIndex, analyzeArticle, type Span } from '../../server/src/core';
import { IndexCache, StringTable, packSpans, unpackSpans } from '../../server/src/workspace/cache';

// Every temporary folder a test makes is removed when the file's tests end.
const made: string[] = [];
const tmp = (prefix: string) => {
  const dir = mkdtempSync(prefix);
  made.push(dir);
  return dir;
};
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

const A = `नई दिल्ली, 12 फरवरी 2026: प्रधानमंत्री नरेंद्र मोदी ने बुधवार को जापान के प्रधानमंत्री से मुलाकात की।
दोनों देशों ने 15,000 करोड़ रुपये की परियोजना पर सहमति जताई और भारतीय रिज़र्व बैंक ने 6.5 प्रतिशत का अनुमान दिया।
`;
const B = `मुंबई, 14 फरवरी 2026: मुंबई में शुक्रवार को भारी बारिश हुई। Reserve Bank of India said on Monday that growth was 7 per cent.
`;
const FOLDERS = ['file:///news'];

function fresh(storagePath: string, extra: Partial<ConstructorParameters<typeof IndexCache>[0]> = {}) {
  return new IndexCache({ storagePath, folders: FOLDERS, writable: true, code: 'test-1', ...extra });
}

function filled(storagePath: string) {
  const corpus = new CorpusIndex();
  const cache = fresh(storagePath);
  cache.remember(corpus.set('file:///news/a.txt', A), true);
  cache.remember(corpus.set('file:///news/b.txt', B), true);
  return { corpus, cache };
}

test('a saved analysis is reused for the same text and equals a fresh analysis', async () => {
  const dir = tmp(path.join(tmpdir(), 'lekh-cache-'));
  const { corpus, cache } = filled(dir);
  assert.equal(await cache.save(), true);
  assert.ok(cache.file.startsWith(dir), 'the cache lives in the storage folder');
  assert.equal(await cache.save(), false, 'nothing changed: nothing written');

  const again = fresh(dir);
  assert.equal(await again.load(), 2);
  const reused = again.lookup('file:///news/a.txt', A);
  assert.ok(reused);
  // Equal as data (a key whose value is undefined is not kept).
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
  assert.deepEqual(plain(reused), plain(corpus.get('file:///news/a.txt')!.analysis));
  assert.equal(reused.spans[0].text, A.slice(reused.spans[0].start, reused.spans[0].end));
  // Reusing it through the index gives the same entities as analysing.
  const other = new CorpusIndex();
  other.set('file:///news/a.txt', A, {}, reused);
  other.set('file:///news/b.txt', B, {}, again.lookup('file:///news/b.txt', B));
  assert.deepEqual(plain(other.entities()), plain(corpus.entities()));
});

test('changed text, other options or another code version miss the cache', async () => {
  const dir = tmp(path.join(tmpdir(), 'lekh-cache-'));
  const { cache } = filled(dir);
  await cache.save();
  const again = fresh(dir);
  await again.load();
  assert.equal(again.lookup('file:///news/a.txt', A.replace('12 फरवरी', '13 फरवरी')), undefined);
  assert.equal(again.lookup('file:///news/a.txt', A, { referenceDate: '2026-02-12' }), undefined);
  assert.equal(again.lookup('file:///news/c.txt', A), undefined);
  const newer = fresh(dir, { code: 'test-2' });
  assert.equal(await newer.load(), 0, 'a cache from other code is stale');
});

test('a corrupt cache is ignored silently and rewritten; one bad line costs one article', async () => {
  const dir = tmp(path.join(tmpdir(), 'lekh-cache-'));
  const { cache } = filled(dir);
  await cache.save();
  const lines = readFileSync(cache.file, 'utf8').split('\n');
  lines[1] = lines[1].slice(0, 40);
  writeFileSync(cache.file, lines.join('\n'));
  const partial = fresh(dir);
  assert.equal(await partial.load(), 1);

  writeFileSync(cache.file, '\u0000garbage{');
  const broken = fresh(dir);
  assert.equal(await broken.load(), 0);
  const corpus = new CorpusIndex();
  broken.remember(corpus.set('file:///news/a.txt', A), true);
  assert.equal(await broken.save(), true);
  const rebuilt = fresh(dir);
  assert.equal(await rebuilt.load(), 1);
});

test('writes atomically (no temporary file left) and writes nothing when not trusted', async () => {
  const dir = tmp(path.join(tmpdir(), 'lekh-cache-'));
  const { cache } = filled(dir);
  await cache.save();
  assert.deepEqual(readdirSync(path.dirname(cache.file)), [path.basename(cache.file)]);

  const untrustedDir = tmp(path.join(tmpdir(), 'lekh-cache-'));
  const untrusted = fresh(untrustedDir, { writable: false });
  untrusted.remember(new CorpusIndex().set('file:///news/a.txt', A), true);
  assert.equal(await untrusted.save(), false);
  assert.equal(existsSync(path.join(untrustedDir, 'index-cache')), false);
});

test('one cache file per set of workspace folders', () => {
  const dir = tmp(path.join(tmpdir(), 'lekh-cache-'));
  assert.notEqual(fresh(dir).file, fresh(dir, { folders: ['file:///other'] }).file);
});

test('packed spans unpack to the same spans', () => {
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
  const table = new StringTable();
  for (const text of [A, B, A + B]) {
    const spans = analyzeArticle(text).spans;
    assert.ok(spans.some((s) => s.date) && spans.some((s) => s.figure) && spans.some((s) => s.key));
    const packed = JSON.parse(JSON.stringify(packSpans(spans, table)));
    const back = unpackSpans(packed, JSON.parse(JSON.stringify(table.strings)), text);
    assert.deepEqual(plain(back), plain(spans));
  }
  // Random spans: every optional field present or not, values from a small alphabet.
  let seed = 5;
  const rnd = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
  const text = 'क'.repeat(500);
  for (let round = 0; round < 50; round++) {
    const spans: Span[] = [];
    for (let at = rnd(5); at < 480; at += 1 + rnd(30)) {
      const end = at + rnd(10);
      const s: Span = { type: (['PERSON', 'DATE', 'FIGURE', 'LOCATION'] as const)[rnd(4)], start: at, end: Math.min(end, 500), text: text.slice(at, Math.min(end, 500)), value: ['', '12', 'XXXX-01'][rnd(3)] };
      if (rnd(2)) s.source = ['rule', 'head', ''][rnd(3)];
      if (rnd(2)) s.key = ['k', 'loc:india', ''][rnd(3)];
      if (rnd(2)) s.canonical = ['भारत', ''][rnd(2)];
      if (rnd(4) === 0) s.date = rnd(2) ? {} : { relative: true, weekday: 3 };
      if (rnd(4) === 0) s.figure = { number: String(rnd(100)) };
      spans.push(s);
    }
    const t = new StringTable();
    const back = unpackSpans(JSON.parse(JSON.stringify(packSpans(spans, t))), t.strings, text);
    assert.deepEqual(plain(back), plain(spans));
  }
  // A table or offsets that do not fit: nothing, never a wrong span.
  const spans = analyzeArticle(A).spans;
  const t = new StringTable();
  const packed = packSpans(spans, t);
  assert.equal(unpackSpans(packed, t.strings.slice(0, 1), A), undefined);
  assert.equal(unpackSpans(packed, t.strings, A.slice(0, 20)), undefined);
});

test('a line whose analysis is corrupt costs its article at lookup, and the cache is written again', async () => {
  const dir = tmp(path.join(tmpdir(), 'lekh-cache-'));
  const { cache } = filled(dir);
  await cache.save();
  const lines = readFileSync(cache.file, 'utf8').split('\n');
  const a = lines.findIndex((l) => l.includes('a.txt'));
  lines[a] = `${lines[a].slice(0, lines[a].indexOf('\t') + 1)}{"spans":[`;
  writeFileSync(cache.file, lines.join('\n'));
  const again = fresh(dir);
  assert.equal(await again.load(), 2, 'the line\'s head is read; its analysis only when looked up');
  assert.equal(again.lookup('file:///news/a.txt', A), undefined);
  assert.ok(again.lookup('file:///news/b.txt', B));
  const corpus = new CorpusIndex();
  again.remember(corpus.set('file:///news/a.txt', A), true);
  assert.equal(await again.save(), true);
  const rebuilt = fresh(dir);
  assert.equal(await rebuilt.load(), 2);
  assert.ok(rebuilt.lookup('file:///news/a.txt', A));
});
