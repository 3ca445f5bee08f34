import type { Finding, ReferenceDate, Span } from './types';
import { tokenize, type Token } from './text/tokens';
import { findReferenceDate } from './recognize/articleDate';
import { findDates } from './recognize/dates';
import { findFigures } from './recognize/figures';
import { findEntities } from './recognize/entities';
import { runChecks } from './checks';

/** What the caller knows about an article beyond its text. */
export interface AnalyzeOptions {
  /**
   * The article's reference date (`YYYY-MM-DD`) from outside the text: the CLI's `--dct`,
   * later an annotated source's published date. Wins over the dateline.
   */
  referenceDate?: string;
  /** Adds per-stage timings (milliseconds) to the result, for the benchmark. */
  timings?: boolean;
}

/** Counts shown in the corpus view. */
export interface SpanCounts {
  entities: number;
  dates: number;
  figures: number;
}

/** Everything the core knows about one article. */
export interface ArticleAnalysis {
  /** All spans, sorted by start, never overlapping. */
  spans: Span[];
  referenceDate?: ReferenceDate;
  /** The headline: the first non-empty line, trimmed. */
  title: string;
  findings: Finding[];
  counts: SpanCounts;
  timings?: Record<string, number>;
}

/** The headline of an article: its first non-empty line. */
export function articleTitle(text: string): string {
  const m = /^\s*([^\r\n]*)/.exec(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const line = (m?.[1] ?? '').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/**
 * Keeps the spans of `next` that overlap nothing in `taken`; both sorted by start.
 * Linear in their lengths.
 */
export function withoutOverlaps(taken: readonly Span[], next: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const s of next) {
    while (j < taken.length && taken[j].end <= s.start) j++;
    if (j < taken.length && taken[j].start < s.end) continue;
    out.push(s);
  }
  return out;
}

function mergeSorted(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

const byStart = (x: Span, y: Span) => x.start - y.start || y.end - x.end;

/**
 * Analyses one article: reference date, dates, figures, entities, and the checks.
 * Never throws on messy text; linear in the length of the text.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const timings: Record<string, number> | undefined = options.timings ? {} : undefined;
  let t = timings ? performance.now() : 0;
  const lap = (stage: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + now - t;
    t = now;
  };

  const tokens: Token[] = tokenize(text);
  lap('tokenize');
  const referenceDate: ReferenceDate | undefined = options.referenceDate
    ? { value: options.referenceDate, source: 'override' }
    : findReferenceDate(text, tokens);
  lap('referenceDate');
  const dates = findDates(text, tokens, referenceDate).sort(byStart);
  lap('dates');
  const figures = withoutOverlaps(dates, findFigures(text, tokens, dates).sort(byStart));
  lap('figures');
  const numeric = mergeSorted(dates, figures);
  const entities = withoutOverlaps(numeric, findEntities(text, tokens, numeric).sort(byStart));
  lap('entities');
  const spans = mergeSorted(numeric, entities);

  const findings = runChecks({ text, tokens, spans, referenceDate });
  lap('checks');

  return {
    spans,
    referenceDate,
    title: articleTitle(text),
    findings,
    counts: { entities: entities.length, dates: dates.length, figures: figures.length },
    timings,
  };
}

/** The span that contains `offset` (start inclusive, end inclusive so a cursor after the last letter still hits). */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
