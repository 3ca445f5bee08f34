// The checks before publishing (issue 6): precision on clean articles, recall on injected problems.
//
// (a) Each clean written article in ../shared/eval/articles/dev_*.txt: how many warnings and errors
//     `lekh check` reports (goal: at most one an article; information and hints are not counted).
// (b) test/checks/injected/: articles written for this suite with problems injected by hand, listed
//     in expectations.json as {file, line, code}. A problem is found when a finding with its code
//     starts on its line (any severity); every other finding, of any severity, is a false positive. Set
//     LEKH_CHECKS_INJECTED to a folder of the same form to measure another set.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'checks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(root, 'dist/cli.js');

function check(files) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, 'check', '--format', 'json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.on('data', (d) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`lekh check exited ${code}: ${Buffer.concat(err)}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')));
    });
  });
}

const counted = (r) => r.severity === 'error' || r.severity === 'warning';

export async function evaluate({ shared }) {
  const rows = [];
  const notes = [];
  // (a) clean articles
  const dir = path.join(shared, 'eval/articles');
  const clean = readdirSync(dir).filter((f) => /^dev_.*\.txt$/.test(f)).sort();
  const cleanResults = clean.length ? await check(clean.map((f) => path.join(dir, f))) : [];
  let over = 0;
  for (const f of clean) {
    const mine = cleanResults.filter((r) => path.basename(r.file) === f && counted(r));
    if (mine.length > 1) over++;
    rows.push([`clean ${f}`, mine.length, '', '', '', '', mine.map((r) => r.code).join(' ')]);
  }
  notes.push(`clean articles: ${clean.length - over}/${clean.length} with at most one warning or error (goal: all).`);

  // (b) injected problems
  const injected = path.resolve(process.env.LEKH_CHECKS_INJECTED ?? path.join(root, 'test/checks/injected'));
  const expFile = path.join(injected, 'expectations.json');
  if (!existsSync(expFile)) throw new Error(`no ${expFile}`);
  const expected = JSON.parse(readFileSync(expFile, 'utf8')).problems;
  const files = [...new Set(expected.map((e) => e.file)), ...readdirSync(injected).filter((f) => f.endsWith('.txt'))];
  // Every finding counts here, information and hints too: a problem is found whatever its severity,
  // and any finding that is not an injected problem is a false positive.
  const results = await check([...new Set(files)].map((f) => path.join(injected, f)));
  const per = new Map();
  const stat = (code) => per.get(code) ?? (per.set(code, { n: 0, tp: 0, fp: 0 }), per.get(code));
  const used = new Set();
  for (const e of expected) {
    const s = stat(e.code);
    s.n++;
    const hit = results.findIndex((r, i) => !used.has(i) && path.basename(r.file) === e.file && r.line + 1 === e.line && r.code === e.code);
    if (hit >= 0) {
      used.add(hit);
      s.tp++;
    } else notes.push(`missed: ${e.file}:${e.line} ${e.code}`);
  }
  results.forEach((r, i) => {
    if (used.has(i)) return;
    stat(r.code).fp++;
    notes.push(`false positive: ${path.basename(r.file)}:${r.line + 1} ${r.code}`);
  });
  let N = 0, TP = 0, FP = 0;
  for (const [code, s] of [...per].sort()) {
    N += s.n; TP += s.tp; FP += s.fp;
    rows.push([code, s.n, s.tp, s.fp, s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1, s.n ? s.tp / s.n : 1, '']);
  }
  rows.push(['ALL injected', N, TP, FP, TP + FP ? TP / (TP + FP) : 1, N ? TP / N : 1, '']);
  notes.unshift(`injected set: ${path.relative(root, injected) || injected} (${expected.length} problems in ${new Set(expected.map((e) => e.file)).size} articles); found = same code on the same line.`);
  return {
    title: 'Checks before publishing: warnings+errors on clean articles; precision/recall on injected problems',
    header: ['check / article', 'problems', 'found', 'false pos.', 'precision', 'recall', 'codes'],
    rows,
    notes,
  };
}
