// Protocol tests for the sidebar's requests: `lekh/corpus` (dates for the month groups, the entity
// filter) and `lekh/timeline` (dated events across the corpus, sorted, with entities, filtered).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient, uriOf } from './client.mjs';

// Our own articles: two dated ones in different months (one names नीतीश कुमार), one without a year.
const BRIDGE = `गंगा पर नए पुल का काम अक्टूबर तक पूरा होगा

पटना, 14 सितंबर 2025: विभाग के सचिव अनुपम सिन्हा ने कहा कि पुल 31 अक्टूबर 2025 तक पूरा होगा।

पुल का शिलान्यास 2 जनवरी 2023 को मुख्यमंत्री नीतीश कुमार ने किया था।
`;
const RATE = `RBI ने रेपो दर स्थिर रखी

मुंबई, 8 अप्रैल 2026: भारतीय रिज़र्व बैंक ने रेपो दर को 6.25% पर बनाए रखा। नीतीश कुमार ने 10 अप्रैल 2026 को इसका स्वागत किया।
`;
const UNDATED = `छात्रों का सम्मान

नई दिल्ली, 3 मार्च: जापान के छात्रों ने मंगलवार को भाषण दिए।
`;

let dir;
let client;
const files = {};
const text = {};

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-side-'));
  for (const [k, name, body] of [['bridge', 'bridge.txt', BRIDGE], ['rate', 'rate.txt', RATE], ['undated', 'undated.txt', UNDATED]]) {
    files[k] = path.join(dir, name);
    text[uriOf(files[k])] = body;
    writeFileSync(files[k], body);
  }
  client = new TestClient();
  await client.start(dir);
  await client.ready();
});

after(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The text a 0-based single-line LSP range covers. */
function textAt(uri, range) {
  const lines = text[uri].split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

test('lekh/corpus gives each article its date (for month groups), newest first, undated last', async () => {
  const corpus = await client.request('lekh/corpus');
  assert.deepEqual(corpus.map((a) => a.relativePath), ['rate.txt', 'bridge.txt', 'undated.txt']);
  assert.deepEqual(corpus.map((a) => a.date), ['2026-04-08', '2025-09-14', 'XXXX-03-03']);
  assert.ok(corpus.every((a) => a.source === undefined), 'no annotated source yet');
  assert.equal(corpus[1].title, 'गंगा पर नए पुल का काम अक्टूबर तक पूरा होगा');
});

test('lekh/corpus with an entity lists only the articles that mention it', async () => {
  const entities = await client.request('lekh/entities', {});
  const nitish = entities.find((e) => e.name === 'नीतीश कुमार');
  assert.ok(nitish, JSON.stringify(entities.map((e) => e.name)));
  const only = await client.request('lekh/corpus', { entity: nitish.id });
  assert.deepEqual(only.map((a) => a.relativePath), ['rate.txt', 'bridge.txt']);
  const japan = entities.find((e) => e.name === 'जापान');
  assert.ok(japan);
  assert.deepEqual((await client.request('lekh/corpus', { entity: japan.id })).map((a) => a.relativePath), ['undated.txt']);
  assert.deepEqual(await client.request('lekh/corpus', { entity: 'PERSON:nobody' }), []);
  assert.equal((await client.request('lekh/corpus', {})).length, 3, 'no entity: every article');
});

test('lekh/timeline lists dated events oldest first, with ranges, sentences and entities', async () => {
  const { events, unresolved, omitted } = await client.request('lekh/timeline', {});
  assert.deepEqual(events.map((e) => e.date), ['2023-01-02', '2025-09-14', '2025-10', '2025-10-31', '2026-04-08', '2026-04-10']);
  assert.equal(omitted, 0);
  const newest = await client.request('lekh/timeline', { limit: 2 });
  assert.deepEqual(newest.events.map((e) => e.date), ['2026-04-08', '2026-04-10'], 'a limit keeps the newest');
  assert.equal(newest.omitted, 4);
  assert.ok(unresolved >= 2, `the year-less dateline and weekday are counted, not placed (${unresolved})`);
  for (const e of events) {
    assert.equal(textAt(e.uri, e.range), e.text, `range of ${e.text}`);
    assert.equal(e.sentence.slice(e.dateStart, e.dateEnd), e.text);
    assert.ok(e.sentence.length <= 170);
  }
  const laid = events[0];
  assert.equal(laid.relativePath, 'bridge.txt');
  assert.equal(laid.title, 'गंगा पर नए पुल का काम अक्टूबर तक पूरा होगा');
  assert.equal(laid.precision, 'day');
  assert.equal(laid.sentence, 'पुल का शिलान्यास 2 जनवरी 2023 को मुख्यमंत्री नीतीश कुमार ने किया था।');
  assert.deepEqual(laid.entities.map((x) => x.name), ['नीतीश कुमार']);
  assert.equal(events.find((e) => e.date === '2025-10').precision, 'month');
});

test('lekh/timeline with an entity keeps only events whose sentence names it', async () => {
  const entities = await client.request('lekh/entities', {});
  const nitish = entities.find((e) => e.name === 'नीतीश कुमार');
  const { events } = await client.request('lekh/timeline', { entity: nitish.id });
  assert.deepEqual(events.map((e) => `${e.relativePath} ${e.date}`), ['bridge.txt 2023-01-02', 'rate.txt 2026-04-10']);
  assert.ok(events.every((e) => e.entities.some((x) => x.id === nitish.id)));
  assert.deepEqual(await client.request('lekh/timeline', { entity: 'PERSON:nobody' }), { events: [], unresolved: 0, omitted: 0 });
  // जापान is named only in the article without a year: nothing placed, its dates counted as unplaced
  const japan = entities.find((e) => e.name === 'जापान');
  const j = await client.request('lekh/timeline', { entity: japan.id });
  assert.deepEqual(j.events, []);
  assert.ok(j.unresolved >= 1, JSON.stringify(j));
});

test('lekh/timeline follows an edit of an open article', async () => {
  const uri = uriOf(files.undated);
  const edited = UNDATED.replace('3 मार्च:', '3 मार्च 2024:');
  text[uri] = edited;
  client.open(uri, edited, 'plaintext', 2);
  // The request reads the open document's newest text (analysis is lazy, on the first request).
  const { events } = await client.request('lekh/timeline', {});
  assert.ok(events.some((e) => e.relativePath === 'undated.txt' && e.date === '2024-03-03'), JSON.stringify(events.map((e) => `${e.relativePath} ${e.date}`)));
  const corpus = await client.request('lekh/corpus');
  assert.equal(corpus.find((a) => a.relativePath === 'undated.txt').date, '2024-03-03');
});

test('an edit of .lekh/entities.json reaches lekh/entities, lekh/corpus and lekh/timeline without re-reading the articles', async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.join(dir, '.lekh'), { recursive: true });
  const file = path.join(dir, '.lekh', 'entities.json');
  writeFileSync(file, JSON.stringify({ entities: [{ name: 'विभाग के सचिव', type: 'ORGANIZATION' }, { name: 'नीतीश कुमार', type: 'PERSON', ignore: true }] }));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
  // The server re-indexes on the notification; poll the request until the register shows.
  let all;
  for (let i = 0; i < 100; i++) {
    all = await client.request('lekh/entities', {});
    if (!all.some((e) => e.name === 'नीतीश कुमार')) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(!all.some((e) => e.name === 'नीतीश कुमार'), 'the ignored name is gone');
  assert.ok(all.some((e) => e.name === 'विभाग के सचिव' && e.type === 'ORGANIZATION'), JSON.stringify(all.map((e) => e.name)));
  const { events } = await client.request('lekh/timeline', {});
  assert.ok(events.every((e) => !e.entities.some((x) => x.name === 'नीतीश कुमार')));
  rmSync(file);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
});
