/**
 * The word view the DATE and FIGURE recognisers walk over, and the small calendar arithmetic
 * they share (day numbers, ISO weeks, nearest-year resolution, tense of a clause).
 */
import type { ReferenceDate } from '../types';
import type { Token } from '../text/tokens';
import { numberKey } from './numberKey';

/** A non-space token with its match key and whether a line break precedes it. */
export interface Word {
  t: Token;
  /** Match key (numberKey of the text). */
  k: string;
  /** A line break lies between the previous word and this one. */
  nl: boolean;
  /** No space between the previous word and this one. */
  glued: boolean;
}

// The DATE and FIGURE recognisers (and the reference-date finder) run over the same token array
// one after the other: the word view is built once per array.
const cache = new WeakMap<readonly Token[], Word[]>();

/** Builds the word view of a token list (spaces dropped, line breaks remembered); cached per array. */
export function buildWords(tokens: readonly Token[]): Word[] {
  let out = cache.get(tokens);
  if (out && (tokens.length === 0 || out.length === 0 || out[out.length - 1].t === lastWordToken(tokens))) return out;
  out = build(tokens);
  cache.set(tokens, out);
  return out;
}

function lastWordToken(tokens: readonly Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i].kind !== 'space') return tokens[i];
  return undefined;
}

function build(tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  let nl = true;
  let prevEnd = -1;
  for (const t of tokens) {
    if (t.kind === 'space') {
      if (!nl && (t.text.indexOf('\n') >= 0 || t.text.indexOf('\r') >= 0)) nl = true;
      continue;
    }
    out.push({ t, k: numberKey(t.text), nl, glued: t.start === prevEnd });
    prevEnd = t.end;
    nl = false;
  }
  return out;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** Calendar date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO-8601 week of a day number, as `YYYY-Www`. */
export function isoWeek(n: number): string {
  const wd = (weekdayOf(n) + 6) % 7; // Monday = 0
  const thursday = n - wd + 3;
  const { y } = fromDayNumber(thursday);
  const jan1 = dayNumber(y, 1, 1);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${y}-W${pad(week)}`;
}

/** The reference date as numbers; `yKnown` false for `XXXX-MM-DD` (arithmetic then uses a non-leap stand-in year). */
export interface Ref {
  y: number;
  m: number;
  d: number;
  yKnown: boolean;
  /** Day number. */
  n: number;
}

const STAND_IN_YEAR = 2001;

export function parseRef(ref: ReferenceDate | undefined): Ref | undefined {
  if (!ref) return undefined;
  const m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(ref.value);
  if (!m) return undefined;
  const yKnown = m[1] !== 'XXXX';
  const y = yKnown ? Number(m[1]) : STAND_IN_YEAR;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return { y, m: mo, d, yKnown, n: dayNumber(y, mo, d) };
}

/** `YYYY-MM-DD`, or `XXXX-MM-DD` when the year is not known. */
export function fmtDay(y: number, m: number, d: number, yKnown = true): string {
  return `${yKnown ? pad(y, 4) : 'XXXX'}-${pad(m)}-${pad(d)}`;
}
export function fmtMonth(y: number, m: number, yKnown = true): string {
  return `${yKnown ? pad(y, 4) : 'XXXX'}-${pad(m)}`;
}
export function fmtDayNumber(n: number, yKnown = true): string {
  const { y, m, d } = fromDayNumber(n);
  return fmtDay(y, m, d, yKnown);
}

/**
 * The year for a month (and day) written without one: the occurrence nearest the reference
 * date, or the latest one not after it (`dir` -1), or the first not before it (`dir` +1).
 */
export function resolveYear(ref: Ref, m: number, d: number | undefined, dir = 0): number {
  const dd = d ?? 15;
  let best = ref.y;
  let bestDist = Infinity;
  for (let y = ref.y - 1; y <= ref.y + 1; y++) {
    const n = dayNumber(y, m, Math.min(dd, daysInMonth(y, m)));
    const diff = n - ref.n;
    if (dir < 0 && diff > (d === undefined ? 31 : 0)) continue;
    if (dir > 0 && diff < (d === undefined ? -31 : 0)) continue;
    const dist = Math.abs(diff);
    if (dist < bestDist) { bestDist = dist; best = y; }
  }
  return best;
}

export type Tense = 'past' | 'perfect' | 'future' | undefined;

const PAST_WORDS = new Set(['था', 'थी', 'थे', 'थीं', 'गया', 'गई', 'गए', 'गयी', 'गये', 'गईं', 'हुआ', 'हुई', 'हुए', 'हुईं', 'किया', 'किए', 'किये', 'दिया', 'दिए', 'दिये', 'लिया', 'लिए', 'लिये', 'कहा', 'बताया', 'जताया', 'चुका', 'चुकी', 'चुके', 'दी', 'ली', 'की', 'रहा', 'रही', 'रहे', 'मिला', 'मिली', 'मिले', 'आया', 'आई', 'आए', 'पाया', 'सकी', 'सका', 'सके'].map(numberKey));
const STRONG_PAST = new Set(['था', 'थी', 'थे', 'थीं']);
const FUTURE_WORDS = new Set(['आसार', 'संभावना', 'सम्भावना', 'उम्मीद', 'अनुमान', 'सकता', 'सकती', 'सकते', 'चाहिए', 'वाले', 'वाला', 'वाली', 'प्रस्तावित', 'तय', 'will', 'would'].map(numberKey));
/**
 * Requests and commands (रखो, करें, कीजिए): what they ask for is still to come, so they read as
 * the future (कल सुबह 9 बजे की बैठक रखो: tomorrow). A closed list: many words end like them (को, जो, दो).
 * Polite forms in -ें only where dropping the nasal leaves no past form: web text often writes the
 * past मिले, पहुंचे, आए as मिलें, पहुंचें, आएं, so those stay out.
 */
const IMPERATIVES = new Set([
  'रखो', 'करो', 'चलो', 'बताओ', 'भेजो', 'आओ', 'जाओ', 'मिलो',
  'करें', 'दें', 'जाएं', 'जाएँ',
  'रखिए', 'करिए', 'कीजिए', 'दीजिए', 'लीजिए', 'आइए', 'चलिए', 'बताइए', 'मिलिए', 'पहुंचिए',
].map(numberKey));
const PRESENT_AUX = new Set(['है', 'हैं']);
const OPINION_INFINITIVES = new Set(['कहना', 'मानना', 'सोचना', 'लगना', 'देखना', 'समझना']);
// Vowel signs and independent vowels that precede the future ending: करेगा, होगी, जाएंगे, जाएगा, जाओगे.
const VOWEL_SIGNS_BEFORE_GA = new Set([0x0947, 0x094b, 0x0902, 0x0942, 0x093e, 0x0940, 0x0948, 0x0901, 0x090f, 0x0910, 0x0913, 0x0914]);
/** Words that open a subordinate clause: once the main verb is seen, the scan stops there. */
const CLAUSE_BREAK = new Set(['कि', 'जबकि', 'जिसमें', 'जिसके', 'जिससे', 'जो', 'जहां', 'जहाँ', 'ताकि', 'क्योंकि', 'लेकिन', 'मगर', 'that', 'which'].map(numberKey));

function isFutureVerb(k: string): boolean {
  const n = k.length;
  if (n < 3) return false;
  const last = k.charCodeAt(n - 1);
  if (k.charCodeAt(n - 2) !== 0x0917 || (last !== 0x093e && last !== 0x0940 && last !== 0x0947)) return false; // गा/गी/गे
  return VOWEL_SIGNS_BEFORE_GA.has(k.charCodeAt(n - 3));
}

/** True for a word that ends a sentence or clause for tense purposes. */
export function isSentenceEnd(w: Word): boolean {
  if (w.t.kind !== 'punct') return false;
  const c = w.t.text;
  return c === '।' || c === '?' || c === '!' || c === '|' || c === '॥' || c === '"' || c === '“' || c === '”';
}

/**
 * The tense of the clause around word `i`, read from the verbs between it and the end of the
 * sentence (Hindi puts the finite verb last): the marker nearest the end wins.
 */
export function tenseAfter(ws: readonly Word[], i: number): Tense {
  let result: Tense;
  const limit = Math.min(ws.length, i + 40);
  for (let j = i + 1; j < limit; j++) {
    const w = ws[j];
    if (w.nl || isSentenceEnd(w) || (w.t.text === '.' && (j + 1 >= ws.length || ws[j + 1].nl || !ws[j + 1].glued))) break;
    if (result !== undefined && (CLAUSE_BREAK.has(w.k) || w.t.text === ',' || w.t.text === ';')) break;
    if (w.t.kind !== 'deva' && w.t.kind !== 'latin') continue;
    const k = w.k;
    if (STRONG_PAST.has(k)) { result = 'past'; continue; }
    if (PRESENT_AUX.has(k)) {
      // होना है, होनी है: "is to be", a future; कहना है ("says") is not.
      const pk = ws[j - 1].k;
      if (j - 1 > i && /[नन](?:ा|ी|े)$/.test(pk) && pk.length > 3 && !OPINION_INFINITIVES.has(pk)) { result = 'future'; continue; }
      if (result === 'past') result = 'perfect';
      continue;
    }
    if (isFutureVerb(k) || FUTURE_WORDS.has(k) || IMPERATIVES.has(k)) { result = 'future'; continue; }
    if (PAST_WORDS.has(k)) {
      // की/दी/ली are also postpositions or nouns: only count them as verbs at the clause end.
      if ((k === 'की' || k === 'दी' || k === 'ली') && j + 1 < limit && !isSentenceEnd(ws[j + 1]) && !PRESENT_AUX.has(ws[j + 1].k) && !STRONG_PAST.has(ws[j + 1].k) && ws[j + 1].t.text !== ',' && ws[j + 1].t.text !== '.') continue;
      result = 'past';
    }
  }
  return result;
}

/** Index after a URL starting at word i (http://…, www.…), or i when none starts there. */
export function urlEnd(ws: readonly Word[], i: number): number {
  const k = ws[i].k;
  if (!(k === 'http' || k === 'https' || k === 'www') || i + 1 >= ws.length || !ws[i + 1].glued) return i;
  let j = i + 1;
  while (j < ws.length && ws[j].glued) j++;
  return j;
}

