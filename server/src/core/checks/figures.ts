import { isClusterBoundary } from '../text/tokens';
/**
 * Digit grouping against the house style (`lekh.figures.grouping`): Indian (12,50,000),
 * international (1,250,000), or any — in which case only an article that mixes both is told,
 * at the numbers in its minority style. Numbers under 1,00,000 read the same in both styles and
 * are never reported. Each finding has a quick fix that rewrites the digits, keeping their script.
 */
import type { Finding, Span } from '../types';
import { CHECKS } from './table';

export type GroupingStyle = 'indian' | 'international' | 'any';

/** A grouped digit run: 12,50,000 or १२,५०,००० (with an optional decimal part). */
const GROUPED = /[0-9\u0966-\u096F]{1,3}(?:,[0-9\u0966-\u096F]{2,3})+(?:\.[0-9\u0966-\u096F]+)?/u;

interface Grouped {
  start: number;
  end: number;
  digits: string;
  frac: string;
  devanagari: boolean;
  style: 'indian' | 'international';
}

/** The grouped number inside a FIGURE span and its style, when the styles differ for it (≥ 1,00,000). */
export function groupedNumber(span: Span): Grouped | undefined {
  if (span.type !== 'FIGURE') return undefined;
  const m = GROUPED.exec(span.text);
  if (!m) return undefined;
  const raw = m[0];
  const devanagari = /[\u0966-\u096F]/u.test(raw);
  const ascii = raw.replace(/[\u0966-\u096F]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0966 + 48));
  const [int, frac = ''] = ascii.split('.');
  const groups = int.split(',');
  const digits = groups.join('');
  if (digits.length < 6 || groups[groups.length - 1].length !== 3) return undefined;
  const mids = groups.slice(1, -1);
  let style: 'indian' | 'international';
  if (mids.every((g) => g.length === 3) && groups[0].length <= 3) style = 'international';
  else if (mids.every((g) => g.length === 2) && groups[0].length <= 2) style = 'indian';
  else return undefined;
  return { start: span.start + m.index, end: span.start + m.index + raw.length, digits, frac, devanagari, style };
}

/** Writes `digits` (ASCII) grouped in `style`, in Devanagari digits when asked. */
export function regroup(digits: string, frac: string, style: 'indian' | 'international', devanagari: boolean): string {
  let out: string;
  if (style === 'international') out = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  else {
    let head = digits.slice(0, -3);
    let grouped = digits.slice(-3);
    while (head.length > 2) {
      grouped = head.slice(-2) + ',' + grouped;
      head = head.slice(0, -2);
    }
    out = head ? head + ',' + grouped : grouped;
  }
  if (frac) out += '.' + frac;
  return devanagari ? out.replace(/[0-9]/g, (d) => String.fromCharCode(0x0966 + Number(d))) : out;
}

const NAME = { indian: 'Indian', international: 'international' } as const;

/** Numbers grouped against the house style, or in an article's minority style when the style is `any`. */
export function checkGrouping(spans: readonly Span[], style: GroupingStyle = 'any'): Finding[] {
  const found: Grouped[] = [];
  for (const s of spans) {
    const g = groupedNumber(s);
    // Digits glued into a cluster (`12,50,000‍साल`) are damaged text: the stray-joiner check says so,
    // and a finding here would end inside the cluster.
    if (g && isClusterBoundary(s.text, g.start - s.start) && isClusterBoundary(s.text, g.end - s.start)) found.push(g);
  }
  if (found.length === 0) return [];
  let want: 'indian' | 'international';
  let why: string;
  if (style === 'any') {
    const indian = found.filter((g) => g.style === 'indian').length;
    const intl = found.length - indian;
    if (indian === 0 || intl === 0) return [];
    // The style most of the article uses; on a tie, the style of its first grouped number.
    want = indian > intl ? 'indian' : intl > indian ? 'international' : found[0].style;
    why = `the article mixes both groupings and mostly uses the ${NAME[want]} one`;
  } else {
    want = style;
    why = `the house style (lekh.figures.grouping) is ${NAME[want]}`;
  }
  const out: Finding[] = [];
  for (const g of found) {
    if (g.style === want) continue;
    const right = regroup(g.digits, g.frac, want, g.devanagari);
    out.push({
      code: CHECKS.figureGrouping.id,
      severity: CHECKS.figureGrouping.defaultSeverity,
      start: g.start,
      end: g.end,
      message: `This number is grouped the ${NAME[g.style]} way, but ${why}: write ${right}.`,
      // Regrouping digits cannot change what the article says: safe for fix-all.
      fixes: [{ title: `Write ${right} (${NAME[want]} grouping)`, edits: [{ start: g.start, end: g.end, newText: right }], safe: true }],
    });
  }
  return out;
}
