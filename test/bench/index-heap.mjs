#!/usr/bin/env node
// The heap an index of generated articles keeps (issue 7, server memory), measured after a full
// garbage collection, so it is the same on a loaded machine as on a quiet one.
//
//   node --expose-gc test/bench/index-heap.mjs [--articles=N]
//
// The articles are the LSP benchmark's (~3 KB each, from the corpus lines). Prints what each part
// of an index adds to the heap.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, makeArticle } from './corpus.mjs';
import { loadCore } from './core-bench.mjs';

if (typeof globalThis.gc !== 'function') {
  console.error('index-heap: run with node --expose-gc');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(process.env.LEKH_SHARED ?? path.join(root, '../shared'));
const dir = process.env.LEKH_BENCH_DIR ?? path.join(shared, 'eval/external/hindi-text-corpus');
const n = +(process.argv.find((a) => a.startsWith('--articles='))?.slice(11) ?? 2000);

const core = await loadCore(root);
const corpus = loadCorpus(dir);
const texts = [];
for (let k = 0; k < n; k++) texts.push(makeArticle(corpus.lines, k));
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1048576;
};
// Each step's growth of the heap: the recogniser tables (made at the first analysis), the
// process-wide word caches (filled by analysing every article once), the analyses kept, and the
// index's cross-article tables over those analyses.
const h0 = heap();
core.analyzeArticle(texts[0]);
const h1 = heap();
for (const t of texts) core.analyzeArticle(t);
const h2 = heap();
const analyses = texts.map((t) => core.analyzeArticle(t));
const h3 = heap();
const index = new core.CorpusIndex();
for (let k = 0; k < n; k++) index.set(`file:///ws/article-${k}.txt`, texts[k], {}, analyses[k]);
const h4 = heap();
const spans = analyses.reduce((sum, a) => sum + a.spans.length, 0);
const r = (x) => +x.toFixed(1);
console.log(
  JSON.stringify(
    {
      articles: n,
      spans,
      recogniserTablesMB: r(h1 - h0),
      wordCachesMB: r(h2 - h1),
      analysesMB: r(h3 - h2),
      bytesPerSpan: Math.round(((h3 - h2) * 1048576) / spans),
      indexTablesMB: r(h4 - h3),
      textsMB: r(texts.reduce((sum, t) => sum + t.length * 2, 0) / 1048576),
    },
    null,
    2,
  ),
);
