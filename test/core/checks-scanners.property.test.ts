import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkMixedScripts, checkSigns } from '../../server/src/core/checks/devanagari';

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

/** Where the nukta check finds a misplaced nukta, as /([^\u093C])\u093C/g and the letter tests found it. */
function badNuktasByRegex(text: string): number[] {
  const out: number[] = [];
  const re = /([^\u093C])\u093C/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/[\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F]/.test(m[1]) || !/[\u0900-\u0963\u0971-\u097F]/.test(m[1])) continue;
    out.push(m.index + 1);
  }
  return out;
}

test('a nukta is reported after exactly the letters the expression and letter tests reported, for every code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    if (c === 0x093c) continue;
    const text = `ब${String.fromCharCode(c)}\u093Cर \u093C${String.fromCharCode(c)}\u093C`;
    const found = checkSigns(text)
      .filter((f) => f.message.includes(' on ‘'))
      .map((f) => f.fixes![0].edits[0].start);
    assert.deepEqual(found, badNuktasByRegex(text), `U+${c.toString(16)}`);
  }
});
