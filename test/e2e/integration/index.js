// Lekh extension-host integration tests. Runs INSIDE the VS Code extension host (the @vscode/test-electron
// `extensionTestsPath` contract: export run(): Promise<void>, reject on failure). Used by
// test/e2e/run-integration.mjs (code-server + chromium) and test/electron/run.mjs (@vscode/test-electron).
// The workspace is a throwaway copy of test/fixtures/corpus/. Every wait polls with a timeout; no fixed sleeps.
// Output: one `[itest] ok - …` / `[itest] not ok - …` line per test and a closing `[itest] N passed, N failed`.
'use strict';
const vscode = require('vscode');
const assert = require('assert');

const EXT_ID = 'lekh.lekh';
const TOKEN_TYPES = ['person', 'location', 'organization', 'norp', 'event', 'date', 'figure'];
const TOKEN_MODIFIERS = ['relative', 'corpus', 'annotated'];
const MALFORMED = 'रूीसी';
// Entities the fixture corpus contains (see test/fixtures/corpus/), with the type their hover must show;
// the first one found in the document under test is used.
const ENTITY_CANDIDATES = [
  { word: 'नरेंद्र मोदी', type: 'PERSON', hoverOn: 'मोदी' },
  { word: 'भारतीय रिज़र्व बैंक', type: 'ORGANIZATION', hoverOn: 'बैंक' },
  { word: 'भारत', type: 'LOCATION', hoverOn: 'भारत' },
];
const COMMANDS = ['lekh.corpus.refresh', 'lekh.server.restart', 'lekh.output.show'];

const log = (...a) => console.log('[itest]', ...a);
const sleep = ms => new Promise(r => setTimeout(r, ms));
/** Polls fn() until it returns a truthy value; throws `timeout: what` (with the last error/value) after ms. */
async function waitFor(what, fn, ms = 30000, every = 150) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try { const v = await fn(); if (v) return v; last = v; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timeout after ${ms} ms waiting for ${what}${last !== undefined ? ` (last: ${last && last.message || JSON.stringify(last)})` : ''}`);
    await sleep(every);
  }
}
function withTimeout(p, ms, what) {
  let t;
  return Promise.race([p, new Promise((_, rej) => (t = setTimeout(() => rej(new Error(`timeout after ${ms} ms: ${what}`)), ms)))])
    .finally(() => clearTimeout(t));
}
/** Offset of `word` as a whole word (not inside a longer Devanagari/Latin word), or -1. */
function findWord(text, word) {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${esc}(?![\\p{L}\\p{M}\\p{N}])`, 'u').exec(text);
  return m ? m.index : -1;
}
const hoverText = hovers => (hovers || []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
/** Offset of `sub` inside the first whole-word occurrence of `word` (so a hover lands on the entity, not on a
 *  lone occurrence of `sub` elsewhere), or -1. */
function findWithin(text, word, sub) {
  const at = findWord(text, word);
  return at < 0 ? -1 : at + word.indexOf(sub);
}
const codeOf = d => (d.code && typeof d.code === 'object' ? d.code.value : d.code);

// ---- fixture discovery -------------------------------------------------------------------------------------
const state = {};
async function fixtures() {
  if (state.files) return state.files;
  const found = await vscode.workspace.findFiles('**/*.{txt,article}', '**/node_modules/**');
  const files = [];
  for (const uri of found.sort((a, b) => a.path.localeCompare(b.path))) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    files.push({ uri, text, ext: uri.path.slice(uri.path.lastIndexOf('.')) });
  }
  assert.ok(files.length > 0, 'the workspace holds fixture articles');
  return (state.files = files);
}
/** The .txt article used for tokens and hover: one that contains an entity candidate (preferring PERSON). */
async function entityArticle() {
  const files = (await fixtures()).filter(f => f.ext === '.txt');
  for (const c of ENTITY_CANDIDATES) {
    const f = files.find(f => findWord(f.text, c.word) >= 0 && findWord(f.text, c.hoverOn) >= 0);
    if (f) return { file: f, cand: c };
  }
  throw new Error(`no .txt fixture contains any of ${ENTITY_CANDIDATES.map(c => c.word).join(', ')}`);
}

// ---- tests ---------------------------------------------------------------------------------------------------
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('the extension activates on a .txt article and its API reports the index ready', async () => {
  const { file } = await entityArticle();
  const doc = await vscode.workspace.openTextDocument(file.uri);
  await vscode.window.showTextDocument(doc);
  assert.equal(doc.languageId, 'plaintext', `${file.uri.path} opens as plaintext`);
  const ext = vscode.extensions.getExtension(EXT_ID);
  assert.ok(ext, `extension ${EXT_ID} is installed`);
  await waitFor(`${EXT_ID} to activate`, () => ext.isActive, 60000);
  const api = ext.exports;
  assert.ok(api && typeof api.ready === 'object' && typeof api.ready.then === 'function', 'activate() returns { ready: Promise }');
  await withTimeout(api.ready, 90000, 'api.ready (language server indexed the workspace)');
});

test('the .article language id is assigned to .article files', async () => {
  const art = (await fixtures()).find(f => f.ext === '.article');
  assert.ok(art, 'the fixture corpus has an .article file');
  const doc = await vscode.workspace.openTextDocument(art.uri);
  assert.equal(doc.languageId, 'article');
  const langs = await vscode.languages.getLanguages();
  assert.ok(langs.includes('article'), 'language "article" is registered');
  // and the language server analyses it too
  const toks = await waitFor('semantic tokens for the .article file', async () => {
    const t = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
    return t && t.data && t.data.length ? t : null;
  }, 30000);
  log(`  ${art.uri.path.split('/').pop()}: ${toks.data.length / 5} semantic tokens`);
});

test('semantic tokens: legend and person/location/organization tokens on the article', async () => {
  const { file, cand } = await entityArticle();
  const doc = await vscode.workspace.openTextDocument(file.uri);
  await vscode.window.showTextDocument(doc);
  const legend = await waitFor('the semantic tokens legend', () =>
    vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', doc.uri));
  assert.deepEqual(legend.tokenTypes, TOKEN_TYPES);
  assert.deepEqual(legend.tokenModifiers, TOKEN_MODIFIERS);
  // decode the relative encoding into { line, char, len, type, text }
  const decode = tokens => {
    const out = []; const d = tokens.data; let line = 0, ch = 0;
    for (let i = 0; i < d.length; i += 5) {
      line += d[i]; ch = d[i] === 0 ? ch + d[i + 1] : d[i + 1];
      const range = new vscode.Range(line, ch, line, ch + d[i + 2]);
      out.push({ line, ch, len: d[i + 2], type: legend.tokenTypes[d[i + 3]], mods: d[i + 4], text: doc.getText(range) });
    }
    return out;
  };
  const toks = await waitFor('semantic tokens with a person/location/organization token', async () => {
    const t = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
    if (!t || !t.data || !t.data.length) return null;
    const dec = decode(t);
    return dec.some(x => ['person', 'location', 'organization'].includes(x.type)) ? dec : null;
  }, 45000);
  log(`  ${toks.length} tokens, e.g. ${toks.slice(0, 6).map(t => `${t.type}:${t.text}`).join(', ')}`);
  for (const t of toks) assert.ok(TOKEN_TYPES.includes(t.type), `token type index in legend (${JSON.stringify(t)})`);
  // the candidate entity is covered by a token of its type
  const off = findWithin(doc.getText(), cand.word, cand.hoverOn);
  const pos = doc.positionAt(off);
  const hit = toks.find(t => t.line === pos.line && t.ch <= pos.character && pos.character < t.ch + t.len);
  assert.ok(hit, `a token covers “${cand.hoverOn}” at ${pos.line}:${pos.character}`);
  assert.equal(hit.type, cand.type.toLowerCase(), `token over “${cand.hoverOn}” (“${hit.text}”)`);
});

test('hover on an entity shows its type and surface text', async () => {
  const { file, cand } = await entityArticle();
  const doc = await vscode.workspace.openTextDocument(file.uri);
  const off = findWithin(doc.getText(), cand.word, cand.hoverOn);
  const pos = doc.positionAt(off + Math.floor(cand.hoverOn.length / 2));
  const text = await waitFor(`a hover with ${cand.type} at ${pos.line}:${pos.character}`, async () => {
    const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
    return t.includes(cand.type) ? t : null;
  }, 30000);
  const lekhBlock = text.split('\n').find(l => l.includes(cand.type));
  log(`  hover line: ${lekhBlock}`);
  // the first line of Lekh's markdown names the type in capitals and the surface text
  assert.match(lekhBlock, new RegExp(cand.type));
  assert.ok(lekhBlock.includes(cand.hoverOn), `hover line contains the surface text “${cand.hoverOn}”: ${lekhBlock}`);
});

test('diagnostic devanagari.double-vowel-sign on the malformed word, at its position', async () => {
  const file = (await fixtures()).find(f => f.text.includes(MALFORMED));
  assert.ok(file, `a fixture contains the malformed word ${MALFORMED}`);
  const doc = await vscode.workspace.openTextDocument(file.uri);
  await vscode.window.showTextDocument(doc);
  const start = doc.positionAt(doc.getText().indexOf(MALFORMED));
  const end = doc.positionAt(doc.getText().indexOf(MALFORMED) + MALFORMED.length);
  const diag = await waitFor('the double-vowel-sign diagnostic', () =>
    vscode.languages.getDiagnostics(doc.uri).find(d => d.source === 'Lekh' && codeOf(d) === 'devanagari.double-vowel-sign'), 45000);
  log(`  ${diag.range.start.line}:${diag.range.start.character}-${diag.range.end.line}:${diag.range.end.character} sev ${diag.severity}: ${diag.message}`);
  assert.match(diag.message, /vowel sign/i);
  assert.ok(diag.range.contains(start) && diag.range.contains(end) || diag.range.isEqual(new vscode.Range(start, end)),
    `range ${JSON.stringify(diag.range)} covers ${MALFORMED} at ${start.line}:${start.character}-${end.character}`);
  assert.ok(diag.range.start.line === start.line && diag.range.end.line === end.line, 'on the word\'s line');
  assert.ok(end.character - start.character <= diag.range.end.character - diag.range.start.character &&
    diag.range.end.character - diag.range.start.character <= MALFORMED.length + 2, 'the range is the word, not the whole line');
});

test('the Lekh commands are registered and Refresh Corpus runs', async () => {
  const cmds = await vscode.commands.getCommands(true);
  for (const c of COMMANDS) assert.ok(cmds.includes(c), `command ${c} registered`);
  await withTimeout(Promise.resolve(vscode.commands.executeCommand('lekh.corpus.refresh')), 30000, 'lekh.corpus.refresh');
  await vscode.commands.executeCommand('workbench.view.extension.lekh');
});

// ---- dates: inlay hints and hover (issue 3); entities across the corpus: references and rename (issue 4) ----

/** The fixture whose dateline carries a year, so its relative dates resolve to calendar dates. */
async function datedArticle() {
  const f = (await fixtures()).find(x => /^[^\n]*\n\n[^\n,]+, \d+ [^\s:]+ \d{4}:/.test(x.text) && findWord(x.text, 'बुधवार') >= 0);
  assert.ok(f, 'a fixture with a dated dateline and “बुधवार”');
  return f;
}

test('inlay hints show the date a relative date resolves to', async () => {
  const f = await datedArticle();
  const doc = await vscode.workspace.openTextDocument(f.uri);
  await vscode.window.showTextDocument(doc);
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const hints = await waitFor('inlay hints', async () => {
    const h = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, whole);
    return h && h.length ? h : null;
  }, 30000);
  const label = h => (typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join(''));
  const wed = doc.positionAt(findWord(doc.getText(), 'बुधवार') + 'बुधवार'.length);
  const hint = hints.find(h => h.position.line === wed.line && h.position.character === wed.character);
  assert.ok(hint, `a hint right after “बुधवार”; hints: ${JSON.stringify(hints.map(h => [h.position.line, h.position.character, label(h)]))}`);
  assert.match(label(hint), /2026-04-0\d/);
  log(`  hint after बुधवार: ${label(hint)}`);
});

test('hover on a relative date shows the resolved date with its weekday in English and Hindi', async () => {
  const f = await datedArticle();
  const doc = await vscode.workspace.openTextDocument(f.uri);
  const pos = doc.positionAt(findWord(doc.getText(), 'बुधवार') + 2);
  const text = await waitFor('a DATE hover', async () => {
    const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
    return t.includes('DATE') ? t : null;
  }, 30000);
  assert.match(text, /2026-04-0\d/);
  assert.match(text, /Wednesday/);
  assert.match(text, /बुधवार/);
  assert.match(text, /article's date/);
});

test('references and rename reach the entity in every article of the corpus', async () => {
  const { file, cand } = await entityArticle();
  const doc = await vscode.workspace.openTextDocument(file.uri);
  const pos = doc.positionAt(findWithin(doc.getText(), cand.word, cand.hoverOn) + 1);
  const refs = await waitFor('references', async () => {
    const r = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, pos);
    return r && r.length ? r : null;
  }, 30000);
  const files = new Set(refs.map(r => r.uri.toString()));
  const expected = (await fixtures()).filter(f => findWord(f.text, cand.hoverOn) >= 0).length;
  assert.ok(files.size >= Math.min(2, expected), `references in ${files.size} files, the word is in ${expected}`);
  const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, pos, cand.word + 'जी');
  assert.ok(edit, 'rename returns a workspace edit');
  const edited = edit.entries();
  assert.ok(edited.length >= Math.min(2, expected), `rename edits ${edited.length} files`);
  for (const [, edits] of edited) assert.ok(edits.length > 0 && edits.every(e => e.newText.length > 0));
  log(`  references: ${refs.length} in ${files.size} files; rename edits ${edited.length} files (not applied)`);
});

test('"Restart Language Server" brings the analysis back', async () => {
  const { file, cand } = await entityArticle();
  const doc = await vscode.workspace.openTextDocument(file.uri);
  await vscode.window.showTextDocument(doc);
  await withTimeout(Promise.resolve(vscode.commands.executeCommand('lekh.server.restart')), 60000, 'lekh.server.restart');
  const pos = doc.positionAt(findWithin(doc.getText(), cand.word, cand.hoverOn) + 1);
  await waitFor(`a ${cand.type} hover after the restart`, async () =>
    hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos)).includes(cand.type), 45000);
});

require('./annotations')({ test, waitFor, withTimeout, fixtures, findWord, log });

exports.run = async function run() {
  let failed = 0;
  const t0 = Date.now();
  for (const t of tests) {
    const s = Date.now();
    try { await t.fn(); log(`ok - ${t.name} (${Date.now() - s} ms)`); }
    catch (e) { failed++; log(`not ok - ${t.name}: ${(e && e.stack || String(e)).split('\n').slice(0, 4).join(' | ')}`); }
  }
  log(`${tests.length - failed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (failed) throw new Error(`${failed} test(s) failed`);
};
