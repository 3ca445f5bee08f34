#!/usr/bin/env node
// The CPU time of a hover (issue 7), in process: an index of generated articles (the LSP
// benchmark's, ~3 KB each, and one of 100 KB), then a hover on the middle of every span of the
// long article, several rounds. CPU time (process.cpuUsage) rather than wall time, so a machine
// shared with other work gives comparable figures; hovers during which V8 collected garbage are
// counted apart.
//
//   node test/bench/hover-bench.mjs [--articles=N] [--rounds=R]
//
// Prints the percentiles of all hovers, of those without a collection, the cost by span type,
// and the slowest spans.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { build } from 'esbuild';
import { loadCorpus, makeArticle, percentile } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(process.env.LEKH_SHARED ?? path.join(root, '../shared'));
const dir = process.env.LEKH_BENCH_DIR ?? path.join(shared, 'eval/external/hindi-text-corpus');
const arg = (name, dflt) => +(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt);
const n = arg('articles', 2000);
const rounds = arg('rounds', 4);

const out = path.join(root, 'dist/bench-hover.js');
await build({
  stdin: { contents: "export * from './server/src/core';\nexport { hover } from './server/src/features/hover';\nexport { LineMap } from './server/src/convert';\nexport { articlesByDate } from './server/src/core/corpus/articleOrder';\n", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning',
});
const { CorpusIndex, hover, LineMap, articlesByDate } = createRequire(import.meta.url)(out);

const corpus = loadCorpus(dir);
const index = new CorpusIndex();
const started = performance.now();
for (let k = 0; k < n; k++) index.set(`file:///ws/desk-${Math.floor(k / 100)}/article-${k}.txt`, makeArticle(corpus.lines, k));
const bigId = 'file:///ws/long-read.txt';
const big = index.set(bigId, makeArticle(corpus.lines, n + 1, 100 * 1024));
articlesByDate(index);
index.articlesSharingFigures(big);
const indexMs = performance.now() - started;
const lines = new LineMap(big.text);

const collections = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) collections.push([e.startTime, e.startTime + e.duration]); }).observe({ entryTypes: ['gc'] });
const spans = index.spansWithCorpus(bigId);
const samples = [];
for (let r = 0; r < rounds; r++) {
  for (const s of spans) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    hover(index.get(bigId), index, lines, (s.start + s.end) >> 1);
    const c = process.cpuUsage(c0);
    // The first round fills per-article tables (date order, entity lists): not counted.
    if (r > 0) samples.push({ ms: (c.user + c.system) / 1000, t0, t1: performance.now(), type: s.type, text: s.text, source: s.source });
  }
}
await new Promise((resolve) => setTimeout(resolve, 50));
const collected = (x) => collections.some(([a, b]) => a < x.t1 && b > x.t0);
const stats = (xs) => ({ n: xs.length, p50: +percentile(xs, 50).toFixed(3), p99: +percentile(xs, 99).toFixed(3), max: +Math.max(...xs).toFixed(3), sumMs: Math.round(xs.reduce((a, b) => a + b, 0)) });
const byType = {};
for (const x of samples) (byType[x.type] ??= []).push(x.ms);
console.log(JSON.stringify({
  articles: n + 1,
  indexMs: Math.round(indexMs),
  spans: spans.length,
  cpuMs: stats(samples.map((x) => x.ms)),
  cpuMsWithoutCollection: stats(samples.filter((x) => !collected(x)).map((x) => x.ms)),
  byType: Object.fromEntries(Object.entries(byType).map(([t, xs]) => [t, stats(xs)])),
  slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 8).map((x) => `${x.ms.toFixed(2)} ms ${x.type} ${x.text} (${x.source})${collected(x) ? ' during a collection' : ''}`),
}, null, 2));
