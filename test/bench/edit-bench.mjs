#!/usr/bin/env node
// In-process cost of re-analysing an edited 100 KB article (issue 7, edit latency), in CPU time
// (process.cpuUsage: the machine is shared, wall time is not what the work costs).
//
//   node test/bench/edit-bench.mjs [--edits=N] [--json]
//
// The article and the edits are the LSP benchmark's (lsp-bench.mjs): the long article of a
// generated workspace; a word inserted at a random line start, then removed, alternately. Each
// edit is analysed twice: from scratch (`analyzeArticle(text)`) and incrementally, reusing the
// previous analysis's paragraph results (`analyzeArticle(text, {}, memo)`); both must agree.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadCorpus, makeArticle, percentile } from './corpus.mjs';
import { loadCore } from './core-bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(process.env.LEKH_SHARED ?? path.join(root, '../shared'));
const dir = process.env.LEKH_BENCH_DIR ?? path.join(shared, 'eval/external/hindi-text-corpus');
const argv = process.argv.slice(2);
const edits = +(argv.find((a) => a.startsWith('--edits='))?.slice(8) ?? 200);

const core = await loadCore(root);
const corpus = loadCorpus(dir);
let text = makeArticle(corpus.lines, 2001, 100 * 1024);

/** CPU milliseconds (user + system) that `fn` takes. */
function cpu(fn) {
  const c = process.cpuUsage();
  const out = fn();
  const d = process.cpuUsage(c);
  return { ms: (d.user + d.system) / 1000, out };
}

let s = 1;
const rnd = (n) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s % n);
const WORD = 'ताज़ा ';
const lineStarts = () => { const out = [0]; for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1); return out; };
let inserted = -1;
const full = [];
const incr = [];
const stages = {};
const memo = core.createAnalysisMemo ? core.createAnalysisMemo() : undefined;
if (memo) core.analyzeArticle(text, {}, memo);
// Warm up the JIT on both paths.
for (let i = 0; i < 5; i++) core.analyzeArticle(text);
let mismatches = 0;
for (let i = 0; i < edits; i++) {
  if (inserted >= 0) { text = text.slice(0, inserted) + text.slice(inserted + WORD.length); inserted = -1; }
  else { const starts = lineStarts(); inserted = starts[rnd(starts.length)]; text = text.slice(0, inserted) + WORD + text.slice(inserted); }
  const a = cpu(() => core.analyzeArticle(text, { timings: true }));
  full.push(a.ms);
  for (const [k, v] of Object.entries(a.out.timings)) stages[k] = (stages[k] ?? 0) + v;
  if (memo) {
    const b = cpu(() => core.analyzeArticle(text, {}, memo));
    incr.push(b.ms);
    a.out.timings = undefined;
    if (!isDeepStrictEqual(a.out, b.out)) mismatches++;
  }
}
const r = (x) => +x.toFixed(2);
const result = {
  articleKB: r(Buffer.byteLength(text) / 1024),
  edits,
  fullCpuMs: { p50: r(percentile(full, 50)), p90: r(percentile(full, 90)), p99: r(percentile(full, 99)) },
  stagesMsPerEdit: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, r(v / edits)])),
  ...(memo ? { incrementalCpuMs: { p50: r(percentile(incr, 50)), p90: r(percentile(incr, 90)), p99: r(percentile(incr, 99)) }, mismatches } : {}),
};
console.log(JSON.stringify(result, null, argv.includes('--json') ? 0 : 2));
