// Protocol tests for entities across the corpus: definition, references (with corpus
// propagation), document highlights, rename as a WorkspaceEdit, workspace symbols and code lenses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient, decodeTokens, positionOf, uriOf } from './client.mjs';

// Our own sentences. तरुणेश बघेल is recognised in FIRST by the title before the name; SECOND
// writes it without a cue, where only the corpus knows it.
const FIRST = `रूस के साथ व्यापार पर बातचीत

नई दिल्ली, 10 मार्च 2026: राष्ट्रपति व्लादिमीर पुतिन ने मंगलवार को कहा कि रूस भारत के साथ व्यापार बढ़ाएगा। मंत्री तरुणेश बघेल ने कहा कि समझौता जल्द होगा। पुतिन ने दोहराया कि बातचीत जारी रहेगी। बैठक पीली कोठी में हुई।
`;
const SECOND = `व्यापार वार्ता आगे बढ़ी

मुंबई, 12 मार्च 2026: तरुणेश बघेल आज मुंबई पहुंचे। Vladimir Putin के बयान के बाद बाजार में तेजी रही। पुतिन की यात्रा अगले महीने होगी। अगली बैठक भी पीली कोठी में होगी।
`;

// THIRD names Putin by surname first and writes the house spelling of the agency with a nukta
// variant (the register's house spelling is राष्ट्रीय खुफिया सेवा).
const THIRD = `खुफिया रिपोर्ट पर बहस

सोल, 14 मार्च 2026: पुतिन के बयान पर राष्ट्रीय ख़ुफ़िया सेवा ने टिप्पणी की। राष्ट्रपति व्लादिमीर पुतिन ने कहा कि वार्ता जारी रहेगी।
`;

let dir;
let client;
const files = {};

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-ent-'));
  files.a = path.join(dir, 'first.txt');
  files.b = path.join(dir, 'second.txt');
  writeFileSync(files.a, FIRST);
  writeFileSync(files.b, SECOND);
  files.c = path.join(dir, 'third.txt');
  writeFileSync(files.c, THIRD);
  mkdirSync(path.join(dir, '.lekh'));
  writeFileSync(path.join(dir, '.lekh', 'entities.json'), JSON.stringify({
    entities: [
      { name: 'व्लादिमीर पुतिन', type: 'PERSON', aliases: ['Vladimir Putin', 'पुतिन'], description: 'रूस के राष्ट्रपति', wikidata: 'Q7747',
        roles: [{ role: 'प्रधानमंत्री', from: '2008-05', to: '2012-05' }, { role: 'राष्ट्रपति', from: '2012-05' }] },
      { name: 'पीली कोठी', type: 'LOCATION', description: 'पुराने शहर का सभागार' },
      { name: 'राष्ट्रीय खुफिया सेवा', type: 'ORGANIZATION' },
      { name: 'भारत', type: 'LOCATION', ignore: true },
      { name: 'broken', type: 'PLANET' },
    ],
  }));
  client = new TestClient();
  await client.start(dir);
  await client.ready();
});

after(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const at = (file, text, needle, n = 0) => ({ textDocument: { uri: uriOf(file) }, position: positionOf(text, needle, n, 1) });
const TEXTS = () => ({ [uriOf(files.a)]: FIRST, [uriOf(files.b)]: SECOND, [uriOf(files.c)]: THIRD });
const where = (r) => `${path.basename(new URL(r.uri).pathname)}:${slice(TEXTS()[r.uri], r.range)}`;
const slice = (text, r) => {
  const lines = text.split('\n');
  return lines[r.start.line].slice(r.start.character, r.end.character);
};

test('initialize announces the entity features', () => {
  const caps = client.init.capabilities;
  assert.ok(caps.definitionProvider);
  assert.ok(caps.referencesProvider);
  assert.ok(caps.documentHighlightProvider);
  assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  assert.ok(caps.workspaceSymbolProvider);
  assert.ok(caps.codeLensProvider);
});

test('references find every spelling and script across the corpus', async () => {
  const refs = await client.request('textDocument/references', { ...at(files.a, FIRST, 'पुतिन', 1), context: { includeDeclaration: true } });
  assert.deepEqual(refs.map(where).sort(), ['first.txt:पुतिन', 'first.txt:व्लादिमीर पुतिन', 'second.txt:Vladimir Putin', 'second.txt:पुतिन', 'third.txt:पुतिन', 'third.txt:व्लादिमीर पुतिन']);
});

test('a name found with a cue in one article is found in its other mentions across the corpus', async () => {
  const refs = await client.request('textDocument/references', { ...at(files.a, FIRST, 'तरुणेश'), context: { includeDeclaration: true } });
  assert.deepEqual(refs.map(where).sort(), ['first.txt:तरुणेश बघेल', 'second.txt:तरुणेश बघेल']);
});

test('go to definition leads to the first mention in the earliest article', async () => {
  const def = await client.request('textDocument/definition', at(files.b, SECOND, 'पुतिन'));
  assert.equal(def.uri, uriOf(files.a));
  assert.equal(slice(FIRST, def.range), 'व्लादिमीर पुतिन');
  const none = await client.request('textDocument/definition', at(files.b, SECOND, 'पहुंचे'));
  assert.equal(none, null);
});

test('document highlights mark the mentions in this article only', async () => {
  client.open(uriOf(files.a), FIRST);
  const hs = await client.request('textDocument/documentHighlight', at(files.a, FIRST, 'पुतिन', 1));
  assert.deepEqual(hs.map((h) => slice(FIRST, h.range)).sort(), ['पुतिन', 'व्लादिमीर पुतिन']);
  assert.equal(hs.filter((h) => h.kind === 3).length, 1, 'the mention under the cursor is the write');
});

test('rename normalises a spelling everywhere as one WorkspaceEdit', async () => {
  const prep = await client.request('textDocument/prepareRename', at(files.b, SECOND, 'Vladimir'));
  assert.equal(prep.placeholder, 'Vladimir Putin');
  const edit = await client.request('textDocument/rename', { ...at(files.b, SECOND, 'Vladimir'), newName: 'व्लादिमीर पुतिन' });
  const a = edit.changes[uriOf(files.a)].map((e) => slice(FIRST, e.range)).sort();
  const b = edit.changes[uriOf(files.b)].map((e) => slice(SECOND, e.range)).sort();
  assert.deepEqual(a, ['पुतिन'], 'the mention already spelt so is left alone');
  assert.deepEqual(b, ['Vladimir Putin', 'पुतिन']);
  assert.deepEqual(edit.changes[uriOf(files.c)].map((e) => slice(THIRD, e.range)), ['पुतिन']);
  assert.ok(Object.values(edit.changes).flat().every((e) => e.newText === 'व्लादिमीर पुतिन'));
  assert.equal(await client.request('textDocument/prepareRename', at(files.b, SECOND, 'पहुंचे')), null);
});

test('workspace symbols find entities by any spelling, ignoring nukta and case', async () => {
  const syms = await client.request('workspace/symbol', { query: 'putin' });
  assert.ok(syms.some((s) => s.name === 'व्लादिमीर पुतिन'), JSON.stringify(syms));
  const deva = await client.request('workspace/symbol', { query: 'मुंबई' });
  assert.ok(deva.some((s) => s.name === 'मुंबई' && s.location.uri === uriOf(files.b)));
});

test('code lenses give mention counts above the first mention of each entity', async () => {
  const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: uriOf(files.a) } });
  const putin = lenses.find((l) => /पुतिन/.test(l.command.title));
  assert.ok(putin, JSON.stringify(lenses));
  assert.match(putin.command.title, /2 here · 6 mentions in 3 articles/);
  assert.equal(slice(FIRST, putin.range), 'व्लादिमीर पुतिन');
});

test('hover on an entity: canonical name, register description and role on the article date, articles, company', async () => {
  const h = await client.request('textDocument/hover', at(files.b, SECOND, 'Vladimir'));
  const v = h.contents.value;
  assert.match(v, /\*\*PERSON\*\*/);
  assert.match(v, /Canonical name: व्लादिमीर पुतिन/);
  assert.match(v, /रूस के राष्ट्रपति/);
  assert.match(v, /Role on 2026-03-12: राष्ट्रपति/);
  assert.doesNotMatch(v, /प्रधानमंत्री/, 'a role that ended before the article is not shown');
  assert.match(v, /Mentioned in 3 articles of the corpus \(6 mentions\)/);
  assert.match(v, /2026-03-14 · खुफिया रिपोर्ट पर बहस \(2\)\n- 2026-03-12 · व्यापार वार्ता आगे बढ़ी \(2\)\n- 2026-03-10 · रूस के साथ व्यापार पर बातचीत \(2\)/, "articles newest first, with dates and counts");
  assert.match(v, /Written as: .*Vladimir Putin/);
  assert.match(v, /Appears most with: .*मुंबई/);
});

test('the workspace register marks every identical string, and ignored names are not marked', async () => {
  const k = await client.request('textDocument/hover', at(files.b, SECOND, 'पीली कोठी'));
  assert.match(k.contents.value, /\*\*LOCATION\*\*/);
  assert.match(k.contents.value, /पुराने शहर का सभागार/);
  assert.match(k.contents.value, /Mentioned in 2 articles of the corpus \(2 mentions\)/);
  assert.equal(await client.request('textDocument/hover', at(files.a, FIRST, 'भारत')), null);
  assert.ok(client.logs.some((l) => /entities\[4\]\.type/.test(l)), 'register problems are logged with their path');
});

test('diagnostics: a variant of the house spelling (with its quick fix) and a surname before the full name', async () => {
  const uri = uriOf(files.c);
  client.open(uri, THIRD);
  const all = (await client.waitFor(() => client.diagnostics.get(uri), 'diagnostics of third.txt')).diagnostics;
  const variant = all.find((d) => d.code === 'entity.spelling-variant');
  assert.ok(variant, JSON.stringify(all));
  assert.equal(variant.severity, 2);
  assert.equal(slice(THIRD, variant.range), 'राष्ट्रीय ख़ुफ़िया सेवा');
  assert.match(variant.message, /house spelling/);
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: variant.range, context: { diagnostics: [variant] } });
  const fix = actions.find((a) => a.title === 'Write “राष्ट्रीय खुफिया सेवा”');
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(fix.edit.changes[uri][0].newText, 'राष्ट्रीय खुफिया सेवा');
  const first = all.find((d) => d.code === 'entity.surname-first');
  assert.ok(first, JSON.stringify(all));
  assert.equal(first.severity, 4);
  assert.equal(slice(THIRD, first.range), 'पुतिन');
  assert.equal(slice(THIRD, first.relatedInformation[0].location.range), 'व्लादिमीर पुतिन');
});

test('semantic tokens and hover show a cue-found name in the articles that write it without one, and follow edits', async () => {
  const legend = client.init.capabilities.semanticTokensProvider.legend;
  const tokensOf = async (uri, text) => decodeTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, text);
  const b = uriOf(files.b);
  const second = await tokensOf(b, SECOND);
  const baghel = second.find((t) => t.text === 'तरुणेश बघेल');
  assert.ok(baghel, JSON.stringify(second));
  assert.equal(baghel.type, 'person');
  assert.deepEqual(baghel.modifiers, ['corpus']);
  // Names the article finds itself carry no corpus modifier.
  assert.ok(second.some((t) => t.text === 'मुंबई' && t.type === 'location' && t.modifiers.length === 0));
  const h = await client.request('textDocument/hover', at(files.b, SECOND, 'तरुणेश'));
  assert.match(h.contents.value, /\*\*PERSON\*\* · तरुणेश बघेल/);
  assert.match(h.contents.value, /other articles of the corpus name it so/);
  // The only cue is in FIRST: once it is edited away, SECOND no longer colours the name.
  const a = uriOf(files.a);
  client.open(a, FIRST);
  client.notify('textDocument/didChange', { textDocument: { uri: a, version: 2 }, contentChanges: [{ text: FIRST.replace('मंत्री तरुणेश बघेल', 'तरुणेश बघेल') }] });
  let gone = false;
  for (let k = 0; k < 100 && !gone; k++) {
    gone = !(await tokensOf(b, SECOND)).some((t) => t.text === 'तरुणेश बघेल');
    if (!gone) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(gone, 'the corpus mention goes when its only cue is edited away');
});
