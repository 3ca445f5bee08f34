import type { Finding, ReferenceDate, Severity, Span } from '../types';
import type { Token } from '../text/tokens';
import { checkDevanagari, checkDoubledWords, checkJoiners, checkMixedScripts, checkRepeatedWords, checkSigns } from './devanagari';
import { checkReferenceDate, checkWeekdays } from './dates';
import { checkDatesAfterArticle } from './dateConsistency';
import { checkGrouping, type GroupingStyle } from './figures';
import { checkResidue } from './residue';
import { checkDateContradictions, checkQuotes } from './consistency';
import { ALL_CHECKS, type CheckSetting } from './table';

/** What every check may look at: the article and what the recognisers found in it. */
export interface CheckContext {
  text: string;
  tokens: readonly Token[];
  /** All spans, sorted, flat. */
  spans: readonly Span[];
  referenceDate?: ReferenceDate;
  /** House style for digit grouping (lekh.figures.grouping); `any` when unset. */
  grouping?: GroupingStyle;
}

/** Per-check severities (check id → severity or `off`); checks not named keep their default. */
export type CheckSeverities = Readonly<Record<string, CheckSetting>>;

const KNOWN = new Set(ALL_CHECKS.map((c) => c.id));
const SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Checks a raw `lekh.checks` value: unknown ids and values are dropped, each with a message.
 * Ids may name a family with a trailing `*` (`residue.*`).
 */
export function readCheckSeverities(raw: unknown): { severities: Record<string, CheckSetting>; problems: string[] } {
  const severities: Record<string, CheckSetting> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { severities, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`Setting lekh.checks must be an object mapping check ids to "error", "warning", "information", "hint" or "off", not ${JSON.stringify(raw)}; using the defaults.`);
    return { severities, problems };
  }
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const family = id.endsWith('.*') ? id.slice(0, -1) : undefined;
    if (!KNOWN.has(id) && !(family && ALL_CHECKS.some((c) => c.id.startsWith(family)))) {
      problems.push(`Setting lekh.checks names an unknown check ${JSON.stringify(id)}; ignored. Known checks: ${[...KNOWN].join(', ')}.`);
      continue;
    }
    if (typeof v !== 'string' || !SETTINGS.has(v)) {
      problems.push(`Setting lekh.checks.${id} has an invalid value ${JSON.stringify(v)}; using the check's default. Use "error", "warning", "information", "hint" or "off".`);
      continue;
    }
    severities[id] = v as CheckSetting;
  }
  return { severities, problems };
}

/** The setting `severities` gives check `id` (its own entry, else its family's `family.*`), if any. */
export function settingFor(id: string, severities: CheckSeverities): CheckSetting | undefined {
  const own = severities[id];
  if (own) return own;
  const dot = id.indexOf('.');
  return dot > 0 ? severities[`${id.slice(0, dot)}.*`] : undefined;
}

/**
 * The checks that read nothing but the text, one paragraph at a time (no finding of theirs depends
 * on anything across a blank line), in the order runChecks runs them first: analyze.ts reuses their
 * findings for paragraphs an edit left alone (test/core/incremental.property.test.ts).
 */
export const PARAGRAPH_CHECKS: readonly ((text: string) => Finding[])[] = [checkDevanagari, checkSigns, checkJoiners, checkMixedScripts, checkDoubledWords];

/**
 * Runs every per-article check of the catalogue (checks/table.ts); findings sorted by start.
 * `paragraphFindings`: the findings of PARAGRAPH_CHECKS over the whole text, check by check, when
 * the caller has them (from earlier analyses of the same paragraphs); else they are run here.
 */
export function runChecks(ctx: CheckContext, severities?: CheckSeverities, paragraphFindings?: readonly Finding[][]): Finding[] {
  const all: Finding[] = [];
  for (let c = 0; c < PARAGRAPH_CHECKS.length; c++) {
    for (const f of paragraphFindings ? paragraphFindings[c] : PARAGRAPH_CHECKS[c](ctx.text)) all.push(f);
  }
  all.push(
    ...checkRepeatedWords(ctx.text, ctx.tokens),
    ...checkResidue(ctx.text),
    ...checkQuotes(ctx.text),
    ...checkDateContradictions(ctx.text, ctx.spans, ctx.referenceDate),
    ...checkWeekdays(ctx.text, ctx.spans),
    ...checkReferenceDate(ctx.spans, ctx.referenceDate),
    ...checkDatesAfterArticle(ctx.text, ctx.tokens, ctx.spans, ctx.referenceDate),
    ...checkGrouping(ctx.spans, ctx.grouping),
  );
  const capped = capPerCheck(all);
  let out = capped;
  if (severities && Object.keys(severities).length) {
    out = [];
    for (const f of capped) {
      const s = settingFor(f.code, severities);
      if (s === 'off') continue;
      out.push(s ? { ...f, severity: s as Severity } : f);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Findings of one check in one article beyond this are summarised: a wall of squiggles helps nobody. */
export const MAX_FINDINGS_PER_CHECK = 200;

function capPerCheck(all: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of all) {
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= MAX_FINDINGS_PER_CHECK) out.push(f);
  }
  for (const [code, n] of seen) {
    if (n <= MAX_FINDINGS_PER_CHECK) continue;
    const last = out.filter((f) => f.code === code).pop()!;
    last.message += ` (${n - MAX_FINDINGS_PER_CHECK} more of this kind in the article are not shown; fix these and check again.)`;
  }
  return out;
}
