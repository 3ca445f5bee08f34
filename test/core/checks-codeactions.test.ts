import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core/analyze';
import { LineMap } from '../../server/src/convert';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import type { CodeAction, TextEdit } from 'vscode-languageserver';

const URI = 'file:///tmp/article.txt';
const TEXT = [
  'असम में बाढ़ से 12 जिले प्रभावित',
  '',
  'गुवाहाटी, 3 जुलाई 2025: करीब दो लाख लोग प्रभावित हुए हैं और और राहत शिविरों के के बाहर कतारें हैं।',
  'Related posts',
  'Loading...',
  'https://example.com/assam',
  '',
].join('\n');

function apply(text: string, lines: LineMap, edits: TextEdit[]): string {
  const flat = edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let t = text;
  for (const e of flat) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t;
}

const setup = () => {
  const lines = new LineMap(TEXT);
  const findings = analyzeArticle(TEXT).findings;
  const diagnostics = toDiagnostics(findings, lines, URI);
  return { lines, findings, diagnostics };
};

test('a quick fix for one diagnostic, and one that removes all page residue', () => {
  const { lines, findings, diagnostics } = setup();
  const residue = diagnostics.find((d) => d.code === 'residue.boilerplate')!;
  const actions = codeActions({ textDocument: { uri: URI }, range: residue.range, context: { diagnostics: [residue] } }, findings, lines);
  assert.deepEqual(actions.map((a) => a.title), ['Remove this line', 'Remove all page residue in the article (3)']);
  const all = actions[1] as CodeAction;
  assert.equal(all.kind, 'quickfix');
  assert.equal(
    apply(TEXT, lines, all.edit!.changes![URI]),
    ['असम में बाढ़ से 12 जिले प्रभावित', '', 'गुवाहाटी, 3 जुलाई 2025: करीब दो लाख लोग प्रभावित हुए हैं और और राहत शिविरों के के बाहर कतारें हैं।', ''].join('\n'),
  );
});

test('fix all of one kind: every doubled word in the article', () => {
  const { lines, findings, diagnostics } = setup();
  const dw = diagnostics.find((d) => d.code === 'devanagari.doubled-word')!;
  const actions = codeActions({ textDocument: { uri: URI }, range: dw.range, context: { diagnostics: [dw] } }, findings, lines);
  const all = actions.find((a) => a.title.startsWith('Fix all “devanagari.doubled-word”'))!;
  assert.ok(all);
  assert.match(apply(TEXT, lines, all.edit!.changes![URI]), /हुए हैं और राहत शिविरों के बाहर/);
});

test('source.fixAll.lekh: every safe fix at once, only when asked for', () => {
  const { lines, findings } = setup();
  const range = lines.range(0, 0);
  const none = codeActions({ textDocument: { uri: URI }, range, context: { diagnostics: [] } }, findings, lines);
  assert.deepEqual(none, []);
  for (const only of [['source.fixAll'], [FIX_ALL_KIND], ['source']]) {
    const [a] = codeActions({ textDocument: { uri: URI }, range, context: { diagnostics: [], only } }, findings, lines);
    assert.equal(a.kind, FIX_ALL_KIND);
    const after = apply(TEXT, lines, a.edit!.changes![URI]);
    assert.deepEqual(analyzeArticle(after).findings.map((f) => f.code), []);
  }
  assert.deepEqual(codeActions({ textDocument: { uri: URI }, range, context: { diagnostics: [], only: ['quickfix'] } }, findings, lines), []);
});
