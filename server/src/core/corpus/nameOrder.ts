/**
 * The order of entity names in lists: the collator's, with most comparisons decided without it.
 *
 * `Intl.Collator.compare` costs about 0.3 µs a call, and ranking the corpus's entities by mention
 * count leaves thousands of ties to break by name (most entities are mentioned once). Two names
 * whose first letters differ at the primary level (not only in case or nukta) are ordered by those
 * letters alone, as no contraction in the root collation starts with a basic Latin or Devanagari
 * letter: each name's first letter class is worked out once, and the collator only compares names
 * that start alike or with another character. The result is the collator's order exactly (a
 * property test compares the two over generated names).
 */

const NAME_ORDER = new Intl.Collator();

/** Primary class of each basic Latin and Devanagari letter, in the collator's order; 0 = none. */
const FIRST_CLASS: Map<number, number> = (() => {
  const codes: number[] = [];
  const range = (a: number, b: number): void => {
    for (let c = a; c <= b; c++) codes.push(c);
  };
  range(0x41, 0x5a); // A-Z
  range(0x61, 0x7a); // a-z
  range(0x904, 0x939); // Devanagari independent vowels and consonants
  range(0x958, 0x961); // consonants with nukta, vocalic RR/LL
  range(0x972, 0x97f); // further Devanagari letters
  const letters = codes.map((c) => String.fromCharCode(c)).sort(NAME_ORDER.compare);
  const base = new Intl.Collator(NAME_ORDER.resolvedOptions().locale, { sensitivity: 'base' });
  const out = new Map<number, number>();
  let cls = 1;
  for (let i = 0; i < letters.length; i++) {
    if (i > 0 && base.compare(letters[i - 1], letters[i]) !== 0) cls++;
    out.set(letters[i].charCodeAt(0), cls);
  }
  return out;
})();

/** The primary class of a name's first letter, or 0 when it starts with another character. */
export function nameClass(name: string): number {
  return FIRST_CLASS.get(name.charCodeAt(0)) ?? 0;
}

/** Compares two names as the collator does, given their classes (nameClass). */
export function compareNames(a: string, aClass: number, b: string, bClass: number): number {
  if (aClass !== 0 && bClass !== 0 && aClass !== bClass) return aClass - bClass;
  return NAME_ORDER.compare(a, b);
}

/** Sorts records most mentioned first, then by name in the collator's order; returns the array. */
export function sortByMentionsThenName<T extends { mentionCount: number; name: string }>(records: T[]): T[] {
  const keyed = records.map((r) => ({ r, c: nameClass(r.name) }));
  keyed.sort((x, y) => y.r.mentionCount - x.r.mentionCount || compareNames(x.r.name, x.c, y.r.name, y.c));
  for (let i = 0; i < keyed.length; i++) records[i] = keyed[i].r;
  return records;
}
