import type { Finding, ReferenceDate, Span } from '../types';
import { CHECKS } from './table';
import { ENGLISH_WEEKDAYS, HINDI_WEEKDAYS } from '../resources/calendar';
import { dayNumber, daysInMonth, weekdayOf as weekdayOfDay } from '../recognize/dateWords';

/** Day of the week (0 = Sunday) of a `YYYY-MM-DD` date, or undefined when the value is not a full, real date. */
export function weekdayOf(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return weekdayOfDay(dayNumber(y, mo, d));
}

/** A weekday written beside an explicit date that falls on another day. */
export function checkWeekdays(text: string, spans: readonly Span[]): Finding[] {
  const out: Finding[] = [];
  for (const s of spans) {
    if (s.type !== 'DATE' || !s.date || s.date.weekday === undefined || s.date.relative) continue;
    const actual = weekdayOf(s.value);
    if (actual === undefined || actual === s.date.weekday) continue;
    const ws = s.date.weekdayStart ?? s.start;
    const we = s.date.weekdayEnd ?? s.end;
    const written = text.slice(ws, we);
    const latin = /^[A-Za-z]/.test(written);
    const right = latin ? ENGLISH_WEEKDAYS[actual] : HINDI_WEEKDAYS[actual];
    out.push({
      code: CHECKS.weekdayMismatch.id,
      severity: CHECKS.weekdayMismatch.defaultSeverity,
      start: ws,
      end: we,
      message: `“${written}” does not match ${s.value.slice(0, 10)}, which is a ${ENGLISH_WEEKDAYS[actual]} (${HINDI_WEEKDAYS[actual]}). Check the date or the weekday.`,
      fixes: [{ title: `Change the weekday to “${right}”`, edits: [{ start: ws, end: we, newText: right }] }],
      related: [{ start: s.start, end: s.end, message: `the date, read as ${s.value}` }],
    });
  }
  return out;
}

/** Relative dates in an article that has no date of its own (or none with a year) to resolve them against. */
export function checkReferenceDate(spans: readonly Span[], ref: ReferenceDate | undefined): Finding[] {
  if (ref && !ref.value.startsWith('XXXX')) return [];
  const relative = spans.filter((s) => s.type === 'DATE' && s.date?.relative && !(ref && s.start === ref.start));
  if (ref && ref.start !== undefined && ref.end !== undefined) {
    // The dateline is there but has no year: say so where the date is written.
    if (relative.length === 0 && !spans.some((s) => s.type === 'DATE' && s.value.startsWith('XXXX') && s.start !== ref.start)) return [];
    const written = spans.find((s) => s.start === ref.start)?.text ?? 'the dateline';
    return [
      {
        code: CHECKS.noReferenceDate.id,
        severity: CHECKS.noReferenceDate.defaultSeverity,
        start: ref.start,
        end: ref.end,
        message: `The article's date “${written}” has no year, and nothing else in the article tells it, so its dates without a year and its relative dates cannot be placed in a year. Add the year to the dateline (“${written} YYYY”).`,
      },
    ];
  }
  const first = relative[0];
  if (!first) return [];
  return [
    {
      code: CHECKS.noReferenceDate.id,
      severity: CHECKS.noReferenceDate.defaultSeverity,
      start: first.start,
      end: first.end,
      message: `“${first.text}” is relative, but the article has no date of its own (no dateline or date line), so relative dates cannot be resolved. Add a dateline such as “नई दिल्ली, 12 फरवरी 2026:”.`,
    },
  ];
}
