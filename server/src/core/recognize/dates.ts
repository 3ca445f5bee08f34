/**
 * The DATE recogniser: calendar references in Hindi and English news text, absolute or
 * relative, resolved to TIMEX3-style values against the article's reference date
 * (shared/ANNOTATION.md).
 *
 * It walks the word view once, left to right; at each word that can start a date it tries
 * the patterns below, longest first, and takes the first that matches. Every pattern looks at
 * a bounded number of words ahead, so the whole pass is linear in the text.
 */
import * as chrono from 'chrono-node';
import type { ReferenceDate, Span } from '../types';
import { isClusterBoundary, type Token } from '../text/tokens';
import {
  AGO_BY_KEY, AMBIGUOUS_LATIN_MONTHS, MONTH_ABBREV_BY_KEY, SHORT_HINDI_WEEKDAY_BY_KEY, CLOCK_UNIT_BY_KEY, DIRECTION_BY_KEY, FISCAL_FIRST, MONTH_BY_KEY, PART_OF_DAY_BY_KEY,
  RELATIVE_DAY_BY_KEY, SEASON_BY_KEY, SHORT_LATIN_WEEKDAYS, TIME_ZONES, UNIT_BY_KEY, WEEKDAY_BY_KEY, YEAR_WORDS,
  type CalendarUnit, type PartOfDay,
} from '../resources/calendar';
import { CARDINAL_BY_KEY, FRACTION_BY_KEY, ORDINAL_SUFFIXES, ORDINAL_WORD_BY_KEY } from './numberWords';
import { IDENTIFIER_CUES } from '../resources/figureWords';
import { keyedMap, numberKey } from './numberKey';
import {
  buildWords, dayNumber, daysInMonth, fmtDay, fmtDayNumber, fmtMonth, fromDayNumber, isoWeek, parseRef,
  resolveYear, tenseAfter, urlEnd, weekdayOf, type Ref, type Word,
} from './dateWords';

/** A match in progress: the word index after it, its value and attributes. */
interface Hit {
  end: number;
  value: string;
  relative?: boolean;
  weekday?: number;
  weekdayWord?: number;
  /** Day number when the hit is a single day, so a time can be attached. */
  day?: number;
  /** The day as written in the value when it has no day number (no reference date: XXXX-WXX-5). */
  dayValue?: string;
  /** A clock time put on the article's day for want of a date (19:00): a date after it may take it. */
  clock?: string;
  /** A range of clock times put on the article's day the same way (10 और 11:30 के बीच). */
  clockRange?: { hhmm: string; hhmm2: string };
  yKnown?: boolean;
}

/**
 * Ordinal words that can name a day of the month (पहली, दूसरे, बीसवीं … इकतीसवीं) before a
 * month word or तारीख. पहले is left out: before a month it is far more often "earlier".
 */
const ORDINAL_DAY_BY_KEY: ReadonlyMap<string, number> = new Map([...ORDINAL_WORD_BY_KEY].filter(([k, v]) => v >= 1 && v <= 31 && k !== 'पहले'));

/** The word for a day of the month (15 तारीख), with its common misspelling. */
const DATE_WORDS: ReadonlySet<string> = new Set(['तारीख', 'तारिख', 'तारीक']);

/** Words that may follow a 4-digit number that is a year. */
const AFTER_YEAR = new Set(['में', 'के', 'की', 'का', 'से', 'तक', 'को', 'ने', 'पर', 'और', 'व', 'या', 'के', 'वाले', 'वाली', 'वाला', 'तक', 'ही', 'भी', 'में', 'का', 'मे', 'था', 'थी', 'है', 'in', 'of', 'since', 'and', 'to']);
/** Words after "YYYY से" that show the number is a quantity (1500 से अधिक). */
const MORE_LESS = new Set(['अधिक', 'ज्यादा', 'ज़्यादा', 'कम', 'ऊपर', 'ज्‍यादा'].map((s) => s.normalize('NFC')));
const APPROX_WORDS = new Set(['करीब', 'लगभग', 'तकरीबन', 'करीबन', 'कोई', 'महज', 'सिर्फ', 'केवल', 'ठीक']);
const SEASON_WORDS = new Set(['सत्र', 'सीजन', 'सीज़न', 'season']);
const FISCAL_DOC_CUES = /वित्त\s*वर्ष|वित्तीय\s*वर्ष|बजट|राजकोषीय|\bFY\s*\d|fiscal|financial year/i;
const RANGE_JOIN = new Set(['-', '–', '—', 'से', 'तक', 'to', 'till', 'until']);
const DAY_JOIN = new Set(['-', '–', '—', 'से', 'व', 'और', 'and', '&', 'to']);
const TIME_SUFFIX = new Set(['बजे', 'बजकर', 'बज', 'ओक्लॉक', "ओ'क्लॉक", 'ओक्लोक', "o'clock", 'oclock']);
/**
 * English hour words, in Latin letters or written in Devanagari (सेवन, इलेवन): a clock hour only
 * before o'clock, am or pm (सेवन ओक्लॉक, शाम सेवन पीएम, टेन am), since several are Hindi words too
 * (सेवन is "consumption"; वन, "forest", is left out).
 */
const ENGLISH_HOUR_BY_KEY: ReadonlyMap<string, number> = keyedMap([
  ['टू', 2], ['थ्री', 3], ['फोर', 4], ['फाइव', 5], ['फाईव', 5], ['सिक्स', 6], ['सेवन', 7], ['एट', 8], ['नाइन', 9], ['नाईन', 9], ['टेन', 10], ['इलेवन', 11], ['ट्वेल्व', 12], ['ट्वेल्व्', 12],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);
/** English minutes after such an hour (सेवन थर्टी पीएम, seven thirty p.m). */
const ENGLISH_MINUTES_BY_KEY: ReadonlyMap<string, number> = keyedMap([
  ['फिफ्टीन', 15], ['ट्वेंटी', 20], ['थर्टी', 30], ['फोर्टी', 40], ['फिफ्टी', 50],
  ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
]);
/** am/pm written in Devanagari. */
const AMPM_DEVA: ReadonlyMap<string, string> = keyedMap([['एएम', 'am'], ['पीएम', 'pm']]);
/** Whether an o'clock, am or pm word (a.m., p. m, पीएम) starts at `j`. */
function clockWordAt(ctx: Ctx, j: number): boolean {
  if (!on(ctx, j) || j >= ctx.ws.length) return false;
  const k = key(ctx, j);
  if (TIME_SUFFIX.has(k) && k !== 'बजकर' && k !== 'बज' && k !== 'बजे') return true;
  // (टू and एट are also "to" and "at": with पीएम/एएम, which may name a prime minister, they read as those.)
  if (k === 'am' || k === 'pm' || (AMPM_DEVA.has(k) && !['टू', 'एट'].includes(key(ctx, j - 1)))) return true;
  return (k === 'a' || k === 'p') && isPunct(ctx, j + 1, '.') && glued(ctx, j + 1) && key(ctx, j + 2) === 'm' && ctx.ws[j + 2].t.text.length === 1;
}
/** Words of approximation that may stand between a part of the day and its clock time (रात करीब 8 बजे). */
const POD_APPROX: ReadonlySet<string> = new Set(['करीब', 'क़रीब', 'लगभग', 'तकरीबन', 'तक़रीबन', 'करीबन', 'क़रीबन']);

interface Ctx {
  text: string;
  ws: Word[];
  ref: Ref | undefined;
  fiscalDoc: boolean;
}

/**
 * Finds DATE spans in `text`. `tokens` is `tokenize(text)`; `ref` is the article's reference
 * date, against which relative expressions are resolved (without one they get `XXXX` values).
 * Spans are sorted, never overlap, and carry `date.relative` and the weekday written, if any.
 */
export function findDates(text: string, tokens: readonly Token[], ref: ReferenceDate | undefined): Span[] {
  const ws = buildWords(tokens);
  return findDatesInWords(text, ws, ref);
}

/** As findDates, over a prepared word view (shared with the figure recogniser and tests). */
export function findDatesInWords(text: string, ws: Word[], ref: ReferenceDate | undefined): Span[] {
  const ctx = makeCtx(text, ws, ref);
  const out: Span[] = [];
  const misses: number[] = [];
  scan(ctx, out, 0, ws.length, ref ? undefined : misses);
  const merged = joinNow(text, joinRanges(text, out, ctx.ref), ctx.ref);
  if (!ref) MISSES.set(merged, misses);
  return merged;
}

/** Between two dates: `से`, `से लेकर` (… `तक` after the second), or `और` (… `के बीच` after it). */
const RANGE_BETWEEN = /^\s+(?:से(?:\s+लेकर)?|and|to|from)\s+$/u;
const AND_BETWEEN = /^\s+(?:और|व|and)\s+$/u;
const DASH_BETWEEN = /^\s*[-–—]\s*$/u;
const YEAR_DIGITS = /(?:^|[^0-9\u0966-\u096F])[0-9\u0966-\u096F]{4}(?![0-9\u0966-\u096F])/u;
const BETWEEN_AFTER = /^\s+(?:के\s+बीच|के\s+मध्य)/u;

/** A day whose place in the calendar is unknown (no reference date): XXXX-XX-XX, XXXX-WXX-5, with or without its clock time (आज 4 बजे: XXXX-XX-XXT04:00). */
const UNRESOLVED_DAY = /^XXXX-(?:XX-XX|WXX-\d)(?:T\d\d:\d\d)?$/;

/** The first day a value names (for ordering the ends of a range), or undefined for times and weeks. */
function rangeEndDay(v: string): number | undefined {
  // An ISO week (31वें हफ्ते से 35वें हफ्ते तक) is ordered by its Monday.
  // Without a year (XXXX-W31: no article date) a stand-in year orders them, as for days below.
  const w = /^(\d{4}|XXXX)-W(\d\d)$/.exec(v);
  if (w) { const jan4 = dayNumber(w[1] === 'XXXX' ? 2000 : +w[1], 1, 4); return jan4 - ((weekdayOf(jan4) + 6) % 7) + 7 * (+w[2] - 1); }
  const m = /^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?$/.exec(v);
  // Without a year (XXXX-10-02) only the month and day order the ends: a stand-in year.
  return m && !(m[1] === 'XXXX' && !m[2]) ? dayNumber(m[1] === 'XXXX' ? 2000 : +m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1) : undefined;
}

/**
 * The end of a range written without its year after a start that writes one (1 जनवरी 2020 से 31
 * मार्च तक, मार्च 2020 से जून तक) is in the start's year, or the next one if it falls earlier in the
 * year; the article's date does not decide it. Only a plain day and month or a month: कल, शुक्रवार
 * or अगले मार्च keep their own reading.
 */
function endInStartYear(a: Span, b: Span): string {
  const am = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(a.value);
  const bm = /^(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$/.exec(b.value);
  if (!am || !bm || a.date?.relative || !/[0-9\u0966-\u096F]{4}/.test(a.text) || /[0-9\u0966-\u096F]{4}/.test(b.text)) return b.value;
  if (!startsWithDayOrMonth(b.text, false)) return b.value;
  const y = +am[1] + (+bm[1] * 100 + (bm[2] ? +bm[2] : 0) < +am[2] * 100 + (am[3] ? +am[3] : 0) ? 1 : 0);
  if (bm[2] && +bm[2] > daysInMonth(y, +bm[1])) return b.value;
  return `${y}${b.value.slice(4)}`;
}

/**
 * Whether a date's text starts with a day (digits, a number word or an ordinal word; with its
 * ordinal suffix too when `suffix`: 1ली, 3rd) or a month word: a plain day and month, or a month.
 */
function startsWithDayOrMonth(text: string, suffix: boolean): boolean {
  const first = numberKey(text.split(/[\s,.-]/u)[0]);
  return (suffix ? /^[0-9\u0966-\u096F]{1,2}(?:ली|वीं|वें|st|nd|rd|th)?$/ : /^[0-9\u0966-\u096F]{1,2}$/).test(first) ||
    MONTH_BY_KEY.has(first) || MONTH_ABBREV_BY_KEY.has(first) || CARDINAL_BY_KEY.has(first) || ORDINAL_WORD_BY_KEY.has(first);
}

/**
 * The mirror of endInStartYear: the start of a range written without its year before an end that
 * writes one (1 फरवरी से मार्च 2019 तक, 1ली फरवरी और मार्च 2019 के बीच) is in the end's year, or the
 * year before if it falls later in the year; the article's date does not decide it. Only a plain
 * day and month or a month (at most two words, the first a day or a month word) before an end that
 * names its month (अप्रैल के अंतिम सोमवार से 2019 तक keeps its own reading).
 */
function startInEndYear(a: Span, b: Span): string {
  const am = /^(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$/.exec(a.value);
  const bm = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(b.value);
  if (!am || !bm || b.date?.relative || a.text.split(/\s+/u).length > 2 || /[0-9\u0966-\u096F]{4}/.test(a.text) || !/[0-9\u0966-\u096F]{4}/.test(b.text)) return a.value;
  if (!startsWithDayOrMonth(a.text, true)) return a.value;
  const y = +bm[1] - (+am[1] * 100 + (am[2] ? +am[2] : 0) > +bm[2] * 100 + (bm[3] ? +bm[3] : 0) ? 1 : 0);
  if (am[2] && +am[2] > daysInMonth(y, +am[1])) return a.value;
  return `${y}${a.value.slice(4)}`;
}

/** The minute a clock time on a known day names (2025-09-10T16:00), for ordering the ends of a range. */
function rangeEndMinute(v: string): number | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(v);
  return m ? dayNumber(+m[1], +m[2], +m[3]) * 1440 + +m[4] * 60 + +m[5] : undefined;
}

/**
 * The day of a value that ends in a part of the day (`part`: 2025-09-04TMO, XXXX-WXX-6TEV) or in a
 * clock time (2025-09-04T18:00): its day number, NaN for a day the missing article date leaves
 * unknown, undefined for any other value.
 */
function dayOfTimed(v: string, part: boolean): number | undefined {
  const m = (part ? /^(.+)T(?:MO|AF|EV|NI)$/ : /^(.+)T\d\d:\d\d$/).exec(v);
  if (!m) return undefined;
  if (/^XXXX-(?:XX-XX|WXX-\d)$/.test(m[1])) return NaN;
  return /^\d{4}-\d\d-\d\d$/.test(m[1]) ? rangeEndDay(m[1]) : undefined;
}

/**
 * A clock time on one day and a part of another day joined by से … तक (आज शाम 6 बजे से कल सुबह
 * तक, शनिवार सुबह से रविवार रात 10 बजे तक): one range across days, the earlier day first; without
 * the article's date, two unresolved days. Two parts of days alone (आज दोपहर से कल सुबह तक) stay apart.
 */
function clockToPartOfDay(a: string, b: string): boolean {
  const pa = dayOfTimed(a, true), pb = dayOfTimed(b, true);
  const da = pa !== undefined ? pa : dayOfTimed(a, false);
  const db = pb !== undefined ? pb : dayOfTimed(b, false);
  if (da === undefined || db === undefined || (pa === undefined) === (pb === undefined)) return false;
  if (Number.isNaN(da) || Number.isNaN(db)) return Number.isNaN(da) && Number.isNaN(db);
  return da < db;
}

/**
 * Two dates joined as a range (`2 अक्टूबर से 5 नवंबर तक`, `2015 से 5 मई, 2017`, `1 जनवरी 2015 और
 * 5 फरवरी 2018 के बीच`) are one DATE with an `A/B` value (ANNOTATION.md: a range is one span).
 * Only dates with known years, in order, each a day, month or year; the postposition stays outside.
 */
function joinRanges(text: string, spans: Span[], r?: Ref): Span[] {
  if (spans.length < 2) return spans;
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    if (b && b.start - a.end <= 12) {
      const span = joinPair(text, a, b) ?? joinPair(text, ...weekdaysInOrder(text, a, b, r));
      if (span) {
        out.push(span);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A bare weekday (शुक्रवार, सोमवार सुबह 6 बजे) read from the article's date, not from a week or a date. */
function bareWeekday(s: Span): boolean {
  return s.date?.weekday !== undefined && s.date.weekdayStart === s.start && !!s.date.relative && /^\d{4}-\d\d-\d\d(?:T|$)/.test(s.value);
}

/** A value on a known day moved by `k` days, its time or part of the day kept. */
function shiftValueDays(v: string, k: number): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)(T.*)?$/.exec(v);
  return m ? fmtDayNumber(dayNumber(+m[1], +m[2], +m[3]) + k) + (m[4] ?? '') : v;
}

/**
 * शुक्रवार रात 10 बजे से सोमवार सुबह 6 बजे तक, सोमवार से शनिवार तक खुला रहा: a range runs forward,
 * so where each bare weekday read alone from the article's date puts the end before (or on) the
 * start, less than a week earlier, the end is the first such weekday after the start, or, when the
 * end was read in the past and the start is a bare weekday too, the start is the one before the end.
 * Only with से and a closing तक or के बीच; the caller joins the pair only if it then runs forward.
 */
function weekdaysInOrder(text: string, a: Span, b: Span, r: Ref | undefined): [Span, Span] {
  if (!r || !RANGE_BETWEEN.test(text.slice(a.end, b.start)) || !/^\s+(?:तक|के\s+बीच)(?![\p{L}\p{M}])/u.test(text.slice(b.end, b.end + 12))) return [a, b];
  const day = (v: string) => { const m = /^(\d{4})-(\d\d)-(\d\d)(?:T|$)/.exec(v); return m ? dayNumber(+m[1], +m[2], +m[3]) : undefined; };
  const da = day(a.value), db = day(b.value);
  if (da === undefined || db === undefined || db > da || da - db >= 7) return [a, b];
  if (bareWeekday(a) && db < r.n) return [{ ...a, value: shiftValueDays(a.value, -7) }, b];
  if (bareWeekday(b)) return [a, { ...b, value: shiftValueDays(b.value, 7) }];
  return [a, b];
}

/**
 * The value of a range whose ends are dates on known years and at least one a range itself
 * (2020/2021 and 2024/2025 -> 2020/2025), when the second starts after the first and ends no
 * earlier; otherwise ''.
 */
function nestedRangeValue(a: string, b: string): string {
  const pa = a.split('/'), pb = b.split('/');
  const plain = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;
  if (pa.length > 2 || pb.length > 2 || ![...pa, ...pb].every((v) => plain.test(v))) return '';
  const as = rangeEndDay(pa[0])!, ae = rangeEndDay(pa[pa.length - 1])!, bs = rangeEndDay(pb[0])!, be = rangeEndDay(pb[pb.length - 1])!;
  return as < bs && ae <= be ? `${pa[0]}/${pb[pb.length - 1]}` : '';
}

/** Two dates joined as a range, as one span (see joinRanges), or undefined. */
function joinPair(text: string, a: Span, b: Span): Span | undefined {
  const between = text.slice(a.end, b.start);
  // 3 मार्च 1891 - 5 दिसम्बर 1983, 1940 – 31 जुलाई 2013: a dash joins two dates that each write their year.
  const dashed = DASH_BETWEEN.test(between) && YEAR_DIGITS.test(a.text) && YEAR_DIGITS.test(b.text);
  const joined = RANGE_BETWEEN.test(between) || dashed || (AND_BETWEEN.test(between) && BETWEEN_AFTER.test(text.slice(b.end, b.end + 12)));
  const bValue = joined ? endInStartYear(a, b) : b.value;
  const aValue = joined && bValue === b.value ? startInEndYear(a, b) : a.value;
  const da = rangeEndDay(aValue);
  const db = rangeEndDay(bValue);
  const sameYearKind = aValue.startsWith('XXXX') === bValue.startsWith('XXXX');
  // Two clock times on known days (आज शाम 4 बजे से कल शाम 5 बजे तक), the first one earlier.
  const ma = rangeEndMinute(a.value), mb = rangeEndMinute(b.value);
  const times = RANGE_BETWEEN.test(between) && ma !== undefined && mb !== undefined && ma < mb;
  // Without the article's date, two unresolved days (आज से कल तक, इस शुक्रवार से अगले रविवार तक)
  // cannot be ordered: they join only when तक (or के बीच after से) closes the range.
  // (A known day with its clock time counts as a day here: 1 जनवरी 2016 को शाम 4 बजे से आज शाम 5 बजे तक.)
  const dayOf = (v: string) => rangeEndDay(v.replace(/T\d\d:\d\d$/, ''));
  const unresolved = (UNRESOLVED_DAY.test(a.value) ? UNRESOLVED_DAY.test(b.value) || dayOf(bValue) !== undefined : UNRESOLVED_DAY.test(b.value) && dayOf(a.value) !== undefined) && RANGE_BETWEEN.test(between) && /^\s+(?:तक|के\s+बीच)/u.test(text.slice(b.end, b.end + 12));
  const mixed = RANGE_BETWEEN.test(between) && /^\s+तक(?![\p{L}\p{M}])/u.test(text.slice(b.end, b.end + 8)) && clockToPartOfDay(a.value, b.value);
  // 2020-21 से 2024-25 तक, वित्त वर्ष 2019-20 से 2023-24 के बीच, 1990-91 से 1995 तक: where an end is
  // itself a range of years, months or days, the range runs from the first one's start to the second one's end.
  const nested = joined && (aValue.includes('/') || bValue.includes('/')) && nestedRangeValue(aValue, bValue);
  // 12वीं सदी से 15वीं सदी तक, 1980 के दशक से 2000 के दशक तक: two centuries or two decades, the first one earlier.
  const eras = joined && (/^\d\d$/.test(aValue) && /^\d\d$/.test(bValue) || /^\d{3}$/.test(aValue) && /^\d{3}$/.test(bValue)) && +aValue < +bValue;
  if ((joined && sameYearKind && da !== undefined && db !== undefined && da < db || unresolved || times || mixed || nested || eras) && !between.includes('\n')) {
    const span: Span = { type: 'DATE', start: a.start, end: b.end, text: text.slice(a.start, b.end), value: nested || `${aValue}/${bValue}`, source: 'rule', date: { ...a.date } };
    if (b.date?.relative && bValue === b.value) span.date!.relative = true;
    return span;
  }
  return undefined;
}

/** "Now" as one end of a range named with के बीच: 22 जनवरी और अब के बीच, अभी से 15 नवंबर के बीच. */
const AND_NOW_AFTER = /^\s+(?:और|व)\s+(?:अब|अभी)(?=\s+के\s+(?:बीच|मध्य)(?![\p{L}\p{M}]))/u;
const NOW_FROM_BEFORE = /(?:^|[\s(])((?:अब|अभी)\s+से(?:\s+लेकर)?\s+)$/u;
const BETWEEN_AFTER_END = /^\s+के\s+(?:बीच|मध्य)(?![\p{L}\p{M}])/u;
/** The period of a year, month or ISO week to date: इस साल आज तक. */
const TO_DATE_AFTER = /^\s+तक(?![\p{L}\p{M}])/u;

/**
 * Ranges with the article's day as one end, written with a word that is no DATE of its own:
 * - `22 जनवरी और अब के बीच`, `अभी से 15 नवंबर के बीच`: between a date and now (only with के बीच:
 *   `1 जून से अब तक` says "since", and its DATE is `1 जून`, as the gold articles mark it);
 * - `इस साल आज तक`, `इस महीने आज तक`: the current period to date (the DATE `आज` joins it).
 * With the article's date the value runs from the earlier end to the later one, and a date on the
 * wrong side of now is left alone; without it, now is `XXXX-XX-XX`.
 */
function joinNow(text: string, spans: Span[], r: Ref | undefined): Span[] {
  if (spans.length === 0) return spans;
  const now = r ? fmtDayNumber(r.n, r.yKnown) : 'XXXX-XX-XX';
  const first = (v: string) => rangeEndDay(v.split('/')[0]);
  const ordered = (a: string, b: string) => {
    if (!r || !r.yKnown) return true;
    const da = first(a), db = first(b.split('/').pop()!);
    return da !== undefined && db !== undefined && !a.startsWith('XXXX') && !b.startsWith('XXXX') && da <= db;
  };
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.value.includes('/') || /T/.test(s.value)) { out.push(s); continue; }
    const after = text.slice(s.end, s.end + 40);
    const prevEnd = out.length > 0 ? out[out.length - 1].end : 0;
    let m = AND_NOW_AFTER.exec(after);
    if (m && !text.slice(s.end, s.end + m[0].length).includes('\n') && ordered(s.value, now)) {
      const end = s.end + m[0].length;
      out.push({ ...s, end, text: text.slice(s.start, end), value: `${s.value}/${now}`, date: { ...s.date, relative: true } });
      continue;
    }
    m = NOW_FROM_BEFORE.exec(text.slice(Math.max(0, s.start - 20), s.start));
    if (m && BETWEEN_AFTER_END.test(after) && ordered(now, s.value)) {
      const st = s.start - m[1].length;
      if (st >= prevEnd && !text.slice(st, s.start).includes('\n')) {
        out.push({ ...s, start: st, text: text.slice(st, s.end), value: `${now}/${s.value}`, date: { ...s.date, relative: true } });
        continue;
      }
    }
    // इस साल आज तक: a relative period that holds the article's day, then आज, then तक.
    const b = spans[i + 1];
    if (b && (s.date?.relative || s.value.startsWith('XXXX')) && /^\s+$/.test(text.slice(s.end, b.start)) && b.text === 'आज' && TO_DATE_AFTER.test(text.slice(b.end, b.end + 8))) {
      const pm = /^(\d{4}|XXXX)(?:-(\d\d|XX)|-W(\d\d)|-WXX)?$/.exec(s.value);
      let startDay: string | undefined;
      // Without the article's year: the period's first day, as far as it can be written.
      if (pm && (!r || !r.yKnown)) startDay = /^(?:XXXX|\d{4})$/.test(s.value) ? `${s.value}-01-01` : /W/.test(s.value) ? `${s.value}-1` : `${s.value}-01`;
      else if (pm && r) {
        const days = periodOfRef(s.value, r);
        if (days) startDay = fmtDayNumber(days.first);
      }
      if (startDay !== undefined) {
        out.push({ ...s, end: b.end, text: text.slice(s.start, b.end), value: `${startDay}/${b.value}` });
        i++;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** Words that start a date only when the article's date is known (चालू वित्त वर्ष, बीती रात). */
const MISSES = new WeakMap<readonly Span[], number[]>();

function makeCtx(text: string, ws: Word[], ref: ReferenceDate | undefined): Ctx {
  return { text, ws, ref: parseRef(ref), fiscalDoc: FISCAL_DOC_CUES.test(text.length > 200000 ? '' : text) };
}

/** A span whose value or extent can change once the article's date is known. */
function needsRef(s: Span): boolean {
  return !!s.date?.relative || !/^\d{3}/.test(s.value) || s.value.includes('X');
}

/** Index of the word that contains or starts after `offset`. */
function wordIndexAt(ws: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].t.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Resolves the spans of a pass made without a reference date (`undated`, from findDatesInWords
 * with `undefined`) against `ref`: only the spans whose value depends on the article's date are
 * matched again, from the word before them (बीती रात needs a date to be one), so the article's
 * date can be read from the same pass that finds its dates. Equal to findDatesInWords(text, ws, ref)
 * up to the rare date that exists only with a reference date and touches no undated span.
 */
export function resolveDatesInWords(text: string, ws: Word[], undated: readonly Span[], ref: ReferenceDate | undefined): Span[] {
  if (!ref || !parseRef(ref)) return [...undated];
  const ctx = makeCtx(text, ws, ref);
  const out: Span[] = [];
  const misses = MISSES.get(undated) ?? [];
  let mi = 0;
  const rescan = (a: number, b: number) => {
    const last = out.length > 0 ? out[out.length - 1].end : 0;
    if (a > 0 && !ws[a].nl && ws[a - 1].t.start >= last && STARTERS(ws[a - 1])) a--;
    scan(ctx, out, a, b);
  };
  for (const s of undated) {
    // Words before this span that matched nothing without the date may match with it.
    while (mi < misses.length && ws[misses[mi]].t.start < s.start) {
      const w = misses[mi++];
      if (ws[w].t.start >= (out.length > 0 ? out[out.length - 1].end : 0)) scan(ctx, out, w, w + 1);
    }
    const last = out.length > 0 ? out[out.length - 1].end : 0;
    if (s.start < last) {
      // Taken, wholly or in part, by a longer match made with the date: the rest is read afresh.
      if (s.end > last) scan(ctx, out, wordIndexAt(ws, last), wordIndexAt(ws, s.end - 1) + 1);
      continue;
    }
    if (!needsRef(s)) {
      out.push(s);
      continue;
    }
    rescan(wordIndexAt(ws, s.start), wordIndexAt(ws, s.end - 1) + 1);
  }
  while (mi < misses.length) {
    const w = misses[mi++];
    if (ws[w].t.start >= (out.length > 0 ? out[out.length - 1].end : 0)) scan(ctx, out, w, w + 1);
  }
  return joinNow(text, joinRanges(text, out, ctx.ref), ctx.ref);
}

/** The main loop over words [from, to): at each word that can start a date, the longest pattern. */
function scan(ctx: Ctx, out: Span[], from: number, to: number, misses?: number[]): void {
  const { text, ws } = ctx;
  let i = from;
  while (i < to) {
    if (ws[i].t.kind === 'latin') {
      const u = urlEnd(ws, i);
      if (u > i) { i = u; continue; }
    }
    let hit: Hit | undefined;
    try {
      hit = BACK_WORDS.has(ws[i].k) ? backReference(ctx, i, out) : NEXT_DAY_WORDS.has(ws[i].k) ? dayAfterBefore(ctx, i, out) : (BACK_UNITS.has(ws[i].k) ? partOfUnit(ctx, i, out) : undefined) ?? weekOfYear(ctx, i);
      if (!hit) hit = STARTERS(ws[i]) ? matchAt(ctx, i) : undefined;
      if (hit) hit = extendHit(ctx, hit);
      if (hit?.clock || hit?.clockRange) hit = clockThenDay(ctx, hit, i);
    } catch {
      hit = undefined; // A recogniser never throws on messy text.
    }
    if (hit && hit.end > i) {
      const start = ws[i].t.start;
      let endW = hit.end - 1;
      // Never end on trailing punctuation.
      while (endW > i && ws[endW].t.kind === 'punct' && !/[)%]/.test(ws[endW].t.text) && !isAbbrevDot(ws, endW)) endW--;
      const end = ws[endW].t.end;
      if (isClusterBoundary(text, start) && isClusterBoundary(text, end) && (out.length === 0 || out[out.length - 1].end <= start)) {
        const onDay = hit.clock || hit.clockRange ? dayOfSentence(ctx, out, i, hit) : undefined;
        const span: Span = { type: 'DATE', start, end, text: text.slice(start, end), value: onDay ?? hit.value, source: 'rule', date: {} };
        if (hit.relative) span.date!.relative = true;
        const inWeek = hit.weekday !== undefined && hit.weekdayWord === i ? sameWeekAsBefore(ctx, out, i, hit.weekday, span.value) : undefined;
        if (inWeek) { span.value = inWeek; IN_NAMED_WEEK.add(span); }
        if (hit.weekday !== undefined && hit.weekdayWord !== undefined) {
          span.date!.weekday = hit.weekday;
          span.date!.weekdayStart = ws[hit.weekdayWord].t.start;
          span.date!.weekdayEnd = ws[hit.weekdayWord].t.end;
        }
        out.push(span);
      }
      i = endW + 1;
    } else {
      if (misses && (REF_ONLY_STARTS.has(ws[i].k) || (ws[i].t.kind === 'number' && (WEEKDAY_BY_KEY.has(key(ctx, i + 1)) || WEEKDAY_BY_KEY.has(key(ctx, i + 3)))))) misses.push(i);
      i++;
    }
  }
}

/** Words that end a sentence. */
const SENTENCE_END = /^[।?!|॥]$/;
/**
 * कल आप कहां थे सुबह 8 बजे से दोपहर 3 बजे तक?: a clock time (or range) with no day of its own
 * that follows, in the same clause (no comma or sentence end between) and a few words on, a date
 * of one day is on that day, not on the article's. Its value, or undefined.
 */
function dayOfSentence(ctx: Ctx, out: readonly Span[], i: number, hit: Hit): string | undefined {
  const prev = out[out.length - 1];
  if (!prev) return undefined;
  const dm = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/.exec(prev.value);
  if (!dm) return undefined;
  let words = 0;
  for (let x = i - 1; x >= 0 && ctx.ws[x].t.start >= prev.end; x--) {
    const w = ctx.ws[x];
    // (A comma too: सोमवार को हड़ताल थी, पर अब 10 बजे से … starts another clause.)
    if (w.nl || (w.t.kind === 'punct' && (SENTENCE_END.test(w.t.text) || w.t.text === ',' || (w.t.text === '.' && !w.glued)))) return undefined;
    if (++words > 6) return undefined;
  }
  const day = prev.value;
  if (hit.clock) return `${day}T${hit.clock}`;
  const r = hit.clockRange!;
  if (r.hhmm2 < r.hhmm) {
    if (dm[1] === 'XXXX') return undefined;
    return `${day}T${r.hhmm}/${fmtDayNumber(dayNumber(+dm[1], +dm[2], +dm[3]) + 1)}T${r.hhmm2}`;
  }
  return `${day}T${r.hhmm}/${day}T${r.hhmm2}`;
}

/**
 * अगले सप्ताह बुधवार और शुक्रवार को: a weekday joined by और, व, या or a comma to a weekday of a
 * directed week just before it is a later day of that same week, not the next such weekday from the
 * article's date (so is a third after it: सोमवार, बुधवार और शुक्रवार). The weekday's new value
 * (its clock time kept), or undefined.
 */
const IN_NAMED_WEEK = new WeakSet<Span>();
function sameWeekAsBefore(ctx: Ctx, out: readonly Span[], i: number, wd: number, value: string): string | undefined {
  const prev = out[out.length - 1];
  const cur = /^(\d{4})-(\d\d)-(\d\d)/;
  if (!prev || prev.date?.weekday === undefined || i < 2 || !(WEEKDAY_OR.has(ctx.ws[i - 1].k) || isPunct(ctx, i - 1, ',')) || ctx.ws[i - 1].nl || ctx.ws[i - 2].t.end !== prev.end) return undefined;
  if (!IN_NAMED_WEEK.has(prev) && !prev.text.split(/\s+/u).some((w) => WEEK_WORDS.has(w))) return undefined;
  const pm = cur.exec(prev.value);
  if (!pm || !cur.test(value)) return undefined;
  const n = dayNumber(+pm[1], +pm[2], +pm[3]);
  const n2 = n - ((weekdayOf(n) + 6) % 7) + ((wd + 6) % 7);
  return n2 > n ? fmtDayNumber(n2) + value.slice(10) : undefined;
}

/** "That", "that same" before a calendar word: उसी साल, उस महीने, उसी सप्ताह, उस दिन. */
const BACK_WORDS: ReadonlySet<string> = new Set(['उसी', 'उस']);
/** The calendar words a back-reference can name (not सन or plurals: उन सालों is no one date). */
const BACK_UNITS: ReadonlyMap<string, CalendarUnit> = new Map([
  ['साल', 'year'], ['वर्ष', 'year'], ['बरस', 'year'], ['महीने', 'month'], ['महीना', 'month'], ['माह', 'month'], ['मास', 'month'],
  ['सप्ताह', 'week'], ['हफ्ते', 'week'], ['हफ़्ते', 'week'], ['हफ्ता', 'week'], ['दिन', 'day'], ['सप्ताहांत', 'weekend'], ['वीकेंड', 'weekend'],
].map(([k, v]) => [k.normalize('NFC'), v as CalendarUnit]));

/**
 * A back-reference to the date last named before it (`2019 में … उसी साल` → 2019, `3 सितंबर को …
 * उस दिन` → that day): the last DATE span's value cut to the unit named. When no earlier date
 * names that unit (a range, a bare weekday for उसी महीने, or none at all), the value stays
 * unknown (`XXXX`, `XXXX-XX`, `XXXX-WXX`, `XXXX-XX-XX`).
 */
function backReference(ctx: Ctx, i: number, out: readonly Span[]): Hit | undefined {
  if (!on(ctx, i + 1) || glued(ctx, i + 1)) return undefined;
  const unit = BACK_UNITS.get(key(ctx, i + 1));
  if (!unit) return undefined;
  // उस दिन-रात, उस साल-दर-साल: a compound, no single date.
  if (glued(ctx, i + 2) && isPunct(ctx, i + 2, '-')) return undefined;
  // उसी सप्ताहांत, उस वीकेंड: the weekend of the week or day named last.
  if (unit === 'weekend') {
    for (let k = out.length - 1; k >= Math.max(0, out.length - 4); k--) {
      const v = out[k].value.replace(/-WE$/, '');
      const wk = v.includes('/') ? undefined : cutTo(v, 'week');
      if (wk && /^\d{4}-W\d\d$/.test(wk)) return { end: i + 2, value: `${wk}-WE` };
    }
    return { end: i + 2, value: 'XXXX-WXX-WE' };
  }
  // The nearest of the last few dates that names the unit (उसी महीने … उस दिन: the day before both).
  for (let k = out.length - 1; k >= Math.max(0, out.length - 4); k--) {
    const v = cutTo(out[k].value, unit);
    if (v) return { end: i + 2, value: v };
  }
  const value = unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX';
  return { end: i + 2, value };
}

/** Postpositions and joins that may stand next to a week number (सप्ताह 31 में, … के सप्ताह 10). */
const WEEK_NUMBER_NEIGHBOURS: ReadonlySet<string> = new Set(['में', 'से', 'तक', 'को', 'का', 'की', 'के', 'और', 'ने', 'पर']);

/**
 * A week of the reference year by its number: `31वें हफ्ते`, `18 वें सप्ताह`, `सप्ताह 31`
 * (ISO weeks). `गर्भावस्था के 31वें हफ्ते` counts the weeks of something else and is left alone, as
 * is `इस सप्ताह 10 लोगों` (the number after a week word is a week only with nothing before the
 * week word but a postposition or the start of the sentence, and a postposition, a part of the day,
 * a time or the end after the number).
 */
function weekOfYear(ctx: Ctx, i: number): Hit | undefined {
  const ws = ctx.ws;
  let n = -1;
  let end = -1;
  if (ws[i].t.kind === 'number') {
    const o = ordinalAt(ctx, i);
    if (!o || intAt(ctx, i) !== o.n || !on(ctx, o.end) || !WEEK_WORDS.has(key(ctx, o.end))) return undefined;
    if (i > 0 && !ws[i].nl && ['के', 'की', 'का'].includes(ws[i - 1].k)) return undefined;
    n = o.n;
    end = o.end + 1;
  } else if (WEEK_WORDS.has(ws[i].k) && on(ctx, i + 1) && ws[i + 1].t.kind === 'number' && digitsLen(ctx, i + 1) <= 2 && !glued(ctx, i + 1) && !glued(ctx, i + 2)) {
    const before = i === 0 || ws[i].nl || ws[i - 1].t.kind === 'punct' || WEEK_NUMBER_NEIGHBOURS.has(ws[i - 1].k);
    const j = i + 2;
    const after = j >= ws.length || ws[j].nl || ws[j].t.kind === 'punct' || ws[j].t.kind === 'number' || WEEK_NUMBER_NEIGHBOURS.has(ws[j].k) || PART_OF_DAY_BY_KEY.has(ws[j].k);
    if (!before || !after) return undefined;
    n = intAt(ctx, i + 1);
    end = i + 2;
  } else return undefined;
  if (n < 1 || n > 53) return undefined;
  const r = ctx.ref;
  if (!r || !r.yKnown) return { end, value: `XXXX-W${pad2(n)}`, relative: true };
  const monday1 = (y: number) => { const jan4 = dayNumber(y, 1, 4); return jan4 - ((weekdayOf(jan4) + 6) % 7); };
  const weeks = Math.round((monday1(r.y + 1) - monday1(r.y)) / 7);
  return n <= weeks ? { end, value: isoWeek(monday1(r.y) + 7 * (n - 1)), relative: true } : undefined;
}

/** अगले दिन, दूसरे दिन (the next day) and पिछले दिन (the day before): +1 or −1 day. */
const NEXT_DAY_WORDS: ReadonlyMap<string, number> = new Map([['अगले', 1], ['पिछले', -1], ['दूसरे', 1]]);
/** Before दूसरे दिन: the second day of something else (मैच के दूसरे दिन) or of a series (लगातार दूसरे दिन). */
const NOT_NEXT_DAY_BEFORE: ReadonlySet<string> = new Set(['के', 'की', 'का', 'लगातार']);

/**
 * अगले दिन, पिछले दिन: the day after or before the nearest earlier date that names a day (`3
 * सितंबर को हमला हुआ, अगले दिन …` → 4 September). With no date before it at all, the article's
 * day is the one meant (as in upstream's reading); with earlier dates none of which is a day, the
 * day is unknown. The plural (पिछले दिनों, "recently") is no date.
 */
function dayAfterBefore(ctx: Ctx, i: number, out: readonly Span[]): Hit | undefined {
  if (!on(ctx, i + 1) || key(ctx, i + 1) !== 'दिन' || (glued(ctx, i + 2) && isPunct(ctx, i + 2, '-'))) return undefined;
  if (ctx.ws[i].k === 'दूसरे' && i > 0 && !ctx.ws[i].nl && NOT_NEXT_DAY_BEFORE.has(ctx.ws[i - 1].k)) return undefined;
  const step = NEXT_DAY_WORDS.get(ctx.ws[i].k)!;
  for (let k = out.length - 1; k >= Math.max(0, out.length - 4); k--) {
    const v = cutTo(out[k].value, 'day');
    if (!v) continue;
    const d = /^(\d{4})-(\d\d)-(\d\d)$/.exec(v);
    if (d) return { end: i + 2, value: fmtDayNumber(dayNumber(+d[1], +d[2], +d[3]) + step) };
    const w = /^XXXX-WXX-(\d)$/.exec(v);
    if (w) return { end: i + 2, value: `XXXX-WXX-${((+w[1] - 1 + step + 7) % 7) + 1}` };
    break;
  }
  const r = ctx.ref;
  if (out.length > 0 || !r) return { end: i + 2, value: 'XXXX-XX-XX', relative: true };
  return { end: i + 2, value: fmtDayNumber(r.n + step, r.yKnown), relative: true };
}

/**
 * साल के अंत, महीने की शुरुआत, सप्ताह के अंत: the start, middle or end of a year, month or week
 * named with no word before it. The period is the one last named (`2019 में … साल के अंत में` →
 * 2019), or the article's when none is; `दो साल के अंत में` (a count) and the forms with इस, अगले …
 * (their own rule) are left to others.
 */
function partOfUnit(ctx: Ctx, i: number, out: readonly Span[]): Hit | undefined {
  const unit = BACK_UNITS.get(ctx.ws[i].k)!;
  const rest = key(ctx, i + 1) === 'के' && REST_WORDS.has(key(ctx, i + 2));
  if (unit === 'day' || unit === 'weekend' || !on(ctx, i + 1) || !on(ctx, i + 2) || !EXTEND_STARTS.has(key(ctx, i + 1)) || !(rest || PERIOD_PARTS.has(noNuktaKey(key(ctx, i + 2))))) return undefined;
  if (i > 0 && !ctx.ws[i].nl) {
    const p = ctx.ws[i - 1];
    if (p.t.kind === 'number' || CARDINAL_BY_KEY.has(p.k) || DIRECTION_BY_KEY.has(p.k) || BACK_WORDS.has(p.k) || p.t.kind === 'latin' || ['इस', 'इसी', 'यह', 'हर', 'प्रत्येक', 'किसी', 'कुछ', 'कई'].includes(p.k)) return undefined;
  }
  let value: string | undefined;
  for (let k = out.length - 1; k >= Math.max(0, out.length - 4) && value === undefined; k--) value = cutTo(out[k].value, unit);
  const r = ctx.ref;
  // The article's own year, month or week, as far as its date is known.
  const own = !r ? (unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-WXX') : unit === 'year' ? (r.yKnown ? String(r.y) : 'XXXX') : unit === 'month' ? fmtMonth(r.y, r.m, r.yKnown) : r.yKnown ? isoWeek(r.n) : 'XXXX-WXX';
  // साल के बाकी दिन: the rest of the period an earlier date names, or of the article's own.
  if (rest) return restOfPeriod(ctx, value ?? own, i + 1);
  if (value !== undefined) return { end: i + 1, value };
  return { end: i + 1, value: own, relative: true };
}

/** A match key without nukta (आख़िर and आखिर alike). */
function noNuktaKey(k: string): string {
  return k.normalize('NFD').replace(/\u093C/g, '').normalize('NFC');
}

/**
 * A clock time before its day (`19:00, 2016-12-22`, `13:00 फरवरी 28, 2013`, `शाम 5 बजे 3 सितंबर
 * को`): one span, the day's value with the time. Only a day without a time of its own joins.
 */
function clockThenDay(ctx: Ctx, hit: Hit, i: number): Hit {
  let j = hit.end;
  if (hit.clockRange) return rangeThenDay(ctx, hit, hit.clockRange);
  if (isPunct(ctx, j, ',')) j++;
  const next = dayHitAt(ctx, j);
  if (!next) return hit;
  // (A day the missing article date leaves unknown takes it too: शाम 4 बजे कल → XXXX-XX-XXT16:00.)
  if (/^(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d)$/.test(next.value)) return { ...next, value: `${next.value}T${hit.clock}`, clock: undefined, relative: next.relative };
  // 7 बजे, आज सुबह; 8 बजे कल रात: an hour said without its half of the day, then a day and its
  // part of the day, is that hour of that part (20:00 for 8 बजे कल रात).
  const pm = /^((?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d))T(MO|AF|EV|NI)$/.exec(next.value);
  const pod = pm ? PART_OF_DAY_BY_KEY.get(key(ctx, next.end - 1)) : undefined;
  if (!pm || !pod || pod.timex !== pm[2] || !hit.clock) return hit;
  for (let k = i; k < hit.end; k++) if (PART_OF_DAY_BY_KEY.has(ctx.ws[k].k) || /^(am|pm|a|p)$/.test(ctx.ws[k].k) || TIME_ZONES.has(ctx.ws[k].k)) return hit;
  let h = Number(hit.clock.slice(0, 2));
  if (h < 1 || h > 12) return hit;
  if (h < 12 && h >= pod.pmFrom && (pod.pmTo === undefined || h < pod.pmTo)) h += 12;
  if (pod.timex === 'NI' && h === 12) h = 0;
  return { ...next, value: `${pm[1]}T${pad2(h)}:${hit.clock.slice(3, 5)}`, clock: undefined, relative: next.relative };
}

/** A date naming one day that starts at word `j` (what a clock time before it may join), or undefined. */
function dayHitAt(ctx: Ctx, j: number): Hit | undefined {
  if (!on(ctx, j) || j >= ctx.ws.length || !STARTERS(ctx.ws[j])) return undefined;
  let next: Hit | undefined;
  try { next = matchAt(ctx, j); } catch { return undefined; }
  return next && (next.day !== undefined || next.dayValue !== undefined) ? next : undefined;
}

/**
 * A range of clock times before its day, directly or after के बीच (10 और 11:30 के बीच 1/1/2015 को,
 * सुबह 9 से 11 बजे 5 मार्च को): one span, the range on that day.
 */
function rangeThenDay(ctx: Ctx, hit: Hit, range: { hhmm: string; hhmm2: string }): Hit {
  let j = hit.end;
  if (key(ctx, j) === 'के' && key(ctx, j + 1) === 'बीच' && on(ctx, j) && on(ctx, j + 1)) j += 2;
  const next = dayHitAt(ctx, j);
  if (!next) return hit;
  if (!/^(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d)$/.test(next.value)) return hit;
  const value = next.day !== undefined && /^\d{4}/.test(next.value) ? timeValue(next.day, next.yKnown ?? true, range) : timeValue(undefined, true, range, next.value);
  return { ...next, value, clock: undefined, clockRange: undefined, relative: next.relative };
}

/**
 * A day and month in digits right before a weekday (7.6 शुक्रवार, 7-6 शुक्रवार को): alone the pair
 * is as often a score or a decimal, so only the reading (day first, else month first) that falls on
 * that weekday in the year nearest the article's date makes it a date; without that date, none.
 */
function dayMonthBeforeWeekday(ctx: Ctx, i: number): Hit | undefined {
  const ws = ctx.ws;
  const r = ctx.ref;
  if (!r || (i > 0 && glued(ctx, i))) return undefined;
  let a: number, b: number, wj: number;
  const one = /^(\d{1,2})\.(\d{1,2})$/.exec(ws[i].k);
  if (one) { a = +one[1]; b = +one[2]; wj = i + 1; }
  else if (ws[i].t.kind === 'number' && digitsLen(ctx, i) <= 2 && (isPunct(ctx, i + 1, '-') || isPunct(ctx, i + 1, '/') || isPunct(ctx, i + 1, '.')) && glued(ctx, i + 1) && glued(ctx, i + 2) && digitsLen(ctx, i + 2) <= 2 && intAt(ctx, i + 2) >= 1) {
    a = intAt(ctx, i); b = intAt(ctx, i + 2); wj = i + 3;
  } else return undefined;
  if (!on(ctx, wj) || glued(ctx, wj) || wj >= ws.length || ws[wj].t.kind !== 'deva') return undefined;
  const wd = WEEKDAY_BY_KEY.get(ws[wj].k);
  // (A score in a list before it is no date: 6-4, 7-6 शुक्रवार को.)
  if (wd === undefined || (i > 1 && isPunct(ctx, i - 1, ',') && ws[i - 2].t.kind === 'number')) return undefined;
  // When both readings fall on it, the one nearer the article's date: a weekday is named for a day close by.
  const dir = tenseDir(ctx, i);
  let best: number | undefined;
  for (const [d, m] of [[a, b], [b, a]]) {
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    const y = resolveYear(r, m, d, dir);
    if (!validDay(y, m, d)) continue;
    const n = dayNumber(y, m, d);
    if (weekdayOf(n) === wd && (best === undefined || Math.abs(n - r.n) < Math.abs(best - r.n))) best = n;
  }
  return best === undefined ? undefined : withTime(ctx, { end: wj + 1, value: fmtDayNumber(best, r.yKnown), day: best, yKnown: r.yKnown, relative: true, weekday: wd, weekdayWord: wj });
}

/**
 * A day and month in digits after a weekday (शुक्रवार 7/6, सोमवार 12.5): alone `7/6` may be a score,
 * after a weekday it is a date. Day first (as Indian papers write it) unless only the month-first
 * reading falls on that weekday in the year nearest the article's date.
 */
function weekdayShortDate(ctx: Ctx, j: number, wd: number, dir: number): Hit | undefined {
  const ws = ctx.ws;
  if (j + 2 >= ws.length || ws[j].t.kind !== 'number' || !(isPunct(ctx, j + 1, '/') || isPunct(ctx, j + 1, '.')) || !glued(ctx, j + 1) || !glued(ctx, j + 2) || ws[j + 2].t.kind !== 'number') return undefined;
  if (digitsLen(ctx, j) > 2 || digitsLen(ctx, j + 2) > 2 || (glued(ctx, j + 3) && ws[j + 3].t.kind !== 'punct') || (isPunct(ctx, j + 3, ws[j + 1].t.text) && glued(ctx, j + 3))) return undefined;
  const a = intAt(ctx, j), b = intAt(ctx, j + 2);
  const readings = [[a, b], [b, a]].filter(([d, m]) => m >= 1 && m <= 12 && d >= 1 && d <= 31);
  if (readings.length === 0) return undefined;
  const r = ctx.ref;
  if (!r) { const [d, m] = readings[0]; return d <= daysInMonth(2000, m) ? { end: j + 3, value: `XXXX-${pad2(m)}-${pad2(d)}`, dayValue: `XXXX-${pad2(m)}-${pad2(d)}` } : undefined; }
  const days = readings.map(([d, m]) => { const y = resolveYear(r, m, d, dir); return validDay(y, m, d) ? dayNumber(y, m, d) : undefined; });
  const n = days.find((x) => x !== undefined && weekdayOf(x) === wd) ?? days[0];
  if (n === undefined) return undefined;
  return withTime(ctx, { end: j + 3, value: fmtDayNumber(n, r.yKnown), day: n, yKnown: r.yKnown, relative: true });
}

/** A date value cut to a coarser unit (2019-09-03 → 2019-09 for a month), or undefined if it does not name that unit. */
function cutTo(value: string, unit: CalendarUnit): string | undefined {
  if (value.includes('/')) {
    // A range within one year or month still names it (जनवरी से मार्च … उसी साल).
    const [a, b] = value.split('/').map((x) => cutTo(x, unit));
    return a !== undefined && a === b && (unit === 'year' || unit === 'month') ? a : undefined;
  }
  const v = value.replace(/T.*$/, '');
  const day = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/.exec(v);
  if (unit === 'year') return /^\d{4}(?=$|-(?:\d\d|W\d\d))/.exec(v)?.[0];
  if (unit === 'month') return /^(?:\d{4}|XXXX)-\d\d(?=$|-\d\d$)/.exec(v)?.[0];
  if (unit === 'week') return /^\d{4}-W\d\d$/.test(v) ? v : day && day[1] !== 'XXXX' ? isoWeek(dayNumber(+day[1], +day[2], +day[3])) : undefined;
  return day || /^XXXX-WXX-\d$/.test(v) ? v : undefined;
}

/** A full stop glued to a month abbreviation (अक्टू.) or to a one-letter Latin abbreviation (a.m.) belongs to it. */
function isAbbrevDot(ws: readonly Word[], j: number): boolean {
  if (ws[j].t.text !== '.' || !ws[j].glued || j === 0) return false;
  const p = ws[j - 1];
  return MONTH_ABBREV_BY_KEY.has(p.k) || (p.t.kind === 'latin' && p.t.text.length === 1);
}

/** "Calendar" before a year word: कैलेंडर वर्ष 2024, इस कैलेंडर साल. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['कैलेंडर', 'कैलेण्डर', 'कलेंडर'].map((w) => w.normalize('NFC')));
const YEAR_UNIT_WORDS: ReadonlySet<string> = new Set(['वर्ष', 'साल']);

/** Every word key that can start a date (one lookup per word in the hot loop). */
const STARTER_KEYS: ReadonlySet<string> = new Set([
  ...MONTH_BY_KEY.keys(), ...WEEKDAY_BY_KEY.keys(), ...DIRECTION_BY_KEY.keys(), ...RELATIVE_DAY_BY_KEY.keys(), ...YEAR_WORDS,
  ...FISCAL_FIRST, ...PART_OF_DAY_BY_KEY.keys(), ...SHORT_HINDI_WEEKDAY_BY_KEY.keys(), 'आधी', 'मध्यरात्रि', 'मध्य', ...CARDINAL_BY_KEY.keys(), ...FRACTION_BY_KEY.keys(), ...MONTH_ABBREV_BY_KEY.keys(), 'fy', 'बीती', 'देर',
  ...ORDINAL_DAY_BY_KEY.keys(), 'अब', 'मध्याह्न', 'मध्यान्ह', 'यह', ...CALENDAR_WORDS, ...ENGLISH_HOUR_BY_KEY.keys(), 'दिन',
]);

/** Word keys whose dates may exist only with a reference date (directed periods, बीती रात). */
const REF_ONLY_STARTS: ReadonlySet<string> = new Set([...DIRECTION_BY_KEY.keys(), ...FISCAL_FIRST, 'बीती']);

/** Cheap filter: can this word start a date at all? */
function STARTERS(w: Word): boolean {
  const kind = w.t.kind;
  if (kind === 'number') return true;
  if (kind === 'punct') return false;
  return STARTER_KEYS.has(w.k);
}

// ---------------------------------------------------------------- helpers over the word view

/** Word `j` exists and sits on the same line as the word before it. */
function on(ctx: Ctx, j: number): boolean {
  return j < ctx.ws.length && !ctx.ws[j].nl;
}
function key(ctx: Ctx, j: number): string {
  return j < ctx.ws.length ? ctx.ws[j].k : '';
}
/** Pure digit token value (no separators), or -1. */
function intAt(ctx: Ctx, j: number): number {
  if (j >= ctx.ws.length) return -1;
  const w = ctx.ws[j];
  if (w.t.kind !== 'number' || !/^\d+$/.test(w.k)) return -1;
  return Number(w.k);
}
function digitsLen(ctx: Ctx, j: number): number {
  return ctx.ws[j].k.length;
}
/** Day of month at j (1–31, at most two digits). */
function dayAt(ctx: Ctx, j: number): number {
  const v = intAt(ctx, j);
  if (v >= 0) return v >= 1 && v <= 31 && digitsLen(ctx, j) <= 2 ? v : -1;
  // A day written as a word (चार मई, इक्कीस जून) counts only right before a month.
  if (j < ctx.ws.length && ctx.ws[j].t.kind === 'deva') {
    const c = CARDINAL_BY_KEY.get(ctx.ws[j].k) ?? ORDINAL_DAY_BY_KEY.get(ctx.ws[j].k);
    if (c !== undefined && c >= 1 && c <= 31 && on(ctx, j + 1) && monthAt(ctx, j + 1) > 0 && ctx.ws[j + 1].t.kind === 'deva') return c;
  }
  return -1;
}
/**
 * A day of the month written as an ordinal at `j`: a word (पहली, बीसवीं) or digits with a glued
 * suffix (21वें, 1ली). Returns the day and the word after it, or undefined.
 */
function ordinalDayAt(ctx: Ctx, j: number): { d: number; end: number } | undefined {
  if (j >= ctx.ws.length) return undefined;
  const w = ctx.ws[j];
  if (w.t.kind === 'deva') {
    const d = ORDINAL_DAY_BY_KEY.get(w.k);
    return d !== undefined ? { d, end: j + 1 } : undefined;
  }
  const v = intAt(ctx, j);
  if (v >= 1 && v <= 31 && digitsLen(ctx, j) <= 2 && glued(ctx, j + 1) && ORDINAL_SUFFIXES.has(key(ctx, j + 1))) return { d: v, end: j + 2 };
  return undefined;
}

/** A year at j: four digits 1000–2199. */
function yearAt(ctx: Ctx, j: number): number {
  const v = intAt(ctx, j);
  return v >= 1000 && v <= 2199 && digitsLen(ctx, j) === 4 ? v : -1;
}
/** Month word at j (Latin ambiguous words only when `allowAmbiguous`). */
function monthAt(ctx: Ctx, j: number, allowAmbiguous = true): number {
  if (j >= ctx.ws.length) return -1;
  const w = ctx.ws[j];
  // 1 जन 2016: an abbreviation without its dot only between a digit day and a four-digit year
  // (जन alone is "people").
  const undotted = j > 0 && on(ctx, j) && on(ctx, j + 1) && ctx.ws[j - 1].t.kind === 'number' && digitsLen(ctx, j - 1) <= 2 && intAt(ctx, j - 1) >= 1 && intAt(ctx, j - 1) <= 31 &&
    !glued(ctx, j) && ctx.ws[j + 1].t.kind === 'number' && digitsLen(ctx, j + 1) === 4 && !glued(ctx, j + 1) && !glued(ctx, j + 2);
  const m = MONTH_BY_KEY.get(w.k) ?? ((isPunct(ctx, j + 1, '.') && glued(ctx, j + 1)) || undotted || abbrevInDigits(ctx, j) || abbrevAfterOrdinalDay(ctx, j) ? MONTH_ABBREV_BY_KEY.get(w.k) : undefined);
  if (m === undefined) return -1;
  if (!allowAmbiguous && w.t.kind === 'latin' && AMBIGUOUS_LATIN_MONTHS.has(w.k)) return -1;
  // "May" must be capitalised to be a month in English text.
  if (w.k === 'may' && w.t.text === 'may') return -1;
  return m;
}
/**
 * A month abbreviation without its dot glued into a numeric date (जन-1 को, सित-23-2020, 23/सित/2020,
 * 23-सित-2020): joined by a hyphen or slash to a day of one or two digits, and that day to a
 * four-digit year or followed by what ends a day phrase. Alone, जन is "people" and नव "new".
 */
function abbrevInDigits(ctx: Ctx, j: number): boolean {
  const sepAt = (k: number) => (isPunct(ctx, k, '-') || isPunct(ctx, k, '/')) && glued(ctx, k) && glued(ctx, k + 1);
  const dayAt2 = (k: number) => intAt(ctx, k) >= 1 && intAt(ctx, k) <= 31 && digitsLen(ctx, k) <= 2;
  const noMore = (k: number) => !(glued(ctx, k) && ctx.ws[k].t.kind !== 'punct') && !(glued(ctx, k) && (isPunct(ctx, k, '-') || isPunct(ctx, k, '/')));
  // Day first: 23/सित/2020, 23-सित-2020.
  if (j >= 2 && sepAt(j - 1) && glued(ctx, j) && dayAt2(j - 2) && sepAt(j + 1) && isPunct(ctx, j + 1, ctx.ws[j - 1].t.text) && yearAt(ctx, j + 2) > 0 && noMore(j + 3)) {
    return validDay(yearAt(ctx, j + 2), MONTH_ABBREV_BY_KEY.get(ctx.ws[j].k) ?? 0, intAt(ctx, j - 2));
  }
  if (j >= 1 && glued(ctx, j)) return false;
  // Month first: सित-23-2020, जन-1 को.
  if (!isPunct(ctx, j + 1, '-') || !sepAt(j + 1) || !dayAt2(j + 2)) return false;
  if (isPunct(ctx, j + 3, '-') && glued(ctx, j + 3) && glued(ctx, j + 4)) return yearAt(ctx, j + 4) > 0 && noMore(j + 5);
  // Without its year only an abbreviation that is no word or syllable of its own (not नव-2, मा-1).
  return !SHORT_ABBREVS.has(ctx.ws[j].k) && !glued(ctx, j + 3) && endsDayPhrase(ctx, j + 3);
}

/** 1ली जन को, 3rd दिस 2025: an abbreviation without its dot after a day with its ordinal suffix, closed by a year or what ends a day phrase. */
function abbrevAfterOrdinalDay(ctx: Ctx, j: number): boolean {
  if (j < 2 || glued(ctx, j) || !on(ctx, j) || SHORT_ABBREVS.has(ctx.ws[j].k)) return false;
  if (!glued(ctx, j - 1) || !ORDINAL_SUFFIXES.has(ctx.ws[j - 1].k) || intAt(ctx, j - 2) < 1 || intAt(ctx, j - 2) > 31 || digitsLen(ctx, j - 2) > 2) return false;
  return (on(ctx, j + 1) && yearAt(ctx, j + 1) > 0 && !glued(ctx, j + 1)) || (!glued(ctx, j + 1) && endsDayPhrase(ctx, j + 1));
}
const SHORT_ABBREVS: ReadonlySet<string> = new Set(['मा', 'मार्', 'जू', 'जु', 'अग', 'नव'].map((w) => w.normalize('NFC')));

/** Skips a glued '.' after an abbreviation (Sep. 4). */
function skipDot(ctx: Ctx, j: number): number {
  return j < ctx.ws.length && ctx.ws[j].t.text === '.' && ctx.ws[j].glued ? j + 1 : j;
}
function isPunct(ctx: Ctx, j: number, p: string): boolean {
  return j < ctx.ws.length && ctx.ws[j].t.kind === 'punct' && ctx.ws[j].t.text === p && !ctx.ws[j].nl;
}
function glued(ctx: Ctx, j: number): boolean {
  return j < ctx.ws.length && ctx.ws[j].glued;
}
/** A small count written in digits or as a Hindi/English word (for "तीन दिन पहले"). */
function countAt(ctx: Ctx, j: number): number {
  if (j >= ctx.ws.length) return -1;
  const v = intAt(ctx, j);
  if (v >= 0) return v <= 1000 ? v : -1;
  const c = CARDINAL_BY_KEY.get(ctx.ws[j].k);
  if (c !== undefined) return c;
  const f = FRACTION_BY_KEY.get(ctx.ws[j].k);
  return f?.whole !== undefined ? f.whole : -1;
}

// ---------------------------------------------------------------- the patterns

function matchAt(ctx: Ctx, i: number): Hit | undefined {
  const w = ctx.ws[i];
  const k = w.k;
  if (w.t.kind === 'number') return matchNumberStart(ctx, i);
  if (w.t.kind === 'latin') {
    if (k === 'fy') return matchFiscal(ctx, i + 1, false, 0);
    // chrono-node is called only where an English date can start: a month next to a number,
    // a weekday, today/tomorrow/yesterday, or last/next/this before a calendar word.
    if (MONTH_BY_KEY.has(k)) {
      let j = skipDot(ctx, i + 1);
      if (isPunct(ctx, j, ',')) j++;
      return on(ctx, j) && j < ctx.ws.length && ctx.ws[j].t.kind === 'number' ? matchEnglish(ctx, i) : undefined;
    }
    if (WEEKDAY_BY_KEY.has(k) || RELATIVE_DAY_BY_KEY.has(k)) return matchEnglish(ctx, i);
    if (DIRECTION_BY_KEY.has(k)) {
      const nk = key(ctx, i + 1);
      return on(ctx, i + 1) && (WEEKDAY_BY_KEY.has(nk) || MONTH_BY_KEY.has(nk) || UNIT_BY_KEY.has(nk)) ? matchEnglish(ctx, i) : undefined;
    }
    if (ENGLISH_HOUR_BY_KEY.has(k)) {
      const t = parseTimeRange(ctx, i);
      return t ? timeOnRef(ctx, t) : undefined;
    }
    return undefined;
  }
  // Devanagari.
  // यह हफ्ता, यह महीना, यह साल: "this" in the nominative, before a calendar unit only (यह मई में is "it … in May").
  if (k === 'यह') {
    const unit = on(ctx, i + 1) ? UNIT_BY_KEY.get(key(ctx, i + 1)) : undefined;
    return unit && unit !== 'day' ? matchDirectedUnit(ctx, i, i + 1, 0, unit) : undefined;
  }
  const dir = DIRECTION_BY_KEY.get(k);
  if (dir !== undefined) {
    const h = matchDirected(ctx, i, dir);
    if (h) return h;
  }
  if (k === 'बीती' && PART_OF_DAY_BY_KEY.has(key(ctx, i + 1)) && on(ctx, i + 1) && ctx.ref) {
    const pod = PART_OF_DAY_BY_KEY.get(key(ctx, i + 1))!;
    return { end: i + 2, value: `${fmtDayNumber(ctx.ref.n - 1, ctx.ref.yKnown)}T${pod.timex}`, relative: true };
  }
  if (YEAR_WORDS.has(k)) {
    const h = matchYearWord(ctx, i);
    if (h) return h;
  }
  // कैलेंडर वर्ष 2024: the calendar year named as such (the word belongs to the date, as वर्ष does).
  if (CALENDAR_WORDS.has(k) && on(ctx, i + 1) && YEAR_UNIT_WORDS.has(key(ctx, i + 1))) {
    const h = matchYearWord(ctx, i + 1);
    if (h) return h;
  }
  if (FISCAL_FIRST.has(k) && key(ctx, i + 1) === 'वर्ष' && on(ctx, i + 1)) {
    const h = matchFiscal(ctx, i + 2, false, 0);
    if (h) return h;
  }
  const wd = WEEKDAY_BY_KEY.get(k);
  if (wd !== undefined) return matchWeekday(ctx, i, i, wd, 0);
  const swd = SHORT_HINDI_WEEKDAY_BY_KEY.get(k);
  if (swd !== undefined) {
    let dj = i + 1;
    if (isPunct(ctx, dj, ',')) dj++;
    if (on(ctx, dj) && dayAt(ctx, dj) > 0 && monthAt(ctx, dj + 1) > 0) return matchWeekday(ctx, i, i, swd, 0);
    // सोमवार या मंगल, सोम और मंगल: joined to a weekday just before it.
    if (i >= 2 && !ctx.ws[i].nl && !ctx.ws[i - 1].nl && WEEKDAY_OR.has(ctx.ws[i - 1].k) &&
        (WEEKDAY_BY_KEY.has(ctx.ws[i - 2].k) || SHORT_HINDI_WEEKDAY_BY_KEY.has(ctx.ws[i - 2].k)) && isWeekdayCue(ctx, i - 2)) return matchWeekday(ctx, i, i, swd, 0);
  }
  const rel = RELATIVE_DAY_BY_KEY.get(k);
  if (rel !== undefined) return matchRelativeDay(ctx, i, rel);
  if (MONTH_BY_KEY.has(k) || (MONTH_ABBREV_BY_KEY.has(k) && monthAt(ctx, i) > 0)) return withMonthWord(ctx, matchMonthStart(ctx, i, undefined));
  if (ENGLISH_HOUR_BY_KEY.has(k) || k === 'दिन') {
    const t = parseTimeRange(ctx, i);
    if (t && t.hhmm.includes(':')) return timeOnRef(ctx, t);
    if (k === 'दिन') return undefined;
  }
  if (k === 'आधी' || k === 'मध्य' || k === 'मध्यरात्रि' || k === 'मध्याह्न' || k === 'मध्यान्ह') {
    const t = parseTime(ctx, i);
    return t ? timeOnRef(ctx, t) : undefined;
  }
  if (PART_OF_DAY_BY_KEY.has(k) || (k === 'देर' && PART_OF_DAY_BY_KEY.has(key(ctx, i + 1)) && on(ctx, i + 1))) {
    const t = k === 'देर' ? undefined : parseTimeRange(ctx, i);
    if (t) return timeOnRef(ctx, t);
    // शाम को, रात को, देर रात को: a part of the day marked as a point in time by को, on the
    // article's day (ANNOTATION.md: a part of the day without a clock time takes its TIMEX3 suffix).
    const pj = k === 'देर' ? i + 2 : i + 1;
    // मृत्यु वाली शाम को, उस रात को: a part of the day of some other day.
    const prevK = i > 0 && !ctx.ws[i].nl ? ctx.ws[i - 1].k : '';
    if (key(ctx, pj) === 'को' && on(ctx, pj) && !POD_OTHER_DAY.has(prevK)) {
      const pod = PART_OF_DAY_BY_KEY.get(key(ctx, pj - 1))!;
      return timeOnRef(ctx, { end: pj, hhmm: pod.timex });
    }
    return undefined;
  }
  // An ordinal day: पहली जनवरी, दूसरी तारीख; a century: इक्कीसवीं सदी; चौथी तिमाही 2016.
  if (ORDINAL_DAY_BY_KEY.has(k)) {
    const c = matchCentury(ctx, i);
    if (c) return c;
    const q = ORDINAL_DAY_BY_KEY.get(k)!;
    const len = PERIOD_OF_YEAR.get(key(ctx, i + 1));
    let yj = i + 2;
    if (isPunct(ctx, yj, ',') || key(ctx, yj) === 'में') yj++;
    const y = on(ctx, i + 1) && on(ctx, yj) ? yearAt(ctx, yj) : -1;
    if (len !== undefined && q >= 1 && q <= 12 / len && y > 0) {
      return { end: yj + 1, value: `${fmtMonth(y, (q - 1) * len + 1)}/${fmtMonth(y, q * len)}` };
    }
    if (dayAt(ctx, i) > 0) {
      const dm = matchDayMonth(ctx, i, i, 0);
      if (dm) return dm;
    }
    if (DATE_WORDS.has(key(ctx, i + 1)) && on(ctx, i + 1) && !everyMonth(ctx, i)) return dayOfMonth(ctx, i + 2, ORDINAL_DAY_BY_KEY.get(k)!);
    const nth = nthWeekday(ctx, i, q);
    if (nth) return nth;
  }
  // अब से दो सप्ताह बाद: counted from now, the article's date.
  if (k === 'अब') {
    if (key(ctx, i + 1) === 'से' && on(ctx, i + 1) && on(ctx, i + 2)) {
      return matchAgo(ctx, i + 2, true);
    }
    return undefined;
  }
  if (CARDINAL_BY_KEY.has(k) || FRACTION_BY_KEY.has(k)) {
    if (dayAt(ctx, i) > 0) {
      const dm = matchDayMonth(ctx, i, i, 0);
      if (dm) return dm;
    }
    // बाईस तारीख: a day of the month in words, as 22 तारीख ("एक तारीख तय करें" is "a date").
    const dw = CARDINAL_BY_KEY.get(k);
    if (dw !== undefined && dw >= 2 && dw <= 31 && DATE_WORDS.has(key(ctx, i + 1)) && on(ctx, i + 1) && !everyMonth(ctx, i)) return dayOfMonth(ctx, i + 2, dw);
    // A year in words is a DATE where a date word follows: दो हजार अठारह के जून, उन्नीस निन्यानवे के
    // जून, दो हजार दस के दशक, दो हज़ार बीस की तीसरी तिमाही (alone it may count money or people).
    const yw = yearInWordsAt(ctx, i, true);
    if (yw) {
      const last = yw.end - 1;
      const ym = matchYearMonth(ctx, last, yw.y);
      if (ym) return ym;
      if ((key(ctx, yw.end) === 'के' || key(ctx, yw.end) === 'का') && key(ctx, yw.end + 1) === 'दशक' && on(ctx, yw.end) && on(ctx, yw.end + 1) && yw.y % 10 === 0) {
        return { end: yw.end + 2, value: String(yw.y).slice(0, 3) };
      }
      const h: Hit = { end: yw.end, value: String(yw.y) };
      if (extendHit(ctx, h).end > h.end) return h;
    }
    // सत्तर के दशक, नब्बे के दशक: the decade of the 1900s.
    const tens = CARDINAL_BY_KEY.get(k);
    if (tens !== undefined && tens >= 10 && tens % 10 === 0 && (key(ctx, i + 1) === 'के' || key(ctx, i + 1) === 'का') && key(ctx, i + 2) === 'दशक' && on(ctx, i + 1) && on(ctx, i + 2)) {
      return { end: i + 3, value: String(190 + tens / 10) };
    }
    const h = matchAgo(ctx, i);
    if (h) return h;
    const t = parseTimeRange(ctx, i);
    if (t) return timeOnRef(ctx, t);
  }
  return undefined;
}

/** "मई के महीने", "इस नवं. के माह": the word for month after a month-only value belongs to it. */
function withMonthWord(ctx: Ctx, h: Hit | undefined): Hit | undefined {
  if (!h || !/^(\d{4}|XXXX)-\d\d$/.test(h.value)) return h;
  const j = h.end;
  if ((key(ctx, j) === 'के' || key(ctx, j) === 'का') && on(ctx, j) && on(ctx, j + 1) && ['महीने', 'महीना', 'माह', 'मास'].includes(key(ctx, j + 1))) return { ...h, end: j + 2 };
  return h;
}

function timeOnRef(ctx: Ctx, t: { end: number; hhmm: string; hhmm2?: string }): Hit {
  const value = timeValue(ctx.ref ? ctx.ref.n : undefined, ctx.ref?.yKnown ?? true, t);
  const clock = !t.hhmm2 && /^\d\d:\d\d$/.test(t.hhmm) ? t.hhmm : undefined;
  const clockRange = t.hhmm2 && /^\d\d:\d\d$/.test(t.hhmm) && /^\d\d:\d\d$/.test(t.hhmm2) ? { hhmm: t.hhmm, hhmm2: t.hhmm2 } : undefined;
  return ctx.ref ? { end: t.end, value, relative: true, clock, clockRange } : { end: t.end, value, clock, clockRange };
}

/**
 * The value of a time or time range on day `n` (none: `T20:00`): a range that ends at an earlier
 * clock time ends on the next day (रात 11 से 3 बजे: 23:00 to 03:00 the next morning).
 */
function timeValue(n: number | undefined, yKnown: boolean, t: { hhmm: string; hhmm2?: string }, dayValue?: string): string {
  const day = dayValue ?? (n !== undefined ? fmtDayNumber(n, yKnown) : '');
  if (!t.hhmm2) return `${day}T${t.hhmm}`;
  const next = t.hhmm2 < t.hhmm && /^\d\d:\d\d$/.test(t.hhmm2) && n !== undefined && dayValue === undefined ? fmtDayNumber(n + 1, yKnown) : day;
  return `${day}T${t.hhmm}/${next}T${t.hhmm2}`;
}

/**
 * `महीने की पहली तारीख`, `हर महीने की 5 तारीख`: a day of every month (a set), not a date — the
 * word for month before it has no direction word (इस/अगले महीने की 20 तारीख is a date).
 */
function everyMonth(ctx: Ctx, i: number): boolean {
  if (i < 2 || ctx.ws[i].nl || ctx.ws[i - 1].nl) return false;
  if (ctx.ws[i - 1].k !== 'की' || !['महीने', 'माह', 'मास'].includes(ctx.ws[i - 2].k)) return false;
  return i < 3 || ctx.ws[i - 2].nl || !DIRECTION_BY_KEY.has(ctx.ws[i - 3].k);
}

/** Words that join two weekdays (सोम या मंगल). */
const WEEKDAY_OR: ReadonlySet<string> = new Set(['या', 'और', 'व', 'अथवा']);

/** A weekday right after a week word (अगले हफ्ते सोमवार, अगले हफ्ते सोम): the short forms count here, the week word is the cue. */
function weekdayAfterWeek(ctx: Ctx, j: number): number | undefined {
  return WEEKDAY_BY_KEY.get(key(ctx, j)) ?? SHORT_HINDI_WEEKDAY_BY_KEY.get(key(ctx, j));
}

/**
 * The weekday that names a day of a directed week, right after the week word at `j - 1`: अगले हफ्ते
 * सोमवार, or with के and a full weekday name (अगले सप्ताह के सोमवार). Its word index, or undefined.
 */
function weekdayOfWeekAt(ctx: Ctx, j: number): { wd: number; at: number } | undefined {
  if (!on(ctx, j)) return undefined;
  const wd = weekdayAfterWeek(ctx, j);
  if (wd !== undefined) return { wd, at: j };
  const wd2 = key(ctx, j) === 'के' && on(ctx, j + 1) ? WEEKDAY_BY_KEY.get(key(ctx, j + 1)) : undefined;
  return wd2 !== undefined ? { wd: wd2, at: j + 1 } : undefined;
}

/**
 * The second weekday of a range within a week, at `j` after the first: से or - and a weekday closed
 * by तक or के बीच, or और and a weekday closed by के बीच (the closing words stay outside).
 */
function weekRangeEnd(ctx: Ctx, j: number): { wd: number; end: number } | undefined {
  const jk = key(ctx, j);
  if (!on(ctx, j) || !on(ctx, j + 1) || !(jk === 'से' || jk === '-' || jk === 'और' || jk === 'व')) return undefined;
  const wd = WEEKDAY_BY_KEY.get(key(ctx, j + 1)) ?? SHORT_HINDI_WEEKDAY_BY_KEY.get(key(ctx, j + 1));
  if (wd === undefined || !on(ctx, j + 2)) return undefined;
  const between = key(ctx, j + 2) === 'के' && key(ctx, j + 3) === 'बीच' && on(ctx, j + 3);
  const closed = jk === 'और' || jk === 'व' ? between : between || key(ctx, j + 2) === 'तक';
  return closed ? { wd, end: j + 2 } : undefined;
}

/** Whether the weekday word at `j` is read as a weekday: a full name, or a short one right after a week word. */
function isWeekdayCue(ctx: Ctx, j: number): boolean {
  if (WEEKDAY_BY_KEY.has(ctx.ws[j].k)) return true;
  return j > 0 && !ctx.ws[j].nl && UNIT_BY_KEY.get(ctx.ws[j - 1].k) === 'week';
}

/** Words before an ordinal weekday that make it a series or a day of something else (लगातार दूसरे रविवार, हर तीसरे सोमवार, मेले के दूसरे रविवार). */
const NOT_OF_MONTH_BEFORE: ReadonlySet<string> = new Set(['लगातार', 'हर', 'प्रत्येक', 'हरेक', 'प्रतिमाह', 'के', 'की', 'का']);

/**
 * दूसरे रविवार, तीसरे मंगलवार: the nth weekday (2nd to 5th) of the reference month. पहले is not
 * an ordinal here (पहले रविवार को is mostly "earlier, on Sunday"); with a month before it
 * (जुलाई के पहले शुक्रवार) the month's own rule applies. Without the article's date, the weekday.
 */
function nthWeekday(ctx: Ctx, i: number, q: number): Hit | undefined {
  const wd = on(ctx, i + 1) ? WEEKDAY_BY_KEY.get(key(ctx, i + 1)) : undefined;
  // The oblique form only (दूसरे रविवार को): दूसरा शनिवार names the second Saturday of an event as often.
  if (wd === undefined || q < 2 || q > 5 || !/[ेैं]$/u.test(ctx.ws[i].k)) return undefined;
  if (i > 0 && !ctx.ws[i].nl && NOT_OF_MONTH_BEFORE.has(ctx.ws[i - 1].k)) return undefined;
  const r = ctx.ref;
  if (!r) return { end: i + 2, value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, relative: true, weekday: wd, weekdayWord: i + 1 };
  const first = dayNumber(r.y, r.m, 1);
  const n = first + ((wd - weekdayOf(first) + 7) % 7) + 7 * (q - 1);
  if (fromDayNumber(n).m !== r.m) return undefined;
  return withTime(ctx, { end: i + 2, value: fmtDayNumber(n, r.yKnown), day: n, yKnown: r.yKnown, relative: true, weekday: wd, weekdayWord: i + 1 });
}

/** A day of the month written alone (`22 तारीख`), resolved in the reference month by tense. */
function dayOfMonth(ctx: Ctx, end: number, d: number): Hit {
  const r = ctx.ref;
  if (!r) return { end, value: `XXXX-XX-${pad2(d)}` };
  const dir = tenseDir(ctx, end - 1);
  let y = r.y, m = r.m;
  const diff = d - r.d;
  if (dir > 0 && diff < 0) { m++; if (m > 12) { m = 1; y++; } }
  else if (dir < 0 && diff > 0) { m--; if (m < 1) { m = 12; y--; } }
  if (d > daysInMonth(y, m)) return { end, value: `XXXX-XX-${pad2(d)}` };
  return withTime(ctx, { end, value: fmtDay(y, m, d, r.yKnown), day: dayNumber(y, m, d), yKnown: r.yKnown, relative: true });
}

/**
 * A year before its month, as Hindi says it: `2016 के नवंबर`, `2016 नवंबर`, `2016, नव.`, and with
 * a day after the month `2016 के जनवरी 12` (the day must end the phrase, as for जनवरी 12).
 */
function matchYearMonth(ctx: Ctx, i: number, y: number): Hit | undefined {
  let j = i + 1;
  // 2020 में 28 जून, 2017 में अप्रैल से जून, 1947 में 15 अगस्त: a date without its own year after
  // "in <year>" is in that year, and the two make one span (as 2016 की जनवरी does).
  if (key(ctx, j) === 'में' && on(ctx, j) && on(ctx, j + 1)) return dateInYear(ctx, j + 1, y);
  if ((key(ctx, j) === 'के' || key(ctx, j) === 'की' || isPunct(ctx, j, ',')) && on(ctx, j)) j++;
  if (!on(ctx, j) || ctx.ws[j].t.kind !== 'deva') return undefined;
  const m = monthAt(ctx, j);
  if (m < 0) return undefined;
  const after = skipDot(ctx, j + 1);
  const b = on(ctx, after) ? bareDayAt(ctx, after) : undefined;
  if (b && b.d <= daysInMonth(y, m)) {
    const k2 = b.end;
    const endsPhrase = endsDayPhrase(ctx, k2);
    if (endsPhrase && !(on(ctx, k2) && MONTH_BY_KEY.has(key(ctx, k2)))) return withTime(ctx, { end: k2, value: fmtDay(y, m, b.d), day: dayNumber(y, m, b.d), yKnown: true });
  }
  // A month range after the year is in that year (2016 के जनवरी से मार्च).
  if (on(ctx, after) && RANGE_JOIN.has(key(ctx, after)) && monthAt(ctx, after + 1) > 0) return dateInYear(ctx, j, y);
  return withMonthWord(ctx, { end: after, value: fmtMonth(y, m) });
}

/** A date at `j` (a day and month, a month, a range of them) that takes the year `y` it does not write. */
function dateInYear(ctx: Ctx, j: number, y: number): Hit | undefined {
  let h: Hit | undefined;
  if (ctx.ws[j].t.kind === 'deva' && monthAt(ctx, j) > 0) h = withMonthWord(ctx, matchMonthStart(ctx, j, y));
  else if (dayAt(ctx, j) > 0) h = matchDayMonth(ctx, j, j, 0, y);
  // A date that writes another year of its own (2019 में 15 अगस्त 2020) is not in this one.
  return h && h.value.startsWith(String(y)) ? { ...h, relative: false } : undefined;
}

/**
 * Two days of the month joined as a range at `j`, closed by तक or के बीच (or the end of the
 * phrase): `4 से 22 तक`, `4 से लेकर 23 तक`, `4-22`. The closing word stays outside.
 */
function dayRangeAt(ctx: Ctx, j: number): { d1: number; d2: number; end: number } | undefined {
  if (!on(ctx, j)) return undefined;
  const a = bareDayAt(ctx, j);
  if (!a) return undefined;
  let k = a.end;
  if (!on(ctx, k) || !DAY_JOIN.has(key(ctx, k)) || key(ctx, k) === 'और' || key(ctx, k) === 'व') return undefined;
  k++;
  if (key(ctx, k) === 'लेकर' && on(ctx, k)) k++;
  const b = on(ctx, k) ? bareDayAt(ctx, k) : undefined;
  if (!b || b.d <= a.d) return undefined;
  const after = key(ctx, b.end);
  const closes = !on(ctx, b.end) || after === 'तक' || (after === 'के' && key(ctx, b.end + 1) === 'बीच');
  return closes ? { d1: a.d, d2: b.d, end: b.end } : undefined;
}

/** Words before a part of the day that tie it to another day than the article's (उस रात, जिस शाम). */
const POD_OTHER_DAY: ReadonlySet<string> = new Set(['वाली', 'वाले', 'वाला', 'उस', 'उसी', 'जिस', 'किसी', 'हर', 'एक', 'की', 'के', 'का']);

/** Words for a century. */
const CENTURY_WORDS = new Set(['सदी', 'शताब्दी', 'शती']);

/** 15वीं शताब्दी, इक्कीसवीं सदी: a century, valued as TIMEX3 does (`14` for the 1400s). */
function matchCentury(ctx: Ctx, i: number): Hit | undefined {
  const o = ordinalAt(ctx, i);
  if (!o || o.n < 1 || o.n > 21 || !on(ctx, o.end) || !CENTURY_WORDS.has(key(ctx, o.end))) return undefined;
  // ईसा पूर्व 8वीं शताब्दी (BCE): our values count years of the common era only.
  for (let b = Math.max(0, i - 3); b < i; b++) if (ctx.ws[b].k === 'पूर्व' || ctx.ws[b].k === 'ईसापूर्व' || ctx.ws[b].k === 'bc' || ctx.ws[b].k === 'bce') return undefined;
  if (o.end + 1 < ctx.ws.length && on(ctx, o.end + 1) && (ctx.ws[o.end + 1].k === 'ईसा' || ctx.ws[o.end + 1].k === 'bc' || ctx.ws[o.end + 1].k === 'bce')) return undefined;
  return extendCentury(ctx, { end: o.end + 1, value: pad2(o.n - 1) });
}

/**
 * The nth decade of a century (बीसवीं सदी के अंतिम दशक → 199, इस सदी के पहले दशक → 200): the
 * decade's TIMEX3 value; the century alone otherwise.
 */
function extendCentury(ctx: Ctx, h: Hit): Hit {
  const j = h.end;
  if (!on(ctx, j) || !on(ctx, j + 1) || !['के', 'का', 'की'].includes(key(ctx, j))) return h;
  const o = ordinalAt(ctx, j + 1);
  if (!o || o.n === 0 || o.n > 10 || !on(ctx, o.end) || key(ctx, o.end) !== 'दशक') return h;
  return { ...h, end: o.end + 1, value: `${h.value}${o.n < 0 ? 9 : o.n - 1}` };
}

/** Words for the last of a series (अंतिम सप्ताह, आखिरी सोमवार). */
const LAST_WORDS = new Set(['अंतिम', 'आखिरी', 'आख़िरी', 'आखरी']);
/** Week words after an ordinal (तीसरे हफ्ते, पहला सप्ताह). */
const WEEK_WORDS = new Set(['सप्ताह', 'हफ्ते', 'हफ़्ते', 'हफ्ता', 'हफ़्ता', 'हप्ते']);

/** The ordinal at `j` (पहला, तीसरे, 2रा, अंतिम → -1), or undefined. */
function ordinalAt(ctx: Ctx, j: number): { n: number; end: number } | undefined {
  if (j >= ctx.ws.length) return undefined;
  if (LAST_WORDS.has(key(ctx, j))) return { n: -1, end: j + 1 };
  const w = ORDINAL_WORD_BY_KEY.get(key(ctx, j));
  if (w !== undefined) return { n: w, end: j + 1 };
  const v = intAt(ctx, j);
  if (v >= 1 && v <= 53 && glued(ctx, j + 1) && ORDINAL_SUFFIXES.has(key(ctx, j + 1))) return { n: v, end: j + 2 };
  // 21 वीं सदी: the -वां suffix set apart by a space (no Hindi word of its own).
  if (v >= 1 && v <= 53 && on(ctx, j + 1) && SPACED_ORDINAL_SUFFIXES.has(key(ctx, j + 1))) return { n: v, end: j + 2 };
  return undefined;
}

/** Ordinal suffixes that may be written apart from their digits (21 वीं): the -वां forms only. */
const SPACED_ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['वां', 'वीं', 'वें', 'वाँ', 'वेँ']);

/** The day number of the Monday of the ISO week holding the `n`th Thursday of month m (week N of a month). */
function monthWeekMonday(y: number, m: number, n: number): number | undefined {
  const first = dayNumber(y, m, 1);
  const firstThu = first + ((4 - weekdayOf(first) + 7) % 7);
  let thu: number;
  if (n > 0) thu = firstThu + 7 * (n - 1);
  else { const last = dayNumber(y, m, daysInMonth(y, m)); thu = last - ((weekdayOf(last) - 4 + 7) % 7); }
  if (fromDayNumber(thu).m !== m) return undefined;
  return thu - 3;
}

/** Words that link a date to what extendHit adds (की तीसरी तिमाही, के सप्ताह, वाले हफ्ते). */
/** Year words that may follow a date written without its year: 26 जनवरी सन् 1950. */
const YEAR_AFTER_DATE: ReadonlySet<string> = new Set(['सन', 'सन्', 'वर्ष', 'साल']);
const EXTEND_STARTS: ReadonlySet<string> = new Set(['की', 'के', 'का', 'वाले', 'वाली', 'वाला']);
/** Words for the start, middle or end of a period, after की/के/का (match keys). */
/** The words of PERIOD_PARTS that name a period's end. */
const END_OF_PERIOD: ReadonlySet<string> = new Set(['अंत', 'आखिर']);
const PERIOD_PARTS: ReadonlySet<string> = new Set(['शुरुआत', 'शुरूआत', 'शुरू', 'आरंभ', 'आरम्भ', 'प्रारंभ', 'प्रारम्भ', 'अंत', 'आखिर', 'आख़िर', 'मध्य'].map((w) => w.normalize('NFD').replace(/\u093C/g, '').normalize('NFC')));

/** Quarter and half-year words after a year: 2016 की तीसरी तिमाही, अगले साल की पहली छमाही. */
const PERIOD_OF_YEAR: ReadonlyMap<string, number> = new Map([['तिमाही', 3], ['छमाही', 6]]);

/**
 * What may follow a finished date and belong to it:
 * - a quarter or half of a year (`2016 की तीसरी तिमाही` → `2016-07/2016-09`; of a fiscal year
 *   `वित्त वर्ष 2024-25 की पहली तिमाही` → `2024-04/2024-06`);
 * - the week of a day (`30 नवंबर के सप्ताह` → that day's ISO week);
 * - the day of a month (`अक्टूबर की पहली तारीख`, `अगले महीने की 20 तारीख`).
 */
function extendHit(ctx: Ctx, h: Hit): Hit {
  const j = h.end;
  const k0 = key(ctx, j);
  // A day and month, then their year in words (इक्कीस सितंबर उन्नीस सौ अठत्तर, सितंबर 10, उन्नीस सौ एक).
  const dm = /^(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$/.exec(h.value);
  const withYear = yearWordAfter(ctx, h);
  if (withYear) return withYear;
  if (dm && (CARDINAL_BY_KEY.has(k0) || (k0 === ',' && on(ctx, j + 1)))) {
    const yj = k0 === ',' ? j + 1 : j;
    const yw = on(ctx, yj) ? yearInWordsAt(ctx, yj, false) : undefined;
    // (Only where a postposition, punctuation or the end follows: 15 अगस्त दो हजार लोग counts people.)
    const ends = yw && (!on(ctx, yw.end) || yw.end >= ctx.ws.length || ctx.ws[yw.end].t.kind === 'punct' || AFTER_YEAR.has(key(ctx, yw.end)));
    if (yw && ends) {
      const m = +dm[1];
      const d = dm[2] !== undefined ? +dm[2] : undefined;
      if (d === undefined) return { end: yw.end, value: fmtMonth(yw.y, m) };
      if (d <= daysInMonth(yw.y, m)) return withTime(ctx, { end: yw.end, value: fmtDay(yw.y, m, d), day: dayNumber(yw.y, m, d), yKnown: true, weekday: h.weekday, weekdayWord: h.weekdayWord });
    }
  }
  // इस महीने 21 तारीख, पिछले महीने 5 तारीख: the day of a month named by a direction word, without
  // की (the word तारीख makes the number a day).
  if (h.relative && intAt(ctx, j) > 0 && on(ctx, j) && /^(\d{4}|XXXX)-(\d\d|XX)$/.test(h.value)) {
    const dm2 = dayOfMonthAt(ctx, j, h);
    if (dm2) return dm2;
  }
  // 2017-Q1, 2017 की Q3, 2019 H2: a quarter or a half of a year written as a letter and its number
  // (the business page's shorthand), glued to the year by a hyphen or after it, with की/के too.
  if (/^(\d{4}|XXXX)$/.test(h.value) && on(ctx, j)) {
    const qj = k0 === '-' && glued(ctx, j) && glued(ctx, j + 1) ? j + 1 : (k0 === 'की' || k0 === 'के' || k0 === 'का') ? j + 1 : j;
    const qk = key(ctx, qj);
    const n = on(ctx, qj) && (qk === 'q' || qk === 'h') && glued(ctx, qj + 1) && digitsLen(ctx, qj + 1) === 1 && !glued(ctx, qj + 2) ? intAt(ctx, qj + 1) : -1;
    const len = qk === 'q' ? 3 : 6;
    if (n >= 1 && n <= 12 / len) {
      const y = h.value === 'XXXX' ? undefined : +h.value;
      const fmt = (mm: number) => (y === undefined ? `XXXX-${pad2(mm)}` : fmtMonth(y, mm));
      return { end: qj + 2, value: `${fmt((n - 1) * len + 1)}/${fmt(n * len)}`, relative: h.relative };
    }
  }
  // Most dates end before a word none of the extensions start with.
  if (!EXTEND_STARTS.has(k0) && !ORDINAL_WORD_BY_KEY.has(k0) && !LAST_WORDS.has(k0) && !(intAt(ctx, j) > 0 && glued(ctx, j + 1))) return h;
  const linked = (k0 === 'की' || k0 === 'के' || k0 === 'का' || k0 === 'वाले' || k0 === 'वाली' || k0 === 'वाला') && on(ctx, j) && on(ctx, j + 1);
  // Quarters and halves: the year may be followed directly (अगले साल तीसरी तिमाही) or by की/के.
  const q0 = linked && k0 !== 'वाले' && k0 !== 'वाली' && k0 !== 'वाला' ? j + 1 : on(ctx, j) ? j : -1;
  if (q0 >= 0 && on(ctx, q0 + 1)) {
    const ord = ORDINAL_WORD_BY_KEY.get(key(ctx, q0));
    const len = PERIOD_OF_YEAR.get(key(ctx, q0 + 1));
    if (ord !== undefined && len !== undefined && ord >= 1 && ord <= 12 / len) {
      let m = /^(\d{4}|XXXX)$/.exec(h.value);
      if (m) {
        const y = m[1] === 'XXXX' ? undefined : +m[1];
        const a = (ord - 1) * len + 1, b = ord * len;
        const fmt = (mm: number) => (y === undefined ? `XXXX-${pad2(mm)}` : fmtMonth(y, mm));
        return { end: q0 + 2, value: `${fmt(a)}/${fmt(b)}`, relative: h.relative };
      }
      m = /^(\d{4})-04\/(\d{4})-03$/.exec(h.value);
      if (m) {
        const y0 = +m[1];
        const first = (ord - 1) * len; // months after April
        const at = (k: number) => fmtMonth(y0 + Math.floor((3 + k) / 12), ((3 + k) % 12) + 1);
        return { end: q0 + 2, value: `${at(first)}/${at(first + len - 1)}`, relative: h.relative };
      }
    }
  }
  // The nth week of a month or year, the nth weekday of a month: इस महीने के तीसरे हफ्ते,
  // 2015 का अंतिम सप्ताह, अगले साल तीसरे सप्ताह, जुलाई के पहले शुक्रवार.
  if (q0 >= 0) {
    const o = ordinalAt(ctx, q0);
    const ym = /^(\d{4})(?:-(\d\d))?$/.exec(h.value);
    // जुलाई के आखिरी हफ्ते without the article's date: a week of unknown year.
    if (o && !ym && /^XXXX(?:-\d\d)?$/.test(h.value) && on(ctx, o.end) && WEEK_WORDS.has(key(ctx, o.end))) return { end: o.end + 1, value: 'XXXX-WXX', relative: h.relative };
    // जुलाई के पहले शुक्रवार without the article's date: the weekday is all the value can say.
    const owd = o && !ym && /^XXXX-\d\d$/.test(h.value) && on(ctx, o.end) && (o.n === -1 || (o.n >= 1 && o.n <= 5)) ? WEEKDAY_BY_KEY.get(key(ctx, o.end)) : undefined;
    if (o && owd !== undefined) return { end: o.end + 1, value: `XXXX-WXX-${owd === 0 ? 7 : owd}`, relative: h.relative, weekday: owd, weekdayWord: o.end };
    if (o && ym && on(ctx, o.end)) {
      const y = +ym[1];
      const m = ym[2] ? +ym[2] : undefined;
      const wk = key(ctx, o.end);
      const wd = WEEKDAY_BY_KEY.get(wk);
      if (WEEK_WORDS.has(wk)) {
        if (m !== undefined) {
          const mon = monthWeekMonday(y, m, o.n);
          if (mon !== undefined) return { end: o.end + 1, value: isoWeek(mon), relative: h.relative };
        } else {
          const jan4 = dayNumber(y, 1, 4);
          const w1 = jan4 - ((weekdayOf(jan4) + 6) % 7);
          const weeks = Math.round((dayNumber(y + 1, 1, 4) - ((weekdayOf(dayNumber(y + 1, 1, 4)) + 6) % 7) - w1) / 7);
          const n = o.n < 0 ? weeks : o.n;
          if (n >= 1 && n <= weeks) return { end: o.end + 1, value: isoWeek(w1 + 7 * (n - 1)), relative: h.relative };
        }
      } else if (wd !== undefined && m !== undefined && (o.n === -1 || (o.n >= 1 && o.n <= 5))) {
        const first = dayNumber(y, m, 1);
        let n: number;
        if (o.n > 0) n = first + ((wd - weekdayOf(first) + 7) % 7) + 7 * (o.n - 1);
        else { const last = dayNumber(y, m, daysInMonth(y, m)); n = last - ((weekdayOf(last) - wd + 7) % 7); }
        if (fromDayNumber(n).m === m) return withTime(ctx, { end: o.end + 1, value: fmtDayNumber(n), day: n, yKnown: true, relative: h.relative, weekday: wd, weekdayWord: o.end });
      }
    }
  }
  if (!linked) return h;
  const k1 = key(ctx, j + 1);
  // A season of a year: 2016 की गर्मियों, उन्नीस सौ अठत्तर के वसंत.
  const season = SEASON_BY_KEY.get(k1);
  // (गर्मी alone may be "heat": इस साल की गर्मी से बचने; only before में.)
  if (season !== undefined && /^\d{4}$/.test(h.value) && k0 !== 'वाले' && k0 !== 'वाली' && k0 !== 'वाला' && (k1 !== 'गर्मी' || key(ctx, j + 2) === 'में')) {
    return { ...h, end: j + 2, value: `${h.value}-${season}` };
  }
  // The start, middle or end of a period (इस महीने की शुरुआत, अगले साल के अंत, 2016 के मध्य): the
  // span takes the words; the value stays the period's, as TIMEX3 leaves the part to a modifier.
  if (PERIOD_PARTS.has(k1) && (k0 === 'की' || k0 === 'के' || k0 === 'का') && /^(\d{4}|XXXX)(-(\d\d|XX|W\d\d|WXX))?(-\d\d)?$/.test(h.value)) {
    // The end of one day (कल के अंत तक, इस रविवार के अंत में) is its last minute: a day has no
    // smaller calendar unit to name, so the part is said with the clock (T23:59, as upstream's
    // end-of-day 23:59:59 cut to our minute).
    if (k0 === 'के' && END_OF_PERIOD.has(noNuktaKey(k1)) && /^(\d{4}|XXXX)-(\d\d|XX)-\d\d$/.test(h.value)) return { ...h, end: j + 2, value: `${h.value}T23:59`, day: undefined, dayValue: undefined };
    return { ...h, end: j + 2 };
  }
  // The rest of the current period (इस सप्ताह के बाकी दिन, इस साल के बाकी महीनों): from the article's day.
  if (k0 === 'के' && REST_WORDS.has(k1)) {
    const rest = restOfPeriod(ctx, h.value, j);
    if (rest) return rest;
  }
  // The week of a day (its ISO week; a week of unknown year without the article's date).
  if (WEEK_WORDS.has(k1) && k0 !== 'की' && /^(\d{4}|XXXX)-(\d\d|XX)-\d\d$/.test(h.value)) {
    if (h.day !== undefined && /^\d{4}/.test(h.value)) return { end: j + 2, value: isoWeek(h.day), relative: h.relative };
    return { end: j + 2, value: 'XXXX-WXX', relative: h.relative };
  }
  // The day of a month.
  if (k0 === 'की') {
    const dd = dayOfMonthAt(ctx, j + 1, h);
    return dd ? yearWordAfter(ctx, dd) ?? dd : h;
  }
  return h;
}

/** "The rest of": बाकी, शेष, बचे (हुए). */
const REST_WORDS: ReadonlySet<string> = new Set(['बाकी', 'बाक़ी', 'शेष', 'बचे'].map((w) => w.normalize('NFC')));
/** What the rest of a period is said to be made of: its days, months, weeks, time or part. */
const REST_NOUNS: ReadonlySet<string> = new Set(['दिन', 'दिनों', 'समय', 'वक्त', 'वक़्त', 'महीने', 'महीनों', 'हफ्ते', 'हफ़्ते', 'हफ्तों', 'हफ़्तों', 'सप्ताह', 'सप्ताहों', 'हिस्से', 'हिस्सों', 'भाग', 'अवधि'].map((w) => w.normalize('NFC')));

/**
 * The rest of a period (`इस सप्ताह के बाकी दिन`, `साल के बाकी के महीनों`, `इस वर्ष के शेष समय`), `j`
 * at the के after the period: from the article's day to the period's last day. Only the period the
 * article's date falls in has a rest we can place; without the article's date the span keeps the
 * period's value. Undefined when the words do not follow or the period is another one.
 */
function restOfPeriod(ctx: Ctx, value: string, j: number): Hit | undefined {
  if (!on(ctx, j + 1) || !on(ctx, j + 2)) return undefined;
  let n = j + 2;
  if ((key(ctx, n) === 'के' || key(ctx, n) === 'हुए') && on(ctx, n + 1)) n++;
  if (!REST_NOUNS.has(key(ctx, n))) return undefined;
  const end = n + 1;
  const r = ctx.ref;
  if (!r || !r.yKnown) return /^(?:\d{4}|XXXX)(?:-(?:\d\d|XX|W\d\d|WXX))?$/.test(value) ? { end, value, relative: true } : undefined;
  const days = periodOfRef(value, r);
  return days && { end, value: `${fmtDayNumber(r.n)}/${fmtDayNumber(days.last)}`, relative: true };
}

/** The first and last day of the year, month or ISO week `value` when it is the one the article's date falls in. */
function periodOfRef(value: string, r: Ref): { first: number; last: number } | undefined {
  if (value === String(r.y)) return { first: dayNumber(r.y, 1, 1), last: dayNumber(r.y, 12, 31) };
  if (value === fmtMonth(r.y, r.m)) return { first: dayNumber(r.y, r.m, 1), last: dayNumber(r.y, r.m, daysInMonth(r.y, r.m)) };
  if (value === isoWeek(r.n)) { const monday = r.n - ((weekdayOf(r.n) + 6) % 7); return { first: monday, last: monday + 6 }; }
  return undefined;
}

/**
 * 26 जनवरी सन् 1950, 15 अगस्त, सन 1947, सितंबर की दस तारीख, सन दो हजार: a day or month written
 * without its year (`h`), then a year word and the year (digits or words).
 */
function yearWordAfter(ctx: Ctx, h: Hit): Hit | undefined {
  const dm = /^(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$/.exec(h.value);
  const j = h.end;
  const k0 = key(ctx, j);
  if (!dm || !h.relative || !(k0 === ',' || YEAR_AFTER_DATE.has(k0))) return undefined;
  const yj = k0 === ',' ? j + 1 : j;
  if (!on(ctx, yj) || !on(ctx, yj + 1) || !YEAR_AFTER_DATE.has(key(ctx, yj))) return undefined;
  const yw = yearAt(ctx, yj + 1) > 0 ? { y: yearAt(ctx, yj + 1), end: yj + 2 } : yearInWordsAt(ctx, yj + 1, false);
  const m = +dm[1];
  const d = dm[2] !== undefined ? +dm[2] : undefined;
  if (yw && d === undefined) return { end: yw.end, value: fmtMonth(yw.y, m) };
  if (yw && d !== undefined && d <= daysInMonth(yw.y, m)) return withTime(ctx, { end: yw.end, value: fmtDay(yw.y, m, d), day: dayNumber(yw.y, m, d), yKnown: true, weekday: h.weekday, weekdayWord: h.weekdayWord });
  return undefined;
}

/** Words for a month (इस महीने, अगले माह). */
const MONTH_NOUNS: ReadonlySet<string> = new Set(['महीने', 'महीना', 'माह', 'मास']);

/**
 * Whether the word at `k` closes a phrase after a bare day (मई 5 को, अगस्त 22 कर दें, मई 5।): the end,
 * a postposition, a verb of doing or being, or punctuation other than a date or number separator.
 * Anything else (मई 5 राज्यों में) makes the number a count, not a day.
 */
function endsDayPhrase(ctx: Ctx, k: number): boolean {
  return !on(ctx, k) || AFTER_BARE_DAY.has(key(ctx, k)) || VERB_AFTER_DAY.has(key(ctx, k)) || (ctx.ws[k].t.kind === 'punct' && !/[-/:.%]/.test(ctx.ws[k].t.text));
}

/** The day of the month `h` (a month value) written at `j` and followed by तारीख: पिछले महीने की 15 तारीख. */
function dayOfMonthAt(ctx: Ctx, j: number, h: Hit): Hit | undefined {
  const mm = /^(\d{4}|XXXX)-(\d\d|XX)$/.exec(h.value);
  if (!mm) return undefined;
  const o = bareDayAt(ctx, j);
  const d = o ? o.d : -1;
  const dEnd = o ? o.end : j + 1;
  // इस महीने की 5 को, अगले महीने की 20 तक: after a month named by a direction word and की, the
  // number is its day without तारीख too when को or तक (or the end of the clause) closes it.
  if (d <= 0) return undefined;
  const monthWord = j >= 3 && MONTH_NOUNS.has(key(ctx, j - 2)) && key(ctx, j - 1) === 'की' && DIRECTION_BY_KEY.has(key(ctx, j - 3));
  const closed = !on(ctx, dEnd) || dEnd >= ctx.ws.length || key(ctx, dEnd) === 'को' || key(ctx, dEnd) === 'तक' || (ctx.ws[dEnd].t.kind === 'punct' && !/[-/:.%]/.test(ctx.ws[dEnd].t.text));
  // The span ends after the day (इस महीने की 22 को), or after the तारीख that follows it.
  const end = monthWord && closed ? dEnd : DATE_WORDS.has(key(ctx, dEnd)) && on(ctx, dEnd) ? dEnd + 1 : -1;
  if (end < 0) return undefined;
  const y = mm[1] === 'XXXX' ? undefined : +mm[1];
  const m = +mm[2];
  if (y === undefined || mm[2] === 'XX') return { end, value: `XXXX-${mm[2]}-${pad2(d)}`, relative: h.relative };
  if (d <= daysInMonth(y, m)) return withTime(ctx, { end, value: fmtDay(y, m, d), day: dayNumber(y, m, d), yKnown: true, relative: h.relative });
  return undefined;
}

/** Starting at a digit token: numeric dates, day-month, years, ranges, decades, "3 दिन पहले", clock times. */
function matchNumberStart(ctx: Ctx, i: number): Hit | undefined {
  const ws = ctx.ws;
  const w = ws[i];
  // dd.mm.yyyy as one token.
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(w.k)) {
    const [d, m, y] = w.k.split('.').map(Number);
    if (validDay(y, m, d)) return withTime(ctx, { end: i + 1, value: fmtDay(y, m, d), day: dayNumber(y, m, d), yKnown: true });
  }
  const dmw = dayMonthBeforeWeekday(ctx, i);
  if (dmw) return dmw;
  const v = intAt(ctx, i);
  if (v < 0) return undefined;
  const len = digitsLen(ctx, i);
  // yyyy-mm-dd, yyyy/mm/dd
  if (len === 4 && (isPunct(ctx, i + 1, '-') || isPunct(ctx, i + 1, '/')) && glued(ctx, i + 1) && glued(ctx, i + 2) && intAt(ctx, i + 2) >= 1 && digitsLen(ctx, i + 2) <= 2 &&
      isPunct(ctx, i + 3, ws[i + 1].t.text) && glued(ctx, i + 3) && glued(ctx, i + 4) && intAt(ctx, i + 4) >= 1 && digitsLen(ctx, i + 4) <= 2) {
    const y = v, m = intAt(ctx, i + 2), d = intAt(ctx, i + 4);
    if (validDay(y, m, d)) return withTime(ctx, { end: i + 5, value: fmtDay(y, m, d), day: dayNumber(y, m, d), yKnown: true });
  }
  // dd/mm/yyyy, dd-mm-yyyy (day first, as Indian papers write it).
  if (len <= 2 && (isPunct(ctx, i + 1, '/') || isPunct(ctx, i + 1, '-')) && glued(ctx, i + 1) && glued(ctx, i + 2) && intAt(ctx, i + 2) >= 1 && digitsLen(ctx, i + 2) <= 2 &&
      isPunct(ctx, i + 3, ws[i + 1].t.text) && glued(ctx, i + 3) && glued(ctx, i + 4) && (digitsLen(ctx, i + 4) === 4 || digitsLen(ctx, i + 4) === 2) && intAt(ctx, i + 4) >= 0) {
    let y = intAt(ctx, i + 4);
    if (digitsLen(ctx, i + 4) === 2) y += y < 50 ? 2000 : 1900;
    let d = v, m = intAt(ctx, i + 2);
    if (m > 12 && d <= 12) [d, m] = [m, d];
    if (validDay(y, m, d)) return withTime(ctx, { end: i + 5, value: fmtDay(y, m, d), day: dayNumber(y, m, d), yKnown: true });
  }
  // mm/yyyy, mm-yyyy (11/2016), also spaced on one line (11 - 2016, 11- 2016): a month of a year,
  // unless a cue word makes it a case or FIR number.
  if (len <= 2 && v >= 1 && v <= 12 && (isPunct(ctx, i + 1, '/') || isPunct(ctx, i + 1, '-')) && on(ctx, i + 1) && on(ctx, i + 2) && yearAt(ctx, i + 2) >= 1900 &&
      !(glued(ctx, i + 3) && (ws[i + 3].t.text === '/' || ws[i + 3].t.text === '-' || ws[i + 3].t.kind !== 'punct')) && !(i > 0 && IDENTIFIER_CUES.has(ws[i - 1].k)) && !(i > 0 && glued(ctx, i))) {
    return { end: i + 3, value: fmtMonth(yearAt(ctx, i + 2), v) };
  }
  // 06/06, 2015: a day and month (day first, two digits each: 3/4, 2015 may be a fraction) with
  // their year after a comma.
  if (len === 2 && v >= 1 && v <= 31 && isPunct(ctx, i + 1, '/') && glued(ctx, i + 1) && glued(ctx, i + 2) && digitsLen(ctx, i + 2) === 2 && intAt(ctx, i + 2) >= 1 && intAt(ctx, i + 2) <= 12 &&
      isPunct(ctx, i + 3, ',') && glued(ctx, i + 3) && on(ctx, i + 4) && !glued(ctx, i + 4) && yearAt(ctx, i + 4) > 0 && !glued(ctx, i + 5) && !(i > 0 && glued(ctx, i))) {
    const m = intAt(ctx, i + 2), y = yearAt(ctx, i + 4);
    if (validDay(y, m, v)) return withTime(ctx, { end: i + 5, value: fmtDay(y, m, v), day: dayNumber(y, m, v), yKnown: true });
  }
  // 25/02 11 बजे, 06/06 12:15: a day and month without their year (day first), made a date by the
  // clock time right after them; alone, a digit pair is as often a fraction or a score.
  if (len <= 2 && v >= 1 && v <= 31 && isPunct(ctx, i + 1, '/') && glued(ctx, i + 1) && glued(ctx, i + 2) && digitsLen(ctx, i + 2) <= 2 && intAt(ctx, i + 2) >= 1 && intAt(ctx, i + 2) <= 12 &&
      !glued(ctx, i + 3) && !(i > 0 && glued(ctx, i)) && on(ctx, i + 3) && intAt(ctx, i + 3) >= 0) {
    const m = intAt(ctx, i + 2);
    const t = parseTime(ctx, i + 3);
    if (t && !t.bare && !t.pod && t.hhmm.includes(':') && v <= daysInMonth(2000, m)) {
      const r = ctx.ref;
      const y = r ? resolveYear(r, m, v, tenseDir(ctx, i)) : undefined;
      const base: Hit = r && y !== undefined && validDay(y, m, v)
        ? { end: i + 3, value: fmtDay(y, m, v, r.yKnown), day: dayNumber(y, m, v), yKnown: r.yKnown, relative: true }
        : { end: i + 3, value: `XXXX-${pad2(m)}-${pad2(v)}`, dayValue: `XXXX-${pad2(m)}-${pad2(v)}` };
      const timed = withTime(ctx, base);
      if (/T\d\d:\d\d/.test(timed.value)) return timed;
    }
  }
  // 23/सितंबर/2020, 23/सित/2020, 23/Sep/2020: day, month word and year joined by slashes.
  if (len <= 2 && v >= 1 && v <= 31 && isPunct(ctx, i + 1, '/') && glued(ctx, i + 1) && glued(ctx, i + 2) && isPunct(ctx, i + 3, '/') && glued(ctx, i + 3) && glued(ctx, i + 4) && yearAt(ctx, i + 4) > 0 &&
      !(glued(ctx, i + 5) && (ws[i + 5].t.kind !== 'punct' || isPunct(ctx, i + 5, '/')))) {
    const m = ws[i + 2].t.kind === 'latin' ? MONTH_BY_KEY.get(ws[i + 2].k) : monthAt(ctx, i + 2);
    const y = yearAt(ctx, i + 4);
    if (m !== undefined && m > 0 && validDay(y, m, v)) return withTime(ctx, { end: i + 5, value: fmtDay(y, m, v), day: dayNumber(y, m, v), yKnown: true });
  }
  // Day (or day range) + month.
  if (len <= 2 && v >= 1 && v <= 31) {
    const h = matchDayMonth(ctx, i, i, 0);
    if (h) return h;
    // 15 तारीख, 21वीं तारीख: that day of the reference month (or the next/last one, by tense).
    if (DATE_WORDS.has(key(ctx, i + 1)) && on(ctx, i + 1) && !everyMonth(ctx, i)) return dayOfMonth(ctx, i + 2, v);
    // 15 को 8:00 बजे, 5 को सुबह 4 बजे: a day of the month made one by the clock time after it.
    if (key(ctx, i + 1) === 'को' && on(ctx, i + 1) && on(ctx, i + 2) && !glued(ctx, i + 1)) {
      const t = parseTimeRange(ctx, i + 2);
      if (t && !t.bare && t.hhmm.includes(':')) {
        const d = dayOfMonth(ctx, i + 1, v);
        if (d.end > i + 1) return d;
        return { end: t.end, value: timeValue(undefined, true, t, d.value) };
      }
    }
    // 21 सोमवार, 4 मंगलवार शाम 7 बजे: a day of the month and its weekday.
    const wdAfter = on(ctx, i + 1) ? WEEKDAY_BY_KEY.get(key(ctx, i + 1)) : undefined;
    if (wdAfter !== undefined && ctx.ws[i + 1].t.kind === 'deva') {
      const h = weekdayDayOfMonth(ctx, i, wdAfter, 0, i + 2);
      if (h) return { ...h, weekday: wdAfter, weekdayWord: i + 1 };
    }
    const o = ordinalDayAt(ctx, i);
    if (o && DATE_WORDS.has(key(ctx, o.end)) && on(ctx, o.end) && !everyMonth(ctx, i)) return dayOfMonth(ctx, o.end + 1, o.d);
    const c = matchCentury(ctx, i);
    if (c) return c;
  }
  // Year forms.
  const y = yearAt(ctx, i);
  if (y > 0) {
    const ym = matchYearMonth(ctx, i, y);
    if (ym) return ym;
    const h = matchYearForms(ctx, i, i, false);
    if (h) return h;
  }
  // Two-digit decade: 90 के दशक.
  if (len === 2 && v % 10 === 0 && (key(ctx, i + 1) === 'के' || key(ctx, i + 1) === 'का') && key(ctx, i + 2) === 'दशक' && on(ctx, i + 2)) {
    return { end: i + 3, value: String(1900 + v).slice(0, 3) };
  }
  // N दिन/साल पहले/बाद.
  const ago = matchAgo(ctx, i);
  if (ago) return ago;
  // Clock time or range of times.
  const t = parseTimeRange(ctx, i);
  if (t) return timeOnRef(ctx, t);
  return undefined;
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * `start` is the span's first word; `i` the day. Day [-|से day2] Month [[,] Year] [time].
 * `dir` biases the year of a date written without one (गत १५ फरवरी: the past one).
 */
function matchDayMonth(ctx: Ctx, start: number, i: number, dir: number, forcedYear?: number): Hit | undefined {
  const d1 = dayAt(ctx, i);
  if (d1 < 0) return undefined;
  let j = i + 1;
  // Without a direction word, the tense of the clause picks between last and next occurrence.
  if (dir === 0 && ctx.ref) dir = tenseDir(ctx, i);
  let d2 = -1;
  // A glued ordinal suffix on the day: 1ली जनवरी, 15वें नवंबर, 3rd March.
  if (glued(ctx, j) && ORDINAL_SUFFIXES.has(key(ctx, j)) && ctx.ws[i].t.kind === 'number') j++;
  // 18-19 मार्च, 1 से 3 मार्च, 2 से लेकर 7 फरवरी
  const joinW = on(ctx, j) && key(ctx, j) === 'से' && key(ctx, j + 1) === 'लेकर' && on(ctx, j + 1) ? 2 : 1;
  if (on(ctx, j) && DAY_JOIN.has(key(ctx, j)) && dayAt(ctx, j + joinW) > d1 && on(ctx, j + joinW) && monthAt(ctx, j + joinW + 1) > 0 && on(ctx, j + joinW + 1)) {
    d2 = dayAt(ctx, j + joinW);
    j += joinW + 1;
  }
  if (d2 < 0 && key(ctx, j) === 'of') j++;
  // 28-नवं., 5-मार्च: a day glued to its month by a hyphen.
  if (d2 < 0 && isPunct(ctx, j, '-') && glued(ctx, j) && glued(ctx, j + 1) && monthAt(ctx, j + 1) > 0 && ctx.ws[j + 1].t.kind === 'deva') j++;
  if (!on(ctx, j)) return undefined;
  const m = monthAt(ctx, j);
  if (m < 0) return undefined;
  j = skipDot(ctx, j + 1);
  // Range across months: 28 फरवरी से 3 मार्च
  if (d2 < 0 && on(ctx, j) && RANGE_JOIN.has(key(ctx, j)) && dayAt(ctx, j + 1) > 0 && monthAt(ctx, j + 2) > 0 && on(ctx, j + 2) && on(ctx, j + 1)) {
    const e2 = dayAt(ctx, j + 1), m2 = monthAt(ctx, j + 2);
    let k2 = j + 3;
    let y: number | undefined;
    if (on(ctx, k2) && isPunct(ctx, k2, ',') && yearAt(ctx, k2 + 1) > 0) k2++;
    if (on(ctx, k2) && yearAt(ctx, k2) > 0) { y = yearAt(ctx, k2); k2++; }
    else if (forcedYear !== undefined) y = forcedYear + (m2 < m ? 1 : 0);
    const r = ctx.ref;
    const yKnown = y !== undefined || !!r?.yKnown;
    const y1 = y ?? (r ? resolveYear(r, m, d1, dir) : 0);
    const y2 = y ?? y1 + (m2 < m ? 1 : 0);
    const yy1 = y !== undefined && m2 < m ? y - 1 : y1;
    if (r || y !== undefined) return { end: k2, value: `${fmtDay(yy1, m, d1, yKnown)}/${fmtDay(y2, m2, e2, yKnown)}`, relative: y === undefined };
    return { end: k2, value: `XXXX-${pad2(m)}-${pad2(d1)}/XXXX-${pad2(m2)}-${pad2(e2)}` };
  }
  let y = -1;
  let k2 = j;
  if (on(ctx, k2) && yearAt(ctx, k2) > 0) { y = yearAt(ctx, k2); k2++; }
  else if (isPunct(ctx, k2, ',') && yearAt(ctx, k2 + 1) > 0 && on(ctx, k2 + 1)) { y = yearAt(ctx, k2 + 1); k2 += 2; }
  // 05-अगस्त-2016, 5 अगस्त-2016, 05-अगस्त -2016: the year after a hyphen glued to it (not the
  // start of a range of years or numbers: 5 अगस्त-2016-17).
  else if (isPunct(ctx, k2, '-') && glued(ctx, k2 + 1) && yearAt(ctx, k2 + 1) > 0 && !(glued(ctx, k2 + 2) && /^[-–/.]$/.test(key(ctx, k2 + 2)))) { y = yearAt(ctx, k2 + 1); k2 += 2; }
  else if (isPunct(ctx, k2, "'") || isPunct(ctx, k2, '’')) {
    const yy = intAt(ctx, k2 + 1);
    if (yy >= 0 && digitsLen(ctx, k2 + 1) === 2 && glued(ctx, k2 + 1)) { y = 2000 + yy; k2 += 2; }
  }
  const r = ctx.ref;
  let relative = false;
  let yKnown = true;
  if (y < 0 && forcedYear !== undefined) y = forcedYear;
  if (y < 0) {
    relative = true;
    if (r) { y = resolveYear(r, m, d1, dir); yKnown = r.yKnown; } else { y = 2001; yKnown = false; }
  }
  if (d1 > daysInMonth(y, m)) return undefined;
  if (d2 > 0) {
    if (d2 > daysInMonth(y, m)) return undefined;
    return { end: k2, value: `${fmtDay(y, m, d1, yKnown)}/${fmtDay(y, m, d2, yKnown)}`, relative };
  }
  return withTime(ctx, { end: k2, value: fmtDay(y, m, d1, yKnown), day: dayNumber(y, m, d1), yKnown, relative });
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** -1 for a clause in the past, +1 in the future, 0 when unsure (present perfect, no verb). */
function tenseDir(ctx: Ctx, i: number): number {
  const t = tenseAfter(ctx.ws, i + 1);
  return t === 'past' ? -1 : t === 'future' ? 1 : 0;
}

/** Month name first: Month [day[,] year] | Month year | Month से Month [year] | Month alone. */
function matchMonthStart(ctx: Ctx, i: number, forcedYear: number | undefined, dir = 0, relativeYear = false): Hit | undefined {
  const m = monthAt(ctx, i, false) > 0 ? monthAt(ctx, i) : -1;
  const latin = ctx.ws[i].t.kind === 'latin';
  const mm = m > 0 ? m : monthAt(ctx, i);
  if (mm < 0) return undefined;
  let j = skipDot(ctx, i + 1);
  const r = ctx.ref;
  // सितंबर-23-2020, सित-23-2020: month, day and year joined by hyphens (month first, as forms write it).
  if (!latin && isPunct(ctx, j, '-') && glued(ctx, j) && glued(ctx, j + 1) && intAt(ctx, j + 1) >= 1 && digitsLen(ctx, j + 1) <= 2 && isPunct(ctx, j + 2, '-') && glued(ctx, j + 2) && glued(ctx, j + 3) && yearAt(ctx, j + 3) > 0 &&
      !(glued(ctx, j + 4) && (ctx.ws[j + 4].t.kind !== 'punct' || isPunct(ctx, j + 4, '-')))) {
    const d = intAt(ctx, j + 1), y = yearAt(ctx, j + 3);
    if (validDay(y, mm, d)) return withTime(ctx, { end: j + 4, value: fmtDay(y, mm, d), day: dayNumber(y, mm, d), yKnown: true });
  }
  // Month day, year (English order, also used in Hindi bylines: सितंबर 4, 2025).
  // अक्टूबर-2, जन-1: a Hindi month joined to its day by a hyphen.
  if (!latin && isPunct(ctx, j, '-') && glued(ctx, j) && glued(ctx, j + 1) && intAt(ctx, j + 1) >= 1 && intAt(ctx, j + 1) <= 31 && digitsLen(ctx, j + 1) <= 2 && !(glued(ctx, j + 2) && ctx.ws[j + 2].t.kind !== 'punct') && !isPunct(ctx, j + 2, '-')) {
    const d = intAt(ctx, j + 1);
    if (!r) return { end: j + 2, value: `XXXX-${pad2(mm)}-${pad2(d)}` };
    const y = resolveYear(r, mm, d, dir === 0 ? tenseDir(ctx, j + 1) : dir);
    if (d <= daysInMonth(y, mm)) return withTime(ctx, { end: j + 2, value: fmtDay(y, mm, d, r.yKnown), day: dayNumber(y, mm, d), yKnown: r.yKnown, relative: true });
  }
  // नवंबर 15 से 19 तक, नवंबर 15वें से 19वें के बीच: a range of days after a Hindi month.
  const mdr = !latin ? dayRangeAt(ctx, j) : undefined;
  if (mdr && forcedYear !== undefined && !relativeYear && mdr.d2 <= daysInMonth(forcedYear, mm)) return { end: mdr.end, value: `${fmtDay(forcedYear, mm, mdr.d1)}/${fmtDay(forcedYear, mm, mdr.d2)}` };
  if (mdr) {
    if (!r) return { end: mdr.end, value: `XXXX-${pad2(mm)}-${pad2(mdr.d1)}/XXXX-${pad2(mm)}-${pad2(mdr.d2)}` };
    const y = resolveYear(r, mm, mdr.d1, dir === 0 ? tenseDir(ctx, mdr.end - 1) : dir);
    if (mdr.d2 <= daysInMonth(y, mm)) return { end: mdr.end, value: `${fmtDay(y, mm, mdr.d1, r.yKnown)}/${fmtDay(y, mm, mdr.d2, r.yKnown)}`, relative: true };
  }
  // The day after the month: digits, or in Hindi also a number word or ordinal (फरवरी बाईस),
  // after a comma too (अक्टूबर, 1).
  let dj = j;
  if (!latin && isPunct(ctx, dj, ',') && on(ctx, dj + 1) && !(yearAt(ctx, dj + 1) > 0)) dj++;
  const dd = on(ctx, dj) ? (dj === j && dayAt(ctx, dj) > 0 ? { d: dayAt(ctx, dj), end: dj + 1 } : !latin ? bareDayAt(ctx, dj) : undefined) : undefined;
  const d = dd ? dd.d : -1;
  if (dd && d > 0 && !(on(ctx, dd.end) && MONTH_BY_KEY.has(key(ctx, dd.end)))) {
    let k2 = dd.end;
    let y = -1;
    if (glued(ctx, k2) && /^(st|nd|rd|th)$/.test(key(ctx, k2))) k2++;
    if (isPunct(ctx, k2, ',') && yearAt(ctx, k2 + 1) > 0 && on(ctx, k2 + 1)) { y = yearAt(ctx, k2 + 1); k2 += 2; }
    else if (on(ctx, k2) && yearAt(ctx, k2) > 0) { y = yearAt(ctx, k2); k2++; }
    // A Hindi month before its day (दिसंबर 27 को, फरवरी बाईस को, जन. 1) without a year is a date
    // when the day ends the phrase: a postposition, punctuation or the end of the line follows
    // (मई 5 राज्यों में is a count of states); so does a verb of doing, fixing or being (बैठक
    // अगस्त 22 कर दें, तारीख मार्च 10 तय हुई, अगली सुनवाई जून 5 है).
    const endsPhrase = endsDayPhrase(ctx, k2);
    // फरवरी बाईस 3:30 बजे, मार्च पंद्रह नौ बजे: a clock time written as one (बजे or a colon) closes the day too.
    const clock = !endsPhrase && y < 0 && !latin && on(ctx, k2) ? parseTime(ctx, k2) : undefined;
    // जनवरी इक्कीस दो हजार अठारह: a year in words after the day closes it (the year joins it later).
    // (Only where the year ends the phrase itself: मार्च 5 दो हजार लोग counts people.)
    const yw = !endsPhrase && !clock && y < 0 && !latin && on(ctx, k2) ? yearInWordsAt(ctx, k2, false) : undefined;
    const yearWords = !!yw && (!on(ctx, yw.end) || yw.end >= ctx.ws.length || ctx.ws[yw.end].t.kind === 'punct' || AFTER_YEAR.has(key(ctx, yw.end)));
    // बुधवार अक्टूबर 26 15:50:06 2016: the year after the clock time, as the C library prints a
    // date (a colon time only, the year ending the phrase).
    if (clock && !clock.bare && forcedYear === undefined && /^\d\d:\d\d$/.test(clock.hhmm) && intAt(ctx, clock.end - 1) >= 0 && on(ctx, clock.end) && digitsLen(ctx, clock.end) === 4 && yearAt(ctx, clock.end) > 0 &&
        (clock.end + 1 >= ctx.ws.length || !on(ctx, clock.end + 1) || (ctx.ws[clock.end + 1].t.kind === 'punct' && !/[-/:.]/.test(ctx.ws[clock.end + 1].t.text)) || AFTER_YEAR.has(key(ctx, clock.end + 1)))) {
      const cy = yearAt(ctx, clock.end);
      if (d <= daysInMonth(cy, mm)) return { end: clock.end + 1, value: `${fmtDay(cy, mm, d)}T${clock.hhmm}`, day: dayNumber(cy, mm, d), yKnown: true };
    }
    if (y > 0 || latin || endsPhrase || (clock && !clock.bare) || yearWords) {
      let yKnown = true;
      let relative = false;
      // The year a caller knows (2020 में जून 28; पिछले साल अक्टूबर 15: the article's year before).
      if (y < 0 && forcedYear !== undefined) { y = forcedYear; relative = relativeYear; yKnown = !relativeYear || !!r?.yKnown; }
      if (y < 0) { relative = true; if (r) { y = resolveYear(r, mm, d, dir); yKnown = r.yKnown; } else { y = 2001; yKnown = false; } }
      if (d <= daysInMonth(y, mm)) return withTime(ctx, { end: k2, value: fmtDay(y, mm, d, yKnown), day: dayNumber(y, mm, d), yKnown, relative });
    }
  }
  if (m < 0) return undefined; // ambiguous English word without a day
  // Month year
  if (on(ctx, j) && yearAt(ctx, j) > 0) return { end: j + 1, value: fmtMonth(yearAt(ctx, j), mm) };
  if (isPunct(ctx, j, ',') && on(ctx, j + 1) && yearAt(ctx, j + 1) > 0) return { end: j + 2, value: fmtMonth(yearAt(ctx, j + 1), mm) };
  // Month से Month [year]; Month-Month
  if (on(ctx, j) && RANGE_JOIN.has(key(ctx, j)) && on(ctx, j + 1) && monthAt(ctx, j + 1) > 0) {
    const m2 = monthAt(ctx, j + 1);
    let k2 = skipDot(ctx, j + 2);
    let y: number | undefined = forcedYear;
    let yKnown = true;
    let relative = relativeYear;
    if (on(ctx, k2) && yearAt(ctx, k2) > 0) { y = yearAt(ctx, k2); k2++; }
    else if (isPunct(ctx, k2, ',') && on(ctx, k2 + 1) && yearAt(ctx, k2 + 1) > 0) { y = yearAt(ctx, k2 + 1); k2 += 2; }
    let y1: number, y2: number;
    if (y !== undefined) { y2 = y; y1 = m2 < mm ? y - 1 : y; }
    else if (r) { relative = true; y1 = resolveYear(r, mm, undefined, dir === 0 ? tenseDir(ctx, j + 1) : dir); y2 = m2 < mm ? y1 + 1 : y1; yKnown = r.yKnown; }
    else { y1 = y2 = 2001; yKnown = false; }
    return { end: k2, value: `${fmtMonth(y1, mm, yKnown)}/${fmtMonth(y2, m2, yKnown)}`, relative };
  }
  if (latin) return undefined; // English month alone: leave it (too many false friends)
  if (forcedYear !== undefined) return { end: j, value: fmtMonth(forcedYear, mm), relative: relativeYear };
  if (r && dir === 0) dir = tenseDir(ctx, i);
  if (r) return { end: j, value: fmtMonth(resolveYear(r, mm, undefined, dir), mm, r.yKnown), relative: true };
  return { end: j, value: `XXXX-${pad2(mm)}` };
}

/** After a 4-digit year at `i` (span from `start`): ranges, fiscal years, decades, the year alone. */
function matchYearForms(ctx: Ctx, start: number, i: number, yearWord: boolean): Hit | undefined {
  const y = yearAt(ctx, i);
  const ws = ctx.ws;
  // +86 2010-2015-86, 0120-2015-8686: a glued chain of three or more numbers that is no date as a
  // whole (a phone or an identifier) holds no year.
  const chainSep = (k: number) => (isPunct(ctx, k, '-') || isPunct(ctx, k, '/')) && glued(ctx, k) && glued(ctx, k + 1) && k + 1 < ws.length && ws[k + 1].t.kind === 'number';
  if (i >= 2 && glued(ctx, i) && (ws[i - 1].t.text === '-' || ws[i - 1].t.text === '/') && ws[i - 2].t.kind === 'number' && ws[i - 1].glued) return undefined;
  if (chainSep(i + 1) && chainSep(i + 3)) return undefined;
  // 1950-53, 2024-25, 1939-1945
  // 2014~2018, 2014 ~ 2018: a tilde joins two full years.
  if (isPunct(ctx, i + 1, '~') && yearAt(ctx, i + 2) > y && on(ctx, i + 2) && yearAt(ctx, i + 2) - y <= 100) return { end: i + 3, value: `${y}/${yearAt(ctx, i + 2)}` };
  if ((isPunct(ctx, i + 1, '-') || isPunct(ctx, i + 1, '–') || isPunct(ctx, i + 1, '/')) && glued(ctx, i + 1) && glued(ctx, i + 2) && intAt(ctx, i + 2) >= 0) {
    const l2 = digitsLen(ctx, i + 2);
    const v2 = intAt(ctx, i + 2);
    let y2 = -1;
    // 1999-01 crosses a century (1999/2001); 2016-11 does not reach back to 2011 nor on to 2111.
    if (l2 === 2) { y2 = Math.floor(y / 100) * 100 + v2; if (y2 <= y && y2 + 100 - y <= 10) y2 += 100; }
    else if (l2 === 4) y2 = v2;
    if (y2 > y && y2 - y <= 100 && !(isPunct(ctx, i + 3, ws[i + 1].t.text) && glued(ctx, i + 3))) {
      const nextK = key(ctx, i + 3);
      const fiscal = y2 === y + 1 && (ctx.fiscalDoc && !SEASON_WORDS.has(nextK));
      if (fiscal) return { end: i + 3, value: `${y}-04/${y2}-03` };
      return { end: i + 3, value: `${y}/${y2}` };
    }
    // 2015-3, 2015-12: a year and a month (the second number cannot end a range of years).
    if (l2 <= 2 && v2 >= 1 && v2 <= 12 && y2 <= y && !(isPunct(ctx, i + 3, ws[i + 1].t.text) && glued(ctx, i + 3)) && !(glued(ctx, i + 3) && ws[i + 3].t.kind !== 'punct')) {
      return { end: i + 3, value: fmtMonth(y, v2) };
    }
    if (y2 < 0 || y2 <= y) return undefined;
  }
  // 1888 - 1958, 1929 - 31, 1991 – 92: a range of years set apart by spaces, as tokenised text
  // writes it (a two-digit end at most ten years on: 2015 - 32 is no range).
  const spacedDash = (isPunct(ctx, i + 1, '-') || isPunct(ctx, i + 1, '–')) && !glued(ctx, i + 1) && on(ctx, i + 1) && on(ctx, i + 2) && !glued(ctx, i + 2) && intAt(ctx, i + 2) >= 0;
  // 2020 - 06 - 04: year, month and day set apart by spaced dashes.
  if (spacedDash && digitsLen(ctx, i + 2) <= 2 && isPunct(ctx, i + 3, ws[i + 1].t.text) && !glued(ctx, i + 3) && on(ctx, i + 3) && on(ctx, i + 4) && !glued(ctx, i + 4) && digitsLen(ctx, i + 4) <= 2 && intAt(ctx, i + 4) >= 1 &&
      !(glued(ctx, i + 5) && ws[i + 5].t.kind !== 'punct') && validDay(y, intAt(ctx, i + 2), intAt(ctx, i + 4))) {
    return { end: i + 5, value: fmtDay(y, intAt(ctx, i + 2), intAt(ctx, i + 4)) };
  }
  if (spacedDash && !(glued(ctx, i + 3) && ws[i + 3].t.kind !== 'punct') && !(on(ctx, i + 3) && monthAt(ctx, i + 3) > 0) && !isPunct(ctx, i + 3, ws[i + 1].t.text)) {
    const l2 = digitsLen(ctx, i + 2);
    const v2 = intAt(ctx, i + 2);
    let y2 = l2 === 4 ? v2 : l2 === 2 ? Math.floor(y / 100) * 100 + v2 : -1;
    if (l2 === 2 && y2 <= y && y2 + 100 - y <= 10) y2 += 100;
    if (y2 > y && y2 - y <= (l2 === 4 ? 100 : 10) && y2 <= 2199) {
      const fiscal = y2 === y + 1 && ctx.fiscalDoc && !SEASON_WORDS.has(key(ctx, i + 3));
      return { end: i + 3, value: fiscal ? `${y}-04/${y2}-03` : `${y}/${y2}` };
    }
  }
  // 2016 - 11, 2016 /11: a year and a month set apart by a space on one line (a two-digit month
  // that cannot end a range of years).
  if ((isPunct(ctx, i + 1, '-') || isPunct(ctx, i + 1, '/')) && !(glued(ctx, i + 1) && glued(ctx, i + 2)) && on(ctx, i + 1) && on(ctx, i + 2) && digitsLen(ctx, i + 2) <= 2) {
    const v2 = intAt(ctx, i + 2);
    const y2 = Math.floor(y / 100) * 100 + v2;
    // (1935 - 12 अप्रैल 2008: a day before its month is no month of the year.)
    if (v2 >= 1 && v2 <= 12 && y2 <= y && !isPunct(ctx, i + 3, ws[i + 1].t.text) && !(glued(ctx, i + 3) && ws[i + 3].t.kind !== 'punct') && !(on(ctx, i + 3) && monthAt(ctx, i + 3) > 0)) return { end: i + 3, value: fmtMonth(y, v2) };
  }
  // 1990 के दशक, 1990 का दशक
  if ((key(ctx, i + 1) === 'के' || key(ctx, i + 1) === 'का') && key(ctx, i + 2) === 'दशक' && on(ctx, i + 1) && on(ctx, i + 2)) {
    return { end: i + 3, value: String(y).slice(0, 3) };
  }
  // 1990s
  if (glued(ctx, i + 1) && (key(ctx, i + 1) === 's' || key(ctx, i + 1) === 'के')) {
    if (key(ctx, i + 1) === 's' && y % 10 === 0) return { end: i + 2, value: String(y).slice(0, 3) };
  }
  // 1990 से 2000 तक: one span with a range value (तक, a postposition, stays outside).
  if (on(ctx, i + 1) && key(ctx, i + 1) === 'से' && on(ctx, i + 2) && yearAt(ctx, i + 2) > y && key(ctx, i + 3) === 'तक' && on(ctx, i + 3)) {
    return { end: i + 3, value: `${y}/${yearAt(ctx, i + 2)}` };
  }
  if (ws[i].t.text.includes(',')) return undefined;
  if (yearWord) return { end: i + 1, value: String(y) };
  // A bare 4-digit number is a year when what follows is a postposition, punctuation or the end.
  if (glued(ctx, i + 1) && ws[i + 1].t.kind !== 'punct') return undefined;
  if (y < 1800 || y > 2100) return undefined;
  const prevK = start > 0 ? key(ctx, start - 1) : '';
  if (prevK === '₹' || prevK === '$' || prevK === 'rs' || prevK === 'लगभग' || prevK === 'करीब' || prevK === 'कुल' || prevK === 'धारा') return undefined;
  if (start > 0 && (ctx.ws[start - 1].t.text === '-' || ctx.ws[start - 1].t.text === '/') && ctx.ws[start].glued && start > 1 && ctx.ws[start - 1].glued) return undefined;
  if (!on(ctx, i + 1)) return { end: i + 1, value: String(y) };
  const nw = ws[i + 1];
  if (nw.t.kind === 'punct') {
    if (nw.t.text === '%' || nw.t.text === '+' || nw.t.text === '/' || nw.t.text === '×') return undefined;
    if (nw.t.text === ':' && glued(ctx, i + 2)) return undefined; // 2016:17 is no year
    // 2015 - 32: a number after a spaced dash that makes no range, no year and starts no date
    // (1940 – 31 जुलाई 2013 keeps its year) is a pair of numbers, not a year.
    if (spacedDash && yearAt(ctx, i + 2) < 0 && !(on(ctx, i + 3) && monthAt(ctx, i + 3) > 0)) return undefined;
    return { end: i + 1, value: String(y) };
  }
  // 2019 H2, 2017 q1: a quarter or half in the business shorthand makes the number a year (the
  // quarter joins it when the date is extended).
  if ((nw.k === 'q' || nw.k === 'h') && glued(ctx, i + 2) && digitsLen(ctx, i + 2) === 1 && !glued(ctx, i + 3)) {
    const n = intAt(ctx, i + 2);
    if (n >= 1 && n <= (nw.k === 'q' ? 4 : 2)) return { end: i + 1, value: String(y) };
  }
  if (AFTER_YEAR.has(nw.k)) {
    if (nw.k === 'से' && MORE_LESS.has(key(ctx, i + 2))) return undefined;
    return { end: i + 1, value: String(y) };
  }
  return undefined;
}

/**
 * A year said in words at `j` (1000–2199): `दो हजार अठारह`, `एक हजार सात सौ नवासी`, `उन्नीस सौ
 * अठत्तर`; with `pairs`, also the spoken century and year (`उन्नीस निन्यानवे` = 1999), which only a
 * date cue after it may make a year. Returns the year and the word after it.
 */
function yearInWordsAt(ctx: Ctx, j: number, pairs: boolean): { y: number; end: number } | undefined {
  const card = (k: number): number => (on(ctx, k) || k === j) && k < ctx.ws.length && ctx.ws[k].t.kind === 'deva' ? CARDINAL_BY_KEY.get(key(ctx, k)) ?? -1 : -1;
  const a = card(j);
  if (a < 1) return undefined;
  const k1 = key(ctx, j + 1);
  let y = -1;
  let e = j + 1;
  if ((k1 === 'हजार' || k1 === 'हज़ार') && on(ctx, j + 1) && (a === 1 || a === 2)) {
    y = a * 1000;
    e = j + 2;
    const h = card(e);
    if (h >= 1 && h <= 9 && key(ctx, e + 1) === 'सौ' && on(ctx, e + 1)) { y += h * 100; e += 2; }
  } else if (k1 === 'सौ' && on(ctx, j + 1) && a >= 10 && a <= 21) {
    y = a * 100;
    e = j + 2;
  } else if (pairs && a >= 10 && a <= 21) {
    const b = card(j + 1);
    if (b < 10) return undefined;
    return { y: a * 100 + b, end: j + 2 };
  } else return undefined;
  const r = card(e);
  if (r >= 1 && r <= 99) { y += r; e++; }
  return y >= 1000 && y <= 2199 ? { y, end: e } : undefined;
}

/** वर्ष 2019, सन 1947, साल 2020-21; सन दो हजार, साल उन्नीस सौ अठत्तर (a year in words after the cue). */
function matchYearWord(ctx: Ctx, i: number): Hit | undefined {
  const yw = on(ctx, i + 1) ? yearInWordsAt(ctx, i + 1, false) : undefined;
  if (yw) return { end: yw.end, value: String(yw.y) };
  const y = yearAt(ctx, i + 1);
  if (y < 0 || !on(ctx, i + 1)) return undefined;
  // वर्ष 2019 में 15 अगस्त, साल 2016 की जनवरी, सन् 1989 11 फ़रवरी: a date in the year the word names
  // (right after it only with the word: a bare 1989 11 may be two numbers).
  const ym = matchYearMonth(ctx, i + 1, y) ?? (on(ctx, i + 2) && dayAt(ctx, i + 2) > 0 ? dateInYear(ctx, i + 2, y) : undefined);
  if (ym) return ym;
  const h = matchYearForms(ctx, i, i + 1, true);
  return h;
}

/**
 * Fiscal years: वित्त वर्ष 2025-26, FY25, FY 2024-25; `j` is the word after the cue. Without a
 * year, only a direction word before the cue (`directed`: चालू/इस/अगले/पिछले वित्त वर्ष) makes
 * it a date, resolved from the reference date.
 */
function matchFiscal(ctx: Ctx, j: number, directed: boolean, dir: number): Hit | undefined {
  const y = yearAt(ctx, j);
  if (y > 0 && on(ctx, j)) {
    if ((isPunct(ctx, j + 1, '-') || isPunct(ctx, j + 1, '–') || isPunct(ctx, j + 1, '/')) && glued(ctx, j + 1) && glued(ctx, j + 2)) {
      const v2 = intAt(ctx, j + 2);
      const l2 = v2 >= 0 ? digitsLen(ctx, j + 2) : 0;
      const y2 = l2 === 2 ? Math.floor(y / 100) * 100 + v2 : l2 === 4 ? v2 : -1;
      if (y2 === y + 1) return { end: j + 3, value: `${y}-04/${y2}-03` };
    }
    return { end: j + 1, value: `${y - 1}-04/${y}-03` };
  }
  // FY25, FY24-25
  const v = intAt(ctx, j);
  if (v >= 0 && digitsLen(ctx, j) === 2 && on(ctx, j)) {
    let y1 = 2000 + v - 1;
    let end = j + 1;
    if (isPunct(ctx, j + 1, '-') && glued(ctx, j + 2) && intAt(ctx, j + 2) === (v + 1) % 100) { y1 = 2000 + v; end = j + 3; }
    return { end, value: `${y1}-04/${y1 + 1}-03` };
  }
  // चालू/इस/अगले/पिछले वित्त वर्ष without a year.
  if (ctx.ref && directed) {
    const r = ctx.ref;
    // Without the article's year (a dateline with no year) the fiscal year is unknown too.
    if (!r.yKnown) return { end: j, value: 'XXXX-04/XXXX-03', relative: true };
    const fyStart = (r.m >= 4 ? r.y : r.y - 1) + dir;
    return { end: j, value: `${fyStart}-04/${fyStart + 1}-03`, relative: true };
  }
  return undefined;
}

/** A direction word at `i` (पिछले, अगले, इस, गत, बीते…) and what it qualifies. */
function matchDirected(ctx: Ctx, i: number, dir: number): Hit | undefined {
  let j = i + 1;
  const k0 = ctx.ws[i].k;
  if (k0 === 'आने') { if (!['वाले', 'वाली', 'वाला'].includes(key(ctx, j))) return undefined; j++; }
  if (!on(ctx, j)) return undefined;
  const k = key(ctx, j);
  const r = ctx.ref;
  // वित्त वर्ष
  if (FISCAL_FIRST.has(k) && key(ctx, j + 1) === 'वर्ष' && on(ctx, j + 1)) {
    const h = matchFiscal(ctx, j + 2, true, dir);
    if (h) return h;
  }
  // इस सदी, पिछली शताब्दी, अगली सदी: the century of the article's year, or the one before or after
  // (TIMEX3 values: 20 for the 2000s).
  if (CENTURY_WORDS.has(k) && k0 !== 'पूर्व' && r && r.yKnown) {
    const c = Math.floor(r.y / 100) + dir;
    if (c >= 0 && c <= 99) return extendCentury(ctx, { end: j + 1, value: pad2(c), relative: true });
  }
  // इस कैलेंडर वर्ष, पिछले कैलेंडर साल: the calendar year (as against the fiscal one).
  if (CALENDAR_WORDS.has(k) && on(ctx, j + 1) && YEAR_UNIT_WORDS.has(key(ctx, j + 1))) return matchDirectedUnit(ctx, i, j + 1, dir, 'year');
  const unit = UNIT_BY_KEY.get(k);
  if (unit !== undefined) return matchDirectedUnit(ctx, i, j, dir, unit);
  // इस तिमाही, अगली तिमाही, पिछली तिमाही, चालू तिमाही: the quarter of the article's date, or the
  // next or last one (India's fiscal quarters start in the same months: April, July, October, January).
  if (PERIOD_OF_YEAR.get(k) === 3 && k0 !== 'पूर्व' && r) {
    const q = Math.floor((r.m - 1) / 3) + dir;
    const y = r.y + Math.floor(q / 4);
    const a = (((q % 4) + 4) % 4) * 3 + 1;
    return { end: j + 1, value: `${fmtMonth(y, a, r.yKnown)}/${fmtMonth(y, a + 2, r.yKnown)}`, relative: true };
  }
  // अगले वसंत, पिछली सर्दियों, इस गर्मी में: a season of the reference year, or the next or last
  // one (इस गर्मी alone may be "this heat": only before में).
  const season = ctx.ws[j].t.kind === 'deva' ? SEASON_BY_KEY.get(k) : undefined;
  if (season !== undefined && k0 !== 'पूर्व' && (dir !== 0 || season !== 'SU' || (key(ctx, j + 1) === 'में' && on(ctx, j + 1)))) {
    return { end: j + 1, value: r && r.yKnown ? `${r.y + dir}-${season}` : `XXXX-${season}`, relative: true };
  }
  const wd = WEEKDAY_BY_KEY.get(k);
  if (wd !== undefined && k0 !== 'पूर्व') return matchWeekday(ctx, i, j, wd, dir === 0 ? 0 : dir);
  if (monthAt(ctx, j) > 0 && ctx.ws[j].t.kind === 'deva') {
    // गत 15 फरवरी is handled below; here: पिछले अक्टूबर, अगले मार्च, इस जून
    // इस अगस्त: the month of the reference year; पिछले/अगले: the last or next such month.
    if (dir === 0 && r) return withMonthWord(ctx, matchMonthStart(ctx, j, r.y, 0, true));
    return withMonthWord(ctx, matchMonthStart(ctx, j, undefined, dir === 0 ? 0 : dir));
  }
  if (dayAt(ctx, j) > 0 && (k0 === 'गत' || k0 === 'बीते' || k0 === 'बीती' || k0 === 'विगत' || k0 === 'पिछले' || k0 === 'आगामी' || k0 === 'अगले' || k0 === 'इस')) {
    const h = matchDayMonth(ctx, i, j, dir);
    if (h) return h;
  }
  if (dir < 0 && PART_OF_DAY_BY_KEY.has(k) && r && (k0 === 'बीती' || k0 === 'बीते' || k0 === 'पिछली')) {
    return { end: j + 1, value: `${fmtDayNumber(r.n - 1, r.yKnown)}T${PART_OF_DAY_BY_KEY.get(k)!.timex}`, relative: true };
  }
  // इस रात, इसी शाम, अगली सुबह: this day's or the next day's part of the day.
  if (dir >= 0 && PART_OF_DAY_BY_KEY.has(k) && (k0 === 'इस' || k0 === 'इसी' || k0 === 'अगली' || k0 === 'अगले')) {
    const pod = PART_OF_DAY_BY_KEY.get(k)!;
    if (!r) return { end: j + 1, value: `XXXX-XX-XXT${pod.timex}` };
    return { end: j + 1, value: `${fmtDayNumber(r.n + dir, r.yKnown)}T${pod.timex}`, relative: true };
  }
  return undefined;
}

function matchDirectedUnit(ctx: Ctx, i: number, j: number, dir: number, unit: CalendarUnit): Hit | undefined {
  const r = ctx.ref;
  const k0 = ctx.ws[i].k;
  if (k0 === 'पूर्व' || k0 === 'आने') { if (k0 === 'पूर्व') return undefined; }
  // A plural unit (दिनों, सालों) after a direction word is a vague period, not a calendar reference.
  const uk = ctx.ws[j].k;
  if (/ों$/.test(uk)) return undefined;
  if (unit === 'year') {
    if (uk === 'सन' || uk === 'सन्') return undefined;
    if (k0 === 'चालू' || k0 === 'मौजूदा' || k0 === 'वर्तमान') {
      // चालू वर्ष / चालू साल: the current year.
    }
    const y = r ? r.y + dir : undefined;
    // पिछले साल अक्टूबर, पिछले वर्ष 15 अगस्त
    if (on(ctx, j + 1) && monthAt(ctx, j + 1) > 0 && ctx.ws[j + 1].t.kind === 'deva') {
      if (y !== undefined && r) return { ...matchMonthStart(ctx, j + 1, y, 0, true)!, relative: true, value: relabelYear(matchMonthStart(ctx, j + 1, y, 0, true)!.value, r.yKnown) };
      return { end: j + 2, value: `XXXX-${pad2(monthAt(ctx, j + 1))}` };
    }
    if (on(ctx, j + 1) && dayAt(ctx, j + 1) > 0 && on(ctx, j + 2) && monthAt(ctx, j + 2) > 0 && y !== undefined && r) {
      const d = dayAt(ctx, j + 1), m = monthAt(ctx, j + 2);
      if (d <= daysInMonth(y, m)) return withTime(ctx, { end: j + 3, value: fmtDay(y, m, d, r.yKnown), day: dayNumber(y, m, d), yKnown: r.yKnown, relative: true });
    }
    if (y === undefined) return { end: j + 1, value: 'XXXX' };
    return { end: j + 1, value: r!.yKnown ? String(y) : 'XXXX', relative: true };
  }
  if (!r) {
    // अगले हफ्ते सोमवार without the article's date: still one span, the weekday as its value.
    const ww = unit === 'week' ? weekdayOfWeekAt(ctx, j + 1) : undefined;
    const to = ww ? weekRangeEnd(ctx, ww.at + 1) : undefined;
    if (ww && to && (to.wd + 6) % 7 > (ww.wd + 6) % 7) return { end: to.end, value: `XXXX-WXX-${ww.wd === 0 ? 7 : ww.wd}/XXXX-WXX-${to.wd === 0 ? 7 : to.wd}` };
    if (ww) return { end: ww.at + 1, value: `XXXX-WXX-${ww.wd === 0 ? 7 : ww.wd}`, dayValue: `XXXX-WXX-${ww.wd === 0 ? 7 : ww.wd}`, weekday: ww.wd, weekdayWord: ww.at };
    if (unit === 'month') {
      const dr = dayRangeAt(ctx, j + 1);
      if (dr) return { end: dr.end, value: `XXXX-XX-${pad2(dr.d1)}/XXXX-XX-${pad2(dr.d2)}` };
    }
    return { end: j + 1, value: unit === 'month' ? 'XXXX-XX' : unit === 'week' ? 'XXXX-WXX' : 'XXXX' };
  }
  switch (unit) {
    case 'month': {
      let m = r.m + dir;
      let y = r.y;
      if (m < 1) { m += 12; y--; } else if (m > 12) { m -= 12; y++; }
      // इस महीने 4 से 22 तक, अगले महीने 4-23: a range of days in that month.
      const dr = dayRangeAt(ctx, j + 1);
      if (dr && dr.d2 <= daysInMonth(y, m)) return { end: dr.end, value: `${fmtDay(y, m, dr.d1, r.yKnown)}/${fmtDay(y, m, dr.d2, r.yKnown)}`, relative: true };
      return { end: j + 1, value: fmtMonth(y, m, r.yKnown), relative: true };
    }
    case 'week': {
      // अगले हफ्ते सोमवार, अगले सप्ताह के सोमवार: that weekday in that week.
      const ww = weekdayOfWeekAt(ctx, j + 1);
      if (ww) {
        const monday = r.n + 7 * dir - ((weekdayOf(r.n) + 6) % 7);
        const n = monday + ((ww.wd + 6) % 7);
        // इस हफ्ते सोमवार से गुरुवार तक, अगले सप्ताह बुधवार और शुक्रवार के बीच: two days of that week.
        const to = weekRangeEnd(ctx, ww.at + 1);
        if (to && (to.wd + 6) % 7 > (ww.wd + 6) % 7) {
          const n2 = monday + ((to.wd + 6) % 7);
          return { end: to.end, value: `${fmtDayNumber(n, r.yKnown)}/${fmtDayNumber(n2, r.yKnown)}`, relative: true };
        }
        return withTime(ctx, { end: ww.at + 1, value: fmtDayNumber(n, r.yKnown), day: n, yKnown: r.yKnown, relative: true, weekday: ww.wd, weekdayWord: ww.at });
      }
      return { end: j + 1, value: relabelYear(isoWeek(r.n + 7 * dir), r.yKnown), relative: true };
    }
    case 'weekend':
      return { end: j + 1, value: relabelYear(isoWeek(r.n + 7 * dir), r.yKnown) + '-WE', relative: true };
    case 'decade': {
      const dec = Math.floor(r.y / 10) + dir;
      return { end: j + 1, value: r.yKnown ? String(dec) : 'XXX', relative: true };
    }
    case 'day':
      // अगले दिन / पिछले दिन are relative to the narrative, not to the article date.
      return undefined;
    default:
      return undefined;
  }
}

function relabelYear(v: string, yKnown: boolean): string {
  return yKnown ? v : v.replace(/^\d{4}/, 'XXXX');
}

/** Words after which a bare day number ends a date (गुरुवार 21 को): postpositions and conjunctions. */
const AFTER_BARE_DAY = new Set(['को', 'तक', 'से', 'के', 'की', 'का', 'पर', 'में', 'और', 'या']);
/** Verbs that may follow a month-first day as its complement (कर दें, तय हुई, है): forms of करना, होना, रखना and तय. */
const VERB_AFTER_DAY: ReadonlySet<string> = new Set(['कर', 'करें', 'करो', 'करना', 'किया', 'हो', 'होगा', 'होगी', 'हुआ', 'हुई', 'है', 'था', 'थी', 'तय', 'रखा', 'रखी', 'रखें', 'रखो']);

/** A day of the month at `j` written as digits (1–31), a cardinal word or an ordinal; its end. */
function bareDayAt(ctx: Ctx, j: number): { d: number; end: number } | undefined {
  const o = ordinalDayAt(ctx, j);
  if (o) return o;
  const v = intAt(ctx, j);
  if (v >= 1 && v <= 31 && digitsLen(ctx, j) <= 2 && !glued(ctx, j + 1)) return { d: v, end: j + 1 };
  if (j < ctx.ws.length && ctx.ws[j].t.kind === 'deva') {
    const c = CARDINAL_BY_KEY.get(ctx.ws[j].k);
    if (c !== undefined && c >= 1 && c <= 31) return { d: c, end: j + 1 };
  }
  return undefined;
}

/**
 * A day of the month after a weekday (`शनिवार 23 तारीख`, `गुरुवार 21 को`): the weekday picks the
 * month, the nearest one to the reference date in which that day falls on that weekday (toward the
 * past or future when the clause's tense or a direction word says so). The day ends the span at
 * `तारीख` or before a postposition or punctuation; without a reference date the value is `XXXX-XX-DD`.
 */
function weekdayDayOfMonth(ctx: Ctx, j: number, wd: number, dir: number, endAt?: number): Hit | undefined {
  const b = bareDayAt(ctx, j);
  if (!b || (!on(ctx, j) && endAt === undefined)) return undefined;
  let end = endAt ?? b.end;
  if (DATE_WORDS.has(key(ctx, end)) && on(ctx, end)) end++;
  // सोमवार 8 से 9 तक: a number that starts a range after a weekday is an hour, not a day.
  else if (endAt === undefined && on(ctx, end) && (key(ctx, end) === 'से' || ctx.ws[end].t.text === '-')) return undefined;
  else if (endAt === undefined && on(ctx, end) && !AFTER_BARE_DAY.has(key(ctx, end)) && !(ctx.ws[end].t.kind === 'punct' && !/[-/:.]/.test(ctx.ws[end].t.text))) return undefined;
  const r = ctx.ref;
  if (!r) return { end, value: `XXXX-XX-${pad2(b.d)}` };
  // Without the article's year the weekday cannot pick the month: read the day as तारीख alone.
  if (!r.yKnown) return dayOfMonth(ctx, end, b.d);
  const tense = dir !== 0 ? dir : tenseDir(ctx, end - 1);
  let best: number | undefined;
  for (let off = -12; off <= 12; off++) {
    const total = r.y * 12 + (r.m - 1) + off;
    const y = Math.floor(total / 12), m = (total % 12) + 1;
    if (b.d > daysInMonth(y, m)) continue;
    const n = dayNumber(y, m, b.d);
    if (weekdayOf(n) !== wd) continue;
    if ((tense > 0 && n < r.n) || (tense < 0 && n > r.n)) continue;
    if (best === undefined || Math.abs(n - r.n) < Math.abs(best - r.n)) best = n;
  }
  if (best === undefined) return undefined;
  return withTime(ctx, { end, value: fmtDayNumber(best, r.yKnown), day: best, yKnown: r.yKnown, relative: true });
}

/**
 * A weekday at `j` (span from `start`, which may hold a direction word). Joined to a following
 * date (`बुधवार, 31 दिसंबर`) the date gives the value; otherwise the weekday is resolved to the
 * nearest such day around the reference date, past or future by the clause's tense.
 */
function matchWeekday(ctx: Ctx, start: number, j: number, wd: number, dir: number): Hit | undefined {
  const w = ctx.ws[j];
  if (w.t.kind === 'latin' && SHORT_LATIN_WEEKDAYS.has(w.k) && !(isPunct(ctx, j + 1, ',') && (dayAt(ctx, j + 2) > 0 || monthAt(ctx, j + 2) > 0))) return undefined;
  let k = j + 1;
  // Weekday + date: "बुधवार, 31 दिसंबर", "बुधवार 31 दिसंबर", "Wednesday, Sep 3".
  let dj = k;
  if (isPunct(ctx, dj, ',')) dj++;
  if (on(ctx, dj)) {
    // …or a numeric date: शुक्रवार 2018-7-6, बुधवार, 03/09/2025.
    const date = dayAt(ctx, dj) > 0 ? matchDayMonth(ctx, dj, dj, dir) ?? (ctx.ws[dj].t.kind === 'number' ? matchNumberStart(ctx, dj) : undefined)
      : monthAt(ctx, dj) > 0 ? matchMonthStart(ctx, dj, undefined, dir)
      : ctx.ws[dj].t.kind === 'number' && digitsLen(ctx, dj) === 4 ? matchNumberStart(ctx, dj) : undefined;
    if (date && date.day !== undefined) return { ...date, weekday: wd, weekdayWord: j };
    // Weekday + day of the month: शनिवार 23 तारीख, गुरुवार 21 को, शुक्रवार पंद्रह को, शनिवार दूसरी तारीख.
    const dm = weekdayDayOfMonth(ctx, dj, wd, dir);
    if (dm) return { ...dm, weekday: wd, weekdayWord: j };
    const sm = weekdayShortDate(ctx, dj, wd, dir);
    if (sm) return { ...sm, weekday: wd, weekdayWord: j };
  }
  const r = ctx.ref;
  let n: number | undefined;
  if (r) {
    const refWd = weekdayOf(r.n);
    const diff = (wd - refWd + 7) % 7; // days forward to the next such weekday (0 = today)
    const monday = r.n - ((refWd + 6) % 7);
    const dirWord = start !== j ? ctx.ws[start].k : '';
    if (dir > 0) {
      n = r.n + (diff === 0 ? 7 : diff);
      // अगले शुक्रवार said on a Monday is the Friday of next week (इस शुक्रवार is this week's);
      // आने वाले/आगामी शुक्रवार is the coming one.
      if (NEXT_WEEK_WORDS.has(dirWord) && n < monday + 7) n += 7;
    } else if (dir < 0) n = r.n - ((refWd - wd + 7) % 7 || 7);
    else if (diff === 0) n = r.n;
    else {
      const tense = tenseAfter(ctx.ws, k - 1);
      // इस शुक्रवार (this Friday) is the coming one unless the verb is past (इस बुधवार को पहुँच रही
      // हैं, …की जरूरत है इस शुक्रवार को); a bare weekday needs a future verb to be ahead.
      n = tense === 'future' || (THIS_WEEK_WORDS.has(dirWord) && tense !== 'past') ? r.n + diff : r.n - (7 - diff);
    }
  }
  const base: Hit = n !== undefined
    ? { end: k, value: fmtDayNumber(n, r!.yKnown), day: n, yKnown: r!.yKnown, relative: true, weekday: wd, weekdayWord: j }
    : { end: k, value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, dayValue: `XXXX-WXX-${wd === 0 ? 7 : wd}`, weekday: wd, weekdayWord: j };
  const timed = withTime(ctx, base);
  return { ...timed, weekday: wd, weekdayWord: j };
}

/** "Next" before a weekday that means the following week's (अगले शुक्रवार), and "this" (इस शुक्रवार). */
const NEXT_WEEK_WORDS: ReadonlySet<string> = new Set(['अगले', 'अगला', 'अगली']);
const THIS_WEEK_WORDS: ReadonlySet<string> = new Set(['इस', 'इसी']);

/** आज, कल, परसों (+ part of day / time). */
function matchRelativeDay(ctx: Ctx, i: number, rel: { offset: number; tensed: boolean }): Hit | undefined {
  const w = ctx.ws[i];
  if (w.k === 'आजकल') return undefined;
  // कल-कारखाने, आज-कल
  if (isPunct(ctx, i + 1, '-') && glued(ctx, i + 1)) return undefined;
  if (i > 0 && ctx.ws[i - 1].t.text === '-' && w.glued) return undefined;
  const r = ctx.ref;
  // आज से दो दिन बाद, कल से तीन दिन पहले
  if (key(ctx, i + 1) === 'से' && on(ctx, i + 1) && on(ctx, i + 2)) {
    const ago = matchAgo(ctx, i + 2, true);
    if (ago && r && ago.day !== undefined) {
      const base = w.k === 'आज' ? 0 : rel.tensed ? (tenseAfter(ctx.ws, ago.end - 1) === 'future' ? rel.offset : -rel.offset) : rel.offset;
      const n = ago.day + base;
      return { end: ago.end, value: fmtDayNumber(n, r.yKnown), day: n, relative: true };
    }
    // कल से तीन हफ़्ते बाद: weeks counted from a day end on a day.
    if (ago && r && /-W\d\d$/.test(ago.value)) {
      const c = countAt(ctx, i + 2);
      const dir = AGO_BY_KEY.get(key(ctx, ago.end - 1)) ?? 1;
      const base = w.k === 'आज' ? 0 : rel.tensed ? (tenseAfter(ctx.ws, ago.end - 1) === 'future' ? rel.offset : -rel.offset) : rel.offset;
      if (Number.isInteger(c) && c >= 0) { const n = r.n + base + dir * 7 * c; return { end: ago.end, value: fmtDayNumber(n, r.yKnown), day: n, relative: true }; }
    }
    if (ago && !r) return { end: ago.end, value: 'XXXX-XX-XX' };
  }
  let off = rel.offset;
  if (rel.tensed) {
    const tense = tenseAfter(ctx.ws, i);
    if (off === 1) off = tense === 'future' ? 1 : -1;
    else off = tense === 'past' ? -off : off;
    // आज दोपहर से कल सुबह तक, कल शाम से आज सुबह तक: a range runs forward, so कल after आज … से
    // is tomorrow and कल before से … आज is yesterday, whatever the tense.
    if (rel.offset === 1) {
      let fromToday = false;
      if (i >= 2 && key(ctx, i - 1) === 'से' && on(ctx, i)) {
        // (Between आज and से only its part of the day and clock time: आज घर से कल … is no range.)
        for (let x = i - 2; x >= Math.max(0, i - 5) && !ctx.ws[x + 1].nl; x--) {
          const k = ctx.ws[x].k;
          if (k === 'आज') { fromToday = true; break; }
          if (!(PART_OF_DAY_BY_KEY.has(k) || TIME_SUFFIX.has(k) || k === 'देर' || (ctx.ws[x].t.kind === 'number') || (ctx.ws[x].t.text === ':' && ctx.ws[x].glued))) break;
        }
      }
      let toToday = false;
      for (let x = i + 1; x <= i + 4 && x + 1 < ctx.ws.length && !ctx.ws[x].nl && ctx.ws[x].t.kind !== 'punct'; x++) {
        if (ctx.ws[x].k === 'से') { toToday = key(ctx, x + 1) === 'आज' && on(ctx, x + 1); break; }
      }
      if (fromToday) off = 1;
      else if (toToday) off = -1;
    }
  }
  if (!r) return withTime(ctx, { end: i + 1, value: 'XXXX-XX-XX', dayValue: 'XXXX-XX-XX' });
  return withTime(ctx, { end: i + 1, value: fmtDayNumber(r.n + off, r.yKnown), day: r.n + off, yKnown: r.yKnown, relative: true });
}

/** Calendar units in the order a compound count names them (1 साल 2 महीने 5 दिन). */
const UNIT_RANK: Partial<Record<CalendarUnit, number>> = { year: 0, month: 1, week: 2, day: 3 };

/**
 * A compound count before पहले/बाद: `1 महीने 21 दिन पहले`, `2 वर्ष 21 दिन बाद`. Units must run
 * from larger to smaller (years, months, weeks, days); the value has the precision of the last.
 */
function matchCompoundAgo(ctx: Ctx, i: number, afterSe: boolean): Hit | undefined {
  if (!afterSe && i > 0 && (ctx.ws[i - 1].k === 'के' || ctx.ws[i - 1].k === 'से') && !ctx.ws[i].nl) return undefined;
  const parts: { n: number; unit: CalendarUnit }[] = [];
  let j = i;
  let rank = -1;
  while (parts.length < 4 && on(ctx, j + 1) && (j === i || on(ctx, j))) {
    const n = countAt(ctx, j);
    const u = UNIT_BY_KEY.get(key(ctx, j + 1));
    const rk = u !== undefined ? UNIT_RANK[u] : undefined;
    if (n < 0 || !Number.isInteger(n) || rk === undefined || rk <= rank) break;
    parts.push({ n, unit: u! });
    rank = rk;
    j += 2;
    if (key(ctx, j) === 'और' && on(ctx, j) && on(ctx, j + 1)) j++;
  }
  if (parts.length < 2 || !on(ctx, j)) return undefined;
  const ago = AGO_BY_KEY.get(key(ctx, j));
  if (ago === undefined) return undefined;
  const last = parts[parts.length - 1].unit;
  const r = ctx.ref;
  if (!r) return { end: j + 1, value: last === 'day' ? 'XXXX-XX-XX' : last === 'month' ? 'XXXX-XX' : last === 'week' ? 'XXXX-WXX' : 'XXXX' };
  let months = 0;
  let days = 0;
  for (const p of parts) {
    if (p.unit === 'year') months += 12 * p.n;
    else if (p.unit === 'month') months += p.n;
    else if (p.unit === 'week') days += 7 * p.n;
    else days += p.n;
  }
  const total = r.y * 12 + (r.m - 1) + ago * months;
  const y = Math.floor(total / 12), m = (total % 12) + 1;
  const n = dayNumber(y, m, Math.min(r.d, daysInMonth(y, m))) + ago * days;
  if (last === 'day') return { end: j + 1, value: fmtDayNumber(n, r.yKnown), day: n, relative: true };
  if (last === 'week') return { end: j + 1, value: relabelYear(isoWeek(n), r.yKnown), relative: true };
  return { end: j + 1, value: fmtMonth(y, m, r.yKnown), relative: true };
}

/** N दिन/हफ्ते/महीने/साल पहले/बाद; span from `i` (the count). */
function matchAgo(ctx: Ctx, i: number, afterSe = false): Hit | undefined {
  const c = countAt(ctx, i);
  if (c < 0 || !on(ctx, i + 1)) return undefined;
  const unit = UNIT_BY_KEY.get(key(ctx, i + 1)) ?? (CLOCK_UNIT_BY_KEY.has(key(ctx, i + 1)) ? 'clock' : undefined);
  if (!unit || !on(ctx, i + 2)) return undefined;
  // "3 हफ्ते में चला जाऊंगा": N units ahead, where the clause is in the future (में stays outside; in
  // the past, "3 हफ्ते में पूरा हुआ" is a duration).
  // Only days and weeks: "3 साल में" is too vague to be a day; "हर तीन हफ्ते में" is a set.
  // "अगले 22 दिनों में" and the plural "दिनों में" say "over the next days", "एक दिन में" "in a
  // single day", and "दो-तीन दिन में" "in two or three days": durations.
  const inFuture = key(ctx, i + 2) === 'में' && (unit === 'day' || unit === 'week') && c !== 1 && !key(ctx, i + 1).endsWith('ों') &&
    !(i > 0 && (key(ctx, i - 1) === 'हर' || key(ctx, i - 1) === '-' || key(ctx, i - 1) === '–' || key(ctx, i - 1) === 'या' || DIRECTION_BY_KEY.has(key(ctx, i - 1)))) &&
    tenseAfter(ctx.ws, i + 3) === 'future';
  const ago = inFuture ? 1 : AGO_BY_KEY.get(key(ctx, i + 2));
  if (ago === undefined) return unit !== 'clock' ? matchCompoundAgo(ctx, i, afterSe) : undefined;
  // The tail of a compound count the compound reading refused (के 2 साल 3 महीने बाद): no date either.
  if (!afterSe && i > 1 && !ctx.ws[i].nl && UNIT_BY_KEY.has(ctx.ws[i - 1].k) && countAt(ctx, i - 2) >= 0) return undefined;
  // "तीन मिनट बाद" in a report counts from an event of the story; only "N घंटे पहले" counts back from the article.
  if (unit === 'clock' && ago > 0) return undefined;
  // "X के 100 साल बाद" counts from X, not from the article's date: a duration (its number a FIGURE).
  if (!afterSe && i > 0 && (ctx.ws[i - 1].k === 'के' || ctx.ws[i - 1].k === 'से') && !ctx.ws[i].nl) return undefined;
  // "लॉन्च के करीब 16 मिनट बाद": an approximator does not hide the event the span counts from.
  if (!afterSe && i > 1 && APPROX_WORDS.has(ctx.ws[i - 1].k) && (ctx.ws[i - 2].k === 'के' || ctx.ws[i - 2].k === 'से')) return undefined;
  const r = ctx.ref;
  if (!Number.isInteger(c)) return undefined;
  if (!r) return { end: i + 3, value: unit === 'day' || unit === 'clock' ? 'XXXX-XX-XX' : unit === 'month' ? 'XXXX-XX' : unit === 'week' ? 'XXXX-WXX' : 'XXXX' };
  const end = inFuture ? i + 2 : i + 3;
  switch (unit) {
    case 'day': return { end, value: fmtDayNumber(r.n + ago * c, r.yKnown), day: r.n + ago * c, relative: true };
    // "दो घंटे पहले": without a time of day on the reference date, the best we can say is the day
    // (a span of 24 hours or more moves it by whole days).
    case 'clock': {
      const k1 = key(ctx, i + 1);
      const hours = k1.startsWith('घंट') || k1.startsWith('hour') ? c : k1.startsWith('मिन') || k1.startsWith('min') ? c / 60 : c / 3600;
      const n = r.n + ago * Math.floor(hours / 24);
      return { end, value: fmtDayNumber(n, r.yKnown), relative: true };
    }
    case 'week':
      if (inFuture) return { end, value: fmtDayNumber(r.n + 7 * c, r.yKnown), day: r.n + 7 * c, relative: true };
      return { end, value: relabelYear(isoWeek(r.n + ago * 7 * c), r.yKnown), relative: true };
    case 'month': {
      const total = r.y * 12 + (r.m - 1) + ago * c;
      return { end, value: fmtMonth(Math.floor(total / 12), (total % 12) + 1, r.yKnown), relative: true };
    }
    case 'year': return { end, value: r.yKnown ? String(r.y + ago * c) : 'XXXX', relative: true };
    case 'decade': return { end, value: r.yKnown ? String(r.y + ago * 10 * c) : 'XXXX', relative: true };
    default: return undefined;
  }
}

/**
 * A clock time at `i`: [part of day] H[:MM] बजे | H बजकर MM मिनट | HH:MM [AM|PM] [IST] |
 * साढ़े/सवा/पौने H बजे. Returns the word after it and `HH:MM` (or a TIMEX3 part of day alone
 * when `allowBarePart`).
 */
interface TimeHit {
  end: number; hhmm: string; pod?: PartOfDay; bare?: boolean; rawH?: number; rawMin?: number;
  /** Written with am or pm (its half of the day is settled). */ ampm?: boolean;
  /** The part of the day was written with this time (not carried over). */ ownPod?: boolean;
  /** The word after the part of the day written before the time (शनिवार दोपहर | को एक …). */ podEnd?: number;
}

/** A word for midnight at `j`: मध्यरात्रि, आधी रात, आधी-रात, मध्य रात्रि. */
function isMidnightAt(ctx: Ctx, j: number): boolean {
  return midnightLen(ctx, j) > 0;
}
/** How many words the midnight word at `j` takes (0: none). */
function midnightLen(ctx: Ctx, j: number): number {
  const k = key(ctx, j);
  if (k === 'मध्यरात्रि') return 1;
  if ((k === 'आधी' && key(ctx, j + 1) === 'रात' && on(ctx, j + 1)) || (k === 'मध्य' && key(ctx, j + 1) === 'रात्रि' && on(ctx, j + 1))) return 2;
  if (k === 'आधी' && isPunct(ctx, j + 1, '-') && glued(ctx, j + 1) && glued(ctx, j + 2) && key(ctx, j + 2) === 'रात') return 3;
  return 0;
}
/** The daytime of दिन के 3 बजे: hours 1 to 6 are after noon. */
const DAYTIME: PartOfDay = { timex: 'AF', pmFrom: 1, pmTo: 7 };

function parseTime(ctx: Ctx, i: number, allowBarePart = false, opts: { bareHourOk?: boolean; inheritPod?: PartOfDay } = {}): TimeHit | undefined {
  const t = parseTimeAt(ctx, i, allowBarePart, opts);
  // The daytime (दिन के) is a part of the day only with its clock time.
  return t && key(ctx, i) === 'दिन' && !t.hhmm.includes(':') ? undefined : t;
}
function parseTimeAt(ctx: Ctx, i: number, allowBarePart: boolean, opts: { bareHourOk?: boolean; inheritPod?: PartOfDay }): TimeHit | undefined {
  let j = i;
  let pod: PartOfDay | undefined = opts.inheritPod;
  let ownPod = false;
  const podK = key(ctx, j);
  let podEnd: number | undefined;
  if (PART_OF_DAY_BY_KEY.has(podK)) {
    pod = PART_OF_DAY_BY_KEY.get(podK); j++; ownPod = true; podEnd = j;
    // आज रात मध्यरात्रि, रात आधी रात को: the night, then its midnight, is the midnight.
    if (pod?.timex === 'NI' && on(ctx, j) && isMidnightAt(ctx, j)) {
      const mt = parseTime(ctx, j);
      if (mt) return { end: mt.end, hhmm: mt.hhmm };
    }
    // रात के आठ बजे, रात को साढ़े पाँच बजे
    if ((key(ctx, j) === 'के' || key(ctx, j) === 'को' || key(ctx, j) === 'में') && on(ctx, j + 1) && (intAt(ctx, j + 1) >= 0 || CARDINAL_BY_KEY.has(key(ctx, j + 1)) || FRACTION_BY_KEY.has(key(ctx, j + 1)))) j++;
    // रात करीब 8 बजे, सुबह लगभग साढ़े दस बजे: a word of approximation between the part of the day
    // and its clock time; the part of the day still places the hour (20:00), and the span runs from it.
    if (POD_APPROX.has(key(ctx, j)) && on(ctx, j) && on(ctx, j + 1) && (intAt(ctx, j + 1) >= 0 || CARDINAL_BY_KEY.has(key(ctx, j + 1)) || FRACTION_BY_KEY.has(key(ctx, j + 1)))) j++;
  }
  // दिन के 3 बजे, दिन में 5 से 6 के बीच: the daytime before a clock time (1 to 6 are afternoon
  // hours, 7 to 12 morning and noon); never a part of the day alone (दिन is "day").
  else if (podK === 'दिन' && (key(ctx, j + 1) === 'के' || key(ctx, j + 1) === 'में') && on(ctx, j + 1) && on(ctx, j + 2) && (intAt(ctx, j + 2) >= 0 || CARDINAL_BY_KEY.has(key(ctx, j + 2)) || FRACTION_BY_KEY.has(key(ctx, j + 2)))) {
    pod = DAYTIME; j += 2; ownPod = true; podEnd = j;
  }
  else if (podK === 'देर' && PART_OF_DAY_BY_KEY.has(key(ctx, j + 1)) && on(ctx, j + 1)) { pod = PART_OF_DAY_BY_KEY.get(key(ctx, j + 1)); j += 2; ownPod = true; podEnd = j; }
  // देर-दोपहर, देर-रात: the same joined by a hyphen.
  else if (podK === 'देर' && isPunct(ctx, j + 1, '-') && glued(ctx, j + 1) && glued(ctx, j + 2) && PART_OF_DAY_BY_KEY.has(key(ctx, j + 2))) { pod = PART_OF_DAY_BY_KEY.get(key(ctx, j + 2)); j += 3; ownPod = true; podEnd = j; }
  // मध्याह्न (midday) ends a phrase to be a time: मध्याह्न भोजन is the school meal scheme.
  else if (podK === 'मध्याह्न' || podK === 'मध्यान्ह') {
    const nk = key(ctx, j + 1);
    return !on(ctx, j + 1) || AFTER_BARE_DAY.has(nk) || ctx.ws[j + 1].t.kind === 'punct' ? { end: j + 1, hhmm: '12:00' } : undefined;
  }
  else if (isMidnightAt(ctx, j)) {
    // आधी रात, मध्यरात्रि: midnight, unless a clock time follows (आधी रात 1 बजे).
    j += midnightLen(ctx, j);
    const tj = key(ctx, j) === 'को' && on(ctx, j) && intAt(ctx, j + 1) >= 0 ? j + 1 : j;
    const t = on(ctx, tj) ? parseTime(ctx, tj) : undefined;
    if (t) { const hh = Number(t.hhmm.slice(0, 2)) % 12; return { end: t.end, hhmm: `${pad2(hh)}:${t.hhmm.slice(3)}` }; }
    // (मध्यरात्रि को 649 …: को before a number that is no clock time stays outside.)
    return { end: j, hhmm: '00:00' };
  }
  if (pod && !on(ctx, j)) return allowBarePart ? { end: j, hhmm: pod.timex, pod, ownPod } : undefined;
  let h = -1;
  let min = 0;
  let h24Word = false;
  let frac: { add?: number } | undefined;
  const fk = key(ctx, j);
  const fw = FRACTION_BY_KEY.get(fk);
  if (fw && fw.whole === undefined && on(ctx, j + 1)) { frac = fw; j++; }
  const hv = intAt(ctx, j);
  let hasColon = false;
  if (hv >= 0 && (digitsLen(ctx, j) === 3 || digitsLen(ctx, j) === 4) && hv % 100 < 60 && Math.floor(hv / 100) <= 23 && on(ctx, j + 1) && (TIME_SUFFIX.has(key(ctx, j + 1)) || /^(am|pm)$/.test(key(ctx, j + 1)))) {
    // 1140 बजे, 340 pm: hours and minutes written without a colon.
    h = Math.floor(hv / 100); min = hv % 100; hasColon = true; j++;
  } else if (hv >= 0 && digitsLen(ctx, j) <= 2) {
    h = hv;
    // H: MM बजे: a space typed after the colon, where the word बजे makes it a clock time.
    if (isPunct(ctx, j + 1, ':') && glued(ctx, j + 1) && !glued(ctx, j + 2) && on(ctx, j + 2) && intAt(ctx, j + 2) >= 0 && intAt(ctx, j + 2) < 60 && digitsLen(ctx, j + 2) === 2 && on(ctx, j + 3) && TIME_SUFFIX.has(key(ctx, j + 3))) {
      min = intAt(ctx, j + 2); j += 2; hasColon = true;
    }
    // H:MM or H.MM
    else if ((isPunct(ctx, j + 1, ':') || isPunct(ctx, j + 1, '.')) && glued(ctx, j + 1) && glued(ctx, j + 2) && intAt(ctx, j + 2) >= 0 && digitsLen(ctx, j + 2) === 2) {
      if (isPunct(ctx, j + 1, '.') && !TIME_SUFFIX.has(key(ctx, j + 3)) && !/^(am|pm|a|p)$/.test(key(ctx, j + 3))) { /* 6.30 alone is a decimal */ }
      else {
        min = intAt(ctx, j + 2); j += 2; hasColon = true;
        // Seconds are read and dropped (our values stop at the minute).
        if (isPunct(ctx, j + 1, ':') && glued(ctx, j + 1) && glued(ctx, j + 2) && digitsLen(ctx, j + 2) === 2 && intAt(ctx, j + 2) < 60) j += 2;
      }
    } else if (/^\d{1,2}\.\d{2}$/.test(ctx.ws[j].k) && (TIME_SUFFIX.has(key(ctx, j + 1)) || /^(am|pm)$/.test(key(ctx, j + 1)))) {
      const [a, b] = ctx.ws[j].k.split('.').map(Number);
      h = a; min = b; hasColon = true;
    }
    j++;
  } else if (/^\d{1,2}\.\d{2}$/.test(key(ctx, j)) && (TIME_SUFFIX.has(key(ctx, j + 1)) || /^(am|pm)$/.test(key(ctx, j + 1)) || (ownPod && dotTimeAfterPod(ctx, j)))) {
    const [a, b] = ctx.ws[j].k.split('.').map(Number);
    h = a; min = b; hasColon = true; j++;
  } else {
    const hk = key(ctx, j);
    const c = CARDINAL_BY_KEY.get(hk);
    const whole = frac ? undefined : fw?.whole;
    const eh = ENGLISH_HOUR_BY_KEY.get(hk);
    const em = eh !== undefined ? ENGLISH_MINUTES_BY_KEY.get(key(ctx, j + 1)) : undefined;
    if (eh !== undefined && !frac && (clockWordAt(ctx, j + 1) || (em !== undefined && on(ctx, j + 1) && clockWordAt(ctx, j + 2)))) {
      // सेवन ओक्लॉक, सेवन थर्टी p.m.: an English hour (and minutes) before its clock word.
      h = eh; j++;
      if (em !== undefined) { min = em; hasColon = true; j++; }
    }
    else if (c !== undefined && c >= 1 && c <= 12 && j < ctx.ws.length && ctx.ws[j].t.kind === 'deva') { h = c; j++; }
    // दोपहर के पंद्रह पंद्रह, शाम के अठारह बजे: a 24-hour clock hour in words after an afternoon,
    // evening or night word, only with its minutes or बजे (checked below).
    else if (c !== undefined && c >= 13 && c <= 23 && ownPod && pod && pod.timex !== 'MO' && j < ctx.ws.length && ctx.ws[j].t.kind === 'deva') { h = c; j++; h24Word = true; }
    else if (whole !== undefined && ctx.ws[j].t.kind === 'deva') { h = Math.floor(whole); min = Math.round((whole % 1) * 60); j++; }
    else if (frac) return undefined;
    // मंगलवार की सुबह देर से (late in the morning): the word देर joins the part of the day (से, a
    // postposition, stays outside); the value stays the part's, as TIMEX3 leaves "late" to a modifier.
    else if (pod && allowBarePart && hk === 'देर' && key(ctx, j + 1) === 'से' && on(ctx, j) && on(ctx, j + 1)) return { end: j + 1, hhmm: pod.timex };
    else return pod && allowBarePart ? { end: j, hhmm: pod.timex } : undefined;
  }
  // मंगलवार को सुबह 30 मिनट: no hour after the part of the day leaves the part of the day alone.
  if (h < 0 || h > 24 || min > 59) return pod && allowBarePart && podEnd !== undefined ? { end: podEnd, hhmm: pod.timex, pod, ownPod } : undefined;
  // शाम सात तीस, रात ग्यारह पाँच, शाम के 9 पैंतालिस: after a part of the day, an hour and its
  // minutes said as two numbers (the minutes end the phrase: a postposition, punctuation, बजे).
  if (ownPod && !hasColon && !frac && on(ctx, j)) {
    const mw = ctx.ws[j];
    const mv = mw.t.kind === 'deva' ? CARDINAL_BY_KEY.get(mw.k) : intAt(ctx, j) >= 0 && digitsLen(ctx, j) === 2 ? intAt(ctx, j) : undefined;
    const nk = key(ctx, j + 1);
    // (A form of होना ends it too: शाम के 9 पैंतालिस हुए हैं, it is 9:45 in the evening.)
    const ends = !on(ctx, j + 1) || AFTER_BARE_DAY.has(nk) || TIME_SUFFIX.has(nk) || nk === 'हुए' || nk === 'हुआ' || nk === 'होंगे' || (ctx.ws[j + 1].t.kind === 'punct' && !/[-/:.%]/.test(ctx.ws[j + 1].t.text));
    if (mv !== undefined && mv >= 1 && mv <= 59 && ends) { min = mv; hasColon = true; j++; }
  }
  if (frac?.add) {
    const total = h * 60 + min + frac.add * 60;
    h = Math.floor(total / 60); min = total % 60;
  }
  let ok = hasColon && min >= 0;
  let ampm = '';
  const k1 = key(ctx, j);
  if (on(ctx, j) && TIME_SUFFIX.has(k1)) {
    ok = true;
    j++;
    // 7 बज कर 30 मिनट: बजकर written as two words, read as one when its minutes follow.
    const splitKar = k1 === 'बज' && key(ctx, j) === 'कर' && on(ctx, j) && on(ctx, j + 1) && countAt(ctx, j + 1) >= 0;
    if (splitKar) j++;
    if ((k1 === 'बजकर' || splitKar) && on(ctx, j)) {
      const mm = countAt(ctx, j);
      const nk = key(ctx, j + 1);
      if (mm >= 0 && mm < 60 && (nk === 'मिनट' || nk === 'मिनिट')) { min = mm; j += 2; }
      // दस बजकर दस (का अलार्म): the minutes without the word मिनट, ending the phrase.
      else if (mm >= 0 && mm < 60 && Number.isInteger(mm) && (!on(ctx, j + 1) || AFTER_BARE_DAY.has(nk) || ctx.ws[j + 1].t.kind === 'punct')) { min = mm; j += 1; }
      else return undefined;
    }
    if (key(ctx, j) === 'तक' || key(ctx, j) === 'से') { /* postposition stays outside */ }
  } else if (on(ctx, j) && k1 === 'बजने' && key(ctx, j + 1) === 'में' && on(ctx, j + 2) && countAt(ctx, j + 2) >= 1 && countAt(ctx, j + 2) < 60 && /^मिन/.test(key(ctx, j + 3))) {
    // आठ बजने में तीन मिनट (बाकी): three minutes to eight; साढ़े पाँच बजने में तीन मिनट: to half past five.
    const before = countAt(ctx, j + 2);
    const total = (h * 60 + min - before + 24 * 60) % (24 * 60);
    h = Math.floor(total / 60); min = total % 60; ok = true; hasColon = true; j += 4;
    if (key(ctx, j) === 'बाकी' && on(ctx, j)) j++;
  } else if (on(ctx, j) && /^(am|pm)$/.test(k1)) { ampm = k1; ok = true; j++; }
  else if (on(ctx, j) && AMPM_DEVA.has(k1) && (hasColon || ownPod || ENGLISH_HOUR_BY_KEY.has(key(ctx, j - 1)) || ENGLISH_MINUTES_BY_KEY.has(key(ctx, j - 1)))) { ampm = AMPM_DEVA.get(k1)!; ok = true; j++; }
  else if (on(ctx, j) && (k1 === 'a' || k1 === 'p') && isPunct(ctx, j + 1, '.') && key(ctx, j + 2) === 'm' && isPunct(ctx, j + 3, '.')) { ampm = k1 + 'm'; ok = true; j += 4; }
  // 1p.m से, seven thirty p. m तक: the last dot left out (a space after the first one may be typed).
  else if (on(ctx, j) && (k1 === 'a' || k1 === 'p') && isPunct(ctx, j + 1, '.') && glued(ctx, j + 1) && key(ctx, j + 2) === 'm' && on(ctx, j + 2) && ctx.ws[j + 2].t.text.length === 1 && !glued(ctx, j + 3)) { ampm = k1 + 'm'; ok = true; j += 3; }
  else if (on(ctx, j) && (k1 === 'a' || k1 === 'p') && key(ctx, j + 1) === 'm' && on(ctx, j + 1) && ctx.ws[j + 1].t.text.length === 1) { ampm = k1 + 'm'; ok = true; j += 2; }
  else if (on(ctx, j) && (k1 === 'hrs' || k1 === 'hours' || k1 === 'घंटे' && hasColon)) { ok = hasColon; if (ok) j++; }
  // 11:08 अपराह्न: the part of the day after the clock time.
  if (ok && !pod && !ampm && on(ctx, j) && PART_OF_DAY_BY_KEY.has(key(ctx, j)) && (hasColon || TIME_SUFFIX.has(k1))) { pod = PART_OF_DAY_BY_KEY.get(key(ctx, j)); j++; ownPod = true; }
  // 12 बजे मध्यरात्रि, बारह बजे आधी रात: twelve o'clock named as midnight is 00:00.
  else if (ok && !pod && !ampm && h === 12 && min === 0 && on(ctx, j) && TIME_SUFFIX.has(k1) && isMidnightAt(ctx, j)) { j += midnightLen(ctx, j); h = 0; ownPod = true; }
  if (h24Word && !hasColon && !TIME_SUFFIX.has(k1)) return undefined;
  let bare = false;
  // आज सुबह 7, …: a digit hour right after its own part of the day, closed by a comma or a full stop,
  // is the clock hour (no range or count follows it).
  if (!ok && ownPod && !frac && !hasColon && min === 0 && h >= 1 && h <= 12 && intAt(ctx, j - 1) >= 0 && digitsLen(ctx, j - 1) <= 2 && on(ctx, j) && (isPunct(ctx, j, ',') || isPunct(ctx, j, '।')) && !(isPunct(ctx, j, ',') && intAt(ctx, j + 1) >= 0)) ok = true;
  // A bare hour (no बजे): only where a range makes it one; साढ़े सात as the end of a range too.
  if (!ok && opts.bareHourOk && (!frac || opts.inheritPod) && (min === 0 || frac)) { ok = true; bare = true; }
  if (!ok) return undefined;
  if (!bare && !hasColon && !pod && !ampm && TIME_SUFFIX.has(k1) === false) return undefined;
  const rawH = h, rawMin = min;
  if (on(ctx, j) && TIME_ZONES.has(key(ctx, j))) j++;
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  // दोपहर covers noon and the early afternoon: 11 बजे दोपहर is 11:00, दोपहर 2 बजे 14:00.
  if (pod && !ampm && h < 12 && h >= pod.pmFrom && (pod.pmTo === undefined || h < pod.pmTo)) h += 12;
  if (pod && pod.timex === 'NI' && h === 12) h = 0;
  if (h === 24) h = 0;
  if (h > 23) return undefined;
  return { end: j, hhmm: `${pad2(h)}:${pad2(min)}`, pod, bare, rawH, rawMin, ownPod, podEnd, ampm: !!ampm };
}

const TIME_RANGE_JOIN = new Set(['से', '-', '–', '—', 'to']);
/** Words of a match result after a score that looks like two hours (2-1 की जीत, 3-5 की हार, 4-2 को बढ़त). */
const SCORE_WORDS: ReadonlySet<string> = new Set(['जीत', 'हार', 'बढ़त', 'बढ़त', 'स्कोर', 'अंतर', 'बराबरी', 'मुकाबले', 'मुकाबला', 'ड्रॉ', 'ड्रा', 'गोल', 'रन', 'विकेट', 'सेट', 'अंक', 'वोट', 'मत', 'शिकस्त', 'पराजय', 'विजय', 'बहुमत']);
/**
 * 0730-0930 के बीच, 0900-1130 बजे: two times written as four digits without a colon, joined by a
 * hyphen. A leading zero (no year has one) or the word बजे after them says they are times, and
 * के बीच or बजे must close them (1730-1930 के बीच stays two years).
 */
function hhmmPairAt(ctx: Ctx, i: number): (TimeHit & { hhmm2: string }) | undefined {
  const ws = ctx.ws;
  if (ws[i].t.kind !== 'number' || digitsLen(ctx, i) !== 4 || !isPunct(ctx, i + 1, '-') || !glued(ctx, i + 1) || !glued(ctx, i + 2) || i + 2 >= ws.length || ws[i + 2].t.kind !== 'number' || digitsLen(ctx, i + 2) !== 4 || (i > 0 && glued(ctx, i))) return undefined;
  const hm = (j: number) => { const v = intAt(ctx, j); return v >= 0 && v % 100 < 60 && Math.floor(v / 100) <= 23 ? `${pad2(Math.floor(v / 100))}:${pad2(v % 100)}` : undefined; };
  const a = hm(i), b = hm(i + 2);
  if (!a || !b || !on(ctx, i + 3)) return undefined;
  const suffix = TIME_SUFFIX.has(key(ctx, i + 3)) || key(ctx, i + 3) === 'hrs';
  const between = key(ctx, i + 3) === 'के' && key(ctx, i + 4) === 'बीच' && on(ctx, i + 4);
  const zero = ws[i].t.text.startsWith('0') || ws[i + 2].t.text.startsWith('0');
  if (!(suffix || (between && zero))) return undefined;
  return { end: suffix ? i + 4 : i + 3, hhmm: a, hhmm2: b };
}

/** Words for a stretch of time that make two hours before का/की a range of times (12-4 का समय). */
const TIME_NOUNS: ReadonlySet<string> = new Set(['समय', 'वक्त', 'वक़्त', 'अवधि', 'स्लॉट', 'शिफ्ट', 'पाली']);
/** Two clock hours of 1-12 read as a range running forward: from a to b within eight hours (6-8, 11-4, 12-4). */
function forwardHours(a: number, b: number): boolean {
  if (a < 1 || a > 12 || b < 1 || b > 12) return false;
  const d = ((b % 12) - (a % 12) + 12) % 12;
  return d >= 1 && d <= 8;
}
/**
 * सुबह 6.45 पर, शाम 7.30 को: after its own part of the day, an hour and minutes written with a dot
 * and no बजे are a clock time (alone, 6.45 is a decimal); not before a unit or a counted noun
 * (सुबह 10.20 डिग्री), nor with minutes past 59.
 */
function dotTimeAfterPod(ctx: Ctx, j: number): boolean {
  const [a, b] = ctx.ws[j].k.split('.').map(Number);
  if (a < 1 || a > 12 || b > 59) return false;
  const nk = key(ctx, j + 1);
  return !on(ctx, j + 1) || j + 1 >= ctx.ws.length || AFTER_BARE_DAY.has(nk) || (ctx.ws[j + 1].t.kind === 'punct' && !/[-/:.%]/.test(ctx.ws[j + 1].t.text)) || (ctx.ws[j + 1].t.kind === 'deva' && !NOT_AFTER_HOURS.has(nk) && !UNIT_BY_KEY.has(nk) && !CARDINAL_BY_KEY.has(nk) && !MONTH_BY_KEY.has(nk) && !/^(डिग्री|मिमी|मिलीमीटर|सेंटीमीटर|सेमी|प्रतिशत|फीसदी|फ़ीसदी)$/.test(nk));
}

/** Counted nouns and units after which two hours joined by से are a count, not times (सुबह 5 से 6 लोग). */
const NOT_AFTER_HOURS: ReadonlySet<string> = new Set(['घंटे', 'घंटा', 'घंटों', 'घण्टे', 'मिनट', 'मिनटों', 'सेकंड', 'बार', 'गुना', 'लोग', 'लोगों', 'व्यक्ति', 'प्रतिशत', 'फीसदी', 'फ़ीसदी', 'किलोमीटर', 'किमी', 'मीटर', 'डिग्री', 'लाख', 'हजार', 'हज़ार', 'करोड़', 'सौ', 'रुपये', 'रुपए', 'किलो', 'इंच', 'सेमी', 'मिमी', 'फुट', 'फीट']);

/**
 * A clock time or a range of clock times: शाम 5 से 6 बजे, सुबह 3 बजे से शाम 5 बजे, 1-3 बजे.
 * `hhmm2` is the end of a range; the part of the day of the first time carries over to the second.
 */
function parseTimeRange(ctx: Ctx, i: number, allowBarePart = false, afterDay = false): (TimeHit & { hhmm2?: string }) | undefined {
  const hp = hhmmPairAt(ctx, i);
  if (hp) return hp;
  const first = parseTime(ctx, i, allowBarePart, { bareHourOk: true });
  if (!first || !first.hhmm.includes(':')) return first;
  const j = first.end;
  const joinK = key(ctx, j);
  // 10 और 11:30 के बीच: और joins two times only when के बीच follows the second.
  const joined = on(ctx, j) && on(ctx, j + 1) && (TIME_RANGE_JOIN.has(joinK) || joinK === 'और');
  if (joined) {
    const second = parseTime(ctx, j + 1, false, { inheritPod: first.pod, bareHourOk: true });
    const after = second ? key(ctx, second.end) : '';
    const closes = !!second && (!on(ctx, second.end) || after === 'तक' || (after === 'के' && key(ctx, second.end + 1) === 'बीच') || (ctx.ws[second.end].t.kind === 'punct' && !/[-/:.%]/.test(ctx.ws[second.end].t.text)));
    // Each end is a time (a clock suffix, a colon or a part of the day said with it), or a bare
    // hour the other end and the closing word (तक, के बीच) make one: शाम 5 से 6 तक, 1:30 से 3 तक.
    const strong = (t: TimeHit) => !t.bare || !!t.ownPod;
    // शाम दो से पाँच की मुलाकात: after a part of the day, a genitive or में/को also closes the hours.
    // शाम 5 से 6 बाहर रहूंगा: two digit hours after a part of the day make the range before any
    // word but a unit or a counted noun (शाम 5 से 6 घंटे, सुबह 5 से 6 लोग) or another number or date word.
    const podCloses = !!second && !!first.ownPod && on(ctx, second.end) && (['की', 'का', 'के', 'में', 'को'].includes(after) ||
      (first.bare && second.bare && first.podEnd === first.end - 1 && intAt(ctx, first.end - 1) >= 0 && intAt(ctx, second.end - 1) >= 0 && ctx.ws[second.end].t.kind === 'deva' &&
        !NOT_AFTER_HOURS.has(after) && !UNIT_BY_KEY.has(after) && !MONTH_BY_KEY.has(after) && !CARDINAL_BY_KEY.has(after)));
    // सोमवार को 12-4 का समय, अगले सोमवार 6-8 को: after a day, two digit hours joined by a hyphen or
    // से make a range when it runs forward less than nine hours (6-8, 11-4, 12-4) and को closes it, or
    // का/की before a word for time (समय, वक्त); not before a word of a result (शनिवार को 2-1 को जीत).
    const nk2 = key(ctx, second ? second.end + 1 : 0);
    const dayCloses = afterDay && !!second && first.bare && second.bare && !first.ownPod && joinK !== 'और' && on(ctx, second.end) &&
      (after === 'को' ? !SCORE_WORDS.has(nk2) : (after === 'का' || after === 'की') && TIME_NOUNS.has(nk2) && on(ctx, second.end + 1)) &&
      intAt(ctx, first.end - 1) >= 0 && intAt(ctx, second.end - 1) >= 0 &&
      first.rawMin === 0 && second.rawMin === 0 && forwardHours(first.rawH ?? 0, second.rawH ?? 0);
    const ok = second && second.hhmm.includes(':') && (joinK !== 'और' || (after === 'के' && key(ctx, second.end + 1) === 'बीच')) &&
      (!second.bare || ((strong(first) || !!second.ownPod || afterDay) && (closes || podCloses || dayCloses)));
    if (ok && second) {
      let a = first.hhmm;
      // "5 से 6 बजे शाम", "10 से शाम 6 बजे", "11 से सुबह 3", "5 से 6 pm": a first hour that does not
      // place itself in its half of the day, before an end that does, is the last such hour before
      // the end (17:00 before 18:00, 10:00 before 18:00, 23:00 before 03:00).
      if (!first.pod && !first.ampm && (second.ownPod || second.ampm) && first.rawH !== undefined && first.rawH >= 1 && first.rawH <= 12) {
        const am = (first.rawH % 12) * 60 + (first.rawMin ?? 0);
        const end = Number(second.hhmm.slice(0, 2)) * 60 + Number(second.hhmm.slice(3, 5));
        const before = (m: number) => (end - m + 1440) % 1440 || 1440;
        const m = before(am) <= before(am + 720) ? am : am + 720;
        a = `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
      }
      // "10:30 से 3 बजे", "शाम 10:10 और 3 के बीच": a range runs forward, so a clock hour the end
      // does not place in its half of the day itself is the first such hour after the start (15:00
      // after 10:30, 03:00 after 22:10).
      let b = second.hhmm;
      if (!second.ownPod && !second.ampm && second.rawH !== undefined && second.rawH >= 1 && second.rawH <= 12) {
        const am = (second.rawH % 12) * 60 + (second.rawMin ?? 0);
        const start = Number(a.slice(0, 2)) * 60 + Number(a.slice(3, 5));
        const ahead = (m: number) => (m - start + 1440) % 1440 || 1440;
        const m = ahead(am) <= ahead(am + 720) ? am : am + 720;
        b = `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
      }
      return { ...first, end: second.end, hhmm: a, hhmm2: b, bare: false };
    }
  }
  // शनिवार दोपहर को एक रिलीज़ में: a number after the part of the day that no clock word makes an
  // hour leaves the part of the day alone.
  if (first.bare && allowBarePart && first.pod && first.pod !== DAYTIME && first.podEnd !== undefined) return { end: first.podEnd, hhmm: first.pod.timex, pod: first.pod, ownPod: true };
  return first.bare ? undefined : first;
}

/** Attaches a time of day or a part of day that follows a one-day date. */
function withTime(ctx: Ctx, hit: Hit): Hit {
  if (hit.day === undefined && hit.dayValue === undefined) return hit;
  let j = hit.end;
  if (isPunct(ctx, j, ',') || isPunct(ctx, j, 'T') || isPunct(ctx, j, '|') || (isPunct(ctx, j, '-') && !glued(ctx, j) && intAt(ctx, j + 1) >= 0 && isPunct(ctx, j + 2, ':'))) j++;
  // 14 अक्टूबर को सुबह 8 बजे, 22 अप्रैल की शाम: the time joins its date across को/की.
  if ((key(ctx, j) === 'को' || key(ctx, j) === 'की') && on(ctx, j) && on(ctx, j + 1) && (PART_OF_DAY_BY_KEY.has(key(ctx, j + 1)) || (key(ctx, j + 1) === 'देर' && PART_OF_DAY_BY_KEY.has(key(ctx, j + 2))) || parseTimeRange(ctx, j + 1, false, true) !== undefined)) j++;
  if (!on(ctx, j)) return hit;
  // After a day (सोमवार 8 से 9 तक) two bare hours closed by तक or के बीच are a range of times.
  const t = parseTimeRange(ctx, j, true, true);
  if (!t) return hit;
  const day = hit.dayValue ?? fmtDayNumber(hit.day!, hit.yKnown ?? true);
  return { ...hit, end: t.end, value: hit.dayValue ? timeValue(undefined, true, t, day) : timeValue(hit.day, hit.yKnown ?? true, t) };
}

/**
 * chrono-node's reading of a line slice against a reference instant. A date line repeats across
 * pages and, in hostile input, thousands of times: chrono costs a fraction of a millisecond a call.
 */
const CHRONO_CACHE = new Map<string, chrono.ParsedResult | null>();

/** English expressions starting at a Latin month/weekday/relative word: chrono-node reads them. */
function matchEnglish(ctx: Ctx, i: number): Hit | undefined {
  const ws = ctx.ws;
  const w = ws[i];
  // Limit chrono to the rest of the line, at most 80 characters.
  let lineEnd = i;
  while (lineEnd + 1 < ws.length && !ws[lineEnd + 1].nl && ws[lineEnd + 1].t.start - w.t.start < 80) lineEnd++;
  const slice = ctx.text.slice(w.t.start, ws[lineEnd].t.end);
  const r = ctx.ref;
  const refDate = r ? new Date(Date.UTC(r.y, r.m - 1, r.d, 12)) : new Date(Date.UTC(2001, 0, 1, 12));
  const cacheKey = `${refDate.getTime()}|${slice}`;
  let res = CHRONO_CACHE.get(cacheKey);
  if (res === undefined) {
    let results: chrono.ParsedResult[];
    try {
      results = chrono.en.parse(slice, { instant: refDate, timezone: 0 }, { forwardDate: false });
    } catch {
      return undefined;
    }
    res = results.find((x) => x.index === 0) ?? null;
    if (CHRONO_CACHE.size >= 2000) CHRONO_CACHE.clear();
    CHRONO_CACHE.set(cacheKey, res);
  }
  if (!res) return undefined;
  const endOff = w.t.start + res.text.length;
  let end = i;
  while (end < ws.length && ws[end].t.end <= endOff) end++;
  if (end === i) return undefined;
  const s = res.start;
  const hasDay = s.isCertain('day');
  const hasMonth = s.isCertain('month');
  const hasYear = s.isCertain('year');
  const hasHour = s.isCertain('hour');
  // A lone English month or weekday word in Hindi text is too often something else ("May").
  if (!hasDay && !hasHour && !hasYear && !WEEKDAY_BY_KEY.has(w.k) && !RELATIVE_DAY_BY_KEY.has(w.k)) return undefined;
  const y = s.get('year')!, m = s.get('month')!, d = s.get('day')!;
  const yKnown = hasYear || !!r?.yKnown;
  let value: string;
  if (hasDay || WEEKDAY_BY_KEY.has(w.k) || RELATIVE_DAY_BY_KEY.has(w.k) || hasHour) value = fmtDay(y, m, d, yKnown);
  else if (hasMonth) value = fmtMonth(y, m, yKnown);
  else value = String(y);
  if (hasHour) value += `T${pad2(s.get('hour')!)}:${pad2(s.get('minute') ?? 0)}`;
  const hit: Hit = { end, value, relative: !hasYear };
  const wd = WEEKDAY_BY_KEY.get(w.k);
  if (wd !== undefined) { hit.weekday = wd; hit.weekdayWord = i; }
  // Keep a trailing time zone inside: 07:05 GMT.
  if (on(ctx, end) && TIME_ZONES.has(key(ctx, end))) hit.end = end + 1;
  return hit;
}

