/**
 * The Timeline webview's HTML, built in the extension. Pure (no `vscode` import), so escaping and
 * grouping are unit-tested; the caller passes the nonce, the webview's URIs and localised labels.
 *
 * Invariant: every text from an article or the workspace goes through `escapeHtml`; the page loads
 * nothing but `media/timeline.css` and `media/timeline.js` from the extension, under a CSP that
 * allows only the webview's own source and this render's nonce.
 */
import type { TimelineEvent } from '../../../server/src/protocol';

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** A fresh nonce: 32 characters from [A-Za-z0-9], from `random` (crypto in the extension). */
export function makeNonce(random: (n: number) => Uint8Array): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...random(32)].map((b) => chars[b % chars.length]).join('');
}

/** The localised words of the page. */
export interface TimelineLabels {
  /** "September 2025". */
  month(year: number, month: number): string;
  /** A date in a month group: "14 Sep" for `2025-09-14`. */
  day(date: string): string;
  /** Heading of the events placed at a whole year ("2025 (whole year)"). */
  wholeYear(year: number): string;
  entityFilter: string;
  allEntities: string;
  /** "6 events". */
  events(n: number): string;
  /** "2 dates without a known year are not shown." */
  unresolved(n: number): string;
  /** "300 older events are not shown; …" */
  omitted(n: number): string;
  noEvents: string;
  /** Tooltip of an event: "Open the article at this date". */
  open: string;
}

export interface TimelineEntityOption {
  id: string;
  name: string;
  type: string;
}

export interface TimelineHtmlInput {
  events: readonly TimelineEvent[];
  unresolved: number;
  /** Older events left out (the page shows the newest). */
  omitted?: number;
  /** The entities the filter offers. */
  entities: readonly TimelineEntityOption[];
  /** The active filter (an entity id), if any. */
  selected?: string;
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** The UI language (`vscode.env.language`). */
  lang: string;
  labels: TimelineLabels;
}

/** One year's events: those placed at the whole year, then month by month. */
export interface YearGroup {
  year: number;
  wholeYear: number[];
  months: { month: number; events: number[] }[];
}

/** Groups events (indexes into `events`, which are sorted by date) by year, then month. */
export function groupEvents(events: readonly Pick<TimelineEvent, 'date'>[]): YearGroup[] {
  const years: YearGroup[] = [];
  events.forEach((e, i) => {
    const year = +e.date.slice(0, 4);
    const month = e.date.length >= 7 ? +e.date.slice(5, 7) : 0;
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, wholeYear: [], months: [] }));
    if (!month) y.wholeYear.push(i);
    else {
      let m = y.months[y.months.length - 1];
      if (!m || m.month !== month) y.months.push((m = { month, events: [] }));
      m.events.push(i);
    }
  });
  return years;
}

function eventHtml(e: TimelineEvent, i: number, input: TimelineHtmlInput): string {
  const s = e.sentence;
  const sentence = `${escapeHtml(s.slice(0, e.dateStart))}<mark>${escapeHtml(s.slice(e.dateStart, e.dateEnd))}</mark>${escapeHtml(s.slice(e.dateEnd))}`;
  const when = e.precision === 'day' ? input.labels.day(e.date) : '';
  const chips = e.entities
    .map((x) => `<button type="button" class="entity ${escapeHtml(x.type.toLowerCase())}" data-entity="${escapeHtml(x.id)}" title="${escapeHtml(x.type)}">${escapeHtml(x.name)}</button>`)
    .join('');
  return `<li class="event">
<button type="button" class="open" data-index="${i}" title="${escapeHtml(input.labels.open)}"><span class="when">${escapeHtml(when)}</span><span class="sentence">${sentence}</span><span class="source">${escapeHtml(e.title)} · ${escapeHtml(e.relativePath)}:${e.range.start.line + 1}</span></button>
${chips ? `<div class="entities">${chips}</div>` : ''}
</li>`;
}

/** The whole page. */
export function renderTimelineHtml(input: TimelineHtmlInput): string {
  const { labels, nonce } = input;
  const csp = `default-src 'none'; style-src ${input.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${input.cspSource}`;
  const options = [`<option value="">${escapeHtml(labels.allEntities)}</option>`]
    .concat(input.entities.map((x) => `<option value="${escapeHtml(x.id)}"${x.id === input.selected ? ' selected' : ''}>${escapeHtml(x.name)} (${escapeHtml(x.type)})</option>`))
    .join('');
  const body = groupEvents(input.events)
    .map((y) => {
      const whole = y.wholeYear.length
        ? `<section class="month"><h3>${escapeHtml(labels.wholeYear(y.year))}</h3><ol>${y.wholeYear.map((i) => eventHtml(input.events[i], i, input)).join('')}</ol></section>`
        : '';
      const months = y.months
        .map((m) => `<section class="month"><h3>${escapeHtml(labels.month(y.year, m.month))}</h3><ol>${m.events.map((i) => eventHtml(input.events[i], i, input)).join('')}</ol></section>`)
        .join('');
      return `<section class="year"><h2>${y.year}</h2>${whole}${months}</section>`;
    })
    .join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}" nonce="${nonce}">
</head>
<body>
<header>
<label for="entity">${escapeHtml(labels.entityFilter)}</label>
<select id="entity">${options}</select>
<span class="count">${escapeHtml(labels.events(input.events.length))}</span>
</header>
${input.omitted ? `<p class="note">${escapeHtml(labels.omitted(input.omitted))}</p>` : ''}
${input.unresolved ? `<p class="note">${escapeHtml(labels.unresolved(input.unresolved))}</p>` : ''}
<main>${body || `<p class="empty">${escapeHtml(labels.noEvents)}</p>`}</main>
<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>`;
}
