/**
 * Number words of Hindi and English news: cardinals 0–99 with their spelling variants,
 * scale words, the fraction words सवा/साढ़े/पौने/डेढ़/ढाई, ordinal suffixes and ordinal words,
 * and the arithmetic that joins them (`दो करोड़ पचास लाख`, `11.5 लाख करोड़`, `ढाई सौ`).
 *
 * Provenance: the cardinal list is the standard Hindi number series as taught in school
 * grammars; the variants are spellings seen in print (निन्यानवे/निन्यानबे, अट्ठाईस/अठाईस,
 * छह/छः/छे …). All lookups go through `numberKey`, so nukta and chandrabindu variants fold.
 */
import { keyedMap, numberKey } from './numberKey';

// Index = value. Several spellings per number, the first is the canonical one.
const HINDI_0_99: readonly string[] = [
  'शून्य', 'एक', 'दो', 'तीन', 'चार', 'पांच पाँच पाच', 'छह छः छै छे', 'सात', 'आठ', 'नौ',
  'दस', 'ग्यारह ग्यारा इग्यारह', 'बारह बारा', 'तेरह तेरा', 'चौदह चौदा', 'पंद्रह पन्द्रह पंद्रा', 'सोलह सोला', 'सत्रह सत्तरह सतरह', 'अठारह अट्ठारह अठ्ठारह', 'उन्नीस उन्निस उनीस',
  'बीस', 'इक्कीस इक्किस', 'बाईस बाइस', 'तेईस तेइस', 'चौबीस', 'पच्चीस पचीस', 'छब्बीस', 'सत्ताईस सत्ताइस सताईस', 'अट्ठाईस अठाईस अठ्ठाईस', 'उनतीस उन्तीस',
  'तीस', 'इकतीस इकत्तीस इकतिस', 'बत्तीस', 'तैंतीस तेंतीस तैतीस तेतीस', 'चौंतीस चौतीस', 'पैंतीस पैतीस', 'छत्तीस', 'सैंतीस सैतीस', 'अड़तीस अड़त्तीस', 'उनतालीस उनचालीस उन्तालीस',
  'चालीस चालिस', 'इकतालीस इकतालिस', 'बयालीस बियालीस बयालिस', 'तैंतालीस तेंतालीस तैतालीस', 'चौवालीस चवालीस चौंवालीस', 'पैंतालीस पैतालीस', 'छियालीस छयालीस', 'सैंतालीस सैतालीस', 'अड़तालीस अड़तालिस', 'उनचास उन्चास',
  'पचास', 'इक्यावन इकावन', 'बावन', 'तिरेपन तिरपन', 'चौवन चव्वन', 'पचपन', 'छप्पन', 'सत्तावन सतावन', 'अट्ठावन अठावन', 'उनसठ उन्सठ',
  'साठ', 'इकसठ एकसठ', 'बासठ', 'तिरसठ', 'चौंसठ चौसठ', 'पैंसठ पैसठ', 'छियासठ', 'सड़सठ सरसठ', 'अड़सठ', 'उनहत्तर उन्हत्तर',
  'सत्तर', 'इकहत्तर इकत्तर', 'बहत्तर बहात्तर', 'तिहत्तर', 'चौहत्तर', 'पचहत्तर पिचहत्तर पचत्तर', 'छिहत्तर छियत्तर', 'सतहत्तर सत्तहत्तर', 'अठहत्तर अठत्तर', 'उन्यासी उनासी उनयासी',
  'अस्सी', 'इक्यासी इकासी', 'बयासी बियासी', 'तिरासी', 'चौरासी', 'पचासी', 'छियासी', 'सत्तासी', 'अट्ठासी अठासी', 'नवासी नवासी',
  'नब्बे', 'इक्यानबे इक्यानवे इकानबे इकानवे', 'बानबे बानवे', 'तिरानबे तिरानवे', 'चौरानबे चौरानवे', 'पंचानबे पंचानवे पिचानवे', 'छियानबे छियानवे', 'सत्तानबे सत्तानवे', 'अट्ठानबे अट्ठानवे अठानवे', 'निन्यानबे निन्यानवे निन्नानवे',
];

const ENGLISH_0_19 = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function cardinalEntries(): [string, number][] {
  const out: [string, number][] = [];
  HINDI_0_99.forEach((spellings, n) => {
    for (const s of spellings.split(' ')) {
      out.push([s, n]);
      // ट्ठ/ठ्ठ/ठ and ब/व in -नबे/-नवे vary freely in print.
      if (s.includes('ट्ठ')) out.push([s.replace('ट्ठ', 'ठ्ठ'), n]);
      // -लीस is often printed with a short i (पैंतालिस, सैंतालिस).
      if (s.endsWith('लीस')) out.push([s.slice(0, -2) + 'िस', n]);
      // -ाईस likewise (अट्ठाइस, सत्ताइस).
      if (s.endsWith('ाईस') && !spellings.split(' ').includes(s.slice(0, -2) + 'इस')) out.push([s.slice(0, -2) + 'इस', n]);
    }
  });
  ENGLISH_0_19.forEach((s, n) => out.push([s, n]));
  ENGLISH_TENS.forEach((s, n) => { if (s) out.push([s, n * 10]); });
  return out;
}

/** Cardinal word (match key) → value 0–99. */
export const CARDINAL_BY_KEY: ReadonlyMap<string, number> = keyedMap(cardinalEntries());

/**
 * English number words written in Devanagari (फ़िफ़्टी टू, थ्री डज़न, माइनस वन), as heard in
 * spoken and sports Hindi. Kept apart from CARDINAL_BY_KEY: they join only each other (tens and
 * units, as in English) and a few are ordinary Hindi words too (ENGLISH_DEVA_WEAK).
 */
export const ENGLISH_DEVA_BY_KEY: ReadonlyMap<string, number> = keyedMap<number>(([
  ['वन', 1], ['टू', 2], ['थ्री', 3], ['फोर', 4], ['फ़ोर', 4], ['फाइव', 5], ['फ़ाइव', 5], ['सिक्स', 6], ['सेवन', 7], ['सेवेन', 7], ['एट', 8], ['एइट', 8], ['नाइन', 9],
  ['टेन', 10], ['इलेवन', 11], ['ट्वेल्व', 12], ['थर्टीन', 13], ['फोर्टीन', 14], ['फ़ोर्टीन', 14], ['फिफ्टीन', 15], ['फ़िफ़्टीन', 15], ['सिक्सटीन', 16],
  ['सेवनटीन', 17], ['सेवेनटीन', 17], ['एटीन', 18], ['एइटीन', 18], ['नाइनटीन', 19],
  ['ट्वेंटी', 20], ['ट्वेन्टी', 20], ['थर्टी', 30], ['फोर्टी', 40], ['फ़ोर्टी', 40], ['फॉर्टी', 40], ['फिफ्टी', 50], ['फ़िफ़्टी', 50], ['सिक्सटी', 60], ['सिक्स्टी', 60],
  ['सेवनटी', 70], ['सेवेंटी', 70], ['सेवेन्टी', 70], ['एटी', 80], ['एइटी', 80], ['नाइनटी', 90], ['नाइंटी', 90], ['नाइन्टी', 90],
] as const));

/**
 * English number words in Devanagari that are also common Hindi words or particles (वन "forest",
 * सेवन "consumption", टू, एट): a number only after a sign word (माइनस वन) or an English tens word
 * (ट्वेंटी वन), never alone.
 */
export const ENGLISH_DEVA_WEAK: ReadonlySet<string> = new Set(['वन', 'टू', 'सेवन', 'एट'].map(numberKey));

/** Scale words (match key) → multiplier. सौ is a scale word too: `ढाई सौ` = 250. */
export const SCALE_BY_KEY: ReadonlyMap<string, number> = keyedMap([
  ['सौ', 100], ['सैकड़ा', 100], ['hundred', 100], ['हंड्रेड', 100], ['थाउज़ेंड', 1e3], ['थाउजेंड', 1e3], ['थाउसेंड', 1e3], ['दर्जन', 12], ['डज़न', 12], ['dozen', 12],
  ['हज़ार', 1e3], ['हजार', 1e3], ['हज़ार', 1e3], ['thousand', 1e3], ['k', 1e3],
  ['लाख', 1e5], ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['lacs', 1e5],
  ['करोड़', 1e7], ['करोड', 1e7], ['crore', 1e7], ['crores', 1e7], ['cr', 1e7],
  ['अरब', 1e9], ['खरब', 1e11], ['नील', 1e13],
  ['मिलियन', 1e6], ['million', 1e6], ['mn', 1e6],
  ['बिलियन', 1e9], ['billion', 1e9], ['bn', 1e9],
  ['ट्रिलियन', 1e12], ['trillion', 1e12],
]);

/** Latin scale abbreviations that are only scales right after a number. */
export const WEAK_SCALES: ReadonlySet<string> = new Set(['k', 'cr', 'mn', 'bn']);

/**
 * Fraction words. `whole` is their own value when they stand alone (डेढ़, ढाई); `add` is added
 * to a following cardinal (साढ़े तीन = 3.5); `times` multiplies a following scale word (सवा लाख).
 */
export interface FractionWord { whole?: number; add?: number; times?: number }
export const FRACTION_BY_KEY: ReadonlyMap<string, FractionWord> = keyedMap<FractionWord>([
  ['सवा', { add: 0.25, times: 1.25 }],
  ['साढ़े', { add: 0.5, times: 1.5 }],
  ['साढे', { add: 0.5, times: 1.5 }],
  ['पौने', { add: -0.25, times: 0.75 }],
  ['पौन', { whole: 0.75 }],
  ['डेढ़', { whole: 1.5 }],
  ['डेढ', { whole: 1.5 }],
  ['ढाई', { whole: 2.5 }],
  ['अढ़ाई', { whole: 2.5 }],
  ['आधा', { whole: 0.5 }],
]);
// आधा ("half") is listed for arithmetic after a scale word only; alone it is no figure.

/** Ordinal suffixes written after digits: 80वीं, 5वां, 21st. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(
  ['वां', 'वीं', 'वें', 'वा', 'वी', 'वे', 'वाँ', 'वेँ', 'st', 'nd', 'rd', 'th', 'ला', 'ली', 'ले', 'रा', 'री', 'रे', 'था', 'थी', 'थे', 'ठा', 'ठी', 'ठे'].map(numberKey),
);

/** Ordinal words → value. Our contract does not mark them as FIGURE; exported for the checks and the Recognizers-Text comparison. */
export const ORDINAL_WORD_BY_KEY: ReadonlyMap<string, number> = keyedMap(ordinalWordEntries());

function ordinalWordEntries(): [string, number][] {
  const out: [string, number][] = [];
  const special: [string, number][] = [['पहला', 1], ['पहली', 1], ['पहले', 1], ['प्रथम', 1], ['दूसरा', 2], ['दूसरी', 2], ['दूसरे', 2], ['द्वितीय', 2], ['तीसरा', 3], ['तीसरी', 3], ['तीसरे', 3], ['तृतीय', 3], ['चौथा', 4], ['चौथी', 4], ['चौथे', 4], ['चतुर्थ', 4], ['छठा', 6], ['छठी', 6], ['छठे', 6], ['छटा', 6], ['छठवां', 6]];
  out.push(...special);
  HINDI_0_99.forEach((spellings, n) => {
    if (n < 5 || n === 6) return;
    for (const s of spellings.split(' ')) for (const suf of ['वां', 'वीं', 'वें', 'वाँ', 'वा']) out.push([s + suf, n]);
  });
  for (const [s, v] of [['सौ', 100], ['हज़ार', 1000], ['हजार', 1000], ['लाख', 1e5], ['करोड़', 1e7], ['अरब', 1e9], ['खरब', 1e11]] as const) for (const suf of ['वां', 'वीं', 'वें', 'वाँ', 'वा']) out.push([s + suf, v]);
  return out;
}

/** Renders a number as a plain decimal string without exponent or float noise (`11500000000000`, `6.5`). */
export function formatNumber(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  if (!Number.isFinite(x)) return String(x);
  const r = Number(x.toPrecision(15));
  let s = String(r);
  if (/e/i.test(s)) {
    // Very large or very small: fall back to fixed notation and trim zeros.
    s = Math.abs(r) >= 1 ? BigInt(Math.round(r)).toString() : r.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  return s;
}

/** Value of a digit token (ASCII or Devanagari digits, with , grouping and . decimals), or undefined if malformed. */
export function digitValue(raw: string): { value: number; grouping?: 'indian' | 'international'; devanagari: boolean; decimals: number; intDigits: number } | undefined {
  let devanagari = false;
  let s = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x0966 && c <= 0x096f) { devanagari = true; s += String.fromCharCode(c - 0x0966 + 48); } else s += raw[i];
  }
  const dot = s.indexOf('.');
  if (dot !== s.lastIndexOf('.')) return undefined; // 1.2.3: a version or section number
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.includes(',')) return undefined;
  let grouping: 'indian' | 'international' | undefined;
  let digits = intPart;
  if (intPart.includes(',')) {
    const groups = intPart.split(',');
    const last = groups[groups.length - 1];
    if (last.length !== 3 || groups[0].length === 0 || groups[0].length > 3) return undefined;
    const mids = groups.slice(1, -1);
    if (mids.every((g) => g.length === 3)) grouping = 'international';
    else if (mids.every((g) => g.length === 2) && groups[0].length <= 2) grouping = 'indian';
    else return undefined;
    digits = groups.join('');
  }
  if (!/^\d+$/.test(digits)) return undefined;
  return { value: Number(digits + (frac ? '.' + frac : '')), grouping, devanagari, decimals: frac.length, intDigits: digits.length };
}

/**
 * Joins a sequence of number parts into one value: cardinals add, scale words multiply what
 * precedes them, a larger scale after a completed group multiplies the total (`11.5 लाख करोड़`).
 * Parts are numbers (`{n}`) and scales (`{scale}`); returns undefined for an ill-formed sequence.
 */
export type NumberPart = { n: number } | { scale: number } | { frac: FractionWord };
export function combineParts(parts: readonly NumberPart[]): number | undefined {
  let total = 0;
  let current = 0;
  let haveCurrent = false;
  let lastScale = Infinity;
  let pendingFrac: FractionWord | undefined;
  for (const p of parts) {
    if ('frac' in p) {
      if (haveCurrent || pendingFrac) return undefined;
      if (p.frac.whole !== undefined) { current = p.frac.whole; haveCurrent = true; } else pendingFrac = p.frac;
    } else if ('n' in p) {
      if (haveCurrent && !(current >= 100 && current % 100 === 0 && p.n < 100)) return undefined; // "दो तीन" is two numbers
      const v = pendingFrac ? p.n + (pendingFrac.add ?? 0) : p.n;
      pendingFrac = undefined;
      current = haveCurrent ? current + v : v;
      haveCurrent = true;
    } else {
      const s = p.scale;
      if (pendingFrac) { current = pendingFrac.times ?? 1; haveCurrent = true; pendingFrac = undefined; }
      if (s === 100) {
        current = (haveCurrent ? current : 1) * 100;
        haveCurrent = true;
        continue;
      }
      if (!haveCurrent) {
        if (total > 0 && lastScale < s) { total *= s; lastScale = s; continue; }
        current = 1;
      }
      total += current * s;
      current = 0;
      haveCurrent = false;
      lastScale = s;
    }
  }
  if (pendingFrac) return undefined;
  return total + (haveCurrent ? current : 0);
}
