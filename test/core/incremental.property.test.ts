import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeArticle, createAnalysisMemo, CorpusIndex, paragraphsOf } from '../../server/src/core';

const sampleDir = path.join(__dirname, '../../sample');
const samples = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(sampleDir, f), 'utf8'));

/** Pieces an editor types: words, numbers, dates, figures, line breaks and blank lines, signs. */
const piece = fc.constantFrom(
  'ताज़ा ', 'नई दिल्ली, 12 फरवरी 2025 (भाषा): ', '5 करोड़ रुपये', '१२,००० ', '3.5 प्रतिशत ', 'कल ', 'पिछले सप्ताह ',
  '\n', '\n\n', '\r\n\r\n', ' ', '।', 'की की ', 'ि', 'ा', '\u200d', 'प्रधानमंत्री नरेंद्र मोदी ', 'ISRO ', '(एनसीएलटी)',
  'जयपुर नगर निगम ', '15 मार्च से 20 मार्च तक ', '₹2,50,000 ', '1,00,000 ', 'x',
);

/** An edit: delete `remove` code units at a relative position and insert `insert` there. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.array(piece, { maxLength: 3 }).map((a) => a.join('')) });

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

test('paragraphs cover the text exactly, each after the blank lines that end the one before', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b ', '\n', '\n\n', '\r\n', ' \n \n', '\t'), { maxLength: 30 }).map((a) => a.join('')), (text) => {
      const ps = paragraphsOf(text);
      assert.equal(ps[0][0], 0);
      assert.equal(ps[ps.length - 1][1], text.length);
      for (let i = 1; i < ps.length; i++) {
        assert.equal(ps[i][0], ps[i - 1][1]);
        assert.match(text.slice(ps[i - 1][0], ps[i - 1][1]), /\n[ \t]*\r?\n$/);
      }
    }),
  );
});

test('incremental analysis equals full analysis after random edits of the sample articles', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (k, edits, withOptions) => {
      const options = withOptions ? { referenceDate: '2025-03-10', figureGrouping: 'indian' as const, checks: { 'devanagari.*': 'hint' as const } } : {};
      const memo = createAnalysisMemo();
      let text = samples[k];
      assert.deepEqual(analyzeArticle(text, options, memo), analyzeArticle(text, options));
      for (const e of edits) {
        text = apply(text, e);
        assert.deepEqual(analyzeArticle(text, options, memo), analyzeArticle(text, options));
      }
    }),
    { numRuns: 60 },
  );
});

test('an edited article in the corpus index is analysed as a fresh one would be', () => {
  const corpus = new CorpusIndex();
  let text = samples[0];
  corpus.set('a', text);
  for (const insert of ['ताज़ा ', '\n\n5 करोड़ रुपये ', 'की की ']) {
    text = text.slice(0, 200) + insert + text.slice(200);
    assert.deepEqual(corpus.set('a', text).analysis, analyzeArticle(text));
  }
});
