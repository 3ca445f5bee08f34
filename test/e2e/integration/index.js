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

// ---- the sidebar (issue 5): Corpus by month, the entity filter, the Timeline; the Entities view's actions (issue 4) ----

/** The extension's API (activate's return value), once the index is ready. */
async function lekhApi() {
  const ext = vscode.extensions.getExtension(EXT_ID);
  await waitFor(`${EXT_ID} to activate`, () => ext && ext.isActive, 60000);
  await withTimeout(ext.exports.ready, 90000, 'api.ready');
  return ext.exports;
}
const monthLabel = (y, m) => new Intl.DateTimeFormat(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
/** The Corpus view's tree as [{ label, description, articles: [{ label, description, contextValue }] }]. */
async function corpusTree(api) {
  const out = [];
  for (const g of await api.views.corpus.getChildren()) {
    const gi = api.views.corpus.getTreeItem(g);
    const kids = (await api.views.corpus.getChildren(g)).map(a => api.views.corpus.getTreeItem(a));
    out.push({ label: gi.label, description: gi.description, articles: kids.map(k => ({ label: k.label, description: k.description, contextValue: k.contextValue, uri: k.resourceUri && k.resourceUri.toString() })) });
  }
  return out;
}
/** The Entities view's entity nodes (type → entity), as the tree gives them to the actions. */
async function entityNodes(api) {
  const view = api.views.entities;
  view.refresh();
  const out = [];
  for (const t of await view.getChildren()) out.push(...(await view.getChildren(t)));
  return out;
}
async function registerJson() {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '.lekh', 'entities.json'))));
  } catch { return undefined; }
}

test('the Corpus view groups the articles by month, newest first, each row with source status and counts', async () => {
  const api = await lekhApi();
  const files = await fixtures();
  const tree = await waitFor('every fixture in the Corpus view', async () => {
    const t = await corpusTree(api);
    return t.flatMap(g => g.articles).length === files.length ? t : null;
  }, 30000);
  log(`  groups: ${tree.map(g => `${g.label} (${g.articles.length})`).join(', ')}`);
  const dated = tree.filter(g => /\d{4}/.test(g.label));
  assert.ok(dated.length >= 2, 'at least two months with a year');
  assert.equal(tree[0].label, monthLabel(2026, 4), 'news-2 (8 April 2026) is the newest month');
  assert.equal(tree[1].label, monthLabel(2025, 9), 'yojana-4 (14 September 2025) next');
  assert.ok(tree.slice(2).every(g => !/\d{4}/.test(g.label)), 'months without a known year come after the dated ones');
  for (const a of tree.flatMap(g => g.articles)) {
    assert.equal(a.contextValue, 'lekh.article');
    assert.match(a.description, /no source · \d+ entities · \d+ dates · \d+ figures/, a.description);
  }
});

test('lekh/timeline gives the corpus dated events in order, and the Timeline view holds them', async () => {
  const api = await lekhApi();
  const { events, unresolved } = await api.request('lekh/timeline', {});
  const dates = events.map(e => e.date);
  log(`  ${events.length} events (${dates.join(', ')}); ${unresolved} without a year`);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(dates.includes('2023-01-02') && dates.includes('2025-10-31') && dates.includes('2026-04-08'));
  assert.ok(unresolved >= 2, 'the year-less datelines are counted');
  const laid = events.find(e => e.date === '2023-01-02');
  assert.ok(laid.entities.some(x => x.name === 'नीतीश कुमार'), JSON.stringify(laid.entities));
  await vscode.commands.executeCommand('lekh.timeline.show');
  await waitFor('the Timeline view to hold the events', async () => {
    await api.views.timeline.refresh();
    return api.views.timeline.events.events.length === events.length;
  }, 30000);
});

test('Filter by Entity narrows the Corpus view and the Timeline; Clear Filter restores them', async () => {
  const api = await lekhApi();
  const entities = await api.request('lekh/entities', {});
  const nitish = entities.find(e => e.name === 'नीतीश कुमार');
  assert.ok(nitish, 'नीतीश कुमार is an entity of the fixtures');
  assert.equal(await vscode.commands.executeCommand('lekh.corpus.filterByEntity', nitish.id), true);
  assert.equal(api.views.filter.current.id, nitish.id);
  const tree = await corpusTree(api);
  const rows = tree.flatMap(g => g.articles);
  assert.equal(rows.length, 1, JSON.stringify(rows));
  assert.match(rows[0].uri, /yojana-4\.txt$/);
  await waitFor('the Timeline to follow the filter', async () => {
    await api.views.timeline.refresh();
    const ev = api.views.timeline.events.events;
    return ev.length > 0 && ev.every(e => e.entities.some(x => x.id === nitish.id));
  }, 20000);
  await vscode.commands.executeCommand('lekh.corpus.clearFilter');
  assert.equal(api.views.filter.current, undefined);
  assert.equal((await corpusTree(api)).flatMap(g => g.articles).length, (await fixtures()).length);
});

test('Entities view actions edit .lekh/entities.json and the view follows: add, retype, merge, split, ignore', async () => {
  const api = await lekhApi();
  const entity = async (name, type) => (await api.request('lekh/entities', {})).find(e => e.name === name && (!type || e.type === type));
  // add: a name nothing recognises, with a (wrong) type, by arguments instead of the input boxes
  const dept = 'पथ निर्माण विभाग';
  assert.equal(await entity(dept), undefined, `${dept} is not recognised before`);
  assert.equal(await vscode.commands.executeCommand('lekh.entity.add', undefined, { name: dept, type: 'LOCATION', description: 'बिहार सरकार का विभाग' }), true);
  let reg = await registerJson();
  assert.deepEqual(reg.entities.find(e => e.name === dept), { name: dept, type: 'LOCATION', description: 'बिहार सरकार का विभाग' });
  await waitFor(`${dept} as LOCATION in lekh/entities`, () => entity(dept, 'LOCATION'), 30000);
  // retype: the view's node for it, to ORGANIZATION
  const deptNode = await waitFor(`${dept} in the Entities view`, async () => (await entityNodes(api)).find(n => n.entity.name === dept), 20000);
  assert.equal(await vscode.commands.executeCommand('lekh.entity.retype', deptNode, { type: 'ORGANIZATION' }), true);
  reg = await registerJson();
  assert.equal(reg.entities.find(e => e.name === dept).type, 'ORGANIZATION');
  await waitFor(`${dept} as ORGANIZATION`, async () => (await entity(dept, 'ORGANIZATION')) && !(await entity(dept, 'LOCATION')), 30000);
  // merge: दिल्ली (lekh-3) is नई दिल्ली
  const delhi = (await entityNodes(api)).find(n => n.entity.name === 'दिल्ली' && n.entity.type === 'LOCATION');
  assert.ok(delhi, 'दिल्ली is its own entity before the merge');
  assert.equal(await vscode.commands.executeCommand('lekh.entity.merge', delhi, { into: 'नई दिल्ली' }), true);
  reg = await registerJson();
  const nd = reg.entities.find(e => e.name === 'नई दिल्ली');
  assert.ok(nd && nd.aliases.includes('दिल्ली'), JSON.stringify(reg.entities));
  const merged = await waitFor('दिल्ली folded into नई दिल्ली', async () => {
    const all = await api.request('lekh/entities', {});
    const e = all.find(x => x.name === 'नई दिल्ली');
    return e && e.surfaces.includes('दिल्ली') && !all.some(x => x.name === 'दिल्ली') ? e : null;
  }, 30000);
  log(`  नई दिल्ली: ${merged.mentions} mentions in ${merged.articles} articles, written ${merged.surfaces.join(', ')}`);
  // split: दिल्ली off नई दिल्ली again, through the merged entity's node
  const newDelhi = (await entityNodes(api)).find(n => n.entity.name === 'नई दिल्ली');
  assert.deepEqual([...newDelhi.entity.surfaces].sort(), ['दिल्ली', 'नई दिल्ली'].sort());
  assert.equal(await vscode.commands.executeCommand('lekh.entity.split', newDelhi, { spellings: ['दिल्ली'], type: 'LOCATION' }), true);
  reg = await registerJson();
  assert.deepEqual(reg.entities.find(e => e.name === 'नई दिल्ली').aliases, undefined, 'नई दिल्ली keeps no दिल्ली alias');
  assert.equal(reg.entities.find(e => e.name === 'दिल्ली').type, 'LOCATION');
  await waitFor('दिल्ली its own entity again', async () => {
    const all = await api.request('lekh/entities', {});
    return all.some(x => x.name === 'दिल्ली') && !all.find(x => x.name === 'नई दिल्ली').surfaces.includes('दिल्ली');
  }, 30000);
  // ignore: the view's node for टोक्यो
  const tokyo = (await entityNodes(api)).find(n => n.entity.name === 'टोक्यो');
  assert.ok(tokyo, 'टोक्यो is an entity before');
  assert.equal(await vscode.commands.executeCommand('lekh.entity.ignore', tokyo), true);
  reg = await registerJson();
  assert.equal(reg.entities.find(e => e.name === 'टोक्यो').ignore, true);
  await waitFor('टोक्यो gone from lekh/entities', async () => !(await entity('टोक्यो')), 30000);
  // the Entities view shows what lekh/entities says
  const names = (await entityNodes(api)).map(n => n.entity.name);
  assert.ok(names.includes(dept) && names.includes('नई दिल्ली') && names.includes('दिल्ली') && !names.includes('टोक्यो'), JSON.stringify(names));
  // the register's entries are all the actions wrote, and nothing else was lost
  assert.deepEqual(reg.entities.map(e => e.name).sort(), [dept, 'टोक्यो', 'दिल्ली', 'नई दिल्ली'].sort());
  // leave the workspace as it was for the tests after this one: without the register, टोक्यो is back
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, '.lekh', 'entities.json'));
  await waitFor('टोक्यो back once the register is gone', () => entity('टोक्यो'), 30000);
});

test('an action with an unknown merge target changes nothing', async () => {
  const api = await lekhApi();
  const before = JSON.stringify(await registerJson());
  const node = (await entityNodes(api)).find(n => n.entity.type === 'LOCATION');
  assert.equal(await vscode.commands.executeCommand('lekh.entity.merge', node, { into: 'कोई नहीं' }), undefined);
  assert.equal(JSON.stringify(await registerJson()), before);
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
