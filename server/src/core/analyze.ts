import type { EntityType, Finding, ReferenceDate, Span } from './types';
import { isEntityType } from './types';
import { matchKey } from './text/matchKey';
import { isClusterBoundary, tokenize, type Token } from './text/tokens';
import { referenceDateFromDates } from './recognize/articleDate';
import { findDatesInWords, resolveDatesInWords } from './recognize/dates';
import { findFiguresInWords } from './recognize/figures';
import { buildWords } from './recognize/dateWords';
import { findEntities } from './recognize/entities';
import { PARAGRAPH_CHECKS, runChecks, type CheckSeverities } from './checks';
import type { Word } from './recognize/dateWords';

/** What the caller knows about an article beyond its text. */
export interface AnalyzeOptions {
  /**
   * The article's reference date (`YYYY-MM-DD`) from outside the text: the CLI's `--dct`,
   * later an annotated source's published date. Wins over the dateline.
   */
  referenceDate?: string;
  /** Adds per-stage timings (milliseconds) to the result, for the benchmark. */
  timings?: boolean;
  /** Per-check severities (the `lekh.checks` setting, check id → severity or `off`). */
  checks?: CheckSeverities;
  /** House style for digit grouping (`lekh.figures.grouping`): `indian`, `international` or `any` (default). */
  figureGrouping?: 'indian' | 'international' | 'any';
  /**
   * The user's decisions from annotations: a span with a `type` replaces the automatic spans it
   * overlaps (source `user`); one without (an ignore rule) removes them.
   */
  overrides?: readonly SpanOverride[];
}

/** One decision of the user about a place in the text (UTF-16 offsets, `end` exclusive). */
export interface SpanOverride {
  start: number;
  end: number;
  /** The entity type the user gave; none: the automatic span here is rejected. */
  type?: EntityType;
}

/** The `source` of a span that comes from a user annotation. */
export const USER_SPAN_SOURCE = 'user';

/**
 * Applies the user's decisions to sorted, flat spans: overlapped spans go, typed decisions come in
 * (the first of two overlapping ones wins). Decisions outside the text or empty are passed over.
 */
export function applyOverrides(text: string, spans: readonly Span[], overrides: readonly SpanOverride[]): Span[] {
  const valid = overrides.filter((o) => o.start >= 0 && o.end <= text.length && o.start < o.end && (!o.type || isEntityType(o.type))).sort((a, b) => a.start - b.start || b.end - a.end);
  if (!valid.length) return [...spans];
  // The union of the decisions, as sorted disjoint intervals: one linear sweep finds what they overlap.
  const union: { start: number; end: number }[] = [];
  for (const o of valid) {
    const last = union[union.length - 1];
    if (last && o.start < last.end) last.end = Math.max(last.end, o.end);
    else union.push({ start: o.start, end: o.end });
  }
  let j = 0;
  const hit = (s: { start: number; end: number }) => {
    while (j < union.length && union[j].end <= s.start) j++;
    return j < union.length && union[j].start < s.end;
  };
  const added: Span[] = [];
  for (const o of valid) {
    // Sorted by start: only the last one added can overlap this one.
    const prev = added[added.length - 1];
    if (!o.type || (prev && o.start < prev.end)) continue;
    const surface = text.slice(o.start, o.end);
    added.push({ type: o.type, start: o.start, end: o.end, text: surface, value: '', source: USER_SPAN_SOURCE, key: matchKey(surface) });
  }
  return mergeSorted(spans.filter((s) => !hit(s)), added);
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

/**
 * The last guard of the invariant that no span starts or ends inside a grapheme cluster: where a
 * recogniser's edge falls inside one (a stray sign after a digit: `२०२४़नई`), both edges move
 * forward to the next boundary, so the span keeps what it marked and drops the orphaned sign.
 * Moving forward keeps spans sorted and flat. Spans that vanish are dropped.
 */
export function snapToClusters(text: string, spans: Span[]): Span[] {
  let changed = false;
  const out: Span[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && !isClusterBoundary(text, start)) start++;
    while (end < text.length && !isClusterBoundary(text, end)) end++;
    if (start === s.start && end === s.end) {
      out.push(s);
      continue;
    }
    changed = true;
    if (start < end && (out.length === 0 || out[out.length - 1].end <= start)) out.push({ ...s, start, end, text: text.slice(start, end) });
  }
  return changed ? out : spans;
}

const byStart = (x: Span, y: Span) => x.start - y.start || y.end - x.end;

// ---- Incremental analysis: paragraph results reused from the previous analysis ----

/**
 * What the analyses of one article keep for the next one (an editor re-analyses the whole text at
 * every edit): the results of the paragraph-local stages by paragraph, offsets relative to the
 * paragraph. Only the last analysis's paragraphs are kept, so it is about the size of that
 * analysis's figures and findings. Stages that read across paragraphs (tokens, dates with the
 * article's date, entities with their document propagation, the checks that compare spans) run
 * whole every time.
 */
export interface AnalysisMemo {
  /** Paragraph text → the findings of each of checks' PARAGRAPH_CHECKS in it. */
  findings: Map<string, Finding[][]>;
  /** Paragraph text and its dates' extents → its figures. */
  figures: Map<string, Span[]>;
}

/** An empty memo for one article (give the same memo to every analysis of that article only). */
export function createAnalysisMemo(): AnalysisMemo {
  return { findings: new Map(), figures: new Map() };
}

/** Blank lines end a paragraph (the next one starts after the last line break). */
const PARAGRAPH_BREAK = /\r?\n(?:[ \t\f\v]*\r?\n)+/g;

/** The paragraphs of a text as [start, end) pairs covering it, each with the blank lines after it. */
export function paragraphsOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length || out.length === 0) out.push([start, text.length]);
  return out;
}

const shiftSpan = (s: Span, by: number): Span => {
  const out: Span = { ...s, start: s.start + by, end: s.end + by };
  if (s.date && s.date.weekdayStart !== undefined) out.date = { ...s.date, weekdayStart: s.date.weekdayStart + by, weekdayEnd: (s.date.weekdayEnd ?? 0) + by };
  return out;
};

const shiftFinding = (f: Finding, by: number): Finding => {
  const out: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) }));
  if (f.related) out.related = f.related.map((r) => ({ ...r, start: r.start + by, end: r.end + by }));
  return out;
};

/** The findings of PARAGRAPH_CHECKS, check by check, paragraph by paragraph, reusing `memo`. */
function paragraphFindings(text: string, paras: readonly [number, number][], memo: AnalysisMemo): Finding[][] {
  const out: Finding[][] = PARAGRAPH_CHECKS.map(() => []);
  const next = new Map<string, Finding[][]>();
  for (const [a, b] of paras) {
    const para = text.slice(a, b);
    let byCheck = next.get(para) ?? memo.findings.get(para);
    // Run on the paragraph alone, so the offsets are relative to it.
    if (!byCheck) byCheck = PARAGRAPH_CHECKS.map((check) => check(para));
    next.set(para, byCheck);
    for (let c = 0; c < byCheck.length; c++) for (const f of byCheck[c]) out[c].push(shiftFinding(f, a));
  }
  memo.findings = next;
  return out;
}

/** The figures of every paragraph (unsorted, overlaps not yet removed), reusing `memo`. */
function paragraphFigures(text: string, ws: Word[], dates: readonly Span[], paras: readonly [number, number][], memo: AnalysisMemo): Span[] {
  const out: Span[] = [];
  const next = new Map<string, Span[]>();
  let wi = 0;
  let di = 0;
  for (const [a, b] of paras) {
    const w0 = wi;
    while (wi < ws.length && ws[wi].t.start < b) wi++;
    const d0 = di;
    while (di < dates.length && dates[di].start < b) di++;
    let key = text.slice(a, b);
    for (let d = d0; d < di; d++) key += `\u0000${dates[d].start - a},${dates[d].end - a}`;
    let rel = next.get(key) ?? memo.figures.get(key);
    if (!rel) {
      // The paragraph's words with the whole text: offsets stay absolute while it is matched.
      rel = findFiguresInWords(text, ws.slice(w0, wi), dates.slice(d0, di)).map((s) => shiftSpan(s, -a));
    }
    next.set(key, rel);
    for (const s of rel) out.push(shiftSpan(s, a));
  }
  memo.figures = next;
  return out;
}

/**
 * Analyses one article: reference date, dates, figures, entities, and the checks.
 * Never throws on messy text; linear in the length of the text.
 *
 * `memo` (from createAnalysisMemo, one per article): the paragraph-local stages reuse what the
 * previous analysis with it found in paragraphs that are unchanged; the result is the same as
 * without it (test/core/incremental.property.test.ts).
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}, memo?: AnalysisMemo): ArticleAnalysis {
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
  const ws = buildWords(tokens);
  lap('words');
  // One date pass: without a date of its own, the article's dates are found first without one,
  // its date is read from them, and only the dates that depend on it are matched again.
  let dates: Span[];
  let referenceDate: ReferenceDate | undefined;
  if (options.referenceDate) {
    referenceDate = { value: options.referenceDate, source: 'override' };
    dates = findDatesInWords(text, ws, referenceDate);
    lap('dates');
  } else {
    const undated = findDatesInWords(text, ws, undefined);
    lap('dates');
    referenceDate = referenceDateFromDates(text, ws, undated);
    lap('referenceDate');
    dates = resolveDatesInWords(text, ws, undated, referenceDate);
    lap('dates');
  }
  dates.sort(byStart);
  const paras = memo ? paragraphsOf(text) : undefined;
  const figures = withoutOverlaps(dates, (memo && paras ? paragraphFigures(text, ws, dates, paras, memo) : findFiguresInWords(text, ws, dates)).sort(byStart));
  lap('figures');
  const numeric = mergeSorted(dates, figures);
  const entities = withoutOverlaps(numeric, findEntities(text, tokens, numeric).sort(byStart));
  lap('entities');
  let spans = snapToClusters(text, mergeSorted(numeric, entities));
  let counts = { entities: entities.length, dates: dates.length, figures: figures.length };
  if (options.overrides?.length) {
    spans = applyOverrides(text, spans, options.overrides);
    counts = { entities: spans.filter((s) => isEntityType(s.type)).length, dates: spans.filter((s) => s.type === 'DATE').length, figures: spans.filter((s) => s.type === 'FIGURE').length };
  }

  const findings = runChecks({ text, tokens, spans, referenceDate, grouping: options.figureGrouping }, options.checks, memo && paras ? paragraphFindings(text, paras, memo) : undefined);
  lap('checks');

  return {
    spans,
    referenceDate,
    title: articleTitle(text),
    findings,
    counts,
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
