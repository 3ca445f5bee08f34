import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { annotate, editArb, emptyTally, formatTally, runOnce } from '../reliability/reanchorSim';

// The smaller run of test/reliability/reanchor-edits.mjs (npm run reliability runs 1,000).
test('property: after realistic edits every annotation is re-anchored or orphaned, ≥ 99 % of intact ones at the right place', () => {
  const dir = fileURLToPath(new URL('../../sample/', import.meta.url));
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      return { text, file: annotate(text) };
    });
  const tally = emptyTally();
  fc.assert(
    fc.property(fc.nat({ max: articles.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (i, edits) => {
      const before = tally.lost;
      runOnce(articles[i].text, articles[i].file, edits, tally);
      return tally.lost === before;
    }),
    { numRuns: 200 },
  );
  assert.equal(tally.lost, 0);
  assert.ok(tally.intact > 5000, formatTally(tally));
  assert.ok(tally.intactRight / tally.intact >= 0.99, formatTally(tally));
  // Wholly deleted text must almost never be claimed elsewhere.
  assert.ok(tally.deletedAnchored <= tally.deleted * 0.05, formatTally(tally));
});
