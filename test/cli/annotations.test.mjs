// `lekh export` and `lekh import` end to end on temporary folders: files written, round trips,
// errors; and the smaller run of the kill test (npm run reliability runs 1,000 kills).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync, existsSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runKillTest, runTwoWritersTest } from '../reliability/kill-writer.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = (args, cwd) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });

// Our own sentences; the emoji makes code-point and UTF-16 offsets differ.
const ARTICLE = 'पुणे में लू का असर 😀\n\nपुणे, 8 अप्रैल: महाराष्ट्र के पुणे ज़िले में लू से 14 लोग अस्पताल में भर्ती हुए। ज़िला स्वास्थ्य अधिकारी डॉ. सुनीता काले ने कहा कि "स्थिति नियंत्रण में है"।\n';
const OTHER = 'मौसम विभाग की चेतावनी\n\nलखनऊ, 9 अप्रैल: उत्तर प्रदेश में अगले तीन दिन तेज़ गर्मी रहेगी।\n';
let dir;
let ws;
const store = (root, rel) => path.join(root, '.lekh', 'annotations', ...rel.split('/')) + '.json';
const cpOf = (text, i) => [...text.slice(0, i)].length;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-ann-cli-'));
  ws = path.join(dir, 'ws');
  mkdirSync(path.join(ws, 'news'), { recursive: true });
  writeFileSync(path.join(ws, 'news', 'pune.txt'), ARTICLE);
  writeFileSync(path.join(ws, 'news', 'lucknow.txt'), OTHER);
  // A brat file beside the article, as brat keeps them: two annotations, one with a note, and one
  // span equal to an automatic one (not stored: the analyser finds it anyway).
  const city = ARTICLE.indexOf('पुणे ज़िले');
  const s = ARTICLE.indexOf('सुनीता काले');
  const q = ARTICLE.indexOf('स्थिति नियंत्रण में है');
  writeFileSync(
    path.join(ws, 'news', 'pune.ann'),
    `T1\tOFFICIAL ${cpOf(ARTICLE, s)} ${cpOf(ARTICLE, s + 'सुनीता काले'.length)}\tसुनीता काले\n` +
      `T2\tQUOTE ${cpOf(ARTICLE, q)} ${cpOf(ARTICLE, q + 'स्थिति नियंत्रण में है'.length)}\tस्थिति नियंत्रण में है\n` +
      `#1\tAnnotatorNotes T2\tअधिकारी का बयान\n` +
      `T3\tLOC ${cpOf(ARTICLE, city)} ${cpOf(ARTICLE, city + 'पुणे'.length)}\tपुणे\n`,
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('import --format brat reads .ann beside .txt into .lekh/annotations/', () => {
  const r = run(['import', '--format', 'brat', '--root', ws, path.join(ws, 'news', 'pune.ann')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /news\/pune\.txt: 2 added, 0 updated, 0 removed, 1 automatic spans not stored/);
  const doc = JSON.parse(readFileSync(store(ws, 'news/pune.txt'), 'utf8'));
  assert.equal(doc.items.length, 2);
  const quote = doc.items.find((i) => i.target.selector[0].exact === 'स्थिति नियंत्रण में है');
  assert.ok(quote.body.some((b) => b.purpose === 'commenting' && b.value === 'अधिकारी का बयान'));
  // Importing the same file again changes nothing.
  const again = run(['import', '--format', 'brat', '--root', ws, path.join(ws, 'news', 'pune.ann')]);
  assert.match(again.stdout, /0 added, 0 updated, 0 removed/);
});

for (const format of ['brat', 'conll', 'jsonl', 'w3c']) {
  test(`export --format ${format} then import into a fresh copy gives back the same store`, () => {
    const out = path.join(dir, `out-${format}`);
    const r = run(['export', '--format', format, '--out', out, '--root', ws, path.join(ws, 'news')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 articles exported/);
    const files = readdirSync(path.join(out, ...(format === 'jsonl' ? [] : ['news']))).sort();
    const expected = {
      brat: ['lucknow.ann', 'lucknow.lekh.json', 'lucknow.txt', 'pune.ann', 'pune.lekh.json', 'pune.txt'],
      conll: ['lucknow.conll', 'lucknow.lekh.json', 'pune.conll', 'pune.lekh.json'],
      jsonl: ['annotations.jsonl'],
      w3c: ['lucknow.jsonld', 'pune.jsonld'],
    }[format];
    assert.deepEqual(files, expected);
    const fresh = path.join(dir, `fresh-${format}`);
    cpSync(path.join(ws, 'news'), path.join(fresh, 'news'), { recursive: true });
    const imp = run(['import', '--format', format, '--root', fresh, out]);
    assert.equal(imp.status, 0, imp.stderr + imp.stdout);
    assert.equal(readFileSync(store(fresh, 'news/pune.txt'), 'utf8'), readFileSync(store(ws, 'news/pune.txt'), 'utf8'));
    assert.ok(!existsSync(store(fresh, 'news/lucknow.txt')), 'no store for an article without annotations');
  });
}

test('export includes the automatic spans unless --no-auto', () => {
  const out = path.join(dir, 'auto');
  run(['export', '--format', 'brat', '--out', out, '--root', ws, path.join(ws, 'news', 'pune.txt')]);
  const ann = readFileSync(path.join(out, 'news', 'pune.ann'), 'utf8');
  assert.match(ann, /\tDATE \d+ \d+\t8 अप्रैल/);
  assert.match(ann, /\tFIGURE \d+ \d+\t14/);
  const bare = path.join(dir, 'bare');
  const r = run(['export', '--format', 'brat', '--no-auto', '--out', bare, '--root', ws, path.join(ws, 'news', 'pune.txt')]);
  assert.equal(r.status, 0);
  assert.equal(readFileSync(path.join(bare, 'news', 'pune.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T')).length, 2);
  const conll = path.join(dir, 'conll-check');
  run(['export', '--format', 'conll', '--out', conll, '--root', ws, path.join(ws, 'news', 'pune.txt')]);
  const lines = readFileSync(path.join(conll, 'news', 'pune.conll'), 'utf8').split('\n');
  assert.ok(lines.includes('सुनीता\tB-OFFICIAL') && lines.includes('काले\tI-OFFICIAL'), 'CoNLL BIO with Devanagari tokens; the user label wins');
  assert.ok(lines.includes('पुणे\tB-LOC'));
});

test('a corrupt store: export and import report path:line:column, exit 1, and leave it untouched', () => {
  const root = path.join(dir, 'corrupt');
  cpSync(ws, root, { recursive: true });
  const p = store(root, 'news/pune.txt');
  const broken = readFileSync(p, 'utf8').replace('"type": "AnnotationCollection",', '"type": "AnnotationCollection"');
  writeFileSync(p, broken);
  const ex = run(['export', '--format', 'jsonl', '--out', path.join(dir, 'c-out'), '--root', root, path.join(root, 'news')]);
  assert.equal(ex.status, 1);
  assert.match(ex.stderr, /pune\.txt\.json:\d+:\d+: not valid JSON/);
  assert.match(ex.stdout, /lucknow\.txt/, 'the other article is still exported');
  const im = run(['import', '--format', 'brat', '--root', root, path.join(root, 'news', 'pune.ann')]);
  assert.equal(im.status, 1);
  assert.match(im.stderr, /pune\.txt\.json:\d+:\d+: .*nothing imported/);
  assert.equal(readFileSync(p, 'utf8'), broken);
});

test('usage errors exit 2 with a message; --help lists export and import', () => {
  const bad = run(['export', '--format', 'xml', '--out', dir, ws]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be brat, conll, jsonl, w3c/);
  assert.equal(run(['export', '--format', 'brat', ws]).status, 2);
  assert.equal(run(['import', ws]).status, 2);
  const help = run(['--help']);
  assert.match(help.stdout, /lekh export --format brat\|conll\|jsonl\|w3c --out DIR/);
  assert.match(help.stdout, /lekh import --format brat\|conll\|jsonl\|w3c/);
});

test('import reports a bad JSONL line by number and imports the rest', () => {
  const root = path.join(dir, 'jsonl-bad');
  cpSync(path.join(ws, 'news'), path.join(root, 'news'), { recursive: true });
  const s = OTHER.indexOf('उत्तर प्रदेश');
  const lines = ['{"text": ', JSON.stringify({ text: OTHER, spans: [{ start: cpOf(OTHER, s), end: cpOf(OTHER, s + 'उत्तर प्रदेश'.length), label: 'REGION' }], meta: { article: 'news/lucknow.txt' } })];
  writeFileSync(path.join(root, 'in.jsonl'), lines.join('\n') + '\n');
  const r = run(['import', '--format', 'jsonl', '--root', root, path.join(root, 'in.jsonl')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /in\.jsonl: line 1: not JSON/);
  const doc = JSON.parse(readFileSync(store(root, 'news/lucknow.txt'), 'utf8'));
  assert.equal(doc.items[0].body[0].value, 'REGION');
});

test('killing the store writer at random moments: 0 corrupt, 0 lost (50 kills)', async () => {
  const r = await runKillTest({ kills: 50, parallel: 4 });
  assert.equal(r.kills, 50);
  assert.deepEqual(r.problems, []);
  assert.equal(r.corrupt, 0);
  assert.equal(r.lost, 0);
  assert.ok(r.saves > 0);
});

test('a rejected automatic span (an ignored annotation) is not exported; an entity annotation replaces the automatic one', () => {
  const root = path.join(dir, 'ignored');
  cpSync(path.join(ws, 'news'), path.join(root, 'news'), { recursive: true });
  const d = ARTICLE.indexOf('8 अप्रैल');
  const m = ARTICLE.indexOf('महाराष्ट्र');
  const item = (id, start, end, extra) => ({
    id: `urn:lekh:annotation:${id}`,
    type: 'Annotation',
    created: '2026-04-08T00:00:00.000Z',
    modified: '2026-04-08T00:00:00.000Z',
    target: { source: 'news/pune.txt', selector: [{ type: 'TextQuoteSelector', exact: ARTICLE.slice(start, end) }, { type: 'TextPositionSelector', start, end }] },
    ...extra,
  });
  const w3c = [item('ign1', d, d + '8 अप्रैल'.length, { 'lekh:origin': 'ignored', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'DATE' }] }), item('org1', m, m + 'महाराष्ट्र'.length, { body: [{ type: 'TextualBody', purpose: 'classifying', value: 'ORGANIZATION' }] })];
  writeFileSync(path.join(root, 'in.jsonld'), JSON.stringify(w3c));
  const imp = run(['import', '--format', 'w3c', '--root', root, path.join(root, 'in.jsonld')]);
  assert.equal(imp.status, 0, imp.stderr);
  assert.match(imp.stdout, /2 added/);
  const out = path.join(dir, 'ignored-out');
  assert.equal(run(['export', '--format', 'brat', '--out', out, '--root', root, path.join(root, 'news', 'pune.txt')]).status, 0);
  const ann = readFileSync(path.join(out, 'news', 'pune.ann'), 'utf8');
  assert.ok(!ann.includes('\t8 अप्रैल'), ann);
  assert.match(ann, /\tORGANIZATION \d+ \d+\tमहाराष्ट्र\n/);
  assert.ok(!/\tLOCATION \d+ \d+\tमहाराष्ट्र\n/.test(ann));
});

test('two writer processes on one store file (two windows), killed at random: neither loses the other’s saves', async () => {
  const r = await runTwoWritersTest({ rounds: 4 });
  assert.deepEqual(r.problems, []);
  assert.equal(r.corrupt + r.lost, 0);
  assert.ok(r.saves > 4);
});
