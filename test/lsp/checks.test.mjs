// The checks catalogue over LSP: diagnostics, quick fixes, "fix all", source.fixAll and the
// lekh.checks setting, against the bundled server as an editor drives it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient, uriOf } from './client.mjs';

// A hastily scraped article of our own: page furniture, an image, a doubled word, an open quote.
const SCRAPED = `बाढ़ राहत के लिए केंद्र ने जारी किए 900 करोड़ रुपये

Loading...

पटना, 9 अगस्त 2026: केंद्र सरकार ने बिहार के के बाढ़ प्रभावित जिलों के लिए राहत राशि जारी की।

![बाढ़ की तस्वीर](https://example.invalid/photo.jpg)

ये भी पढ़ें:

मुख्यमंत्री ने कहा, “राहत सामग्री हर गांव तक पहुंचेगी।

Tags: बाढ़, बिहार, राहत
`;

let dir;
let client;
let uri;
let text = SCRAPED;
let version = 1;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-checks-'));
  const file = path.join(dir, 'flood.txt');
  writeFileSync(file, SCRAPED);
  uri = uriOf(file);
  client = new TestClient();
  await client.start(dir);
  await client.ready();
  client.open(uri, SCRAPED);
});

after(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const codesOf = (p) => p.diagnostics.map((d) => d.code);
const lineOf = (needle) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

function applyEdits(edits) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = edits.map((e) => ({ s: offset(e.range.start), e: offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of sorted) text = text.slice(0, e.s) + e.t + text.slice(e.e);
}

async function edit(newText) {
  client.diagnostics.delete(uri);
  version++;
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: newText }] });
  return client.waitFor(() => client.diagnostics.get(uri)?.version === version && client.diagnostics.get(uri), `diagnostics v${version}`);
}

test('each kind of problem is reported on its line', async () => {
  const p = await client.waitFor(() => client.diagnostics.get(uri), 'diagnostics');
  const at = (code) => p.diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line);
  assert.deepEqual(at('residue.boilerplate'), [lineOf('Loading'), lineOf('ये भी पढ़ें'), lineOf('Tags:')], JSON.stringify(p.diagnostics));
  assert.deepEqual(at('residue.image'), [lineOf('![')]);
  assert.deepEqual(at('devanagari.doubled-word'), [lineOf('के के')]);
  assert.deepEqual(at('consistency.unbalanced-quotes'), [lineOf('“राहत')]);
  assert.ok(p.diagnostics.every((d) => d.source === 'Lekh' && d.message.length > 20));
});

test('quick fixes: one problem, all of its kind, and all page residue', async () => {
  const p = client.diagnostics.get(uri);
  const loading = p.diagnostics.find((d) => d.code === 'residue.boilerplate');
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: loading.range, context: { diagnostics: [loading] } });
  const titles = actions.map((a) => a.title);
  assert.ok(actions.filter((a) => a.kind === 'quickfix').length >= 2, JSON.stringify(titles));
  assert.ok(titles.some((t) => /^Remove all page residue in the article \(\d+\)$/.test(t)), JSON.stringify(titles));
  const all = actions.find((a) => /^Remove all page residue/.test(a.title));
  const saved = text;
  applyEdits(all.edit.changes[uri]);
  assert.ok(!text.includes('Loading...') && !text.includes('![') && !text.includes('ये भी पढ़ें'), text);
  assert.ok(text.includes('पटना, 9 अगस्त 2026') && text.includes('“राहत सामग्री'), 'the article itself is kept');
  text = saved;
});

test('source.fixAll.lekh applies every safe fix, and the diagnostics follow the edit', async () => {
  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.lekh'] },
  });
  assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
  applyEdits(actions[0].edit.changes[uri]);
  const p = await edit(text);
  const left = codesOf(p);
  assert.ok(!left.some((c) => c.startsWith('residue.')), JSON.stringify(p.diagnostics));
  assert.ok(!left.includes('devanagari.doubled-word'), 'के के is fixed');
  // An open quote has no safe fix: the writer must decide where it ends.
  assert.ok(left.includes('consistency.unbalanced-quotes'));
});

test('lekh.checks turns a check off or changes its severity', async () => {
  client.sections['lekh.checks'] = { 'consistency.unbalanced-quotes': 'off' };
  client.diagnostics.delete(uri);
  client.notify('workspace/didChangeConfiguration', { settings: null });
  const p = await client.waitFor(() => {
    const d = client.diagnostics.get(uri);
    return d && !codesOf(d).includes('consistency.unbalanced-quotes') && d;
  }, 'diagnostics without the quotes check');
  assert.ok(p);
  client.sections['lekh.checks'] = { 'consistency.unbalanced-quotes': 'hint' };
  client.diagnostics.delete(uri);
  client.notify('workspace/didChangeConfiguration', { settings: null });
  const q = await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.find((d) => d.code === 'consistency.unbalanced-quotes'), 'the quotes check as a hint');
  assert.equal(q.severity, 4);
});
