import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareNames, nameClass, sortByMentionsThenName } from '../../server/src/core/corpus/nameOrder';

// Entity lists are ordered by mention count, then by name in the collator's order; most names are
// compared by the class of their first letter instead of by the collator. The order must be the
// collator's exactly, for names in either script, with nukta, signs, case, digits and punctuation.

const collator = new Intl.Collator();

/** Pieces that make the edge cases likely: letters with nukta and signs, both cases, other starts. */
const piece = fc.constantFrom(
  'क', 'क़', '\u0958', 'ख', 'ख़', 'ग', 'ज़', 'ज', 'फ़', 'फ', 'ड़', 'ड', 'अ', 'आ', 'ऑ', 'ए', 'ऐ', 'श', 'ष', 'स', 'ह', 'ऋ', 'ॠ',
  'ा', 'ि', 'ी', 'ं', 'ँ', 'ः', '्', '़', 'ॉ', '\u200d', '\u200c',
  'a', 'A', 'b', 'B', 'z', 'Z', 'é', 'É', 'æ', '1', '९', ' ', '-', "'", '(', '"',
);
const names = fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

test('compareNames agrees in sign with the collator for every pair of names', () => {
  fc.assert(
    fc.property(names, names, (a, b) => {
      assert.equal(Math.sign(compareNames(a, nameClass(a), b, nameClass(b))), Math.sign(collator.compare(a, b)), `${a} / ${b}`);
    }),
    { numRuns: 20000 },
  );
});

test('sortByMentionsThenName gives the order of the plain collator sort', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ name: names, mentionCount: fc.integer({ min: 1, max: 3 }) }), { maxLength: 40 }), (records) => {
      const expected = records.slice().sort((x, y) => y.mentionCount - x.mentionCount || collator.compare(x.name, y.name));
      const got = sortByMentionsThenName(records.slice());
      assert.deepEqual(
        got.map((r) => [r.mentionCount, r.name]),
        expected.map((r) => [r.mentionCount, r.name]),
      );
    }),
    { numRuns: 2000 },
  );
});

test('names of a Hindi news index in the collator order: Latin and Devanagari, nukta and case', () => {
  const records = ['ज़िला परिषद', 'Reuters', 'जापान', 'भारत', 'reuters', 'अमेरिका', 'क़तर', 'कतर', '"द हिंदू"', 'ऑस्ट्रेलिया', 'BBC'].map((name) => ({ name, mentionCount: 1 }));
  const got = sortByMentionsThenName(records.slice()).map((r) => r.name);
  assert.deepEqual(got, records.map((r) => r.name).sort(collator.compare));
  assert.equal(got[got.length - 1], 'भारत');
});
