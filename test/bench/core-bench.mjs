// Points 1 and 2 of the benchmark, in process on the bundled core: cold analysis split by stage,
// and scaling (the corpus 1×, 4×, 16×; one 1 MB paragraph with no line break).
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { floorPass, medianRun, utf8Bytes } from './corpus.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const heapMB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

/** Bundles the core façade, so the bench measures the same code the server runs. */
export async function loadCore(root) {
  const out = path.join(root, 'dist/bench-core.js');
  await build({ entryPoints: [path.join(root, 'server/src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning' });
  return createRequire(import.meta.url)(out);
}

/** Point 1: every stage of the analysis of the corpus, and the corpus index, against the floor. */
export function coldAnalysis(core, corpus, runs = 3) {
  const { articles } = corpus;
  // The floor is measured before and after the analysis, and the faster median kept: right after
  // the core bundle is loaded, the same regex pass sometimes runs at 90-100 ms instead of its steady
  // 55-60 ms (seen as whole runs in one mode or the other), which made every ratio swing by 1.7x.
  const floorBefore = medianRun(() => floorPass(articles), runs);
  let analyses;
  const analysis = medianRun(() => {
    const stages = {};
    const results = [];
    const t = performance.now();
    for (const a of articles) {
      const r = core.analyzeArticle(a, { timings: true });
      for (const [k, v] of Object.entries(r.timings)) stages[k] = (stages[k] ?? 0) + v;
      results.push(r);
    }
    const ms = performance.now() - t;
    analyses = results;
    return { ms, stages };
  }, runs);
  // The index alone: adding the analyses already made, and listing the entities.
  let entities = 0;
  const index = medianRun(() => {
    const t = performance.now();
    const ix = new core.CorpusIndex();
    articles.forEach((a, i) => ix.set(String(i), a, {}, analyses[i]));
    entities = ix.entities().length;
    return { ms: performance.now() - t };
  }, runs);
  const floorAfter = medianRun(() => floorPass(articles), runs);
  const floor = floorAfter.ms < floorBefore.ms ? floorAfter : floorBefore;
  const stages = { ...analysis.stages, index: index.ms };
  const total = Object.values(stages).reduce((x, y) => x + y, 0);
  return { floorMs: floor.ms, words: floor.words, stages, analysisMs: analysis.ms, totalMs: total, entities };
}

/** Time and memory of a CorpusIndex holding the corpus repeated `times` times. */
function indexRepeated(core, articles, times) {
  const before = heapMB();
  const ix = new core.CorpusIndex();
  const t = performance.now();
  for (let r = 0; r < times; r++) articles.forEach((a, i) => ix.set(`${r}/${i}`, a));
  ix.entities();
  const ms = performance.now() - t;
  const mb = heapMB() - before;
  return { ix, ms, heapMB: mb };
}

/** Point 2: scaling with the size of the corpus, and one long paragraph. */
export function scaling(core, corpus, factors = [1, 4, 16]) {
  const { articles, bytes } = corpus;
  const rows = [];
  let base;
  for (const n of factors) {
    const floor = floorPass(articles).ms * n;
    const r = indexRepeated(core, articles, n);
    r.ix = undefined;
    const row = { times: n, megabytes: (bytes * n) / 1048576, ms: r.ms, heapMB: r.heapMB, floorMs: floor };
    base ??= row;
    row.timeGrowth = r.ms / base.ms / (n / base.times);
    row.memoryGrowth = r.heapMB / base.heapMB / (n / base.times);
    rows.push(row);
  }
  // One paragraph of 1 MB with no line break, against the same text as ordinary lines.
  const lines = corpus.lines;
  const parts = [];
  let size = 0;
  for (let i = 0; size < 1048576; i = (i + 1) % lines.length) {
    parts.push(lines[i]);
    size += utf8Bytes(lines[i]) + 1;
  }
  const paragraph = parts.join(' ');
  const asLines = parts.join('\n');
  // The same lines cut into articles of ~3,000 characters, as loadCorpus cuts the corpus: the
  // same words, so only the shape of the text differs from the paragraph.
  const asArticles = [];
  for (let i = 0, chunk = [], len = 0; i < parts.length; i++) {
    chunk.push(parts[i]);
    len += parts[i].length;
    if (len > 3000 || i === parts.length - 1) {
      asArticles.push(chunk.join('\n'));
      chunk = [];
      len = 0;
    }
  }
  const mb = utf8Bytes(paragraph) / 1048576;
  // Each measurement starts from a collected heap, so none pays for the garbage the scaled
  // indexes above left behind (the first one measured used to).
  const timeOf = (text) => {
    heapMB();
    return medianRun(() => {
      const t = performance.now();
      core.analyzeArticle(text);
      return { ms: performance.now() - t };
    }, 3).ms;
  };
  const paragraphMs = timeOf(paragraph);
  const linesMs = timeOf(asLines);
  heapMB();
  const articlesMs = medianRun(() => {
    const t = performance.now();
    for (const a of asArticles) core.analyzeArticle(a);
    return { ms: performance.now() - t };
  }, 3).ms;
  const paragraphFloor = medianRun(() => floorPass([paragraph]), 3).ms;
  return {
    rows,
    paragraph: { megabytes: mb, ms: paragraphMs, msPerMB: paragraphMs / mb, sameTextAsLinesMsPerMB: linesMs / mb, sameTextAsArticlesMsPerMB: articlesMs / mb, articles: asArticles.length, floorMs: paragraphFloor },
  };
}
