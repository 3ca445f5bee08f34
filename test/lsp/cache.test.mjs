// The warm-start cache over the protocol: kept in the storage folder the client passes, reused on
// the next start, rebuilt silently when corrupt, never written when the workspace is not trusted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient } from './client.mjs';

// Every temporary folder a test makes is removed when the file's tests end.
const made = [];
const tmp = (prefix) => {
  const dir = mkdtempSync(prefix);
  made.push(dir);
  return dir;
};
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

const ONE = `नई दिल्ली, 12 फरवरी 2026: प्रधानमंत्री नरेंद्र मोदी ने बुधवार को जापान के प्रधानमंत्री से मुलाकात की।
दोनों देशों ने 15,000 करोड़ रुपये की परियोजना पर सहमति जताई।
`;
const TWO = `मुंबई, 14 फरवरी 2026: मुंबई में शुक्रवार को भारी बारिश हुई। भारत के मौसम विभाग ने चेतावनी जारी की।
`;

let ws;
before(() => {
  ws = tmp(path.join(tmpdir(), 'lekh-cache-ws-'));
  mkdirSync(path.join(ws, 'news'));
  writeFileSync(path.join(ws, 'news', 'one.txt'), ONE);
  writeFileSync(path.join(ws, 'news', 'two.txt'), TWO);
});

async function session(storagePath, trusted = true) {
  const client = new TestClient({ initializationOptions: { trusted, storagePath } });
  await client.start(ws);
  await client.ready();
  const corpus = await client.request('lekh/corpus');
  const entities = await client.request('lekh/entities', {});
  if (trusted) await client.waitFor(() => client.logs.some((l) => /Index cache saved|Could not write/.test(l)) || client.logs.some((l) => /Index cache: 2 analyses/.test(l)), 'cache written or reused');
  await client.stop();
  return { client, corpus, entities };
}

const cacheFiles = (storage) => (existsSync(path.join(storage, 'index-cache')) ? readdirSync(path.join(storage, 'index-cache')) : []);

test('the cache is written to the storage folder, reused on the next start, and gives the same results', async () => {
  const storage = tmp(path.join(tmpdir(), 'lekh-cache-store-'));
  const before = readdirSync(ws, { recursive: true }).sort();
  const cold = await session(storage);
  assert.ok(cold.client.logs.some((l) => /Index cache saved \(2 articles\)/.test(l)), cold.client.logs.join('\n'));
  assert.equal(cacheFiles(storage).length, 1);
  assert.deepEqual(readdirSync(ws, { recursive: true }).sort(), before, 'nothing written in the user folder');

  const warm = await session(storage);
  assert.ok(warm.client.logs.some((l) => /Index cache: 2 analyses/.test(l)), warm.client.logs.join('\n'));
  assert.ok(!warm.client.logs.some((l) => /Index cache saved/.test(l)), 'unchanged: not rewritten');
  assert.deepEqual(warm.corpus, cold.corpus);
  assert.deepEqual(warm.entities, cold.entities);
});

test('a corrupt cache is rebuilt silently', async () => {
  const storage = tmp(path.join(tmpdir(), 'lekh-cache-store-'));
  const cold = await session(storage);
  const file = path.join(storage, 'index-cache', cacheFiles(storage)[0]);
  writeFileSync(file, '{"format":"lekh-index-cache"\n\u0000\u0001 not json');
  const again = await session(storage);
  assert.ok(!again.client.logs.some((l) => l.startsWith('showMessage')), 'no message to the user');
  assert.ok(again.client.logs.some((l) => /Index cache saved \(2 articles\)/.test(l)), again.client.logs.join('\n'));
  assert.deepEqual(again.corpus, cold.corpus);
  assert.match(readFileSync(file, 'utf8'), /^\{"format":"lekh-index-cache","version":\d+/);
});

test('nothing is written when the workspace is not trusted', async () => {
  const storage = tmp(path.join(tmpdir(), 'lekh-cache-store-'));
  const s = await session(storage, false);
  assert.equal(s.corpus.length, 2);
  assert.deepEqual(readdirSync(storage), []);
});
