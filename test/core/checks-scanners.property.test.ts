import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkMixedScripts } from '../../server/src/core/checks/devanagari';

// The mixed-digits check walks from each Devanagari digit to the ends of its number instead of
// matching every number with a regular expression; it finds exactly the numbers that expression found.

const MIXED_DIGITS = /[0-9\u0966-\u096F](?:[0-9\u0966-\u096F]|[.,:\/-](?=[0-9\u0966-\u096F]))*/g;

/** [start, end] of every number mixing the two digit sets, as the expression found them. */
function mixedDigitsByRegex(text: string): number[][] {
  const out: number[][] = [];
  MIXED_DIGITS.lastIndex = 0;
  for (let m = MIXED_DIGITS.exec(text); m; m = MIXED_DIGITS.exec(text)) {
    if (/[0-9]/.test(m[0]) && /[\u0966-\u096F]/.test(m[0])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Pieces that make the edge cases likely: digits of both sets, separators between and around them, letters. */
const piece = fc.constantFrom('0', '5', '९', '०', '१', '.', ',', ':', '/', '-', '2०', '.5', '१२,', ' ', '\n', 'क', 'ा', 'x', 'a', '\u0970', '।', '\u0965');
const texts = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

test('checkMixedScripts finds the numbers its regular expression found', () => {
  fc.assert(
    fc.property(texts, (text) => {
      const found = checkMixedScripts(text)
        .filter((f) => f.code === 'devanagari.mixed-digits')
        .map((f) => [f.start, f.end]);
      assert.deepEqual(found, mixedDigitsByRegex(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

test('mixed numbers after separators at the text start and end, and a pure Devanagari number next to an ASCII one', () => {
  const text = '-३5 और १२,००० या 12,000 तथा ३.5% और ५/6';
  assert.deepEqual(checkMixedScripts(text).map((f) => text.slice(f.start, f.end)), ['३5', '३.5', '५/6']);
});
