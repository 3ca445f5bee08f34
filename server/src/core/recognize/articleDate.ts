/**
 * The article's own date (its reference date), against which relative dates are resolved.
 *
 * Read from the top of the article, in this order:
 * 1. a dateline with a full date (`नई दिल्ली, 12 फरवरी 2025 (भाषा)`);
 * 2. a dateline without a year (`सियोल, 3 सितंबर:`), the year taken from a full date near the
 *    top (a date line such as `Sep 04, 2025, 11:48 AM`), or from a weekday written with the
 *    dateline, or from an anniversary (`1945 … की 80वीं वर्षगांठ`), else `XXXX-MM-DD`;
 * 3. a date line holding a full date (`Updated: 2024-06-19 07:05 GMT`, `3 सितंबर 2025`).
 */
import type { ReferenceDate, Span } from '../types';
import type { Token } from '../text/tokens';
import { findDatesInWords } from './dates';
import { buildWords, dayNumber, daysInMonth, tenseAfter, weekdayOf, type Word } from './dateWords';

/** How far into the article a dateline or date line is looked for (characters). */
const HEAD = 3000;

/** Finds the article's reference date, or undefined when the top of the article names none. */
export function findReferenceDate(text: string, tokens: readonly Token[]): ReferenceDate | undefined {
  const ws = buildWords(tokens);
  return referenceDateFromDates(text, ws, findDatesInWords(text, ws, undefined));
}

/**
 * As findReferenceDate, from the dates of the main pass made without a reference date
 * (findDatesInWords(text, ws, undefined)): the article's date costs no second date pass.
 */
export function referenceDateFromDates(text: string, ws: Word[], undated: readonly Span[]): ReferenceDate | undefined {
  try {
    return find(text, ws, undated);
  } catch {
    return undefined;
  }
}

function find(text: string, allWords: Word[], all: readonly Span[]): ReferenceDate | undefined {
  let nHead = 0;
  while (nHead < all.length && all[nHead].start < HEAD) nHead++;
  const dates = all.slice(0, nHead);
  const dayDates = dates.filter((d) => /^(\d{4}|XXXX)-\d\d-\d\d/.test(d.value) && !d.value.includes('/'));
  let dateline: Span | undefined;
  let dateLine: Span | undefined;
  for (const d of dayDates) {
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    let lineEnd = text.indexOf('\n', d.end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, d.start);
    const after = text.slice(d.end, Math.min(lineEnd, d.end + 40));
    if (!dateline && /^[\p{L}\p{M}\s/.\-–]{2,60}[,|]\s*$/u.test(before) && /^\s*(?:[:|(–—-]|$)/.test(after) && !/\d/.test(before)) dateline = d;
    else if (!dateLine && /^\d{4}-/.test(d.value) && (before.trim().length <= 30 && (lineEnd - d.end <= 30 || /^\s*[|•·]/.test(after) || /^[\p{L}\s:.]*[:]?\s*$/u.test(before)))) dateLine = d;
  }
  if (dateline && /^\d{4}/.test(dateline.value)) return ref(dateline.value, 'dateline', dateline);
  if (dateline) {
    const md = dateline.value.slice(5, 10);
    const [m, d] = md.split('-').map(Number);
    // A year from a full date near the top: the one that puts the dateline nearest it.
    const full = dateLine ?? dates.find((x) => /^\d{4}-\d\d-\d\d/.test(x.value));
    if (full) {
      const fy = Number(full.value.slice(0, 4));
      const fm = Number(full.value.slice(5, 7));
      const fd = Number(full.value.slice(8, 10));
      const fn = dayNumber(fy, fm, fd);
      let best = fy;
      for (const y of [fy - 1, fy + 1]) if (Math.abs(dayNumber(y, m, d) - fn) < Math.abs(dayNumber(best, m, d) - fn)) best = y;
      return ref(`${best}-${md}`, 'dateline', dateline);
    }
    // चालू वित्त वर्ष 2024-25: the article is written inside that fiscal year.
    const fiscal = currentFiscalYear(text, all);
    if (fiscal !== undefined) return ref(`${m >= 4 ? fiscal : fiscal + 1}-${md}`, 'dateline', dateline);
    // Explicit years bound the article's year: a year told in the past or present is not after
    // it, one told in the future not before it. Only a tight pair of bounds decides alone.
    const { lower, upper } = yearBounds(all, allWords);
    // A weekday written with a date elsewhere (बुधवार, 31 दिसंबर) pins that date's year.
    const pinned = weekdayPinnedYears(all, m, d);
    if (pinned.length > 0) {
      const ok = pinned.filter((y) => (lower === undefined || y >= lower) && (upper === undefined || y <= upper));
      const pool = ok.length > 0 ? ok : pinned;
      // The earliest year the bounds allow; without a lower bound, the latest not in the future.
      const nowish = new Date().getUTCFullYear() + 1;
      const pick = lower !== undefined ? Math.min(...pool) : Math.max(...pool.filter((y) => y <= nowish), Math.min(...pool));
      return ref(`${pick}-${md}`, 'dateline', dateline);
    }
    if (lower !== undefined && upper !== undefined && upper - lower <= 1 && upper >= lower) return ref(`${lower}-${md}`, 'dateline', dateline);
    const anniversary = anniversaryYear(text.slice(0, HEAD));
    if (anniversary) return ref(`${anniversary}-${md}`, 'dateline', dateline);
    return ref(`XXXX-${md}`, 'dateline', dateline);
  }
  if (dateLine) return ref(dateLine.value.slice(0, 10), 'dateLine', dateLine);
  return undefined;
}

function ref(value: string, source: string, span: Span): ReferenceDate {
  return { value: value.slice(0, 10), source, start: span.start, end: span.end };
}

/** `1945 में … की 80वीं वर्षगांठ` in one sentence: the year of the anniversary. */
function anniversaryYear(head: string): number | undefined {
  const re = /(?:^|[^\d])(1[89]\d\d|20\d\d)[^।\n]{0,120}?(\d{1,3})\s*(?:वीं|वें|वां|th|st|nd|rd)\s*(?:वर्षगांठ|सालगिरह|जयंती|anniversary)/u;
  const m = re.exec(head);
  if (!m) return undefined;
  return Number(m[1]) + Number(m[2]);
}

/** `चालू/मौजूदा/इस वित्त वर्ष 2024-25` → 2024. */
function currentFiscalYear(text: string, dates: readonly Span[]): number | undefined {
  for (const d of dates) {
    const m = /^(\d{4})-04\/(\d{4})-03$/.exec(d.value);
    if (!m) continue;
    if (/^(?:चालू|मौजूदा|इस|वर्तमान)\s/u.test(d.text)) return Number(m[1]);
    const before = text.slice(Math.max(0, d.start - 12), d.start);
    if (/(?:चालू|मौजूदा|वर्तमान)\s+$/u.test(before)) return Number(m[1]);
  }
  return undefined;
}

/** Bounds on the article's year from explicit four-digit years and the tense of their clauses. */
function yearBounds(dates: readonly Span[], ws: Word[]): { lower?: number; upper?: number } {
  let lower: number | undefined;
  let upper: number | undefined;
  let wi = 0;
  for (const d of dates) {
    const m = /^(\d{4})(?:-\d\d)?$/.exec(d.value);
    if (!m || d.date?.relative) continue;
    const y = Number(m[1]);
    while (wi < ws.length && ws[wi].t.end <= d.end) wi++;
    const tense = tenseAfter(ws, wi - 1);
    if (tense === 'future') upper = upper === undefined ? y : Math.min(upper, y);
    else lower = lower === undefined ? y : Math.max(lower, y);
  }
  return { lower, upper };
}

/** Years in which the dateline's month-day lies nearest a weekday-pinned date of the article. */
function weekdayPinnedYears(dates: readonly Span[], m: number, d: number): number[] {
  for (const s of dates) {
    if (s.date?.weekday === undefined) continue;
    const v = /^XXXX-(\d\d)-(\d\d)$/.exec(s.value);
    if (!v) continue;
    const pm = Number(v[1]), pd = Number(v[2]);
    const years: number[] = [];
    for (let y = 1950; y <= 2100; y++) {
      if (pd > daysInMonth(y, pm) || weekdayOf(dayNumber(y, pm, pd)) !== s.date.weekday) continue;
      // The dateline year that puts the pinned date nearest the dateline.
      const pn = dayNumber(y, pm, pd);
      let best = y;
      for (const cy of [y - 1, y + 1]) if (Math.abs(dayNumber(cy, m, Math.min(d, daysInMonth(cy, m))) - pn) < Math.abs(dayNumber(best, m, Math.min(d, daysInMonth(best, m))) - pn)) best = cy;
      years.push(best);
    }
    if (years.length > 0) return years;
  }
  return [];
}
