/**
 * Dates that cannot be true as told: a date later than the article's own date in a sentence
 * told in the past tense (`… 15 सितंबर 2025 को हुई थी` in an article dated 3 September 2025).
 * A slip of the month or year, or a date line that is wrong.
 */
import type { Finding, ReferenceDate, Span } from '../types';
import type { Token } from '../text/tokens';
import { buildWords, dayNumber, tenseAfter, type Word } from '../recognize/dateWords';
import { CHECKS } from './table';

/** Words after a date that make it a deadline or a plan even in a past-tense sentence. */
const DEADLINE_AFTER = new Set(['तक', 'by', 'until', 'till', 'के', 'की', 'का']);
/** Words before a date that make it a plan or a target (लक्ष्य 2030, target of 2030). */
const PLAN_BEFORE = /(?:लक्ष्य|योजना|निर्धारित|तय|प्रस्तावित|target|scheduled|due|deadline|plan)\S*\s*(?:\S+\s+){0,2}$/iu;

/** How far into the article its dateline or date line may be for this check to trust it (characters). */
const TOP = 600;

/** First day (day number) of a DATE value with a known year, or undefined. */
export function firstDay(value: string): number | undefined {
  const v = value.split('/')[0];
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return dayNumber(+m[1], +m[2], +m[3]);
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return dayNumber(+m[1], +m[2], 1);
  m = /^(\d{4})$/.exec(v);
  if (m) return dayNumber(+m[1], 1, 1);
  return undefined;
}

/** Index of the word that ends at or after `offset` (the word holding offset − 1). */
function wordBefore(ws: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].t.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A date later than the article's date, in a clause whose verb is in the past tense. Relative
 * dates are skipped (their direction already comes from the tense), as are dates without a year,
 * the article's own date, deadlines (2030 तक) and targets (लक्ष्य … 2030).
 */
export function checkDatesAfterArticle(text: string, tokens: readonly Token[], spans: readonly Span[], ref: ReferenceDate | undefined): Finding[] {
  const m = ref ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ref.value) : null;
  if (!ref || !m) return [];
  // Only an article's own date, at its top (or given from outside), can make a date "later".
  if (ref.source !== 'override' && (ref.start === undefined || ref.start > TOP)) return [];
  const refDay = dayNumber(+m[1], +m[2], +m[3]);
  let ws: Word[] | undefined;
  const out: Finding[] = [];
  for (const s of spans) {
    // Periods (2020-21, अगस्त से दिसंबर) are left alone: one starting later is mostly a plan.
    if (s.type !== 'DATE' || s.date?.relative || s.value.includes('/')) continue;
    if (ref.start !== undefined && ref.end !== undefined && s.start < ref.end && ref.start < s.end) continue;
    const first = firstDay(s.value);
    if (first === undefined || first <= refDay) continue;
    ws ??= buildWords(tokens);
    const wi = wordBefore(ws, s.end);
    if (wi >= ws.length) continue;
    const next = ws[wi + 1];
    if (next && !next.nl && DEADLINE_AFTER.has(next.k)) continue;
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    if (PLAN_BEFORE.test(text.slice(Math.max(lineStart, s.start - 60), s.start))) continue;
    if (tenseAfter(ws, wi) !== 'past') continue;
    const days = first - refDay;
    out.push({
      code: CHECKS.dateAfterArticle.id,
      severity: CHECKS.dateAfterArticle.defaultSeverity,
      start: s.start,
      end: s.end,
      message: `“${s.text}” (${s.value}) is ${days} ${days === 1 ? 'day' : 'days'} after the article's own date ${ref.value}, but the sentence tells it in the past tense. Check the date, or the article's date.`,
      related: ref.start !== undefined && ref.end !== undefined ? [{ start: ref.start, end: ref.end, message: `the article's date, read as ${ref.value}` }] : undefined,
    });
  }
  return out;
}
