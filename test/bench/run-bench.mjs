#!/usr/bin/env node
// npm run bench: the cost of analysis, each figure beside a floor measured in the same run.
//
//   node test/bench/run-bench.mjs [--json]
//
// Floor: one regex word pass (/[\p{L}\p{M}\p{N}]+/gu, counting matches) over the same text.
// Input: ../shared/eval/external/hindi-text-corpus/*.txt (7.5 MB), or $LEKH_BENCH_DIR.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(process.env.LEKH_SHARED ?? path.join(root, '../shared'));
const dir = process.env.LEKH_BENCH_DIR ?? path.join(shared, 'eval/external/hindi-text-corpus');
const asJson = process.argv.includes('--json');
if (!existsSync(dir)) {
  console.error(`bench: no corpus at ${dir}`);
  process.exit(2);
}

// Bundle the core façade once, so the bench measures the same code the server runs.
const out = path.join(root, 'dist/bench-core.js');
await build({ entryPoints: [path.join(root, 'server/src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning' });
const core = createRequire(import.meta.url)(out);

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
// Articles: the corpus is one sentence a line; group lines into article-sized chunks (~3 KB).
const articles = [];
let bytes = 0;
for (const f of files) {
  const text = readFileSync(path.join(dir, f), 'utf8');
  bytes += Buffer.byteLength(text);
  let chunk = [];
  let len = 0;
  for (const line of text.split('\n')) {
    chunk.push(line);
    len += line.length;
    if (len > 3000) {
      articles.push(chunk.join('\n'));
      chunk = [];
      len = 0;
    }
  }
  if (chunk.length) articles.push(chunk.join('\n'));
}

function floorPass() {
  const t = performance.now();
  let n = 0;
  for (const a of articles) {
    const re = /[\p{L}\p{M}\p{N}]+/gu;
    while (re.exec(a)) n++;
  }
  return { ms: performance.now() - t, words: n };
}

function analysePass() {
  const stages = {};
  const t = performance.now();
  for (const a of articles) {
    const r = core.analyzeArticle(a, { timings: true });
    for (const [k, v] of Object.entries(r.timings)) stages[k] = (stages[k] ?? 0) + v;
  }
  return { ms: performance.now() - t, stages };
}

function indexPass() {
  const t = performance.now();
  const ix = new core.CorpusIndex();
  articles.forEach((a, i) => ix.set(String(i), a));
  const entities = ix.entities().length;
  return { ms: performance.now() - t, entities };
}

// Warm up (JIT, lazy tables), then take the median of three runs.
floorPass();
analysePass();
const median = (runs, key = 'ms') => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
const floors = [floorPass(), floorPass(), floorPass()];
const analyses = [analysePass(), analysePass(), analysePass()];
const indexes = [indexPass(), indexPass(), indexPass()];
const floor = median(floors);
const analysis = analyses.sort((a, b) => a.ms - b.ms)[1];
const index = median(indexes);

const result = {
  corpus: { files: files.length, articles: articles.length, megabytes: +(bytes / 1048576).toFixed(2), words: floors[0].words },
  floorMs: +floor.toFixed(1),
  analysisMs: +analysis.ms.toFixed(1),
  analysisRatio: +(analysis.ms / floor).toFixed(2),
  stages: Object.fromEntries(Object.entries(analysis.stages).map(([k, v]) => [k, { ms: +v.toFixed(1), ratio: +(v / floor).toFixed(2) }])),
  indexMs: +index.toFixed(1),
  indexRatio: +(index / floor).toFixed(2),
  entities: indexes[0].entities,
};
if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`corpus: ${result.corpus.files} files, ${result.corpus.articles} article-sized chunks, ${result.corpus.megabytes} MB, ${result.corpus.words} words`);
  console.log(`floor (one regex word pass): ${result.floorMs} ms`);
  console.log('stage               ms      × floor');
  for (const [k, v] of Object.entries(result.stages)) console.log(`${k.padEnd(16)} ${String(v.ms).padStart(8)}  ${v.ratio.toFixed(2).padStart(7)}`);
  console.log(`${'analysis (all)'.padEnd(16)} ${String(result.analysisMs).padStart(8)}  ${result.analysisRatio.toFixed(2).padStart(7)}`);
  console.log(`${'corpus index'.padEnd(16)} ${String(result.indexMs).padStart(8)}  ${result.indexRatio.toFixed(2).padStart(7)}   (${result.entities} distinct entities)`);
}
