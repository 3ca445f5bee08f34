// Extension-host tests of user annotations (issue 5), required by index.js: annotate a selection and see it
// in the Annotations view; type before it and see it still in place; restart the server and see it read back
// from the store; set a source's date and see a relative date re-resolve; export brat and check the file.
// The window reload is in the UI suite (ui.mjs), which can reload the page.
'use strict';
const vscode = require('vscode');
const assert = require('assert');
const os = require('os');
const path = require('path');
const fs = require('fs');

/** Registers the annotation tests with the suite's `test` and helpers. */
module.exports = function annotationTests({ test, waitFor, withTimeout, fixtures, findWord, log }) {
  const EXT_ID = 'lekh.lekh';
  const api = () => vscode.extensions.getExtension(EXT_ID).exports;
  /** What the Annotations view shows: [{ label, description, contextValue, children }] from its provider. */
  async function viewRows() {
    const view = api().views.annotations;
    view.refresh();
    const top = await view.getChildren();
    const out = [];
    for (const n of top) {
      const item = view.getTreeItem(n);
      const kids = await view.getChildren(n);
      out.push({ node: n, label: String(item.label), description: item.description, children: kids.map(k => ({ node: k, item: view.getTreeItem(k) })) });
    }
    return out;
  }
  const state = {};
  const WORD = 'मौद्रिक नीति समिति';

  async function rbiArticle() {
    const f = (await fixtures()).find(x => findWord(x.text, WORD) >= 0);
    assert.ok(f, `a fixture with “${WORD}”`);
    return f;
  }

  test('annotations: annotate a selection; the Annotations view shows it under its article', async () => {
    const f = await rbiArticle();
    const doc = await vscode.workspace.openTextDocument(f.uri);
    const editor = await vscode.window.showTextDocument(doc);
    await withTimeout(api().ready, 90000, 'index ready');
    const at = findWord(doc.getText(), WORD);
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + WORD.length));
    const created = await waitFor('the annotate command to answer', () =>
      vscode.commands.executeCommand('lekh.annotation.annotateSelection', { entityType: 'ORGANIZATION', note: 'RBI की समिति' }), 30000);
    assert.equal(created.text, WORD);
    state.id = created.id;
    state.uri = f.uri;
    const row = await waitFor('the annotation row in the Annotations view', async () => {
      const rows = await viewRows();
      const art = rows.find(r => r.node.kind === 'article' && r.node.article.uri === f.uri.toString());
      return art && art.children.find(c => c.node.kind === 'annotation' && c.item.label === `“${WORD}”`);
    }, 30000);
    log(`  view row: ${row.item.label} — ${row.item.description}`);
    assert.match(String(row.item.description), /ORGANIZATION/);
    assert.match(String(row.item.description), /RBI की समिति/);
    // the store file is written in the workspace
    const store = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, '.lekh', 'annotations', `${vscode.workspace.asRelativePath(f.uri)}.json`);
    const json = await waitFor('the store file', async () => {
      try { return new TextDecoder().decode(await vscode.workspace.fs.readFile(store)); } catch { return null; }
    }, 15000);
    assert.match(json, /TextQuoteSelector/);
    assert.ok(json.includes(WORD));
  });

  test('annotations: typing before the annotation keeps it on its text (view and semantic token)', async () => {
    const doc = await vscode.workspace.openTextDocument(state.uri);
    const editor = await vscode.window.showTextDocument(doc);
    const before = findWord(doc.getText(), WORD);
    const line = doc.positionAt(before).line;
    const ok = await editor.edit(b => b.insert(new vscode.Position(line, 0), 'ताज़ा ख़बर: '));
    assert.ok(ok, 'the edit applied');
    const now = findWord(doc.getText(), WORD);
    assert.ok(now > before);
    const want = doc.positionAt(now);
    const child = await waitFor('the row at the shifted position', async () => {
      const rows = await viewRows();
      const art = rows.find(r => r.node.kind === 'article' && r.node.article.uri === state.uri.toString());
      const c = art && art.children.find(k => k.node.kind === 'annotation' && k.node.annotation.id === state.id);
      return c && c.node.annotation.range.start.line === want.line && c.node.annotation.range.start.character === want.character ? c : null;
    }, 20000);
    assert.equal(child.node.annotation.text, WORD);
    assert.equal(child.node.annotation.status, 'anchored');
    // the semantic token with the `annotated` modifier sits on the text too
    const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const bit = 1 << legend.tokenModifiers.indexOf('annotated');
    await waitFor('an annotated token on the shifted text', async () => {
      const t = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
      const d = t && t.data; let ln = 0, ch = 0;
      for (let i = 0; d && i < d.length; i += 5) {
        ln += d[i]; ch = d[i] === 0 ? ch + d[i + 1] : d[i + 1];
        if (ln === want.line && ch === want.character && (d[i + 4] & bit)) return true;
      }
      return false;
    }, 20000);
    await doc.save();
  });

  test('annotations: after a server restart the annotation is read back from the store, in place', async () => {
    await withTimeout(Promise.resolve(vscode.commands.executeCommand('lekh.server.restart')), 60000, 'lekh.server.restart');
    const doc = await vscode.workspace.openTextDocument(state.uri);
    const want = doc.positionAt(findWord(doc.getText(), WORD));
    await waitFor('the annotation after the restart', async () => {
      const rows = await viewRows();
      const art = rows.find(r => r.node.kind === 'article' && r.node.article.uri === state.uri.toString());
      const c = art && art.children.find(k => k.node.kind === 'annotation' && k.node.annotation.id === state.id);
      return c && c.node.annotation.range.start.line === want.line && c.node.annotation.range.start.character === want.character;
    }, 45000);
  });

  test('annotations: a source’s published date re-resolves a relative date (inlay hint)', async () => {
    // the fixture whose dateline has no year: its weekday resolves only once the source gives a date
    const f = (await fixtures()).find(x => /^[^\n]*\n\n[^\n,]+, \d+ [^\s:(]+ \(/.test(x.text) && findWord(x.text, 'गुरुवार') >= 0);
    assert.ok(f, 'a fixture with a year-less dateline and “गुरुवार”');
    const doc = await vscode.workspace.openTextDocument(f.uri);
    await vscode.window.showTextDocument(doc);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const label = h => (typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join(''));
    const thu = doc.positionAt(findWord(doc.getText(), 'गुरुवार') + 'गुरुवार'.length);
    const hintAt = hints => (hints || []).find(h => h.position.line === thu.line && h.position.character === thu.character);
    const before = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, whole);
    // before: at most what is known without a year (`→ 8 Feb (year unknown)`), no calendar date
    const datedLabel = h => h && /\d{4}-\d{2}-\d{2}/.test(label(h));
    assert.ok(!datedLabel(hintAt(before)), `no dated hint before: ${JSON.stringify((before || []).map(label))}`);
    const saved = await vscode.commands.executeCommand('lekh.source.annotate', f.uri, { publisher: 'भाषा', published: '2026-02-13', reliability: 'high' });
    assert.equal(saved && saved.published, '2026-02-13');
    const hint = await waitFor('the dated hint after गुरुवार', async () => {
      const h = hintAt(await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, whole));
      return datedLabel(h) ? h : null;
    }, 30000);
    assert.equal(label(hint).replace(/^[^\d]*/, '').slice(0, 10), '2026-02-12');
    log(`  hint after गुरुवार: ${label(hint)}`);
    // the Annotations view shows the source under its article
    const src = await waitFor('the source row in the Annotations view', async () => {
      const rows = await viewRows();
      const art = rows.find(r => r.node.kind === 'article' && r.node.article.uri === f.uri.toString());
      return art && art.children.find(c => c.node.kind === 'source');
    }, 20000);
    assert.equal(String(src.item.label), 'Source: भाषा');
    assert.match(String(src.item.description), /2026-02-13/);
  });

  test('annotations: the hover on a user annotation shows its type and note', async () => {
    const doc = await vscode.workspace.openTextDocument(state.uri);
    const pos = doc.positionAt(findWord(doc.getText(), WORD) + 3);
    const text = await waitFor('a hover with the annotation', async () => {
      const hs = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
      const t = (hs || []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
      return /Annotation/.test(t) ? t : null;
    }, 20000);
    assert.match(text, /ORGANIZATION/);
    assert.match(text, /RBI की समिति/);
  });

  test('annotations: Reject entity (a code action) hides the automatic entity; the rule is listed', async () => {
    const f = (await fixtures()).find(x => x.ext === '.article');
    const doc = await vscode.workspace.openTextDocument(f.uri);
    await vscode.window.showTextDocument(doc);
    const name = 'टोक्यो';
    const at = findWord(doc.getText(), name);
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + name.length));
    const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokenOn = async () => {
      const t = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
      const d = t && t.data; let ln = 0, ch = 0;
      for (let i = 0; d && i < d.length; i += 5) {
        ln += d[i]; ch = d[i] === 0 ? ch + d[i + 1] : d[i + 1];
        if (ln === range.start.line && ch === range.start.character) return legend.tokenTypes[d[i + 3]];
      }
      return null;
    };
    await waitFor(`an automatic token on ${name}`, tokenOn, 30000);
    const actions = await waitFor('the Reject entity code action', async () => {
      const a = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range);
      return (a || []).find(x => /Reject entity/.test(x.title)) ? a : null;
    }, 20000);
    const reject = actions.find(x => /Reject entity/.test(x.title));
    assert.ok(actions.some(x => /Accept entity/.test(x.title)), 'Accept is offered too');
    await vscode.commands.executeCommand(reject.command.command, ...(reject.command.arguments || []));
    await waitFor(`no token on ${name} any more`, async () => (await tokenOn()) === null, 20000);
    const rows = await viewRows();
    const art = rows.find(r => r.node.kind === 'article' && r.node.article.uri === f.uri.toString());
    const rule = art && art.children.find(c => c.node.kind === 'annotation' && c.node.annotation.text === name);
    assert.ok(rule, 'the ignore rule is in the Annotations view');
    assert.equal(rule.node.annotation.origin, 'ignored');
    assert.match(String(rule.item.description), /not an entity/);
  });

  test('annotations: deleting the annotated text orphans it (Orphaned group); Re-attach places it on the selection', async () => {
    const f = (await fixtures()).find(x => x.ext === '.article');
    const doc = await vscode.workspace.openTextDocument(f.uri);
    const editor = await vscode.window.showTextDocument(doc);
    const phrase = 'जापान फ़ाउंडेशन';
    const at = findWord(doc.getText(), phrase);
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + phrase.length));
    const a = await vscode.commands.executeCommand('lekh.annotation.annotateSelection', { label: 'PARTNER', note: 'आयोजक' });
    assert.ok(a && a.id, 'annotated');
    // delete the annotated text (with the space before it) in the editor: the annotation cannot stay, and must not be lost
    await editor.edit(b => b.delete(new vscode.Range(doc.positionAt(at - 1), doc.positionAt(at + phrase.length))));
    await editor.edit(b => b.insert(doc.positionAt(at - 1), ' एक जापानी संस्था'));
    const orphan = await waitFor('the Orphaned group with the annotation', async () => {
      const rows = await viewRows();
      const g = rows.find(r => r.node.kind === 'orphans');
      return g && g.children.find(c => c.node.annotation.id === a.id);
    }, 20000);
    assert.equal(orphan.item.contextValue, 'lekh.annotation.orphaned');
    assert.match(String(orphan.item.description), /PARTNER/);
    // re-attach to a selection in its article
    const to = findWord(doc.getText(), 'जापानी संस्था');
    editor.selection = new vscode.Selection(doc.positionAt(to), doc.positionAt(to + 'जापानी संस्था'.length));
    await vscode.commands.executeCommand('lekh.annotation.reattach', orphan.node);
    const back = await waitFor('the annotation placed again', async () => {
      const rows = await viewRows();
      const art = rows.find(r => r.node.kind === 'article' && r.node.article.uri === f.uri.toString());
      return art && art.children.find(c => c.node.kind === 'annotation' && c.node.annotation.id === a.id);
    }, 20000);
    assert.equal(back.node.annotation.text, 'जापानी संस्था');
    assert.equal(back.node.annotation.label, 'PARTNER');
    assert.ok(!(await viewRows()).some(r => r.node.kind === 'orphans'), 'the Orphaned group is gone');
    await doc.save();
  });

  test('annotations: Export Annotations (brat) writes .ann with the annotation in code points', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lekh-export-'));
    try {
      const r = await vscode.commands.executeCommand('lekh.annotation.export', { format: 'brat', outDir: out, includeAutomatic: true });
      assert.ok(r && r.articles >= 1 && r.annotations >= 1, JSON.stringify(r));
      const rel = vscode.workspace.asRelativePath(state.uri).replace(/\.txt$/, '.ann');
      const ann = fs.readFileSync(path.join(out, rel), 'utf8');
      const text = fs.readFileSync(path.join(out, rel.replace(/\.ann$/, '.txt')), 'utf8');
      const cp = [...text.slice(0, text.indexOf(WORD))].length;
      const line = ann.split('\n').find(l => l.includes(`\t${WORD}`) && l.startsWith('T'));
      assert.ok(line, `a T line for ${WORD} in ${ann.slice(0, 400)}`);
      assert.match(line, new RegExp(`^T\\d+\\tORGANIZATION ${cp} ${cp + [...WORD].length}\\t`));
      assert.match(ann, /AnnotatorNotes T\d+\tRBI की समिति/);
      log(`  ${rel}: ${ann.split('\n').filter(Boolean).length} lines, e.g. ${line}`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
};
