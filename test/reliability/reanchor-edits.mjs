// Randomised realistic edits (fast-check) on the sample articles, then re-anchoring: prints how
// many annotations were re-anchored at the right place, orphaned, or placed wrongly.
// Run: node --import tsx test/reliability/reanchor-edits.mjs [runs] [seed]   (npm run reliability)
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import fc from 'fast-check';
import { annotate, editArb, emptyTally, formatTally, runOnce } from './reanchorSim.ts';

const runs = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 20261122);
const dir = fileURLToPath(new URL('../../sample/', import.meta.url));
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = readFileSync(path.join(dir, f), 'utf8');
  return { name: f, text, file: annotate(text) };
});
const tally = emptyTally();
const t0 = performance.now();
fc.assert(
  fc.property(fc.nat({ max: articles.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (i, edits) => {
    const a = articles[i];
    const before = tally.lost;
    runOnce(a.text, a.file, edits, tally);
    return tally.lost === before;
  }),
  { numRuns: runs, seed },
);
const anns = articles.reduce((n, a) => n + a.file.annotations.length, 0);
console.log(`re-anchoring after realistic edits: ${runs} runs (fast-check seed ${seed}), ${articles.length} sample articles with ${anns} annotations, 1–8 edits a run, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(formatTally(tally));
const rate = tally.intactRight / tally.intact;
console.log(`right-place rate for annotations whose text survived: ${(100 * rate).toFixed(2)} % (goal ≥ 99 %)`);
process.exitCode = tally.lost === 0 && rate >= 0.99 ? 0 : 1;
