// `lekh check`: text, json and SARIF output, --fix, --checks, exit codes (0 clean, 1 errors, 2 bad usage).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const run = (args, cwd) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });

const CLEAN = 'पुणे में जल संकट\n\nपुणे, 5 मई 2026: महाराष्ट्र सरकार ने 250 करोड़ रुपये की योजना घोषित की।\n';
const MESSY = [
  'रेलवे ने चलाईं 120 विशेष ट्रेनें',
  '',
  'पटना, 14 अक्टूबर 2025: रेलवे ने 120 विशेष ट्रेनें चलाने का फैसला किया है, जिनमें 40 ट्रेनें दिल्ली के के लिए चलेंगी।',
  'ये भी पढ़ें:',
  'सुरक्षा बल के ३5 जवान हर स्टेशन पर तैनात रहेंगे और रूीसी डिब्बे नहीं लगेंगे।',
  'Loading...',
  '',
].join('\n');

let dir;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lekh-check-'));
  writeFileSync(path.join(dir, 'clean.txt'), CLEAN);
  writeFileSync(path.join(dir, 'messy.txt'), MESSY);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a clean article: no problems, exit 0', () => {
  const r = run(['check', path.join(dir, 'clean.txt')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 articles checked: 0 errors, 0 other problems\./);
});

test('text: file:line:col: severity code: message; exit 1 with an error', () => {
  const r = run(['check', path.join(dir, 'messy.txt')]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /messy\.txt:3:\d+: warning devanagari\.doubled-word: “के” is written twice/);
  assert.ok(lines.some((l) => /messy\.txt:4:1: warning residue\.boilerplate:/.test(l)));
  assert.ok(lines.some((l) => /messy\.txt:5:\d+: error devanagari\.double-vowel-sign:/.test(l)));
  assert.match(lines.at(-1), /1 articles checked: 1 errors, 4 other problems\./);
});

test('json keeps its shape: an array of {file, line, character, endLine, endCharacter, code, severity, message}', () => {
  const r = run(['check', '--format', 'json', path.join(dir, 'messy.txt')]);
  assert.equal(r.status, 1);
  const results = JSON.parse(r.stdout);
  assert.equal(results.length, 5);
  for (const x of results) assert.deepEqual(Object.keys(x), ['file', 'line', 'character', 'endLine', 'endCharacter', 'code', 'severity', 'message']);
  const dw = results.find((x) => x.code === 'devanagari.doubled-word');
  assert.equal(MESSY.split('\n')[dw.line].slice(dw.character, dw.endCharacter), 'के के');
});

test('sarif: SARIF 2.1.0 with the catalogue as rules, 1-based UTF-16 regions, levels and fixes', () => {
  const r = run(['check', '--format', 'sarif', 'messy.txt'], dir);
  assert.equal(r.status, 1);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const [sarifRun] = log.runs;
  assert.equal(sarifRun.tool.driver.name, 'Lekh');
  assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
  const rules = sarifRun.tool.driver.rules;
  assert.ok(rules.some((x) => x.id === 'residue.boilerplate' && x.defaultConfiguration.level === 'warning' && x.shortDescription.text));
  assert.equal(sarifRun.results.length, 5);
  for (const res of sarifRun.results) {
    assert.equal(rules[res.ruleIndex].id, res.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(res.level));
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'messy.txt');
  }
  const dw = sarifRun.results.find((x) => x.ruleId === 'devanagari.doubled-word');
  const reg = dw.locations[0].physicalLocation.region;
  assert.equal(reg.startLine, 3);
  assert.equal(MESSY.split('\n')[2].slice(reg.startColumn - 1, reg.endColumn - 1), 'के के');
  assert.equal(dw.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '');
  assert.equal(sarifRun.results.find((x) => x.ruleId === 'devanagari.double-vowel-sign').level, 'error');
});

test('--fix applies the safe fixes, says what it changed, and reports what is left', () => {
  const file = path.join(dir, 'fixme.txt');
  writeFileSync(file, MESSY);
  const r = run(['check', '--fix', file]);
  assert.equal(r.status, 1, 'the double vowel sign needs a person: still an error');
  assert.match(r.stdout, /fixme\.txt:3:\d+: fixed devanagari\.doubled-word: Remove the second “के”/);
  assert.match(r.stdout, /fixed residue\.boilerplate: Remove this line/);
  assert.match(r.stdout, /fixed devanagari\.mixed-digits: Write it as “३५”/);
  assert.match(r.stdout, /4 problems fixed/);
  const after = readFileSync(file, 'utf8');
  assert.equal(
    after,
    [
      'रेलवे ने चलाईं 120 विशेष ट्रेनें',
      '',
      'पटना, 14 अक्टूबर 2025: रेलवे ने 120 विशेष ट्रेनें चलाने का फैसला किया है, जिनमें 40 ट्रेनें दिल्ली के लिए चलेंगी।',
      'सुरक्षा बल के ३५ जवान हर स्टेशन पर तैनात रहेंगे और रूीसी डिब्बे नहीं लगेंगे।',
      '',
    ].join('\n'),
  );
  const again = run(['check', '--fix', '--format', 'json', file]);
  assert.equal(JSON.parse(again.stdout).length, 1, 'json stays parseable with --fix');
  assert.match(again.stderr, /0 problems fixed/);
});

test('--checks changes severities and turns checks off', () => {
  const r = run(['check', '--format', 'json', '--checks', '{"residue.*":"off","devanagari.double-vowel-sign":"warning","devanagari.doubled-word":"error"}', path.join(dir, 'messy.txt')]);
  assert.equal(r.status, 1);
  const results = JSON.parse(r.stdout);
  assert.deepEqual(results.map((x) => `${x.code} ${x.severity}`).sort(), [
    'devanagari.double-vowel-sign warning',
    'devanagari.doubled-word error',
    'devanagari.mixed-digits warning',
  ]);
  const off = run(['check', '--checks', '{"devanagari.double-vowel-sign":"off"}', path.join(dir, 'messy.txt')]);
  assert.equal(off.status, 0, 'no error left: exit 0');
});

test('bad usage exits 2', () => {
  assert.equal(run(['check', '--format', 'xml', path.join(dir, 'clean.txt')]).status, 2);
  assert.equal(run(['check']).status, 2);
  assert.equal(run(['check', '--checks', '{"no.such":"off"}', path.join(dir, 'clean.txt')]).status, 2);
  assert.equal(run(['check', '--nope', path.join(dir, 'clean.txt')]).status, 2);
});

test('several files: the same count of the same thing told differently is figure.corpus-mismatch, with the other article as related', () => {
  const story = mkdtempSync(path.join(tmpdir(), 'lekh-story-'));
  try {
    writeFileSync(path.join(story, 'a.txt'), 'जयपुर, 3 सितंबर 2025: जयपुर के पास बस हादसे में 12 लोगों की मौत हो गई।\n');
    writeFileSync(path.join(story, 'b.txt'), 'जयपुर, 4 सितंबर 2025: जयपुर बस हादसे में 14 लोगों की मौत हुई है।\n');
    writeFileSync(path.join(story, 'c.txt'), 'चेन्नई, 4 सितंबर 2025: चेन्नई में बाढ़ से 3 लोगों की मौत हो गई।\n');
    const r = run(['check', '.'], story);
    assert.equal(r.status, 0, 'information only: exit 0');
    const lines = r.stdout.trim().split('\n');
    const ia = lines.findIndex((l) => /^a\.txt:1:\d+: information figure\.corpus-mismatch: 12 लोगों की मौत here, but 14 in another article/.test(l));
    assert.ok(ia >= 0, r.stdout);
    assert.match(lines[ia + 1], /^ {2}b\.txt:1:\d+: 14 लोगों की मौत here$/);
    assert.ok(lines.some((l) => /^b\.txt:1:\d+: information figure\.corpus-mismatch: 14 लोगों की मौत here, but 12/.test(l)));
    assert.ok(!lines.some((l) => l.startsWith('c.txt')), 'another story is not compared');
    const json = JSON.parse(run(['check', '--format', 'json', '.'], story).stdout);
    const fa = json.find((x) => x.file === 'a.txt' && x.code === 'figure.corpus-mismatch');
    assert.equal(readFileSync(path.join(story, 'a.txt'), 'utf8').split('\n')[fa.line].slice(fa.character, fa.endCharacter), '12');
    assert.deepEqual(fa.related.map((x) => [x.file, x.message]), [['b.txt', '14 लोगों की मौत here']]);
    const sarifRun = JSON.parse(run(['check', '--format', 'sarif', '.'], story).stdout).runs[0];
    const sa = sarifRun.results.find((x) => x.ruleId === 'figure.corpus-mismatch' && x.locations[0].physicalLocation.artifactLocation.uri === 'a.txt');
    assert.equal(sa.relatedLocations[0].physicalLocation.artifactLocation.uri, 'b.txt');
    const off = run(['check', '--format', 'json', '--checks', '{"figure.*":"off"}', '.'], story);
    assert.ok(!JSON.parse(off.stdout).some((x) => x.code === 'figure.corpus-mismatch'), 'turned off with --checks');
    const one = run(['check', '--format', 'json', 'a.txt'], story);
    assert.ok(!JSON.parse(one.stdout).some((x) => x.code === 'figure.corpus-mismatch'), 'one file has nothing to compare with');
  } finally {
    rmSync(story, { recursive: true, force: true });
  }
});
