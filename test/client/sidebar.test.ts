// Unit tests of the sidebar's pure helpers: the Corpus view's month groups and the Timeline's HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupByMonth, monthKey } from '../../client/src/views/monthGroups';
import { escapeHtml, groupEvents, makeNonce, renderTimelineHtml, type TimelineLabels } from '../../client/src/views/timelineHtml';
import { sourceStatus } from '../../client/src/views/sourceStatus';
import type { TimelineEvent } from '../../server/src/protocol';

const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const labels = {
  month: (y: number, m: number) => monthYear.format(new Date(Date.UTC(y, m - 1, 1))),
  monthOnly: (m: number) => `month ${m}, year unknown`,
  undated: 'Undated',
};

test('monthKey: year and month, month only, or undated', () => {
  assert.equal(monthKey('2025-09-03'), '2025-09');
  assert.equal(monthKey('XXXX-03-03'), 'XXXX-03');
  assert.equal(monthKey('XXXX-XX-12'), 'undated');
  assert.equal(monthKey('2025'), 'undated');
  assert.equal(monthKey(undefined), 'undated');
});

test('groupByMonth: newest month first, year-unknown months next, Undated last; order kept inside', () => {
  const arts = [
    { t: 'a', date: '2025-09-14' },
    { t: 'b', date: undefined },
    { t: 'c', date: 'XXXX-03-03' },
    { t: 'd', date: '2026-04-08' },
    { t: 'e', date: '2025-09-01' },
    { t: 'f', date: 'XXXX-02-12' },
    { t: 'g', date: '2024-12-31' },
  ];
  const groups = groupByMonth(arts, labels);
  assert.deepEqual(groups.map((g) => g.key), ['2026-04', '2025-09', '2024-12', 'XXXX-03', 'XXXX-02', 'undated']);
  assert.deepEqual(groups.map((g) => g.label), ['April 2026', 'September 2025', 'December 2024', 'month 3, year unknown', 'month 2, year unknown', 'Undated']);
  assert.deepEqual(groups[1].articles.map((a) => a.t), ['a', 'e']);
  assert.deepEqual(groupByMonth([], labels), []);
});

test('escapeHtml escapes the five HTML-significant characters and nothing else', () => {
  assert.equal(escapeHtml(`<script>alert("x" & 'y')</script>`), '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  assert.equal(escapeHtml('नरेंद्र मोदी'), 'नरेंद्र मोदी');
});

test('makeNonce: 32 characters of [A-Za-z0-9]', () => {
  const n = makeNonce((k) => Uint8Array.from({ length: k }, (_, i) => i * 37));
  assert.match(n, /^[A-Za-z0-9]{32}$/);
});

const tl: TimelineLabels = {
  month: labels.month,
  day: (d) => `day ${d}`,
  wholeYear: (y) => `${y} whole`,
  entityFilter: 'Entity',
  allEntities: 'All entities',
  events: (n) => `${n} events`,
  unresolved: (n) => `${n} unplaced`,
  omitted: (n) => `${n} older left out`,
  noEvents: 'none',
  open: 'Open',
};
const ev = (date: string, sentence: string, text: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  uri: 'file:///w/a.txt', relativePath: 'a.txt', title: 'Title', range: { start: { line: 2, character: 0 }, end: { line: 2, character: text.length } },
  text, value: date, date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
  sentence, dateStart: sentence.indexOf(text), dateEnd: sentence.indexOf(text) + text.length, entities: [], ...extra,
});

test('groupEvents: by year, whole-year events apart, then by month', () => {
  const g = groupEvents([{ date: '2023' }, { date: '2023-01-02' }, { date: '2023-01-09' }, { date: '2025-10' }]);
  assert.deepEqual(g, [
    { year: 2023, wholeYear: [0], months: [{ month: 1, events: [1, 2] }] },
    { year: 2025, wholeYear: [], months: [{ month: 10, events: [3] }] },
  ]);
});

test('renderTimelineHtml: strict CSP with the nonce, escaped text, the date marked, groups and the filter', () => {
  const evil = ev('2025-09-14', '<img src=x onerror=alert(1)> 14 सितंबर 2025 को "बैठक" हुई।', '14 सितंबर 2025', {
    title: 'A & B <b>', entities: [{ id: 'PERSON:"x"', type: 'PERSON', name: 'नीतीश <कुमार>' }],
  });
  const html = renderTimelineHtml({
    events: [ev('2023', '2023 में शुरू हुआ।', '2023'), evil],
    unresolved: 2,
    omitted: 7,
    entities: [{ id: 'PERSON:"x"', name: 'नीतीश <कुमार>', type: 'PERSON' }],
    selected: 'PERSON:"x"',
    nonce: 'N0nce',
    cspSource: 'https://webview.test',
    scriptUri: 'https://webview.test/media/timeline.js',
    styleUri: 'https://webview.test/media/timeline.css',
    lang: 'en',
    labels: tl,
  });
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https:\/\/webview.test &#39;nonce-N0nce&#39;; script-src &#39;nonce-N0nce&#39;;/);
  assert.match(html, /<script nonce="N0nce" src="https:\/\/webview.test\/media\/timeline.js"><\/script>/);
  assert.ok(!html.includes('<img'), 'article text is escaped');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; <mark>14 सितंबर 2025</mark> को &quot;बैठक&quot; हुई।'));
  assert.ok(html.includes('A &amp; B &lt;b&gt; · a.txt:3'));
  assert.ok(html.includes('data-entity="PERSON:&quot;x&quot;"'));
  assert.ok(html.includes('<option value="PERSON:&quot;x&quot;" selected>नीतीश &lt;कुमार&gt; (PERSON)</option>'));
  assert.ok(html.includes('<h2>2023</h2><section class="month"><h3>2023 whole</h3>'));
  assert.ok(html.includes('<h3>September 2025</h3>'));
  assert.ok(html.includes('data-index="1"') && html.includes('day 2025-09-14'));
  assert.ok(html.includes('2 unplaced') && html.includes('2 events') && html.includes('7 older left out'));
  assert.ok(!/https?:\/\/(?!webview\.test)/.test(html), 'no remote content');
  const empty = renderTimelineHtml({ events: [], unresolved: 0, entities: [], nonce: 'n', cspSource: 'c', scriptUri: 's', styleUri: 't', lang: 'hi', labels: tl });
  assert.ok(empty.includes('<p class="empty">none</p>') && !empty.includes('class="note"'));
});

test('sourceStatus: publisher and reliability when annotated; a blank source is not annotated', () => {
  const words = { annotated: 'source annotated', none: 'no source' };
  assert.deepEqual(sourceStatus(undefined, words), { annotated: false, text: 'no source' });
  assert.deepEqual(sourceStatus({}, words), { annotated: false, text: 'no source' });
  assert.deepEqual(sourceStatus({ publisher: '  ', reliability: '' }, words), { annotated: false, text: 'no source' });
  assert.deepEqual(sourceStatus({ publisher: 'दैनिक पत्रिका', reliability: 'high' }, words), { annotated: true, text: 'दैनिक पत्रिका · high' });
  assert.deepEqual(sourceStatus({ url: 'https://example.invalid/a' }, words), { annotated: true, text: 'source annotated' });
});
