// Protocol tests: the bundled server over stdio, spoken to as an editor does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, renameSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient, decodeTokens, positionOf, uriOf } from './client.mjs';

// Our own sentences, in the style of a Hindi news article.
const ARTICLE = `भारत और जापान के बीच नई रेल साझेदारी पर सहमति

नई दिल्ली, 12 फरवरी 2026 (भाषा): प्रधानमंत्री नरेंद्र मोदी ने बुधवार को जापान के प्रधानमंत्री से मुलाकात की। दोनों देशों ने 15,000 करोड़ रुपये की परियोजना पर सहमति जताई।

भारतीय रिज़र्व बैंक के अनुसार इस साल निवेश 6.5 प्रतिशत बढ़ सकता है। मोदी ने कहा कि परियोजना तीन साल में पूरी होगी।
`;
const SECOND = `मुंबई में बारिश से यातायात प्रभावित

मुंबई, 14 फरवरी 2026: मुंबई में शुक्रवार को भारी बारिश हुई। भारत के मौसम विभाग ने अगले दो दिन के लिए चेतावनी जारी की है।
`;
const BROKEN = `रूीसी प्रतिनिधिमंडल का दौरा

नई दिल्ली, 3 मार्च 2026: सोमवार, 3 मार्च 2026 को प्रतिनिधिमंडल भारत पहुंचा।
`;

let dir;
let client;
const files = {};

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-lsp-'));
  mkdirSync(path.join(dir, 'news'));
  files.a = path.join(dir, 'news', 'rail.txt');
  files.b = path.join(dir, 'news', 'rain.txt');
  files.broken = path.join(dir, 'broken.article');
  writeFileSync(files.a, ARTICLE);
  writeFileSync(files.b, '\uFEFF' + SECOND.replace(/\n/g, '\r\n')); // BOM + CRLF
  writeFileSync(files.broken, BROKEN);
  // Bad input the index must survive: binary, empty, invalid UTF-8, too large, and a non-article.
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' भारत\n', 'utf8')]));
  writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(6 * 1024 * 1024, 'अ'));
  writeFileSync(path.join(dir, 'README.txt'), 'Not an article.');
  client = new TestClient();
  await client.start(dir);
  await client.ready();
});

after(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('initialize announces the features', () => {
  const caps = client.init.capabilities;
  assert.ok(caps.hoverProvider);
  assert.equal(caps.semanticTokensProvider.full, true);
  assert.equal(caps.semanticTokensProvider.range, true);
  assert.deepEqual(caps.semanticTokensProvider.legend.tokenTypes, ['person', 'location', 'organization', 'norp', 'event', 'date', 'figure']);
});

test('indexing reports progress and skips bad files with a clear reason', async () => {
  assert.ok(client.progress.some((p) => p.kind === 'begin'), 'a progress begin was sent');
  assert.ok(client.progress.some((p) => p.kind === 'end'), 'a progress end was sent');
  const status = await client.request('lekh/status');
  const reasons = Object.fromEntries(status.skipped.map((s) => [path.basename(new URL(s.uri).pathname), s.reason]));
  assert.match(reasons['binary.txt'], /binary/);
  assert.match(reasons['huge.txt'], /too large/);
  assert.ok(client.logs.some((l) => /latin1\.txt is not valid UTF-8/.test(l)), 'invalid UTF-8 is logged');
});

test('the corpus request lists articles with title, date and counts', async () => {
  const corpus = await client.request('lekh/corpus');
  const names = corpus.map((a) => a.relativePath).sort();
  assert.deepEqual(names, ['broken.article', 'empty.txt', 'latin1.txt', 'news/rail.txt', 'news/rain.txt']);
  const rail = corpus.find((a) => a.relativePath === 'news/rail.txt');
  assert.equal(rail.title, 'भारत और जापान के बीच नई रेल साझेदारी पर सहमति');
  assert.equal(rail.date, '2026-02-12');
  assert.ok(rail.entities >= 3 && rail.dates >= 1 && rail.figures >= 2, JSON.stringify(rail));
  const rain = corpus.find((a) => a.relativePath === 'news/rain.txt');
  assert.equal(rain.title, 'मुंबई में बारिश से यातायात प्रभावित', 'BOM and CRLF do not leak into the title');
});

test('semantic tokens (full and range) mark entities, dates and figures', async () => {
  const uri = uriOf(files.a);
  client.open(uri, ARTICLE);
  const legend = client.init.capabilities.semanticTokensProvider.legend;
  const full = decodeTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, ARTICLE);
  const has = (type, text) => full.some((t) => t.type === type && t.text === text);
  assert.ok(has('location', 'भारत'), JSON.stringify(full));
  assert.ok(has('location', 'जापान'));
  assert.ok(has('person', 'नरेंद्र मोदी'));
  assert.ok(has('organization', 'भारतीय रिज़र्व बैंक'));
  assert.ok(has('figure', '15,000 करोड़'));
  assert.ok(full.some((t) => t.type === 'date' && t.text === 'बुधवार' && t.modifiers.includes('relative')));
  const range = { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } };
  const part = decodeTokens((await client.request('textDocument/semanticTokens/range', { textDocument: { uri }, range })).data, legend, ARTICLE);
  assert.ok(part.length > 0 && part.every((t) => t.line === 4), JSON.stringify(part));
});

test('hover shows the type, the value and the corpus count', async () => {
  const uri = uriOf(files.a);
  const h1 = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'भारत', 0, 1) });
  assert.match(h1.contents.value, /\*\*LOCATION\*\*/);
  assert.match(h1.contents.value, /Mentioned in 4 articles/);
  const h2 = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'बुधवार', 0, 2) });
  assert.match(h2.contents.value, /\*\*DATE\*\*/);
  assert.match(h2.contents.value, /2026-02-11/);
  assert.match(h2.contents.value, /Wednesday/);
  const h3 = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, '15,000', 0, 2) });
  assert.match(h3.contents.value, /\*\*FIGURE\*\*/);
  assert.match(h3.contents.value, /150000000000 INR/);
  const none = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'सहमति', 0, 1) });
  assert.equal(none, null);
});

test('diagnostics: malformed Devanagari and a weekday that contradicts its date, with quick fixes', async () => {
  const uri = uriOf(files.broken);
  client.open(uri, BROKEN, 'article');
  const p = await client.waitFor(() => client.diagnostics.get(uri), 'diagnostics');
  const codes = p.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('devanagari.double-vowel-sign'), JSON.stringify(p.diagnostics));
  assert.ok(codes.includes('date.weekday-mismatch'), JSON.stringify(p.diagnostics));
  const dv = p.diagnostics.find((d) => d.code === 'devanagari.double-vowel-sign');
  assert.deepEqual(dv.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
  assert.equal(dv.source, 'Lekh');
  const wd = p.diagnostics.find((d) => d.code === 'date.weekday-mismatch');
  assert.deepEqual(wd.range.start, positionOf(BROKEN, 'सोमवार'));
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: dv.range, context: { diagnostics: [dv] } });
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Change to “रूसी”'), JSON.stringify(titles));
  const fix = (await client.request('textDocument/codeAction', { textDocument: { uri }, range: wd.range, context: { diagnostics: [wd] } }))[0];
  assert.equal(fix.edit.changes[uri][0].newText, 'मंगलवार');
  // No entity is ever reported as a diagnostic.
  assert.ok(p.diagnostics.every((d) => !/PERSON|LOCATION|ORGANIZATION/.test(d.message)));
});

test('an edit re-analyses the article and updates its diagnostics', async () => {
  const uri = uriOf(files.broken);
  const fixed = BROKEN.replace('रूीसी', 'रूसी');
  client.diagnostics.delete(uri);
  client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  const p = await client.waitFor(() => client.diagnostics.get(uri), 'diagnostics after edit');
  assert.equal(p.version, 2);
  assert.ok(!p.diagnostics.some((d) => d.code === 'devanagari.double-vowel-sign'));
});

test('files created, renamed and deleted on disk update the index', async () => {
  const created = path.join(dir, 'news', 'new.txt');
  writeFileSync(created, 'चेन्नई में नया पुल\n\nचेन्नई, 1 मार्च 2026: शहर में नया पुल खुला।\n');
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 1 }] });
  const has = async (rel) => (await client.request('lekh/corpus')).some((a) => a.relativePath === rel);
  await waitUntil(() => has('news/new.txt'));
  const moved = path.join(dir, 'news', 'moved.txt');
  renameSync(created, moved);
  client.notify('workspace/didRenameFiles', { files: [{ oldUri: uriOf(created), newUri: uriOf(moved) }] });
  await waitUntil(async () => (await has('news/moved.txt')) && !(await has('news/new.txt')));
  rmSync(moved);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(moved), type: 3 }] });
  await waitUntil(async () => !(await has('news/moved.txt')));
});

test('the entities and mentions requests feed the Entities view', async () => {
  const entities = await client.request('lekh/entities', {});
  const india = entities.find((e) => e.type === 'LOCATION' && e.name === 'भारत');
  assert.ok(india, JSON.stringify(entities.slice(0, 10)));
  assert.equal(india.articles, 4); // rail, rain, broken and latin1
  const mentions = await client.request('lekh/mentions', { id: india.id });
  assert.equal(mentions.length, india.mentions);
  const first = mentions.find((m) => m.relativePath === 'news/rail.txt');
  assert.deepEqual(first.range.start, { line: 0, character: 0 });
  assert.match(first.preview, /भारत और जापान/);
  const rain = mentions.find((m) => m.relativePath === 'news/rain.txt');
  assert.equal(rain.range.start.line, 2, 'CRLF line ends count as one line break');
});

test('lekh/reindex re-reads the folder: a file written without any notification appears', async () => {
  const silent = path.join(dir, 'news', 'silent.txt');
  writeFileSync(silent, 'पटना में मेला\n\nपटना, 2 मार्च 2026: शहर में पुस्तक मेला शुरू हुआ।\n');
  assert.ok(!(await client.request('lekh/corpus')).some((a) => a.relativePath === 'news/silent.txt'));
  const status = await client.request('lekh/reindex');
  assert.equal(status.state, 'ready');
  const row = (await client.request('lekh/corpus')).find((a) => a.relativePath === 'news/silent.txt');
  assert.ok(row, 'indexed after reindex');
  assert.equal(row.errors + row.warnings, 0);
  const broken = (await client.request('lekh/corpus')).find((a) => a.relativePath === 'broken.article');
  assert.ok(broken.warnings >= 1, JSON.stringify(broken));
  rmSync(silent);
});

async function waitUntil(fn, ms = 10000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
