// Protocol tests for user annotations: lekh/annotate writes the W3C standoff file; live edits shift
// annotations exactly; an outside edit of the article re-anchors them; another window's write is
// merged; a corrupt store file is reported with path:line:column and left untouched; an untrusted
// workspace writes nothing; a source's published date re-resolves relative dates; Accept / Reject
// entity code actions; the Corpus row carries the source.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import rpc from 'vscode-languageserver-protocol/node';
import { TestClient, positionOf, uriOf, decodeTokens } from './client.mjs';

// Our own sentences. UNDATED's dateline has no year: its relative dates resolve only with a source date.
const ARTICLE = `बाढ़ राहत पर बैठक

पटना, 5 अगस्त 2025: मुख्यमंत्री रमेश कुमार ने सोमवार को पटना में अधिकारियों के साथ बैठक की। राहत शिविरों में 3,000 लोग हैं।
`;
const UNDATED = `नदी पर नया पुल

भागलपुर, 14 मार्च: लोक निर्माण विभाग ने बुधवार को भागलपुर में नए पुल का काम शुरू किया।
`;
const OUTSIDE = `किसान मेला शुरू

दरभंगा, 2 जून 2025: कृषि मंत्री ने दरभंगा में किसान मेले का उद्घाटन किया।
`;
const CORRUPT = `स्कूलों में छुट्टी

गया, 10 जुलाई 2025: गर्मी के कारण गया के स्कूल बंद रहेंगे।
`;

let dir;
let client;
const files = {};
const storeOf = (name) => path.join(dir, '.lekh', 'annotations', 'news', `${name}.txt.json`);
const rangeOf = (text, needle, n = 0) => {
  const start = positionOf(text, needle, n);
  return { start, end: { line: start.line, character: start.character + needle.length } };
};
const until = async (what, fn, ms = 15000) => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const annotationsOf = async (uri) => (await client.request('lekh/annotations', { uri }))[0];

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-ann-'));
  mkdirSync(path.join(dir, 'news'));
  for (const [k, text] of Object.entries({ article: ARTICLE, undated: UNDATED, outside: OUTSIDE, corrupt: CORRUPT })) {
    files[k] = path.join(dir, 'news', `${k}.txt`);
    writeFileSync(files[k], text);
  }
  client = new TestClient();
  await client.start(dir);
  await client.ready();
  client.open(uriOf(files.article), ARTICLE);
});

after(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('initialize announces the accept / reject entity commands', () => {
  assert.deepEqual(client.init.capabilities.executeCommandProvider.commands, ['lekh.server.acceptEntity', 'lekh.server.rejectEntity']);
  assert.ok(client.init.capabilities.semanticTokensProvider.legend.tokenModifiers.includes('annotated'));
});

let created;
test('lekh/annotate writes the article’s standoff file in the W3C Web Annotation shape', async () => {
  const uri = uriOf(files.article);
  created = await client.request('lekh/annotate', { uri, range: rangeOf(ARTICLE, 'रमेश कुमार'), entityType: 'PERSON', note: 'मुख्यमंत्री का नाम', attribution: 'PTI' });
  assert.equal(created.text, 'रमेश कुमार');
  assert.equal(created.entityType, 'PERSON');
  assert.equal(created.status, 'anchored');
  const file = await until('the store file', () => existsSync(storeOf('article')) && readJson(storeOf('article')));
  const json = JSON.stringify(file);
  assert.match(json, /http:\/\/www\.w3\.org\/ns\/anno\.jsonld/);
  assert.match(json, /TextQuoteSelector/);
  assert.match(json, /TextPositionSelector/);
  assert.ok(json.includes('रमेश कुमार') && json.includes('मुख्यमंत्री का नाम'));
  const listed = await annotationsOf(uri);
  assert.equal(listed.annotations.length, 1);
  assert.equal(listed.annotations[0].note, 'मुख्यमंत्री का नाम');
  assert.equal(listed.annotations[0].attribution, 'PTI');
});

test('a user entity annotation is a semantic token with the annotated modifier, and its hover shows the note', async () => {
  const uri = uriOf(files.article);
  const legend = client.init.capabilities.semanticTokensProvider.legend;
  const tokens = decodeTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, ARTICLE);
  const t = tokens.find((x) => x.text === 'रमेश कुमार');
  assert.ok(t, JSON.stringify(tokens));
  assert.equal(t.type, 'person');
  assert.ok(t.modifiers.includes('annotated'));
  const h = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'कुमार') });
  assert.match(h.contents.value, /Annotation/);
  assert.match(h.contents.value, /मुख्यमंत्री का नाम/);
  assert.match(h.contents.value, /PTI/);
  assert.match(h.contents.value, /\*\*PERSON\*\*/, 'and the span’s own hover, as a span of the analysis');
  assert.match(h.contents.value, /Found by: user/);
});

test('typing before an annotation shifts it exactly; saving writes the new position', async () => {
  const uri = uriOf(files.article);
  const insert = 'ताज़ा: ';
  client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: insert }] });
  const text = ARTICLE.replace('पटना, 5', `${insert}पटना, 5`);
  const expected = rangeOf(text, 'रमेश कुमार');
  const got = await until('the shifted annotation', async () => {
    const a = (await annotationsOf(uri)).annotations[0];
    return a.range.start.character === expected.start.character ? a : undefined;
  });
  assert.deepEqual(got.range, expected);
  assert.equal(got.text, 'रमेश कुमार');
  writeFileSync(files.article, text);
  client.notify('textDocument/didSave', { textDocument: { uri } });
  const offset = text.indexOf('रमेश कुमार');
  await until('the store file with the new position', () => JSON.stringify(readJson(storeOf('article'))).includes(`"start":${offset}`) || readFileSync(storeOf('article'), 'utf8').includes(`"start": ${offset}`));
});

test('an edit of a closed article on disk re-anchors its annotations by quote and context', async () => {
  const uri = uriOf(files.outside);
  client.open(uri, OUTSIDE);
  await client.request('lekh/annotate', { uri, range: rangeOf(OUTSIDE, 'किसान मेले'), label: 'EVENT-NAME' });
  await until('the store file', () => existsSync(storeOf('outside')));
  client.notify('textDocument/didClose', { textDocument: { uri } });
  const changed = OUTSIDE.replace('कृषि मंत्री ने', 'राज्य के कृषि मंत्री ने आज');
  writeFileSync(files.outside, changed);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
  const a = await until('the re-anchored annotation', async () => {
    const x = (await annotationsOf(uri))?.annotations[0];
    return x && x.range.start.character === positionOf(changed, 'किसान मेले').character ? x : undefined;
  });
  assert.equal(a.status, 'anchored');
  assert.equal(a.text, 'किसान मेले');
});

test('another window’s write to the store file is merged and shown, and nothing of ours is lost', async () => {
  const uri = uriOf(files.article);
  const file = readJson(storeOf('article'));
  const items = file.items ?? file.annotations ?? file.first?.items ?? file['@graph'];
  assert.ok(Array.isArray(items) && items.length === 1, `one item in ${JSON.stringify(file).slice(0, 300)}`);
  const theirs = JSON.parse(JSON.stringify(items[0]).replaceAll(created.id, 'zzzzzzzzother1'));
  items.push(theirs);
  writeFileSync(storeOf('article'), `${JSON.stringify(file, null, 2)}\n`);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(storeOf('article')), type: 2 }] });
  const listed = await until('both annotations', async () => {
    const l = await annotationsOf(uri);
    return l.annotations.length === 2 ? l : undefined;
  });
  assert.deepEqual(listed.annotations.map((a) => a.id).sort(), [created.id, 'zzzzzzzzother1'].sort());
  // Ours, made after their write, is saved beside theirs.
  await client.request('lekh/annotate', { uri, range: rangeOf(ARTICLE, 'पटना', 1), entityType: 'LOCATION' });
  await until('three annotations on disk', () => (readFileSync(storeOf('article'), 'utf8').match(/TextQuoteSelector/g) ?? []).length === 3);
  assert.ok(readFileSync(storeOf('article'), 'utf8').includes('zzzzzzzzother1'));
});

test('a corrupt store file is reported with path:line:column, left untouched, and refuses writes', async () => {
  const uri = uriOf(files.corrupt);
  mkdirSync(path.dirname(storeOf('corrupt')), { recursive: true });
  const broken = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "items": [ oops ]\n}\n';
  writeFileSync(storeOf('corrupt'), broken);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(storeOf('corrupt')), type: 1 }] });
  const msg = await client.waitFor(() => client.logs.find((l) => l.startsWith('showMessage:') && l.includes('corrupt.txt.json')), 'the error message');
  assert.match(msg, /corrupt\.txt\.json:3:\d+/);
  const listed = await annotationsOf(uri);
  assert.match(listed.error, /corrupt\.txt\.json:3:\d+/);
  assert.equal(listed.storeFile, storeOf('corrupt'));
  client.open(uri, CORRUPT);
  await assert.rejects(client.request('lekh/annotate', { uri, range: rangeOf(CORRUPT, 'गया'), entityType: 'LOCATION' }), /cannot be changed until/);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(readFileSync(storeOf('corrupt'), 'utf8'), broken);
});

test('a source’s published date becomes the reference date: a relative date re-resolves', async () => {
  const uri = uriOf(files.undated);
  client.open(uri, UNDATED);
  const whole = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
  const before = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: whole });
  assert.ok(!before.some((h) => /2025/.test(JSON.stringify(h.label))), `no dated hint yet: ${JSON.stringify(before)}`);
  const saved = await client.request('lekh/source', { uri, source: { publisher: 'प्रभात समाचार', url: 'https://example.com/pul', published: '2025-03-14', reliability: 'high' } });
  assert.equal(saved.published, '2025-03-14');
  const hints = await until('a hint with the resolved date', async () => {
    const h = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: whole });
    return h.find((x) => /2025-03-12/.test(JSON.stringify(x.label))) ? h : undefined;
  });
  assert.ok(hints.length >= 1);
  assert.deepEqual(await client.request('lekh/source', { uri }), saved);
  const row = (await client.request('lekh/corpus')).find((r) => r.uri === uri);
  assert.deepEqual(row.source, { publisher: 'प्रभात समाचार', url: 'https://example.com/pul', published: '2025-03-14', reliability: 'high' });
  assert.equal(row.date, '2025-03-14');
  await until('the source in the store file', () => existsSync(storeOf('undated')) && readFileSync(storeOf('undated'), 'utf8').includes('2025-03-14'));
});

test('Accept and Reject entity: code actions that make a user annotation or an ignore rule', async () => {
  const uri = uriOf(files.article);
  const text = readFileSync(files.article, 'utf8');
  const range = rangeOf(text, 'पटना');
  const legend = client.init.capabilities.semanticTokensProvider.legend;
  const tokensAt = async (word) => decodeTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, text).filter((t) => t.text === word && t.line === range.start.line && t.char === range.start.character);
  assert.equal((await tokensAt('पटना'))[0]?.type, 'location', 'the automatic token is there first');
  const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
  const reject = actions.find((a) => /Reject entity “पटना”/.test(a.title));
  const accept = actions.find((a) => /Accept entity “पटना”/.test(a.title));
  assert.ok(reject && accept, JSON.stringify(actions.map((a) => a.title)));
  await client.request('workspace/executeCommand', reject.command);
  const rule = await until('the ignore rule', async () => (await annotationsOf(uri)).annotations.find((a) => a.origin === 'ignored'));
  assert.equal(rule.text, 'पटना');
  assert.equal((await tokensAt('पटना')).length, 0, 'the rejected entity is no longer a token');
  const again = await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
  assert.ok(!again.some((a) => /entity “पटना”/.test(a.title)), 'no accept/reject once annotated');
  // Accept the other पटना: a user annotation (origin accepted), shown with the annotated modifier.
  const other = rangeOf(text, 'पटना', 1);
  const offered = await client.request('textDocument/codeAction', { textDocument: { uri }, range: other, context: { diagnostics: [] } });
  const acc = offered.find((a) => /Accept entity “पटना” \(LOCATION\)/.test(a.title));
  assert.ok(acc, JSON.stringify(offered.map((a) => a.title)));
  await client.request('workspace/executeCommand', acc.command);
  const accepted = await until('the accepted annotation', async () => (await annotationsOf(uri)).annotations.find((a) => a.origin === 'accepted'));
  assert.equal(accepted.entityType, 'LOCATION');
  const tok = decodeTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, text).find((t) => t.line === other.start.line && t.char === other.start.character);
  assert.equal(tok?.type, 'location');
  assert.ok(tok.modifiers.includes('annotated'));
  const h = await client.request('textDocument/hover', { textDocument: { uri }, position: range.start });
  assert.match(h.contents.value, /not an entity/, 'the rejected one says so on hover');
});

test('update, reattach and delete an annotation', async () => {
  const uri = uriOf(files.article);
  const text = readFileSync(files.article, 'utf8');
  const upd = await client.request('lekh/annotationUpdate', { uri, id: created.id, note: null, label: 'CM' });
  assert.equal(upd.note, undefined);
  assert.equal(upd.label, 'CM');
  const moved = await client.request('lekh/annotationReattach', { uri, id: created.id, range: rangeOf(text, 'अधिकारियों') });
  assert.equal(moved.text, 'अधिकारियों');
  await client.request('lekh/annotationDelete', { uri, id: created.id });
  assert.ok(!(await annotationsOf(uri)).annotations.some((a) => a.id === created.id));
  await until('the deletion on disk', () => !readFileSync(storeOf('article'), 'utf8').includes(created.id));
  await assert.rejects(client.request('lekh/annotationDelete', { uri, id: created.id }), /No annotation/);
});

test('an untrusted workspace writes nothing: annotating is refused with a reason', async () => {
  const other = mkdtempSync(path.join(tmpdir(), 'lekh-ann-untrusted-'));
  const f = path.join(other, 'a.txt');
  writeFileSync(f, ARTICLE);
  const c = new TestClient({ initializationOptions: { trusted: false } });
  try {
    await c.start(other);
    await c.ready();
    c.open(uriOf(f), ARTICLE);
    await assert.rejects(c.request('lekh/annotate', { uri: uriOf(f), range: rangeOf(ARTICLE, 'रमेश कुमार'), entityType: 'PERSON' }), /not trusted/);
    await assert.rejects(c.request('lekh/source', { uri: uriOf(f), source: { published: '2025-01-01' } }), /not trusted/);
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(!existsSync(path.join(other, '.lekh')), 'no .lekh folder written');
    // Trust granted: now it writes.
    c.notify('lekh/trustGranted', {});
    await c.request('lekh/annotate', { uri: uriOf(f), range: rangeOf(ARTICLE, 'रमेश कुमार'), entityType: 'PERSON' });
    await until('the store file after trust', () => existsSync(path.join(other, '.lekh', 'annotations', 'a.txt.json')));
  } finally {
    await c.stop();
    rmSync(other, { recursive: true, force: true });
  }
});

test('annotations survive a restart of the server (read back from the store)', async () => {
  const c = new TestClient();
  try {
    await c.start(dir);
    await c.ready();
    const all = await c.request('lekh/annotations', {});
    const art = all.find((a) => a.relativePath === 'news/article.txt');
    assert.ok(art && art.annotations.some((a) => a.id === 'zzzzzzzzother1'));
    const und = all.find((a) => a.relativePath === 'news/undated.txt');
    assert.equal(und.source.published, '2025-03-14');
    const row = (await c.request('lekh/corpus')).find((r) => r.relativePath === 'news/undated.txt');
    assert.equal(row.date, '2025-03-14', 'the reference date from the source, at startup');
  } finally {
    await c.stop();
  }
});

test('lekh/export writes brat files with the user annotations (and the automatic spans); lekh/import brings them back', async () => {
  const uri = uriOf(files.article);
  const text = readFileSync(files.article, 'utf8');
  const mine = await client.request('lekh/annotate', { uri, range: rangeOf(text, 'मुख्यमंत्री'), label: 'TITLE', note: 'पद' });
  const out = mkdtempSync(path.join(tmpdir(), 'lekh-ann-export-'));
  try {
    const r = await client.request('lekh/export', { format: 'brat', outDir: out, uris: [uri], includeAutomatic: true });
    assert.equal(r.articles, 1);
    assert.ok(r.annotations >= 2, JSON.stringify(r));
    assert.ok(r.automatic >= 1, JSON.stringify(r));
    const ann = readFileSync(path.join(out, 'news', 'article.ann'), 'utf8');
    // brat offsets are code points: the mark's line carries its code-point offsets and its text.
    const cp = [...text.slice(0, text.indexOf('मुख्यमंत्री'))].length;
    assert.match(ann, new RegExp(`^T\\d+\\tTITLE ${cp} ${cp + [...'मुख्यमंत्री'].length}\\tमुख्यमंत्री$`, 'm'));
    assert.match(ann, /AnnotatorNotes T\d+\tपद/);
    assert.equal(readFileSync(path.join(out, 'news', 'article.txt'), 'utf8'), text);
    // Delete it here, then import the export: it comes back with its note.
    await client.request('lekh/annotationDelete', { uri, id: mine.id });
    const imp = await client.request('lekh/import', { format: 'brat', paths: [path.join(out, 'news', 'article.ann')] });
    assert.equal(imp.articles, 1, JSON.stringify(imp));
    const back = await until('the imported annotation', async () => (await annotationsOf(uri)).annotations.find((a) => a.label === 'TITLE'));
    assert.equal(back.note, 'पद');
    assert.equal(back.text, 'मुख्यमंत्री');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('export to a relative folder is refused with a reason', async () => {
  await assert.rejects(client.request('lekh/export', { format: 'w3c', outDir: 'relative/dir' }), /absolute folder/);
});

test('an annotation whose text is deleted outside the editor is kept as orphaned, and re-attaching places it again', async () => {
  const uri = uriOf(files.outside);
  const before = (await annotationsOf(uri)).annotations;
  assert.equal(before.length, 1);
  const gone = readFileSync(files.outside, 'utf8').replace('किसान मेले का उद्घाटन', 'कार्यक्रम की शुरुआत');
  writeFileSync(files.outside, gone);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
  const orphan = await until('the orphaned annotation', async () => (await annotationsOf(uri)).annotations.find((a) => a.status === 'orphaned'));
  assert.equal(orphan.id, before[0].id);
  assert.equal(orphan.text, 'किसान मेले');
  assert.equal(orphan.label, 'EVENT-NAME');
  await until('the orphan kept on disk', () => readFileSync(storeOf('outside'), 'utf8').includes(orphan.id));
  const back = await client.request('lekh/annotationReattach', { uri, id: orphan.id, range: rangeOf(gone, 'कार्यक्रम') });
  assert.equal(back.status, 'anchored');
  assert.equal(back.text, 'कार्यक्रम');
  assert.equal(back.label, 'EVENT-NAME');
});

test('two servers on one folder (two windows) each save their own annotation; neither is lost', async () => {
  const shared = mkdtempSync(path.join(tmpdir(), 'lekh-ann-two-'));
  const f = path.join(shared, 'a.txt');
  writeFileSync(f, ARTICLE);
  const a = new TestClient();
  const b = new TestClient();
  try {
    await Promise.all([a.start(shared), b.start(shared)]);
    await Promise.all([a.ready(), b.ready()]);
    a.open(uriOf(f), ARTICLE);
    b.open(uriOf(f), ARTICLE);
    // Both load the (missing) file first, then annotate at about the same time.
    await Promise.all([a.request('lekh/annotations', { uri: uriOf(f) }), b.request('lekh/annotations', { uri: uriOf(f) })]);
    const [x, y] = await Promise.all([
      a.request('lekh/annotate', { uri: uriOf(f), range: rangeOf(ARTICLE, 'रमेश कुमार'), entityType: 'PERSON' }),
      b.request('lekh/annotate', { uri: uriOf(f), range: rangeOf(ARTICLE, 'राहत शिविरों'), label: 'PLACE-KIND' }),
    ]);
    const store = path.join(shared, '.lekh', 'annotations', 'a.txt.json');
    await until('both annotations on disk', () => existsSync(store) && readFileSync(store, 'utf8').includes(x.id) && readFileSync(store, 'utf8').includes(y.id));
    // Each window hears of the other's write through its file watcher, and shows both.
    for (const c of [a, b]) c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(store), type: 2 }] });
    for (const c of [a, b]) {
      await until('both annotations in each window', async () => {
        const l = (await c.request('lekh/annotations', { uri: uriOf(f) }))[0];
        return l.annotations.length === 2;
      });
    }
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    rmSync(shared, { recursive: true, force: true });
  }
});

test('renaming an article moves its store file with it', async () => {
  const from = files.outside;
  const to = path.join(dir, 'news', 'renamed.txt');
  const before = readFileSync(storeOf('outside'), 'utf8');
  const { renameSync } = await import('node:fs');
  renameSync(from, to);
  client.notify('workspace/didRenameFiles', { files: [{ oldUri: uriOf(from), newUri: uriOf(to) }] });
  await until('the moved store file', () => existsSync(storeOf('renamed')) && !existsSync(storeOf('outside')));
  const moved = readFileSync(storeOf('renamed'), 'utf8');
  const ids = [...before.matchAll(/urn:lekh:annotation:([a-z0-9]+)/g)].map((m) => m[1]);
  assert.ok(ids.length >= 1, 'the store file had annotations');
  for (const id of ids) assert.ok(moved.includes(id), `annotation ${id} moved`);
  const listed = await until('the annotations under the new name', async () => (await annotationsOf(uriOf(to)))?.annotations.length ? annotationsOf(uriOf(to)) : undefined);
  assert.equal(listed.relativePath, 'news/renamed.txt');
});

test('annotations are part of the analysis: a user entity is in lekh/entities, a rejected one is not counted', async () => {
  const uri = uriOf(files.corrupt.replace('corrupt', 'entities'));
  // तिलौथू (a village name no rule or list knows) is not found automatically; पटना is.
  const text = `दो नेताओं की मुलाक़ात

तिलौथू, 1 मई 2025: जिला अध्यक्ष सुबोध झा ने पटना में बैठक की।
`;
  writeFileSync(new URL(uri), text);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
  await until('the new article in the corpus', async () => (await client.request('lekh/corpus')).some((r) => r.uri === uri));
  const locations = () => client.request('lekh/entities', { type: 'LOCATION' });
  assert.ok(!(await locations()).some((e) => e.surfaces.includes('तिलौथू')), 'तिलौथू is not an entity by itself');
  client.open(uri, text);
  const place = await client.request('lekh/annotate', { uri, range: rangeOf(text, 'तिलौथू'), entityType: 'LOCATION' });
  const found = await until('the user entity in lekh/entities', async () => (await locations()).find((e) => e.surfaces.includes('तिलौथू')));
  const mentions = await client.request('lekh/mentions', { id: found.id });
  assert.deepEqual(mentions.map((m) => [m.relativePath, m.text]), [['news/entities.txt', 'तिलौथू']]);
  // reject पटना here: one entity fewer in the article
  const count = async () => (await client.request('lekh/corpus')).find((r) => r.uri === uri).entities;
  const before = await until('the count with तिलौथू', async () => { const n = await count(); return n >= 2 ? n : undefined; });
  await client.request('lekh/annotate', { uri, range: rangeOf(text, 'पटना'), origin: 'ignored', label: 'LOCATION' });
  await until('one entity fewer in the corpus row', async () => (await count()) === before - 1);
  // closed, the article keeps its decisions; deleting one re-analyses it from disk without it
  client.notify('textDocument/didClose', { textDocument: { uri } });
  await client.request('lekh/annotationDelete', { uri, id: place.id });
  await until('the user entity gone from lekh/entities', async () => !(await locations()).some((e) => e.surfaces.includes('तिलौथू')));
  assert.equal(await count(), before - 2);
});
