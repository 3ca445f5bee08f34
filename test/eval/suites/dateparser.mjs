// dateparser's Hindi test cases (../shared/eval/external/dateparser-hindi): does Lekh find the
// date expression and resolve it to the expected datetime?
//
// What "pass" means, by upstream kind (also printed under the table):
// - absolute, relative_past, relative_future: one of our DATE spans covers the expression (the
//   input without surrounding spaces, punctuation or a trailing postposition such as में), and its
//   value equals the expected datetime at the precision our value has (minute, day, ISO week,
//   month, year). Relative cases are resolved against the test's reference datetime (its date).
// - search_whole_string: a DATE span covers the whole input; search_and_parse: each expected
//   (text, datetime) pair is found, with the postposition outside our span as our contract says.
// - translation, translation_relative: upstream checks only that the Hindi words are understood.
//   Passes when a DATE span covers the input, or, for a bare duration (`5 वर्ष`, which our
//   contract does not mark as a DATE), when we mark its number as a FIGURE whose noun is the unit.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const name = 'dateparser Hindi';

const NOTES = [
  'pass: a DATE span of ours covers the expression (postpositions such as में stay outside, as in our contract) and its',
  '  value equals the expected datetime at the precision our value gives (minute, day, week, month or year).',
  '  translation cases (vocabulary only): a DATE covering the input, or for a bare duration a FIGURE with the unit as noun.',
  'Durations without पहले/बाद (`1 वर्ष 7 महीने`) are read by dateparser as past dates; for us they are durations, not DATEs.',
];

export async function evaluate({ runSpans, shared }) {
  const file = path.join(shared, 'eval/external/dateparser-hindi/dateparser_hi.jsonl');
  const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const spans = await runSpans(cases.map((c) => ({ id: c.id, text: c.input, ...(dctOf(c) ? { dct: dctOf(c) } : {}) })));
  const byKind = new Map();
  for (const c of cases) {
    const ours = spans.get(c.id) ?? [];
    const ok = passes(c, ours);
    const r = byKind.get(c.kind) ?? { n: 0, pass: 0 };
    r.n++; if (ok) r.pass++;
    byKind.set(c.kind, r);
  }
  const rows = [...byKind].map(([k, r]) => [k, r.n, r.pass, r.pass / r.n]);
  const n = cases.length, p = [...byKind.values()].reduce((a, r) => a + r.pass, 0);
  rows.push(['ALL', n, p, p / n]);
  return { title: 'dateparser Hindi: expressions found and resolved', header: ['kind', 'cases', 'pass', 'rate'], rows, notes: NOTES };
}

function dctOf(c) {
  const ref = c.reference_datetime ?? c.settings?.RELATIVE_BASE;
  return ref ? ref.slice(0, 10) : undefined;
}

/** The expression itself: the input without outer spaces and punctuation. */
function core(text) {
  return text.replace(/^[\s,.;:।]+|[\s,.;:।]+$/g, '');
}

function covers(input, s, expr) {
  const at = input.indexOf(expr);
  if (at < 0) return false;
  const e = at + expr.length;
  let tail = input.slice(s.end, e).trim();
  // Our span leaves a postposition outside.
  tail = tail.replace(/^(में|को|से|तक|पर|के|की|का)$/, '');
  return s.start <= at && (s.end >= e || tail === '');
}

/** Compares our value with an ISO datetime at the precision our value has. */
function sameAtOurPrecision(ours, iso) {
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(ours)) return iso.slice(0, 16) === ours;
  if (/^\d{4}-\d\d-\d\d$/.test(ours)) return iso.slice(0, 10) === ours;
  if (/^\d{4}-\d\d$/.test(ours)) return iso.slice(0, 7) === ours;
  if (/^\d{4}$/.test(ours)) return iso.slice(0, 4) === ours;
  if (/^\d{4}-W\d\d$/.test(ours)) return isoWeek(iso.slice(0, 10)) === ours;
  return false;
}

function isoWeek(date) {
  const [y, m, d] = date.split('-').map(Number);
  const n = Date.UTC(y, m - 1, d) / 86400000;
  const wd = (new Date(n * 86400000).getUTCDay() + 6) % 7;
  const th = n - wd + 3;
  const ty = new Date(th * 86400000).getUTCFullYear();
  const week = Math.floor((th - Date.UTC(ty, 0, 1) / 86400000) / 7) + 1;
  return `${ty}-W${String(week).padStart(2, '0')}`;
}

function passes(c, ours) {
  const dates = ours.filter((s) => s.type === 'DATE');
  const input = c.input;
  const expr = core(input);
  switch (c.kind) {
    case 'absolute':
      return dates.some((s) => covers(input, s, expr) && sameAtOurPrecision(s.value, c.expected.datetime));
    case 'relative_past':
    case 'relative_future': {
      const want = c.expected.datetime_derived;
      const e = expr.replace(/\s+में$/, '');
      return dates.some((s) => covers(input, s, e) && sameAtOurPrecision(s.value, want));
    }
    case 'search_whole_string':
      return dates.some((s) => s.start <= input.indexOf(expr) && s.end >= input.indexOf(expr) + expr.length);
    case 'search_and_parse':
      return c.expected.found.every((f) => dates.some((s) => covers(input, s, f.text) && sameAtOurPrecision(s.value, f.datetime)));
    case 'translation':
    case 'translation_relative': {
      if (dates.some((s) => covers(input, s, expr))) return true;
      const figs = ours.filter((s) => s.type === 'FIGURE');
      return figs.length === 1 && !!figs[0].figure?.noun && expr.includes(figs[0].figure.noun) && /^\S+\s+\S+$/.test(expr);
    }
    default:
      return false;
  }
}
