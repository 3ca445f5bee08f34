#!/usr/bin/env node
// npm run eval: scores `lekh spans` against ../shared/eval (gold articles) and the external
// sentence suites in ../shared/eval/external, printing one table a suite.
//
//   node test/eval/run-eval.mjs [--json] [--only NAME]
//
// Reads ../shared (or $LEKH_SHARED); the product itself never needs it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(process.env.LEKH_SHARED ?? path.join(root, '../shared'));
const cli = path.join(root, 'dist/cli.js');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (!existsSync(path.join(shared, 'eval'))) {
  console.error(`eval: no shared data at ${shared}/eval (set LEKH_SHARED)`);
  process.exit(2);
}

function run(cmd, argv, input) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cmd, ...argv], { stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    const out = [];
    const err = [];
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.on('data', (d) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    if (input !== undefined) p.stdin.end(input);
    else p.stdin.end();
  });
}

/** Runs `lekh spans --jsonl` over sentence cases; returns id → spans. */
export async function runSpans(cases) {
  const input = cases.map((c) => JSON.stringify({ id: c.id, text: c.text, ...(c.dct ? { dct: c.dct } : {}) })).join('\n') + '\n';
  const { code, stdout, stderr } = await run(cli, ['spans', '--jsonl'], input);
  if (code !== 0 && code !== 1) throw new Error(`lekh spans --jsonl exited ${code}: ${stderr}`);
  const out = new Map();
  for (const line of stdout.split('\n')) if (line.trim()) {
    const r = JSON.parse(line);
    out.set(r.id, r.spans);
  }
  return out;
}

const fmt = (x) => (typeof x === 'number' ? (Number.isInteger(x) ? String(x) : x.toFixed(3)) : String(x ?? ''));
function table({ title, header, rows, notes }) {
  const cells = [header, ...rows].map((r) => r.map(fmt));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [`\n## ${title}`, line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  for (const n of notes ?? []) out.push(`  ${n}`);
  return out.join('\n');
}

async function goldSuite() {
  const { score } = await import(pathToFileURL(path.join(shared, 'eval/score.mjs')).href);
  const gold = readFileSync(path.join(shared, 'eval/gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const dir = path.join(shared, 'eval/articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const { code, stdout, stderr } = await run(cli, ['spans', '--dct', path.join(shared, 'eval/dct.json'), ...files]);
  if (code !== 0) throw new Error(`lekh spans exited ${code}: ${stderr}`);
  const system = stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const all = score(gold, system);
  const entityTypes = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT', 'IGNORE']);
  const ents = score(gold.filter((s) => entityTypes.has(s.type)), system.filter((s) => entityTypes.has(s.type))).ALL;
  const header = ['type', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'value acc.'];
  const row = (t, m) => [t, m.tp, m.fp, m.fn, m.precision, m.recall, m.f1, m.valueAccuracy ?? ''];
  const rows = Object.entries(all).filter(([t]) => t !== 'ALL').map(([t, m]) => row(t, m));
  rows.push(row('5 entity types', ents), row('ALL', all.ALL));
  return { title: `Gold articles (${files.length} articles, ../shared/eval/gold.jsonl, exact spans)`, header, rows, metrics: { ...all, ENTITIES: ents } };
}

const suites = [{ name: 'gold', evaluate: goldSuite }];
const suiteDir = path.join(root, 'test/eval/suites');
for (const f of readdirSync(suiteDir).filter((f) => f.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(path.join(suiteDir, f)).href);
  suites.push({ name: f.replace(/\.mjs$/, ''), evaluate: () => mod.evaluate({ runSpans, shared }) });
}

const results = {};
let failed = false;
for (const s of suites) {
  if (only && s.name !== only) continue;
  const started = Date.now();
  try {
    const r = await s.evaluate();
    results[s.name] = r;
    if (!asJson) console.log(table(r) + `\n  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed = true;
    results[s.name] = { error: String(e?.stack ?? e) };
    console.error(`\n## ${s.name}: FAILED\n${e?.stack ?? e}`);
  }
}
if (asJson) console.log(JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);
