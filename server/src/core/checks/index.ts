import type { Finding, ReferenceDate, Span } from '../types';
import type { Token } from '../text/tokens';
import { checkDevanagari } from './devanagari';
import { checkReferenceDate, checkWeekdays } from './dates';

/** What every check may look at: the article and what the recognisers found in it. */
export interface CheckContext {
  text: string;
  tokens: readonly Token[];
  /** All spans, sorted, flat. */
  spans: readonly Span[];
  referenceDate?: ReferenceDate;
}

/** Runs every per-article check of the catalogue (checks/table.ts); findings sorted by start. */
export function runChecks(ctx: CheckContext): Finding[] {
  return [
    ...checkDevanagari(ctx.text),
    ...checkWeekdays(ctx.text, ctx.spans),
    ...checkReferenceDate(ctx.spans, ctx.referenceDate),
  ].sort((a, b) => a.start - b.start);
}
