import type { Finding } from '../types';
import { CHECKS } from './table';

// Dependent vowel signs (matras): U+093A–U+093B, U+093E–U+094C, U+094E–U+094F, U+0955–U+0957, U+0962–U+0963
// (not the nukta U+093C or the avagraha U+093D that sit in the same block).
const MATRA = '\u093A\u093B\u093E-\u094C\u094E\u094F\u0955-\u0957\u0962\u0963';
const DOUBLE_MATRA = new RegExp(`[${MATRA}][${MATRA}]`, 'g');
// A matra, virama or nukta right after the start of the text, a space or punctuation.
const SIGN_AT_START = new RegExp(`(^|[\\s"'“”‘’(\\[{,;:!?।॥-])([${MATRA}\\u093C\\u094D])`, 'gmu');
const WORD_CHAR = /[\u0900-\u0963\u0970-\u097F\u200C\u200D]/;

/** Widens [start, end) to the Devanagari word around it, so the squiggle covers the whole word. */
function wordAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && WORD_CHAR.test(text[s - 1])) s--;
  while (e < text.length && WORD_CHAR.test(text[e])) e++;
  return [s, e];
}

const name = (c: string) => `‘◌${c}’ (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;

/** Malformed Devanagari that no reader can pronounce: stacked vowel signs, signs with no consonant. */
export function checkDevanagari(text: string): Finding[] {
  const out: Finding[] = [];
  DOUBLE_MATRA.lastIndex = 0;
  for (let m = DOUBLE_MATRA.exec(text); m; m = DOUBLE_MATRA.exec(text)) {
    const i = m.index;
    const [s, e] = wordAround(text, i, i + 2);
    const word = text.slice(s, e);
    const keepFirst = word.slice(0, i + 1 - s) + word.slice(i + 2 - s);
    const keepSecond = word.slice(0, i - s) + word.slice(i + 1 - s);
    out.push({
      code: CHECKS.doubleVowelSign.id,
      severity: CHECKS.doubleVowelSign.defaultSeverity,
      start: s,
      end: e,
      message: `“${word}” has two vowel signs in a row, ${name(m[0][0])} and ${name(m[0][1])}. Keep the one you meant: “${keepFirst}” or “${keepSecond}”.`,
      fixes: [
        { title: `Change to “${keepFirst}”`, edits: [{ start: i + 1, end: i + 2, newText: '' }] },
        { title: `Change to “${keepSecond}”`, edits: [{ start: i, end: i + 1, newText: '' }] },
      ],
    });
    DOUBLE_MATRA.lastIndex = i + 1;
  }
  SIGN_AT_START.lastIndex = 0;
  for (let m = SIGN_AT_START.exec(text); m; m = SIGN_AT_START.exec(text)) {
    const i = m.index + m[1].length;
    const [, e] = wordAround(text, i, i + 1);
    const sign = m[2];
    out.push({
      code: CHECKS.vowelSignAtWordStart.id,
      severity: CHECKS.vowelSignAtWordStart.defaultSeverity,
      start: i,
      end: Math.max(e, i + 1),
      message: `The word starts with the sign ${name(sign)}, which needs a consonant before it. A letter was probably lost or a space slipped in.`,
      fixes:
        i > 0 && /[ \u00A0]/.test(text[i - 1]) && i > 1 && WORD_CHAR.test(text[i - 2])
          ? [{ title: 'Join to the previous word (remove the space)', edits: [{ start: i - 1, end: i, newText: '' }] }]
          : undefined,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
