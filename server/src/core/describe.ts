import type { ReferenceDate, Span } from './types';
import { MONTH_BY_KEY } from './resources/calendar';
import { numberKey } from './recognize/numberKey';

const DAY_MS = 86_400_000;
const HI_DATE = new Intl.DateTimeFormat('hi-IN', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const EN_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const HI_MONTH = new Intl.DateTimeFormat('hi-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const EN_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function utcDate(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), or undefined. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = /^(\d{4})-(\d{2})-(\d{2})/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(to);
  if (!a || !b) return undefined;
  const da = utcDate(+a[1], +a[2], +a[3]);
  const db = utcDate(+b[1], +b[2], +b[3]);
  return da && db ? Math.round((db.getTime() - da.getTime()) / DAY_MS) : undefined;
}

function distance(days: number): string {
  if (days === 0) return 'the same day as the article';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  const weeks = n >= 14 ? ` (about ${Math.round(n / 7)} weeks)` : '';
  return `${n} ${unit}${weeks} ${days < 0 ? 'before' : 'after'} the article's date`;
}

const EN_MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PART_NAMES: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

/** The time part of a value (`T08:30`, `TEV`), readable, with a leading space; '' without one. */
function timePart(t: string | undefined): string | undefined {
  if (!t) return '';
  if (/^\d\d:\d\d$/.test(t)) return ` ${t}`;
  return PART_NAMES[t] ? ` ${PART_NAMES[t]}` : undefined;
}

/**
 * A short label for a DATE value whose year is unknown (`XXXX-03-09` → `9 Mar (year unknown)`,
 * `XXXX-03` → `Mar (year unknown)`, `XXXX-WXX-5` → `a Friday`, `XXXX-03-09/XXXX-03-12` →
 * `9 Mar – 12 Mar (year unknown)`): what is known, said so. Undefined when nothing readable is
 * known (`XXXX`, `XXXX-XX-XX`) or the value has a known year (the value itself is readable then).
 * With `surface` (the span's text), also undefined when the surface names a month itself
 * (`14 अक्टूबर`): the label would only say again what is written.
 */
export function partialDateLabel(value: string, surface?: string): string | undefined {
  if (!value.startsWith('XXXX')) return undefined;
  if (surface && surface.split(/[\s,.\-–()]+/u).some((w) => w && MONTH_BY_KEY.has(numberKey(w)))) return undefined;
  const one = (v: string): string | undefined => {
    let m = /^XXXX-(\d\d)-(\d\d)(?:T(\d\d:\d\d|MO|AF|EV|NI))?$/.exec(v);
    if (m && +m[1] >= 1 && +m[1] <= 12) {
      const t = timePart(m[3]);
      return t === undefined ? undefined : `${+m[2]} ${EN_MONTH_SHORT[+m[1] - 1]}${t}`;
    }
    m = /^XXXX-(\d\d)$/.exec(v);
    if (m && +m[1] >= 1 && +m[1] <= 12) return EN_MONTH_SHORT[+m[1] - 1];
    return undefined;
  };
  const w = /^XXXX-WXX-([1-7])(?:T(\d\d:\d\d|MO|AF|EV|NI))?$/.exec(value);
  if (w) {
    const t = timePart(w[2]);
    return t === undefined ? undefined : `a ${WEEKDAY_NAMES[+w[1] - 1]}${t}`;
  }
  const [a, b] = value.split('/');
  const la = one(a);
  if (!la) return undefined;
  if (b === undefined) return `${la} (year unknown)`;
  const lb = one(b);
  return lb ? `${la} – ${lb} (year unknown)` : undefined;
}

const BOUND_WORDS: Record<string, string> = { '>': 'more than', '>=': 'at least', '<': 'less than', '<=': 'at most', '=': 'exactly' };

/** 1st, 2nd, 3rd, 4th … 21st. */
function ordinalEn(n: number): string {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Human-readable lines about a DATE value (TIMEX3), for hovers and the CLI. */
export function describeDate(value: string, ref?: ReferenceDate): string[] {
  const lines: string[] = [];
  const full = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (full) {
    const d = utcDate(+full[1], +full[2], +full[3]);
    if (d) {
      const time = full[4] ? `, ${full[4]}:${full[5]}` : '';
      lines.push(`${EN_DATE.format(d)}${time}`, `${HI_DATE.format(d)}${time}`);
      if (ref && /^\d{4}-\d{2}-\d{2}$/.test(ref.value)) {
        const days = daysBetween(ref.value, value);
        if (days !== undefined) lines.push(distance(days));
      }
    }
  } else if (month) {
    const d = utcDate(+month[1], +month[2], 1);
    if (d) lines.push(`${EN_MONTH.format(d)} · ${HI_MONTH.format(d)}`);
  } else if (/^XXXX-/.test(value)) {
    lines.push('year unknown: the article has no dated dateline or date line');
  } else if (value.includes('/')) {
    // Decades and centuries at the ends (198/200, 11/14) read as such.
    const end = (v: string) => (/^\d{3}$/.test(v) ? `the ${v}0s` : /^\d{2}$/.test(v) ? `the ${v}00s` : v);
    const [a, b] = value.split('/');
    lines.push(`from ${end(a)} to ${end(b)}`);
  } else if (/^\d{3}$/.test(value)) {
    lines.push(`the ${value}0s`);
  } else if (/^\d{2}$/.test(value)) {
    lines.push(`the ${value}00s (the ${ordinalEn(Number(value) + 1)} century)`);
  } else if (/^\d{4}-W\d{2}$/.test(value)) {
    lines.push(`ISO week ${value.slice(6)} of ${value.slice(0, 4)}`);
  } else if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) {
    const season = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[value.slice(5)];
    lines.push(`${season} ${value.slice(0, 4)}`);
  }
  if (/T(MO|AF|EV|NI)$/.test(value)) {
    const part = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' }[value.slice(-2)];
    lines.push(`part of the day: ${part}`);
  }
  return lines;
}

/** Groups the integer part of a plain decimal string in the Indian way: 15,00,000. */
export function formatIndian(num: string): string {
  const [int, frac] = num.replace(/^-/, '').split('.');
  const sign = num.startsWith('-') ? '-' : '';
  let head = int;
  let grouped = '';
  if (head.length > 3) {
    grouped = ',' + head.slice(-3);
    head = head.slice(0, -3);
    while (head.length > 2) {
      grouped = ',' + head.slice(-2) + grouped;
      head = head.slice(0, -2);
    }
  }
  return sign + head + grouped + (frac ? '.' + frac : '');
}

/** Groups the integer part in threes: 1,500,000. */
export function formatInternational(num: string): string {
  const [int, frac] = num.replace(/^-/, '').split('.');
  const sign = num.startsWith('-') ? '-' : '';
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

const SCALES: [number, string, string][] = [
  [1e11, 'खरब', 'hundred billion'],
  [1e9, 'अरब', 'billion'],
  [1e7, 'करोड़', 'crore'],
  [1e5, 'लाख', 'lakh'],
  [1e3, 'हज़ार', 'thousand'],
];
const EN_SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

function trim(n: number): string {
  return String(Number(n.toPrecision(6)));
}

/** Human-readable lines about a FIGURE span, for hovers and the CLI. */
export function describeFigure(span: Span): string[] {
  const [num, unit] = span.value.split(' ');
  const n = Number(num);
  const lines: string[] = [];
  if (!Number.isFinite(n)) return lines;
  const words: string[] = [];
  const hi = SCALES.find(([v]) => Math.abs(n) >= v);
  if (hi) words.push(`${trim(n / hi[0])} ${hi[1]} (${trim(n / hi[0])} ${hi[2]})`);
  const en = EN_SCALES.find(([v]) => Math.abs(n) >= v);
  if (en && n >= 1e6) words.push(`${trim(n / en[0])} ${en[1]}`);
  lines.push(`${formatIndian(num)} (Indian) · ${formatInternational(num)} (international)${words.length ? ` = ${words.join(' = ')}` : ''}`);
  if (unit === 'ordinal') lines.push('ordinal');
  else if (unit === '%') lines.push('percentage');
  else if (unit) lines.push(`currency: ${unit}`);
  const f = span.figure;
  if (f?.noun) lines.push(`counts: ${f.noun}`);
  if (f?.approx) lines.push(`approximate (${f.approx})`);
  if (f?.bound) lines.push(`${BOUND_WORDS[f.bound]} ${num}${f.boundPhrase ? ` (${f.boundPhrase})` : ''}`);
  return lines;
}
