import type { Finding, ReferenceDate, Span } from '../types';
import { CHECKS } from './table';

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»' };
const CLOSERS = new Set(Object.values(OPEN_CLOSE));

/**
 * Quotation marks that do not balance within a paragraph (a line): a curly or guillemet quote
 * opened and never closed, or closed without being opened; an odd number of straight double
 * quotes ("), or of doubled apostrophes used as quotes (''). Quotes spanning paragraphs are
 * not a Hindi newsroom convention, so each line is checked alone.
 */
export function checkQuotes(text: string): Finding[] {
  const out: Finding[] = [];
  const flag = (start: number, end: number, message: string) =>
    out.push({ code: CHECKS.unbalancedQuotes.id, severity: CHECKS.unbalancedQuotes.defaultSeverity, start, end, message });
  const QUOTE = /[“”«»"\n]|''/g;
  let stack: number[] = [];
  let straight: number[] = [];
  let doubled: number[] = [];
  const endLine = () => {
    for (const open of stack) flag(open, open + 1, `This quotation opens with “${text[open]}” but is not closed in the paragraph. Add the closing mark “${OPEN_CLOSE[text[open]]}” where the quotation ends.`);
    if (straight.length % 2) {
      const i = straight[straight.length - 1];
      flag(i, i + 1, `This paragraph has an odd number (${straight.length}) of straight quotation marks ("), so one quotation is not closed. Add the missing mark.`);
    }
    if (doubled.length % 2) {
      const i = doubled[doubled.length - 1];
      flag(i, i + 2, `This paragraph has an odd number (${doubled.length}) of doubled apostrophes ('') used as quotation marks, so one quotation is not closed. Add the missing pair.`);
    }
    if (stack.length) stack = [];
    if (straight.length) straight = [];
    if (doubled.length) doubled = [];
  };
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') endLine();
    else if (c === '“' || c === '«') stack.push(i);
    else if (CLOSERS.has(c)) {
      if (c === '»' && !stack.length) continue; // » alone is an arrow (Read More »), not a quote
      const open = stack.pop();
      if (open === undefined) flag(i, i + 1, `This closing quotation mark “${c}” has no opening one before it in the paragraph. Add the opening mark where the quotation starts.`);
      else if (OPEN_CLOSE[text[open]] !== c) flag(open, i + 1, `The quotation opens with “${text[open]}” but closes with “${c}”. Use a matching pair.`);
    } else if (c === '"') straight.push(i);
    else doubled.push(i);
  }
  endLine();
  return out;
}

const dayNumber = (v: string): number | undefined => {
  const m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(v.slice(0, 10));
  if (!m) return undefined;
  const y = m[1] === 'XXXX' ? 2000 : +m[1];
  return Date.UTC(y, +m[2] - 1, +m[3]) / 86400000;
};

function isAloneOnLine(text: string, s: Span): boolean {
  const ls = text.lastIndexOf('\n', s.start - 1) + 1;
  let le = text.indexOf('\n', s.end);
  if (le < 0) le = text.length;
  const before = text.slice(ls, s.start);
  const after = text.slice(s.end, le);
  return /^[\s|•·,:]*$/.test(before) && /^[\s|•·,:]*(?:\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?(?:\s*IST)?)?[\s|•·,.]*$/.test(after);
}

/**
 * Dates that contradict each other: the dateline (नई दिल्ली, 3 सितंबर:) against a date line of
 * the page (Sep 10, 2025), or two date lines, more than two days apart. Years are compared only
 * when both have one.
 */
export function checkDateContradictions(text: string, spans: readonly Span[], ref: ReferenceDate | undefined): Finding[] {
  const stamps: Span[] = [];
  for (const s of spans) {
    if (s.type !== 'DATE' || s.date?.relative || !/^(\d{4}|XXXX)-\d{2}-\d{2}/.test(s.value)) continue;
    const isDateline = ref && ref.start !== undefined && s.start >= ref.start && s.end <= (ref.end ?? s.end) && ref.source === 'dateline';
    // A page's date lines sit at its head or foot; a date alone on a line mid-text is a list item.
    const atEdge = s.start < 2000 || s.end > text.length - 600;
    if (isDateline || (atEdge && isAloneOnLine(text, s))) stamps.push(s);
    if (stamps.length > 8) break;
  }
  const out: Finding[] = [];
  // A relative day glossed with a date that is another day: “आज (15 अक्टूबर)” in an article of 14 October.
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i];
    const b = spans[i + 1];
    // a: a day named only in words (आज, कल, बुधवार); b: a date with its day written in digits.
    if (a.type !== 'DATE' || b.type !== 'DATE' || !a.date?.relative || /[0-9\u0966-\u096F]/.test(a.text) || !/[0-9\u0966-\u096F]/.test(b.text)) continue;
    if (b.start - a.end > 4 || !/^[\s,(–\-]*$/.test(text.slice(a.end, b.start))) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.value) || !/^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(b.value)) continue;
    if (a.value.slice(5) === b.value.slice(5)) continue;
    out.push({
      code: CHECKS.dateContradiction.id,
      severity: CHECKS.dateContradiction.defaultSeverity,
      start: b.start,
      end: b.end,
      message: `“${a.text}” is ${a.value} by the article's date, but it is glossed as “${b.text}”. Check which is right.`,
      related: [{ start: a.start, end: a.end, message: `read as ${a.value}` }],
    });
  }
  const first = stamps[0];
  if (!first) return out;
  for (const s of stamps.slice(1)) {
    const bothYears = !first.value.startsWith('XXXX') && !s.value.startsWith('XXXX');
    const a = dayNumber(bothYears ? first.value : 'XXXX' + first.value.slice(4));
    const b = dayNumber(bothYears ? s.value : 'XXXX' + s.value.slice(4));
    if (a === undefined || b === undefined || Math.abs(a - b) <= 2) continue;
    out.push({
      code: CHECKS.dateContradiction.id,
      severity: CHECKS.dateContradiction.defaultSeverity,
      start: s.start,
      end: s.end,
      message: `“${s.text}” (${s.value.slice(0, 10)}) contradicts the article's date “${first.text}” (${first.value.slice(0, 10)}), ${Math.abs(a - b)} days apart. Check which is right.`,
      related: [{ start: first.start, end: first.end, message: `the article's date, read as ${first.value.slice(0, 10)}` }],
    });
  }
  return out;
}
