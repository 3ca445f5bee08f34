// Protocol tests for dates and figures: inlay hints after relative dates, hovers on dates and
// figures, the date and figure diagnostics with their quick fix, the figure comparison across
// articles, and the two settings (lekh.inlayHints.relativeDates, lekh.figures.grouping).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import rpc from 'vscode-languageserver-protocol/node';
import { TestClient, positionOf, uriOf } from './client.mjs';

// Our own sentences: two reports of one accident, a day apart, with different death tolls.
const FIRST = `जयपुर में बस हादसा

जयपुर, 3 सितंबर 2025 (भाषा): जयपुर के पास मंगलवार को हुए बस हादसे में 12 लोगों की मौत हो गई। राज्य सरकार ने 15,00,000 रुपये के मुआवजे की घोषणा की। बीमा कंपनी ने 1,250,000 डॉलर दिए। जांच समिति की बैठक 15 सितंबर 2025 को हुई थी।
`;
const SECOND = `जयपुर बस हादसे में मृतकों की संख्या बढ़ी

जयपुर, 4 सितंबर 2025: जयपुर के पास हुए बस हादसे में 14 लोगों की मौत हो गई है।
`;

let dir;
let client;
const files = {};
let settings = {};

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-dates-'));
  mkdirSync(path.join(dir, 'news'));
  files.first = path.join(dir, 'news', 'first.txt');
  files.second = path.join(dir, 'news', 'second.txt');
  writeFileSync(files.first, FIRST);
  writeFileSync(files.second, SECOND);
  client = new TestClient();
  await client.start(dir);
  // Answer lekh.inlayHints / lekh.figures from `settings` (the stock client answers lekh.corpus only).
  client.conn.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'lekh.inlayHints' ? settings.inlayHints ?? null : i.section === 'lekh.figures' ? settings.figures ?? null : null)));
  await client.ready();
  client.open(uriOf(files.first), FIRST);
});

after(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Hover markdown without its escapes. */
const plain = (h) => h.contents.value.replace(/\\(.)/g, '$1');

const diagnosticsOf = (uri, code) => client.waitFor(() => {
  const d = client.diagnostics.get(uri)?.diagnostics.filter((x) => x.code === code);
  return d && d.length ? d : undefined;
}, `${code} on ${uri}`);

test('initialize announces inlay hints', () => {
  assert.ok(client.init.capabilities.inlayHintProvider);
});

test('an inlay hint after a relative date gives the date it resolves to', async () => {
  const uri = uriOf(files.first);
  const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
  const after = positionOf(FIRST, 'मंगलवार', 0, 'मंगलवार'.length);
  const h = hints.find((x) => x.position.line === after.line && x.position.character === after.character);
  assert.ok(h, JSON.stringify(hints));
  assert.equal(h.label, '→ 2025-09-02');
  // Absolute dates get none.
  assert.ok(!hints.some((x) => /2025-09-03|2025-09-15/.test(x.label)), JSON.stringify(hints));
});

test('hover on a date: weekday in Hindi and English and the distance from the article date', async () => {
  const uri = uriOf(files.first);
  const h = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(FIRST, '15 सितंबर', 0, 1) });
  const v = plain(h);
  assert.match(v, /Monday/);
  assert.match(v, /सोमवार/);
  assert.match(v, /12 days after the article's date/);
});

test('hover on a figure: both notations and the same count in another article', async () => {
  const uri = uriOf(files.first);
  const h1 = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(FIRST, '15,00,000', 0, 2) });
  assert.match(plain(h1), /15,00,000 \(Indian\) · 1,500,000 \(international\)/);
  assert.match(plain(h1), /15 लाख/);
  const h2 = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(FIRST, '12 लोगों', 0, 1) });
  assert.match(plain(h2), /लोगों की मौत elsewhere in the corpus \(1 with another number\)/);
  assert.match(plain(h2), /14 ≠ in second\.txt/);
});

test('a date after the article date in a past-tense sentence is a warning', async () => {
  const uri = uriOf(files.first);
  const [d] = await diagnosticsOf(uri, 'date.after-article-date');
  assert.equal(d.severity, 2);
  assert.deepEqual(d.range.start, positionOf(FIRST, '15 सितंबर 2025'));
  assert.match(d.message, /12 days after the article's own date 2025-09-03/);
  assert.deepEqual(d.relatedInformation[0].location.range.start, positionOf(FIRST, '3 सितंबर 2025'));
});

test('the same count told differently in another article: information with a related location there', async () => {
  const uri = uriOf(files.first);
  const [d] = await diagnosticsOf(uri, 'figure.corpus-mismatch');
  assert.equal(d.severity, 3);
  assert.deepEqual(d.range.start, positionOf(FIRST, '12 लोगों'));
  assert.match(d.message, /but 14 in another article/);
  assert.equal(d.relatedInformation[0].location.uri, uriOf(files.second));
  assert.deepEqual(d.relatedInformation[0].location.range.start, positionOf(SECOND, '14 लोगों'));
});

test('mixed digit grouping: the minority style is reported, and the quick fix rewrites the number', async () => {
  const uri = uriOf(files.first);
  // One Indian and one international number: a tie goes to the article's first style (Indian).
  const [d] = await diagnosticsOf(uri, 'figure.grouping');
  assert.deepEqual(d.range.start, positionOf(FIRST, '1,250,000'));
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => /12,50,000/.test(a.title));
  assert.ok(fix, JSON.stringify(actions));
  assert.equal(fix.edit.changes[uri][0].newText, '12,50,000');
  assert.deepEqual(fix.edit.changes[uri][0].range, d.range);
});

test('settings: international house style, and relative-date hints switched off', async () => {
  const uri = uriOf(files.first);
  settings = { inlayHints: { relativeDates: false }, figures: { grouping: 'international' } };
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  const d = await client.waitFor(() => {
    const g = client.diagnostics.get(uri)?.diagnostics.filter((x) => x.code === 'figure.grouping');
    return g && g.length === 1 && g[0].range.start.character === positionOf(FIRST, '15,00,000').character ? g[0] : undefined;
  }, 'the Indian number reported under the international house style');
  assert.match(d.message, /house style \(lekh\.figures\.grouping\) is international: write 1,500,000/);
  const hints = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
  assert.deepEqual(hints, []);
  settings = { figures: { grouping: 'sideways' } };
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  await client.waitFor(() => client.logs.find((l) => /lekh\.figures\.grouping has an invalid value/.test(l)), 'a message about the invalid setting');
});
