// The command line as scripts and CI call it: dist/cli.js, its exact output shapes and exit codes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

const ARTICLE = 'पुणे में जल संकट\n\nपुणे, 5 मई 2026: महाराष्ट्र सरकार ने बुधवार को 250 करोड़ रुपये की योजना घोषित की।\n';
let dir;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-cli-'));
  writeFileSync(path.join(dir, 'pune.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'bad.txt'), 'रूीसी सेना\n');
  writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([1, 2, 0, 3]));
  writeFileSync(path.join(dir, 'dct.json'), JSON.stringify({ 'pune.txt': '2026-05-07' }));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('spans prints one JSON object a line with UTF-16 offsets', () => {
  const r = run(['spans', path.join(dir, 'pune.txt')]);
  assert.equal(r.status, 0, r.stderr);
  const spans = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  for (const s of spans) {
    assert.deepEqual(Object.keys(s), ['doc', 'type', 'start', 'end', 'text', 'value']);
    assert.equal(s.doc, 'pune.txt');
    assert.equal(ARTICLE.slice(s.start, s.end), s.text);
  }
  assert.ok(spans.some((s) => s.type === 'FIGURE' && s.text === '250 करोड़' && s.value === '2500000000 INR'), r.stdout);
  const wed = spans.find((s) => s.type === 'DATE' && s.text === 'बुधवार');
  // 5 May 2026 is a Tuesday; 'घोषित की' is past tense, so बुधवार is the Wednesday before.
  assert.equal(wed.value, '2026-04-29');
});

test('--dct overrides the date in the text', () => {
  const r = run(['spans', '--dct', path.join(dir, 'dct.json'), path.join(dir, 'pune.txt')]);
  const wed = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((s) => s.type === 'DATE' && s.text === 'बुधवार');
  assert.equal(wed.value, '2026-05-06');
});

test('spans --jsonl reads sentences on stdin', () => {
  const input = [JSON.stringify({ id: 'a', text: 'भारत ने 3 सितंबर को 15,000 सैनिक भेजे।', dct: '2025-09-04' }), JSON.stringify({ id: 7, text: '' })].join('\n');
  const r = run(['spans', '--jsonl'], input);
  assert.equal(r.status, 0, r.stderr);
  const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(a.id, 'a');
  assert.ok(a.spans.some((s) => s.type === 'DATE' && s.value === '2025-09-03'));
  assert.ok(a.spans.some((s) => s.type === 'FIGURE' && s.value === '15000'));
  assert.deepEqual(b, { id: 7, spans: [] });
});

test('check --format json: 0-based positions, exit 1 on an error, binary skipped on stderr', () => {
  const r = run(['check', '--format', 'json', dir]);
  assert.equal(r.status, 1);
  const results = JSON.parse(r.stdout);
  const d = results.find((x) => x.code === 'devanagari.double-vowel-sign');
  assert.deepEqual([path.basename(d.file), d.line, d.character, d.endLine, d.endCharacter, d.severity], ['bad.txt', 0, 0, 0, 5, 'error']);
  assert.deepEqual(Object.keys(d), ['file', 'line', 'character', 'endLine', 'endCharacter', 'code', 'severity', 'message']);
  assert.match(r.stderr, /blob\.txt: binary/);
});

test('check on a clean article exits 0', () => {
  const r = run(['check', path.join(dir, 'pune.txt')]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /1 articles checked: 0 errors/);
});

test('bad usage exits 2 with a message', () => {
  for (const args of [[], ['frobnicate'], ['check', '--format', 'xml', dir], ['spans'], ['spans', '--dct', '/nonexistent.json', dir]]) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^lekh: /);
  }
});

test('a reader that closes the pipe early (| head) ends the CLI quietly with exit 0', () => {
  // `head -c 1` closes its end after one byte; the CLI must not die with an EPIPE stack trace.
  const many = path.join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 30; i++) writeFileSync(path.join(many, `many-${i}.txt`), ARTICLE.repeat(20));
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${cli}" summary "${many}" | head -c 1 >/dev/null`], { encoding: 'utf8' });
  assert.doesNotMatch(r.stderr, /EPIPE|Error|at /);
  assert.equal(r.status, 0);
});
