/**
 * The FIGURE recogniser: numbers that state a quantity, in digits (Western or Indian grouping,
 * Devanagari digits, decimals), in Hindi or English words with scale words and fractions,
 * digit ordinals, percentages and amounts of money (shared/ANNOTATION.md).
 *
 * A figure covers the number with what is written attached to it (`₹500`, `50%`, `80वीं`,
 * `38.4°C`) and its scale words (`2.5 लाख`, `छह हज़ार`); a unit written as a separate word after
 * it (`45 प्रतिशत`, `148 करोड़ रुपये`) stays outside the span but enters the value.
 */
import type { Span, FigureAttrs } from '../types';
import { isClusterBoundary, type Token } from '../text/tokens';
import { CARDINAL_BY_KEY, ENGLISH_DEVA_BY_KEY, ENGLISH_DEVA_WEAK, FRACTION_BY_KEY, ORDINAL_SUFFIXES, ORDINAL_WORD_BY_KEY, SCALE_BY_KEY, WEAK_SCALES, combineParts, digitValue, formatNumber, type NumberPart } from './numberWords';
import { FIGURE_UNIT_BY_KEY, CURRENCY_SYMBOLS, CURRENCY_PREFIX_WORDS, CURRENCY_SUFFIX_SIGNS, DOLLAR_PREFIXES, QUALIFIED_CURRENCY, BOUNDS_AFTER, BOUNDS_BEFORE, APPROXIMATORS, IDENTIFIER_CUES, MEASURE_WORDS, NOT_A_NOUN } from '../resources/figureWords';
import { buildWords, urlEnd, type Word } from './dateWords';
import { numberKey } from './numberKey';

/**
 * Finds FIGURE spans in `text`, never overlapping any of `dates` (numbers inside a date are
 * part of the date). `tokens` is `tokenize(text)`. Spans are sorted and never overlap.
 */
export function findFigures(text: string, tokens: readonly Token[], dates: readonly Span[]): Span[] {
  return findFiguresInWords(text, buildWords(tokens), dates);
}

/** As findFigures, over a prepared word view. */
export function findFiguresInWords(text: string, ws: Word[], dates: readonly Span[]): Span[] {
  const out: Span[] = [];
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  let di = 0;
  let i = 0;
  let prevStartW = -1;
  let prevEndW = -1;
  const n = ws.length;
  while (i < n) {
    const w = ws[i];
    while (di < sortedDates.length && sortedDates[di].end <= w.t.start) di++;
    if (di < sortedDates.length && sortedDates[di].start < w.t.end) { i++; continue; }
    const kind = w.t.kind;
    const k = w.k;
    if (kind === 'latin') {
      const u = urlEnd(ws, i);
      if (u > i) { i = u; continue; }
    }
    const maybe = kind === 'number' || (kind !== 'space' && FIGURE_STARTERS.has(k)) || ((k === '-' || k === '−' || k === '.') && i + 1 < n && (ws[i + 1].glued || w.nl) && ws[i + 1].t.kind === 'number');
    if (!maybe) { i++; continue; }
    let fig: FigureHit | undefined;
    // A digit fraction never reaches into the next date (2/3 अक्टूबर: the 3 is the date's day).
    const limit = di < sortedDates.length ? sortedDates[di].start : text.length;
    try {
      fig = matchFigure(text, ws, i, limit);
    } catch {
      fig = undefined;
    }
    if (!fig) { i++; continue; }
    const start = ws[fig.startW].t.start;
    const end = ws[fig.endW - 1].t.end;
    // Never overlap a date: cut the figure short of it, or drop it.
    const nextDate = di < sortedDates.length ? sortedDates[di] : undefined;
    if (nextDate && nextDate.start < end) { i++; continue; }
    if (!isClusterBoundary(text, start) || !isClusterBoundary(text, end)) { i++; continue; }
    const span: Span = { type: 'FIGURE', start, end, text: text.slice(start, end), value: fig.value, source: 'rule', figure: fig.attrs };
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev && prevEndW >= 0) shareScale(text, ws, prev, prevStartW, prevEndW, span, fig);
    out.push(span);
    prevStartW = fig.startW;
    prevEndW = fig.endW;
    i = fig.endW;
  }
  return out;
}

/** Words that join the two ends of a number range (10-20 लाख, पांच से आठ करोड़, 2 या 3 प्रतिशत). */
const RANGE_JOINERS = /^\s*(?:-|–|—|से|से लेकर|या|to)\s*$/;

/**
 * The two ends of a range share the scale word and the unit said after the second one: in
 * `10-20 लाख` the first is 10 लाख, in `5 से 12 प्रतिशत` it is 5 %. `prev` (words prevStartW to
 * prevEndW) is a bare number with no scale word or unit of its own, joined to `cur` by a range
 * word; it takes the scale only when it is no larger than the number before cur's scale words
 * (1000 से दस हजार keeps 1000).
 */
function shareScale(text: string, ws: readonly Word[], prev: Span, prevStartW: number, prevEndW: number, cur: Span, fig: FigureHit): void {
  const pf = prev.figure;
  if (!pf || pf.unit || pf.bound || pf.number === undefined || !RANGE_JOINERS.test(text.slice(prev.end, cur.start))) return;
  if (ws[fig.startW].nl) return;
  for (let w = prevStartW; w < prevEndW; w++) if (SCALE_BY_KEY.has(ws[w].k) || ws[w].t.kind === 'punct') return;
  const a = Number(pf.number);
  if (!(a > 0)) return;
  // cur: one number (a digit token, or number words without a scale word) then its scale words.
  let scale = 1;
  let e = fig.endW;
  while (e > fig.startW && ws[e - 1].t.kind !== 'number' && !SCALE_BY_KEY.has(ws[e - 1].k)) e--;
  let k = e;
  while (k > fig.startW && SCALE_BY_KEY.has(ws[k - 1].k) && !WEAK_SCALES.has(ws[k - 1].k)) { scale *= SCALE_BY_KEY.get(ws[k - 1].k)!; k--; }
  if (k === fig.startW) return;
  for (let w = fig.startW; w < k; w++) if (SCALE_BY_KEY.has(ws[w].k)) return;
  const cf = cur.figure ?? {};
  const unit = cf.unit === 'ordinal' ? undefined : cf.unit;
  if (scale === 1 && !unit) return;
  const b = Number(cf.number) / scale;
  // 1000 से दस हजार रुपये: the first end is larger than the number before the scale word, so it
  // keeps its value; the currency after the second end is still its unit.
  const value = a <= b ? a * scale : a;
  if (value === a && !(unit && a <= Number(cf.number))) return;
  const numStr = formatNumber(value);
  prev.figure = { ...pf, number: numStr, ...(unit ? { unit } : {}) };
  prev.value = unit ? `${numStr} ${unit}` : numStr;
}

/** आधा, आधे, आधी: "half", a figure only before a unit of measure or a bound (आधे से ज़्यादा). */
const HALF_WORDS: ReadonlySet<string> = new Set(['आधा', 'आधे', 'आधी'].map(numberKey));

/** Every word key that can start a figure (one lookup per word in the hot loop). */
const FIGURE_STARTERS: ReadonlySet<string> = new Set([...CARDINAL_BY_KEY.keys(), ...ENGLISH_DEVA_BY_KEY.keys(), ...HALF_WORDS, ...FRACTION_BY_KEY.keys(), ...CURRENCY_SYMBOLS.keys(), ...CURRENCY_PREFIX_WORDS.keys(), 'सौ', 'हजार', 'माइनस', 'minus', 'ऋण']);

/** The nationality words of QUALIFIED_CURRENCY (a cheap filter before building the pair's key). */
const QUALIFIED_FIRST: ReadonlySet<string> = new Set([...QUALIFIED_CURRENCY.keys()].map((k) => k.split(' ')[0]));

/** Scale words that are a number on their own (सौ साल, हजार से कम पांडा): one hundred, one thousand. */
const BARE_SCALES: ReadonlySet<string> = new Set(['सौ', 'हजार'].map(numberKey));

interface FigureHit {
  startW: number;
  endW: number;
  value: string;
  attrs: FigureAttrs;
}

function on(ws: readonly Word[], j: number): boolean {
  return j < ws.length && !ws[j].nl;
}

/** The number parts from word `i` on: digits and number words with their scale words. */
/** Words that join a smaller number after a scale word: दो सौ दस खरब और तीन सौ, 3 सौ और 21. */
const AND_WORDS = new Set(['और', 'and', 'एंड']);
/** The sign word "plus" before a number (outside the span: प्लस सेवेनटीन is 17). */
const PLUS_WORDS: ReadonlySet<string> = new Set(['प्लस', 'plus'].map(numberKey));
/** English units written in Devanagari after an English number word (फ़िफ़्टी यर्स). */
const ENGLISH_DEVA_UNITS: ReadonlySet<string> = new Set(['यर्स', 'ईयर्स', 'इयर्स', 'ईयर', 'मंथ्स', 'वीक्स', 'डेज़', 'आवर्स', 'मिनट्स', 'परसेंट', 'पर्सेंट', 'डॉलर्स', 'रुपीज़', 'पाउंड्स', 'किलोमीटर्स', 'मीटर्स'].map(numberKey));
/** English scale words and "and" in Devanagari, after which an English number word may go on (थ्री हंड्रेड एंड फ़िफ़्टी). */
const ENGLISH_DEVA_JOINERS: ReadonlySet<string> = new Set(['हंड्रेड', 'थाउज़ेंड', 'थाउजेंड', 'थाउसेंड', 'मिलियन', 'बिलियन', 'ट्रिलियन', 'एंड'].map(numberKey));
/** Fraction nouns after a number: तीन चौथाई = 0.75, एक तिहाई = 1/3. */
const FRACTION_NOUNS: ReadonlyMap<string, number> = new Map([['चौथाई', 0.25], ['तिहाई', 1 / 3]]);
/** The most parts (digits, number words, scale words) one number is read over. */
const MAX_PARTS = 16;
/** "X बटा Y" is the fraction X/Y. */
const OVER_WORDS = new Set(['बटा']);
/** "X दशमलव Y": the decimal point said as a word (6 दशमलव 5, दो सौ पॉइंट इकहत्तर). */
const DECIMAL_WORDS = new Set(['दशमलव', 'पॉइंट', 'पाइंट', 'प्वाइंट', 'point'].map(numberKey));

/** The digits said after a decimal word, from word `j` on: each a digit token or a cardinal word. */
function readDecimals(ws: readonly Word[], j: number): { end: number; digits: string } | undefined {
  let out = '';
  while (j < ws.length && on(ws, j)) {
    const w = ws[j];
    if (w.t.kind === 'number' && /^\d+$/.test(w.k)) { if (out) break; out = w.k; j++; break; }
    // Hindi number words after the point are read as written (पॉइंट इकहत्तर = .71); English ones
    // are said digit by digit (point one five, पॉइंट फाइव).
    const english = w.t.kind === 'latin' || ENGLISH_DEVA_BY_KEY.has(w.k);
    const c = w.t.kind === 'deva' ? (CARDINAL_BY_KEY.get(w.k) ?? ENGLISH_DEVA_BY_KEY.get(w.k)) : w.t.kind === 'latin' ? CARDINAL_BY_KEY.get(w.k) : undefined;
    if (c === undefined || (english && c > 9)) break;
    out += String(c);
    j++;
  }
  return out ? { end: j, digits: out } : undefined;
}

function readNumber(ws: readonly Word[], i: number, depth = 0): { end: number; value: number; words: boolean; digits?: ReturnType<typeof digitValue>; hasScale: boolean } | undefined {
  const parts: NumberPart[] = [];
  // partEnd[p] = the word index after part p, so the sequence can be trimmed back word-exactly.
  const partEnd: number[] = [];
  let j = i;
  let digits: ReturnType<typeof digitValue>;
  let words = false;
  let lastScale = 0;
  const lastIsScale = (): boolean => parts.length > 0 && 'scale' in parts[parts.length - 1];
  // No number said in words runs past MAX_PARTS parts (दो करोड़ पचास लाख तीस हज़ार दो सौ दस has
  // nine): the cap keeps a line of number words linear instead of quadratic.
  while (j < ws.length && (j === i || on(ws, j)) && parts.length < MAX_PARTS) {
    const w = ws[j];
    const k = w.k;
    if (w.t.kind === 'number') {
      // Digits start a number, or follow a scale word (4 हजार 3 सौ), or a fraction word that adds
      // to the number after it (साढ़े 3 लाख = 3.5 लाख, सवा 2 करोड़).
      const afterFrac = j === i + 1 && parts.length === 1 && 'frac' in parts[0] && parts[0].frac.add !== undefined;
      if (j > i && !lastIsScale() && !afterFrac) break;
      if (j > i && !(ws[j - 1].t.kind === 'deva' || AND_WORDS.has(ws[j - 1].k))) break;
      const dv = digitValue(w.t.text);
      if (!dv) { if (j === i) return undefined; break; }
      if (afterFrac && (dv.decimals > 0 || !(dv.value >= 1 && dv.value < 100))) break;
      if (j === i) digits = dv;
      else if (!afterFrac && dv.value >= lastScale) break;
      parts.push({ n: dv.value }); j++; partEnd.push(j);
      continue;
    }
    // English number words in Devanagari join only each other: "तीन सौ वन" is 300 forests.
    const de = w.t.kind === 'deva' ? ENGLISH_DEVA_BY_KEY.get(k) : undefined;
    if (de !== undefined && j > i && !ENGLISH_DEVA_BY_KEY.has(ws[j - 1].k) && !ENGLISH_DEVA_JOINERS.has(ws[j - 1].k)) break;
    const c = CARDINAL_BY_KEY.get(k) ?? de;
    if (c !== undefined) {
      if (j > i && ws[j - 1].t.kind === 'number') break;
      // twenty nine, twenty-nine, फ़िफ़्टी टू: English tens and units are one number.
      if ((w.t.kind === 'latin' || de !== undefined) && c >= 20 && c % 10 === 0) {
        const u = j + 1 < ws.length && on(ws, j + 1) ? (ws[j + 1].t.text === '-' && ws[j + 1].glued && j + 2 < ws.length && ws[j + 2].glued ? j + 2 : j + 1) : -1;
        const uv = u > 0 ? (de === undefined ? (ws[u].t.kind === 'latin' ? CARDINAL_BY_KEY.get(ws[u].k) : undefined) : ENGLISH_DEVA_BY_KEY.get(ws[u].k)) : undefined;
        if (uv !== undefined && uv >= 1 && uv <= 9) { parts.push({ n: c + uv }); j = u + 1; partEnd.push(j); words = true; continue; }
      }
      parts.push({ n: c }); j++; partEnd.push(j); words = true;
      continue;
    }
    const s = SCALE_BY_KEY.get(k);
    if (s !== undefined && (j > i || BARE_SCALES.has(k))) {
      // Latin abbreviations (10k, 5bn) only right after the digits.
      if (WEAK_SCALES.has(k) && !(j === i + 1 && ws[i].t.kind === 'number')) break;
      parts.push({ scale: s }); j++; partEnd.push(j); lastScale = s;
      // A bare scale word (सौ, हजार) is a number said in words.
      if (j === i + 1) words = true;
      continue;
    }
    const f = FRACTION_BY_KEY.get(k);
    if (f !== undefined) {
      if (j > i) break; // a fraction word starts a new number
      if (f.whole === 0.5) break; // आधा alone is no figure
      parts.push({ frac: f }); j++; partEnd.push(j); words = true;
      continue;
    }
    if (DECIMAL_WORDS.has(k) && parts.length > 0 && on(ws, j + 1)) {
      const v = combineParts(parts);
      const dec = readDecimals(ws, j + 1);
      if (v !== undefined && Number.isInteger(v) && dec) {
        const x = Number(`${v}.${dec.digits}`);
        // 2 दशमलव 5 लाख: a scale word after the decimals multiplies them.
        // 2 दशमलव 5 लाख करोड़: scale words after the decimals multiply them, each larger than the last.
        let e = dec.end;
        let value = x;
        let last = 0;
        while (e < ws.length && on(ws, e) && !WEAK_SCALES.has(ws[e].k)) {
          const sc = SCALE_BY_KEY.get(ws[e].k);
          if (sc === undefined || sc <= last || sc <= x) break;
          value *= sc;
          last = sc;
          e++;
        }
        return { end: e, value, words, digits, hasScale: last > 0 || parts.some((p) => 'scale' in p) };
      }
    }
    // पांच और एक चौथाई = 5.25, तीन और आधा = 3.5: a fraction joined by और.
    if (AND_WORDS.has(k) && parts.length > 0 && depth === 0 && on(ws, j + 1) && j + 1 < ws.length) {
      const v = combineParts(parts);
      const c = CARDINAL_BY_KEY.get(ws[j + 1].k);
      const fn = j + 2 < ws.length && on(ws, j + 2) ? FRACTION_NOUNS.get(ws[j + 2].k) : undefined;
      if (v !== undefined && c !== undefined && c > 0 && fn !== undefined && c * fn < 1) return { end: j + 3, value: v + c * fn, words: true, digits, hasScale: false };
    }
    if (AND_WORDS.has(k) && lastIsScale() && on(ws, j + 1) && j + 1 < ws.length) {
      const nk = ws[j + 1];
      const nv = nk.t.kind === 'number' ? digitValue(nk.t.text)?.value : CARDINAL_BY_KEY.get(nk.k) ?? (nk.t.kind === 'deva' ? ENGLISH_DEVA_BY_KEY.get(nk.k) : undefined);
      // 3 सौ और 21 is 321; 3 सौ और 2 सौ are two numbers (the second repeats the scale); in दो सौ और
      // दो हजार a larger scale after the second multiplies both (202 हजार).
      const ns = j + 2 < ws.length && on(ws, j + 2) ? SCALE_BY_KEY.get(ws[j + 2].k) : undefined;
      if (nv !== undefined && nv < lastScale && Number.isInteger(nv) && ns !== lastScale) { j++; continue; }
    }
    // तीन चौथाई, दो-तिहाई: a fraction noun after the number (also joined by a hyphen).
    const hyphenFn = k === '-' && w.glued && j + 1 < ws.length && ws[j + 1].glued && FRACTION_NOUNS.has(ws[j + 1].k) && words;
    const fn = FRACTION_NOUNS.get(hyphenFn ? ws[j + 1].k : k);
    if (fn !== undefined && parts.length > 0 && !lastIsScale()) {
      const v = combineParts(parts);
      if (v !== undefined) return { end: hyphenFn ? j + 2 : j + 1, value: v * fn, words, digits, hasScale: false };
    }
    if (OVER_WORDS.has(k) && parts.length > 0 && depth === 0 && on(ws, j + 1) && j + 1 < ws.length) {
      const num = combineParts(parts);
      const den = readNumber(ws, j + 1, 1);
      if (num !== undefined && den && den.value !== 0) return { end: den.end, value: num / den.value, words: true, digits, hasScale: false };
    }
    break;
  }
  if (j === i) return undefined;
  // Combine, trimming parts from the end until the sequence is well formed.
  while (parts.length > 0) {
    const v = combineParts(parts);
    if (v !== undefined) {
      const hasScale = parts.some((p) => 'scale' in p);
      return { end: partEnd[parts.length - 1], value: v, words, digits, hasScale };
    }
    parts.pop();
  }
  return undefined;
}

function matchFigure(text: string, ws: readonly Word[], i: number, limit: number): FigureHit | undefined {
  const w = ws[i];
  let startW = i;
  let unit: string | undefined;
  let j = i;
  // Currency written before the number: ₹500, Rs 500, Rs. 500, $1.1, INR 500
  const sym = CURRENCY_SYMBOLS.get(w.t.text) ?? CURRENCY_PREFIX_WORDS.get(w.k);
  if (sym !== undefined) {
    j = i + 1;
    if (j < ws.length && ws[j].t.text === '.' && ws[j].glued) j++;
    if (!on(ws, j) || ws[j].t.kind !== 'number') return undefined;
    if (ws[j].t.start - ws[j - 1].t.end > 1) return undefined;
    unit = sym;
    // Which dollar: C$ 16.4, c $ 1.34, AUD$ 15, NZ$15, यू. एस. $ 100 (the letters join the span).
    if (w.t.text === '$' && i > 0 && on(ws, i)) {
      const p = ws[i - 1];
      const gap = w.t.start - p.t.end;
      // A spaced single letter is a prefix only for c (c $ 1.34): "a $15 fee" is an article.
      const iso = p.t.kind === 'latin' && (gap === 0 || (gap === 1 && (p.k.length > 1 || p.k === 'c'))) ? DOLLAR_PREFIXES.get(p.k) : undefined;
      if (iso) { unit = iso; startW = i - 1; }
      else if (i > 3 && p.t.text === '.' && ws[i - 2].k === 'एस' && ws[i - 3].t.text === '.' && ws[i - 4]?.k === 'यू' && ws[i - 3].glued && p.glued) { unit = 'USD'; startW = i - 4; }
    }
  }
  let sign = 1;
  let lineSign = false;
  let leadingDot = false;
  // -5, −3.2 (a sign glued to the digits, not a range or a hyphenated name); .25
  // The sign must stand free (after a space, a line start or an opening bracket) and not follow a
  // short word: "टी -20" is T-20, a name.
  const freeSign = !w.glued || (i > 0 && ws[i - 1].t.text === '(');
  const afterShortWord = i > 0 && !ws[i].nl && (ws[i - 1].t.kind === 'deva' || ws[i - 1].t.kind === 'latin') && ws[i - 1].t.text.length <= 2;
  if (sym === undefined && (w.k === '-' || w.k === '−' || w.k === '.') && i + 1 < ws.length && ws[i + 1].glued && ws[i + 1].t.kind === 'number' && freeSign && !afterShortWord) {
    if (w.k === '.') leadingDot = true; else sign = -1;
    j = i + 1;
  } else if (sym === undefined && (w.k === 'माइनस' || w.k === 'minus' || w.k === 'ऋण') && on(ws, i + 1) && i + 1 < ws.length && isNumberStart(ws[i + 1])) {
    sign = -1;
    j = i + 1;
  } else if (sym === undefined && (w.k === '-' || w.k === '−') && w.nl && on(ws, i + 1) && i + 1 < ws.length && ws[i + 1].t.kind === 'number' && ws[i + 1].t.start - w.t.end === 1) {
    // - 10 on a line of its own: a sign set apart by one space. Only when the number ends the line
    // (checked below): a hyphen that opens a line of text is a bullet or a dash (- 10 लोग घायल).
    sign = -1;
    lineSign = true;
    j = i + 1;
  }
  const numW = j;
  const nw = ws[numW];
  if (!nw || !(isNumberStart(nw) || HALF_WORDS.has(nw.k))) return undefined;
  if (leadingDot && !/^\d+$/.test(nw.k)) return undefined;
  // Identifiers: धारा 406, चंद्रयान-3, G20, FIR No. 123, phone numbers.
  if (isIdentifier(text, ws, numW, startW)) return undefined;
  let num = readNumber(ws, numW);
  // सवा किलो, साढ़े घंटे? A fraction prefix alone before a unit of measure: 1.25 किलो.
  if (!num && FRACTION_BY_KEY.get(nw.k)?.times !== undefined && on(ws, numW + 1) && numW + 1 < ws.length && MEASURE_WORDS.has(ws[numW + 1].k)) {
    num = { end: numW + 1, value: FRACTION_BY_KEY.get(nw.k)!.times!, words: true, hasScale: false };
  }
  // आधा किलो, आधे से ज़्यादा: "half" before a unit of measure or a bound is the number 0.5.
  if (!num && HALF_WORDS.has(nw.k) && on(ws, numW + 1) && numW + 1 < ws.length && (MEASURE_WORDS.has(ws[numW + 1].k) || boundAfter(text, ws, numW + 1))) {
    num = { end: numW + 1, value: 0.5, words: true, hasScale: false };
  }
  if (!num) return undefined;
  // One English number word in Devanagari is mostly a name (ट्वेंटी-20, किंग्स इलेवन, थ्री डी,
  // बीबीसी थ्री): it is a number after a sign word (माइनस वन, प्लस सेवेनटीन) or before a unit
  // (फ़िफ़्टी यर्स); वन, टू, सेवन, एट (also Hindi words: "forest", "consumption") only after a sign.
  if (num.end === numW + 1 && sign === 1 && nw.t.kind === 'deva' && ENGLISH_DEVA_BY_KEY.has(nw.k)) {
    const plus = numW > 0 && on(ws, numW) && PLUS_WORDS.has(ws[numW - 1].k);
    const nk = on(ws, numW + 1) && numW + 1 < ws.length ? ws[numW + 1].k : '';
    const unitNext = MEASURE_WORDS.has(nk) || FIGURE_UNIT_BY_KEY.has(nk) || ENGLISH_DEVA_UNITS.has(nk);
    if (ENGLISH_DEVA_WEAK.has(nw.k) ? !plus : !(plus || unitNext)) return undefined;
  }
  // Maths notation: 1.1^23, 2.5^-1, 12.32e+14 (the exponent joins the span).
  if (num.digits && !num.hasScale && num.end === numW + 1) {
    const ex = exponentAt(ws, num.end);
    if (ex) num = { ...num, end: ex.end, value: ex.power ? num.value ** ex.exp : num.value * 10 ** ex.exp };
  }
  // 1 234 567: thousands grouped by spaces (two groups at least, or one after a no-break or thin space).
  if (num.digits && !num.digits.grouping && !num.hasScale && num.end === numW + 1 && num.digits.decimals === 0 && num.digits.intDigits <= 3 && !num.digits.devanagari) {
    const g = spaceGroupsAt(text, ws, num.end);
    if (g) num = { ...num, end: g.end, value: Number(nw.k + g.digits) };
  }
  // 1/4 मील, 3/4 बहुमत, 10 1/2 मील: a fraction in digits before a unit of measure or a word for a part.
  if (num.digits && !num.hasScale && Number.isInteger(num.value)) {
    const fr = digitFraction(ws, numW, limit);
    if (fr) num = { ...num, end: fr.end, value: fr.value };
    else {
      const mixed = on(ws, num.end) && !ws[num.end].glued ? digitFraction(ws, num.end, limit, true) : undefined;
      if (mixed && mixed.value < 1) num = { ...num, end: mixed.end, value: num.value + mixed.value };
    }
  }
  let endW = num.end;
  // तेईस का पाँचवाँ (भाग), एक सौ का दस खरबवां: a fraction said as "X of the Nth (part)".
  const part = num.words ? fractionOf(ws, endW) : undefined;
  if (part) {
    num = { ...num, end: part.end, value: num.value / part.den };
    endW = part.end;
  }
  const k0 = nw.k;
  // The indefinite एक: only before a scale word or a unit of time, measure or money (एक साल,
  // एक-येन, एक मीट्रिक टन), or where no noun follows it for an article to go with: at the end of
  // the text or a clause (तीन में से एक।).
  if (num.words && !num.hasScale && (k0 === 'एक' || k0 === 'one') && endW === numW + 1 && sign === 1) {
    const hy = endW + 1 < ws.length && ws[endW].t.text === '-' && ws[endW].glued && ws[endW + 1].glued;
    const nx = hy ? endW + 1 : endW;
    const nk = nx < ws.length && on(ws, nx) ? ws[nx].k : '';
    const unitNext = MEASURE_WORDS.has(nk) || FIGURE_UNIT_BY_KEY.has(nk) ||
      (!hy && MEASURE_QUALIFIERS.has(nk) && on(ws, nx + 1) && nx + 1 < ws.length && MEASURE_WORDS.has(ws[nx + 1].k));
    const alone = k0 === 'एक' && (endW >= ws.length || ws[endW].nl || (ws[endW].t.kind === 'punct' && CLAUSE_END.has(ws[endW].t.text)));
    if (!unitNext && !alone && !(k0 === 'एक' && afterPartitive(ws, numW))) return undefined;
  }
  // दो as a verb (कर दो, दे दो) and नौ in नौसेना are not numbers; compounds are split by the tokenizer.
  if (num.words && k0 === 'दो' && numW > 0 && on(ws, numW) && VERB_BEFORE_DO.has(ws[numW - 1].k)) return undefined;
  // A bare "सौ" or "आधा" needs a number or a noun context; keep सौ (सौ साल), drop lone fractions of a half.
  let value = leadingDot ? Number('0.' + nw.k) : num.value * sign;
  const attrs: FigureAttrs = {};
  let suffixUnit: string | undefined;
  if (num.digits) {
    if (num.digits.grouping) attrs.grouping = num.digits.grouping;
    if (num.digits.devanagari) attrs.devanagariDigits = true;
  }
  // Attached suffixes.
  if (endW < ws.length && ws[endW].glued) {
    const sw = ws[endW];
    const sk = sw.k;
    if (sw.t.text === '%') { suffixUnit = '%'; endW++; }
    else if (CURRENCY_SUFFIX_SIGNS.has(sw.t.text)) { suffixUnit = CURRENCY_SUFFIX_SIGNS.get(sw.t.text); endW++; }
    else if (sw.t.text === '°' ) {
      endW++;
      if (endW < ws.length && ws[endW].glued && /^[CFcf]$/.test(ws[endW].t.text)) endW++;
      attrs.noun = '°';
    } else if (sw.t.text === '℃' || sw.t.text === '℉') { endW++; attrs.noun = sw.t.text; }
    else if (num.digits && !num.hasScale && ORDINAL_SUFFIXES.has(sk) && (sw.t.kind === 'deva' || sw.t.kind === 'latin')) {
      if (num.digits.decimals > 0) return undefined;
      suffixUnit = 'ordinal'; endW++;
    } else if (sw.t.kind === 'deva' || sw.t.kind === 'latin') {
      // Attached letters that are not a unit: an identifier (3G, 5जी) unless a known unit (10km, 5kg).
      if (FIGURE_UNIT_BY_KEY.has(sk)) { endW++; attrs.noun = sw.t.text; }
      else if (MEASURE_WORDS.has(sk)) { endW++; attrs.noun = sw.t.text; }
      else return undefined;
    } else if (sw.t.text === '-' && endW + 1 < ws.length && ws[endW + 1].glued && ws[endW + 1].t.kind !== 'number') {
      // 5-सदस्यीय, 3-डी: a compound adjective keeps its number as a figure only for counts.
      const after = ws[endW + 1];
      if (after.t.kind === 'latin' && after.t.text.length <= 2) return undefined;
      // 3-इंच, 10-गैलन, एक-येन: the unit joined by a hyphen is the noun (a currency also the unit);
      // the span stays the number. Another number after the hyphen (forty-fifty) is a range.
      const isNumberWord = CARDINAL_BY_KEY.has(after.k) || ENGLISH_DEVA_BY_KEY.has(after.k);
      if ((after.t.kind === 'deva' || after.t.kind === 'latin') && !isNumberWord) {
        attrs.noun = after.t.text;
        const cu = FIGURE_UNIT_BY_KEY.get(after.k);
        if (cu && /^[A-Z]{3}$/.test(cu) && !unit) suffixUnit = cu;
      }
    }
  }
  // A unit word after the span (not part of it): प्रतिशत, रुपये, डॉलर, …
  let nextW = endW;
  if (suffixUnit !== 'ordinal') {
    if (on(ws, nextW)) {
      let uk = ws[nextW].k;
      // अमेरिकी डॉलर, पाकिस्तानी रुपये: the nationality says which currency.
      let qualified: string | undefined;
      if (QUALIFIED_FIRST.has(uk) && on(ws, nextW + 1) && nextW + 1 < ws.length) {
        qualified = QUALIFIED_CURRENCY.get(`${uk} ${ws[nextW + 1].k}`);
        if (qualified) { uk = ws[nextW + 1].k; nextW++; }
      }
      if (uk === 'per' && ws[nextW + 1]?.k === 'cent') { suffixUnit ??= '%'; attrs.noun = 'per cent'; }
      const u = qualified ?? FIGURE_UNIT_BY_KEY.get(uk) ?? (ws[nextW].t.start - ws[nextW - 1].t.end === 1 ? CURRENCY_SUFFIX_SIGNS.get(ws[nextW].t.text) : undefined);
      if (u !== undefined) {
        if (!unit && !suffixUnit) suffixUnit = u;
        attrs.noun = ws[nextW].t.text;
        // 3 डॉलर 50 सेंट, पांच रुपये पचास पैसे: an amount in a currency and its hundredth is one
        // figure from the first number to the second; the last unit word stays outside.
        const minor = !unit && suffixUnit === u && Number.isInteger(value) && value >= 0 ? minorAmount(ws, nextW + 1, u) : undefined;
        if (minor) {
          value += minor.value;
          endW = minor.end;
          nextW = minor.end;
          attrs.noun = ws[minor.end].t.text;
        }
      } else if (ws[nextW].t.kind === 'deva' && !NOT_A_NOUN.has(uk) && !attrs.noun) {
        attrs.noun = ws[nextW].t.text;
      } else if (ws[nextW].t.kind === 'latin' && MEASURE_WORDS.has(uk) && !attrs.noun) {
        // twenty nine years, 5 km: an English unit word is the counted noun too.
        attrs.noun = ws[nextW].t.text;
      }
    }
  }
  if (lineSign && endW < ws.length && !ws[endW].nl) return undefined;
  const finalUnit = suffixUnit === 'ordinal' ? 'ordinal' : unit ?? suffixUnit;
  if (finalUnit) attrs.unit = finalUnit;
  // Approximators before the number (outside the span).
  if (startW > 0 && on(ws, startW)) {
    const pk = ws[startW - 1].k;
    const ap = APPROXIMATORS.has(pk) ? ws[startW - 1].t.text : undefined;
    if (ap) attrs.approx = ap;
  }
  // Bounds: 50 से अधिक, तीस साल से ज़्यादा, 700 तक, कम से कम 20, >= 30 (the words stay outside).
  const nounW = attrs.noun !== undefined && nextW < ws.length && ws[nextW].t.text === attrs.noun && nextW >= endW ? nextW : -1;
  const rangeBefore = startW > 0 && on(ws, startW) && (ws[startW - 1].k === 'से' || ws[startW - 1].t.text === '-');
  const bound = (on(ws, endW) ? boundAfter(text, ws, endW) : undefined) ?? (nounW >= 0 && on(ws, nounW + 1) ? boundAfter(text, ws, nounW + 1) : undefined) ?? boundBefore(text, ws, startW);
  // तक after a span of time is "for" (पांच साल तक विचार), not "up to".
  const timeNoun = nounW >= 0 && TIME_UNIT_WORDS.has(ws[nounW].k);
  // (An ordinal is a rank, not a quantity: 48वें तक is "to 48th place", no bound.)
  if (bound && finalUnit !== 'ordinal' && !(bound.rel === '<=' && bound.phrase === 'तक' && (rangeBefore || timeNoun))) {
    attrs.bound = bound.rel;
    attrs.boundPhrase = bound.phrase;
  }
  const numStr = formatNumber(value);
  attrs.number = numStr;
  const valueStr = finalUnit ? `${numStr} ${finalUnit}` : numStr;
  return { startW, endW, value: valueStr, attrs };
}

/** Words that say which unit of measure follows: एक मीट्रिक टन, दो वर्ग किलोमीटर. */
const MEASURE_QUALIFIERS: ReadonlySet<string> = new Set(['मीट्रिक', 'वर्ग', 'घन', 'metric', 'square', 'cubic'].map(numberKey));

/** Punctuation that ends a clause: an एक before it has no noun to be an article of. */
const CLAUSE_END: ReadonlySet<string> = new Set(['।', '.', ',', '?', '!', ';', '॥']);

/**
 * An exponent glued after a number at word `j`: `^23`, `^-1`, `^+23`, `^--23` (signs multiply), or
 * `e+14`, `E-3`. `power` is true for `^` (the number raised to it), false for `e` (times ten to it).
 */
function exponentAt(ws: readonly Word[], j: number): { end: number; exp: number; power: boolean } | undefined {
  if (j >= ws.length || !ws[j].glued) return undefined;
  const power = ws[j].t.text === '^';
  if (!power && !(ws[j].t.kind === 'latin' && (ws[j].t.text === 'e' || ws[j].t.text === 'E'))) return undefined;
  let k = j + 1;
  let sign = 1;
  // (At most two signs: --23 is +23; a longer run is no exponent.)
  for (let n = 0; n < 2 && k < ws.length && ws[k].glued && (ws[k].t.text === '-' || ws[k].t.text === '+' || ws[k].t.text === '−'); n++, k++) if (ws[k].t.text !== '+') sign = -sign;
  if (k >= ws.length || !ws[k].glued || ws[k].t.kind !== 'number' || !/^\d{1,3}$/.test(ws[k].k)) return undefined;
  // The exponent must end the number: 2^3-4 or 1e5x is something else.
  if (k + 1 < ws.length && ws[k + 1].glued && ws[k + 1].t.kind !== 'punct') return undefined;
  return { end: k + 1, exp: sign * Number(ws[k].k), power };
}

/** Spaces that may group thousands (a plain space, a no-break space, a thin space). */
const GROUP_SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009']);

/** Groups of three digits after word `j`, each after one grouping space (1 234 567): their digits and end. */
function spaceGroupsAt(text: string, ws: readonly Word[], j: number): { end: number; digits: string } | undefined {
  let k = j;
  let digits = '';
  let narrow = false;
  // (A number has at most five groups of thousands: the walk stays short.)
  while (k < ws.length && k - j < 5 && !ws[k].nl && ws[k].t.kind === 'number' && /^\d{3}$/.test(ws[k].t.text)) {
    const gap = text.slice(ws[k - 1].t.end, ws[k].t.start);
    if (gap.length !== 1 || !GROUP_SPACES.has(gap)) break;
    if (gap !== ' ') narrow = true;
    digits += ws[k].t.text;
    k++;
  }
  const groups = k - j;
  if (groups === 0 || (groups < 2 && !narrow)) return undefined;
  // A group followed by more digits is no grouping (2 100 2000).
  if (k < ws.length && !ws[k].nl && ws[k].t.kind === 'number' && text.slice(ws[k - 1].t.end, ws[k].t.start).length === 1) return undefined;
  return { end: k, digits };
}

/**
 * The smaller units of a currency (ISO code → [words, how many make one]), largest first: cents,
 * paise, pence; the Chinese yuan's mao (a tenth) and fen (a hundredth).
 */
const MINOR_UNITS: ReadonlyMap<string, readonly (readonly [ReadonlySet<string>, number])[]> = new Map(
  ([['USD', [[['सेंट', 'cent', 'cents'], 100]]], ['EUR', [[['सेंट', 'cent', 'cents'], 100]]], ['CAD', [[['सेंट', 'cent', 'cents'], 100]]],
    ['AUD', [[['सेंट', 'cent', 'cents'], 100]]], ['INR', [[['पैसे', 'पैसा', 'paise'], 100]]], ['PKR', [[['पैसे', 'पैसा', 'paise'], 100]]],
    ['GBP', [[['पेंस', 'पेन्स', 'pence'], 100]]], ['CNY', [[['माओ', 'जियाओ', 'mao', 'jiao'], 10], [['फेन', 'fen'], 100]]]] as const)
    .map(([iso, units]) => [iso, units.map(([ws, per]) => [new Set(ws.map(numberKey)), per] as const)]),
);

/**
 * After a currency word (at `j - 1`): the smaller units of that currency, each [और] a whole number
 * and its unit word, largest first (3 डॉलर [और] 50 सेंट; एक कुआई और पांच माओ और पांच फ़ेन). Returns
 * what they add in the main unit and the word index of the last unit word (the figure ends before it).
 */
function minorAmount(ws: readonly Word[], j: number, iso: string): { value: number; end: number } | undefined {
  const units = MINOR_UNITS.get(iso);
  if (!units) return undefined;
  let value = 0;
  let end = -1;
  let u = 0;
  while (u < units.length) {
    let k = j;
    if (on(ws, k) && k < ws.length && AND_WORDS.has(ws[k].k)) k++;
    if (!on(ws, k) || k + 1 >= ws.length || !on(ws, k + 1)) break;
    const w = ws[k];
    const v = w.t.kind === 'number' ? (/^\d{1,2}$/.test(w.k) ? Number(w.k) : undefined) : CARDINAL_BY_KEY.get(w.k);
    if (v === undefined) break;
    // The first of the remaining units this number is counted in.
    let m = u;
    while (m < units.length && !units[m][0].has(ws[k + 1].k)) m++;
    if (m === units.length || v >= units[m][1]) break;
    value += v / units[m][1];
    end = k + 1;
    j = k + 2;
    u = m + 1;
  }
  return end < 0 ? undefined : { value, end };
}

/** Units of time: तक after them is a duration ("for"), not a bound. */
const TIME_UNIT_WORDS: ReadonlySet<string> = new Set(['साल', 'वर्ष', 'वर्षों', 'सालों', 'बरस', 'महीने', 'महीनों', 'माह', 'दिन', 'दिनों', 'हफ्ते', 'हफ्तों', 'सप्ताह', 'घंटे', 'घंटों', 'मिनट', 'मिनटों', 'सेकंड', 'दशक', 'दशकों', 'years', 'months', 'days', 'weeks', 'hours', 'minutes'].map(numberKey));

const BOUNDS_AFTER_WORDS = BOUNDS_AFTER.map(([p, r]) => [p.split(' '), r] as const);
const BOUNDS_BEFORE_WORDS = BOUNDS_BEFORE.map(([p, r]) => [p.split(' '), r] as const);
/** The first word of every bound after a number, the last of every bound before one (a cheap filter). */
const BOUND_FIRST_AFTER: ReadonlySet<string> = new Set(BOUNDS_AFTER_WORDS.map(([w]) => w[0]));
const BOUND_LAST_BEFORE: ReadonlySet<string> = new Set(BOUNDS_BEFORE_WORDS.map(([w]) => w[w.length - 1]));

/** Words after a digit fraction that make it one (1/4 मील, 2/3 बहुमत, 3/4 राशि): units of measure, parts and shares, not scores. */
const FRACTION_UNITS: ReadonlySet<string> = new Set(['मील', 'किलोमीटर', 'किमी', 'मीटर', 'सेंटीमीटर', 'इंच', 'फुट', 'फीट', 'गज', 'किलो', 'किलोग्राम', 'ग्राम', 'टन', 'लीटर', 'कप', 'चम्मच', 'एकड़', 'हेक्टेयर', 'बीघा',
  'घंटे', 'घंटा', 'हिस्सा', 'हिस्से', 'भाग', 'बहुमत', 'राशि', 'आबादी', 'जनसंख्या', 'हिस्सेदारी', 'क्षमता', 'mile', 'miles', 'km', 'kg', 'inch', 'inches', 'cup', 'cups', 'hour', 'hours'].map(numberKey));

/** Punctuation that may touch a fraction standing on its own: brackets, quotes, clause ends. */
const FRACTION_OPENERS: ReadonlySet<string> = new Set(['(', '[', '"', '“', '‘', "'", '-', '−']);
const FRACTION_CLOSERS: ReadonlySet<string> = new Set([')', ']', '"', '”', '’', "'", ',', '.', '।', ';', ':', '?', '!', '॥']);
/**
 * Words next to a digit pair that make it a rating or a score (रेटिंग 3/5, 4/5 स्टार, 2/7 विकेट),
 * an item of a series (भाग 1/2, 1/4 फाइनल) or a day and month (दिनांक 3/4, 1/8 को हमला), not a fraction.
 */
const SCORE_BEFORE: ReadonlySet<string> = new Set(['दिनांक', 'तारीख', 'तिथि', 'date', 'रेटिंग', 'rating', 'स्कोर', 'score', 'अंक', 'मार्क्स', 'marks', 'रिजल्ट', 'result', 'नतीजा', 'परिणाम',
  // Item a of b: भाग 1/2, एपिसोड 1/3, मैच 2/3.
  'भाग', 'पार्ट', 'part', 'एपिसोड', 'episode', 'अध्याय', 'चरण', 'राउंड', 'round', 'मैच', 'match', 'गेम', 'game', 'टेस्ट', 'test', 'सीरीज', 'series', 'कक्षा', 'क्लास', 'class'].map(numberKey));
/** Conjunctions and particles that may follow a lone digit fraction (2/3 तथा, 1/3 एवं). */
const FRACTION_FOLLOWERS: ReadonlySet<string> = new Set(['तथा', 'एवं', 'अथवा', 'हो', 'होगा', 'होगी', 'रहा', 'रही', 'रखी', 'रखा', 'of', 'and', 'or', 'is', 'was'].map(numberKey));
const SCORE_AFTER: ReadonlySet<string> = new Set(['को', 'फाइनल', 'final', 'स्टार', 'star', 'stars', 'अंक', 'अंकों', 'नंबर', 'points', 'marks', 'मार्क्स', 'रन', 'runs', 'विकेट', 'wickets', 'wkts', 'ओवर', 'overs', 'गोल', 'goals', 'सेट', 'sets'].map(numberKey));

/**
 * `a/b` in digits at `i`: a fraction (its value and end) when a unit of measure or a word for a part
 * follows (1/4 मील, 2/3 बहुमत; a < b ≤ 100), or when it is a proper fraction with one digit on each
 * side (3/4, 2/3) that stands on its own: nothing but a space, a bracket, a quote or the number's
 * sign touches it, no rating or score word is next to it, and no counted noun follows it. A larger denominator is a score
 * (3/58), a date (9/11) or a reference (7/12); a slash run (1/2/3) is no fraction.
 */
function digitFraction(ws: readonly Word[], i: number, limit: number, mixed = false): { value: number; end: number } | undefined {
  if (i + 2 >= ws.length || ws[i + 2].t.end > limit || ws[i].t.kind !== 'number' || ws[i + 1].t.text !== '/' || !ws[i + 1].glued || !ws[i + 2].glued || ws[i + 2].t.kind !== 'number') return undefined;
  const a = Number(ws[i].k), b = Number(ws[i + 2].k);
  if (!/^\d{1,2}$/.test(ws[i].k) || !/^\d{1,3}$/.test(ws[i + 2].k) || !(a >= 1 && a < b && b <= 100)) return undefined;
  const next = i + 3 < ws.length && !ws[i + 3].nl ? ws[i + 3] : undefined;
  if (next && !next.glued && FRACTION_UNITS.has(next.k)) return { value: a / b, end: i + 3 };
  if (b > 9) return undefined;
  // (A hyphen or minus before it only as its sign, standing free: 5-3/4 is no fraction.)
  if (ws[i].glued && i > 0 && !(FRACTION_OPENERS.has(ws[i - 1].t.text) && !((ws[i - 1].t.text === '-' || ws[i - 1].t.text === '−') && ws[i - 1].glued && i > 1 && !ws[i - 1].nl && ws[i - 2].t.text !== '('))) return undefined;
  if (next && next.glued && !(FRACTION_CLOSERS.has(next.t.text) && !(i + 4 < ws.length && ws[i + 4].glued && ws[i + 4].t.kind === 'number'))) return undefined;
  if (next && SCORE_AFTER.has(next.k)) return undefined;
  // A lone pair before a counted noun says "a or b" (4/5 लोग, 2/3 दिनों में): only a postposition,
  // a conjunction or a unit (1/2 प्रतिशत) may follow it. After a whole number (220 2/3 इनिंग) the
  // pair can only be a fraction.
  if (!mixed && next && !next.glued && (next.t.kind === 'deva' || next.t.kind === 'latin') && !NOT_A_NOUN.has(next.k) && !FIGURE_UNIT_BY_KEY.has(next.k) && !FRACTION_FOLLOWERS.has(next.k)) return undefined;
  let p = i - 1;
  while (p >= 0 && !ws[p + 1].nl && ws[p].t.kind === 'punct' && p >= i - 2) p--;
  if (p >= 0 && !ws[p + 1].nl && SCORE_BEFORE.has(ws[p].k)) return undefined;
  return { value: a / b, end: i + 3 };
}

/** Scale values an ordinal word can end on (सौवां, हजारवां, खरबवां). */
const ORDINAL_SCALES = new Set([100, 1e3, 1e5, 1e7, 1e9, 1e11]);

/** Words for a part: after "X में Yवां" they make it the fraction X/Y (बीस में पच्चीसवां हिस्सा). */
const PART_NOUNS: ReadonlySet<string> = new Set(['हिस्सा', 'हिस्से', 'भाग'].map(numberKey));

/**
 * "का/की/के + ordinal" after a number said in words: the ordinal is the denominator of a fraction
 * (तेईस का पाँचवाँ = 23/5, एक का एक सौ पांचवां = 1/105). The ordinal may be a number said in words
 * whose last word is ordinal. With में the word for a part must follow (बीस में पच्चीसवां हिस्सा =
 * 20/25; दस में पांचवां स्थान is a rank). Returns the denominator and the word after the ordinal.
 */
function fractionOf(ws: readonly Word[], j: number): { den: number; end: number } | undefined {
  if (!on(ws, j) || !(ws[j].k === 'का' || ws[j].k === 'की' || ws[j].k === 'के' || ws[j].k === 'में')) return undefined;
  const needPart = ws[j].k === 'में';
  const parts: NumberPart[] = [];
  let k = j + 1;
  while (k < ws.length && on(ws, k) && parts.length < MAX_PARTS) {
    const w = ws[k];
    const ord = ORDINAL_WORD_BY_KEY.get(w.k);
    if (ord !== undefined && w.t.kind === 'deva') {
      parts.push(ORDINAL_SCALES.has(ord) && parts.length > 0 ? { scale: ord } : { n: ord });
      const den = combineParts(parts);
      // पहला/दूसरा are positions, not parts: the smallest denominator said this way is 3.
      if (den === undefined || den < 3) return undefined;
      const next = k + 1 < ws.length && on(ws, k + 1) ? ws[k + 1] : undefined;
      if (needPart && !(next && PART_NOUNS.has(next.k))) return undefined;
      // Another noun after the ordinal makes it a rank: दस की तीसरी तिमाही, सात का पांचवां खिलाड़ी.
      if (next && (next.t.kind === 'deva' || next.t.kind === 'latin') && !PART_NOUNS.has(next.k) && !NOT_A_NOUN.has(next.k)) return undefined;
      return { den, end: k + 1 };
    }
    const c = CARDINAL_BY_KEY.get(w.k);
    const sc = SCALE_BY_KEY.get(w.k);
    if (c !== undefined && w.t.kind === 'deva') parts.push({ n: c });
    else if (sc !== undefined && w.t.kind === 'deva' && parts.length > 0) parts.push({ scale: sc });
    else return undefined;
    k++;
  }
  return undefined;
}

/** The bound phrase (BOUNDS_AFTER) starting at word `p`, if any: its relation and its text. */
function boundAfter(text: string, ws: readonly Word[], p: number): { rel: NonNullable<FigureAttrs['bound']>; phrase: string } | undefined {
  const first = ws[p].k;
  if (!BOUND_FIRST_AFTER.has(first)) return undefined;
  for (const [words, rel] of BOUNDS_AFTER_WORDS) {
    if (words[0] !== first) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = p + k < ws.length && on(ws, p + k) && ws[p + k].k === words[k];
    if (ok) return { rel, phrase: text.slice(ws[p].t.start, ws[p + words.length - 1].t.end) };
  }
  return undefined;
}

/** The bound phrase (BOUNDS_BEFORE, or >, >=, <, <=, ≥, ≤) ending right before word `startW`, if any. */
function boundBefore(text: string, ws: readonly Word[], startW: number): { rel: NonNullable<FigureAttrs['bound']>; phrase: string } | undefined {
  if (startW === 0 || ws[startW].nl) return undefined;
  // A bound sign: >10, >= 30, <=  -30, ≥ 5.
  const p = ws[startW - 1];
  const sign = (t: string) => (t === '>' ? '>' : t === '<' ? '<' : t === '≥' ? '>=' : t === '≤' ? '<=' : undefined);
  if (p.t.kind === 'punct') {
    if (p.t.text === '=' && startW > 1 && p.glued && !ws[startW - 2].nl && (ws[startW - 2].t.text === '>' || ws[startW - 2].t.text === '<')) {
      return { rel: ws[startW - 2].t.text === '>' ? '>=' : '<=', phrase: text.slice(ws[startW - 2].t.start, p.t.end) };
    }
    // => is an arrow, not a comparison (≥ is written >=).
    if (p.t.text === '>' && p.glued && startW > 1 && ws[startW - 2].t.text === '=' && ws[startW - 1].glued) return undefined;
    const r = sign(p.t.text);
    if (r) return { rel: r, phrase: p.t.text };
    return undefined;
  }
  if (!BOUND_LAST_BEFORE.has(p.k)) return undefined;
  for (const [words, rel] of BOUNDS_BEFORE_WORDS) {
    const a = startW - words.length;
    if (a < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = ws[a + k].k === words[k] && (k === 0 || !ws[a + k].nl);
    if (ok) return { rel, phrase: text.slice(ws[a].t.start, ws[startW - 1].t.end) };
  }
  return undefined;
}

/**
 * Word `i` follows "<number> [noun] में से" (हर तीन में से एक बच्चा, 54 देशों में से एक): a number
 * picked out of a counted set is a count, never the indefinite article.
 */
function afterPartitive(ws: readonly Word[], i: number): boolean {
  if (i < 3 || ws[i].nl || ws[i - 1].nl || ws[i - 1].k !== 'से' || ws[i - 2].k !== 'में' || ws[i - 2].nl) return false;
  if (isNumberStart(ws[i - 3])) return true;
  return i >= 4 && !ws[i - 3].nl && ws[i - 3].t.kind === 'deva' && isNumberStart(ws[i - 4]) && !ws[i - 3].glued;
}

const VERB_BEFORE_DO = new Set(['कर', 'दे', 'ले', 'बता', 'रख', 'जाने', 'होने', 'करने', 'छोड़', 'छोड', 'बढ़ा', 'बढा'].map(numberKey));

function isNumberStart(w: Word): boolean {
  return w.t.kind === 'number' || CARDINAL_BY_KEY.has(w.k) || FRACTION_BY_KEY.has(w.k) || BARE_SCALES.has(w.k) || (w.t.kind === 'deva' && ENGLISH_DEVA_BY_KEY.has(w.k));
}

function isIdentifier(text: string, ws: readonly Word[], i: number, startW: number): boolean {
  const w = ws[i];
  if (w.t.kind === 'number') {
    const raw = w.k.replace(/[.,]/g, '');
    // Phone numbers and long codes: ten or more digits without grouping (a signed number is a quantity).
    const signed = startW < i && (ws[startW].k === '-' || ws[startW].k === '−');
    if (!w.k.includes(',') && raw.length >= 10 && !signed) return true;
    // Groups of digits joined by hyphens after a + (+1-222-2222-2222): a phone number.
    let b = i;
    // (At most five groups back: a phone number has no more, and the walk stays linear.)
    for (let steps = 0; steps < 5 && b > 1 && ws[b].glued && ws[b - 1].glued && (ws[b - 1].t.text === '-' || ws[b - 1].t.text === '/') && ws[b - 2].t.kind === 'number'; steps++) b -= 2;
    if (b > 0 && ws[b].glued && ws[b - 1].t.text === '+' && (b < i || (i + 2 < ws.length && ws[i + 1].t.text === '-' && ws[i + 1].glued && ws[i + 2].glued && ws[i + 2].t.kind === 'number'))) return true;
    // Codes with a leading zero: 007, 0800, 011.
    if (raw.length >= 3 && raw[0] === '0' && !w.k.includes('.')) return true;
    // Glued to a word or to a word by a hyphen: चंद्रयान-3, G20, जी-20, कोविड-19.
    if (w.glued && i > 0) {
      const p = ws[i - 1];
      if (p.t.kind === 'deva' || p.t.kind === 'latin') return true;
      if ((p.t.text === '-' || p.t.text === '/') && p.glued && i > 1 && (ws[i - 2].t.kind === 'deva' || ws[i - 2].t.kind === 'latin')) return true;
      if (p.t.text === '+' || p.t.text === '#') return true;
    }
    // 98765-43210, 011-2345678
    if (i + 2 < ws.length && ws[i + 1].t.text === '-' && ws[i + 1].glued && ws[i + 2].glued && ws[i + 2].t.kind === 'number' && raw.length + ws[i + 2].k.length >= 9 && ws[i + 2].k.length >= 4) return true;
    if (i > 1 && ws[i - 1].t.text === '-' && w.glued && ws[i - 1].glued && ws[i - 2].t.kind === 'number' && raw.length + ws[i - 2].k.length >= 9 && raw.length >= 4) return true;
  }
  // Cue words before the number: धारा 406, section 420, No. 5, पिन 110001.
  let p = startW - 1;
  if (p >= 0 && (ws[p].t.text === '.' || ws[p].t.text === ':' || ws[p].t.text === '#') && p > 0) p--;
  if (p >= 0 && on(ws, startW) && IDENTIFIER_CUES.has(ws[p].k)) return true;
  return false;
}
