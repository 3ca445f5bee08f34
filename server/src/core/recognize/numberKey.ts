/**
 * Match keys for number and date words.
 *
 * The text is never rewritten: these keys are built beside it, only for looking words up.
 * A key folds the spelling variants Hindi news writes for the same word: nukta (ज़/ज, ड़/ड,
 * precomposed or decomposed), chandrabindu/anusvara (पाँच/पांच), ZWJ/ZWNJ, visarga as in छः,
 * Latin case and Devanagari digits.
 */

// Precomposed nukta letters U+0958–U+095F and their base letters.
const NUKTA_BASE: Record<number, number> = {
  0x0958: 0x0915, 0x0959: 0x0916, 0x095a: 0x0917, 0x095b: 0x091c,
  0x095c: 0x0921, 0x095d: 0x0922, 0x095e: 0x092b, 0x095f: 0x092f,
};

/** True when `s` holds a character the key folds (so the raw string is not already a key). */
const FOLD_RE = /[\u0901\u093C\u0958-\u095F\u200C\u200DA-Z\u0966-\u096F]/;
function needsFolding(s: string): boolean {
  return FOLD_RE.test(s);
}

/** The match key of one word: nukta dropped, chandrabindu → anusvara, no ZWJ/ZWNJ, Latin lower case, ASCII digits. */
export function numberKey(s: string): string {
  if (!needsFolding(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x093c || c === 0x200c || c === 0x200d) continue;
    if (c === 0x0901) out += '\u0902';
    else if (c >= 0x0958 && c <= 0x095f) out += String.fromCharCode(NUKTA_BASE[c]);
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else if (c >= 0x0966 && c <= 0x096f) out += String.fromCharCode(c - 0x0966 + 48);
    else out += s[i];
  }
  return out;
}

/** Builds a lookup map whose keys are the match keys of the given spellings. */
export function keyedMap<V>(entries: Iterable<readonly [string, V]>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [k, v] of entries) {
    const key = numberKey(k);
    if (!m.has(key)) m.set(key, v);
  }
  return m;
}
