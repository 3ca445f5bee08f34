import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDevanagari } from '../../server/src/core/checks/devanagari';
import { checkWeekdays, checkReferenceDate, weekdayOf } from '../../server/src/core/checks/dates';
import type { Span } from '../../server/src/core/types';

test('two vowel signs in a row: the whole word, with one fix per sign', () => {
  const text = 'रूीसी सेना ने सीमा पार की।';
  const [f] = checkDevanagari(text);
  assert.equal(f.code, 'devanagari.double-vowel-sign');
  assert.equal(text.slice(f.start, f.end), 'रूीसी');
  const results = f.fixes!.map((fix) => {
    let t = text;
    for (const e of [...fix.edits].reverse()) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
    return t.slice(0, 4);
  });
  assert.deepEqual(results, ['रूसी', 'रीसी']);
});

test('a vowel sign after a space, with a fix that joins the word', () => {
  const text = 'उन्होंने कह ा कि बैठक होगी';
  const found = checkDevanagari(text);
  assert.equal(found.length, 1);
  assert.equal(found[0].code, 'devanagari.vowel-sign-at-word-start');
  assert.equal(text.slice(found[0].start, found[0].end), 'ा');
  const e = found[0].fixes![0].edits[0];
  assert.equal(text.slice(0, e.start) + e.newText + text.slice(e.end), 'उन्होंने कहा कि बैठक होगी');
});

test('well-formed Hindi has no Devanagari findings', () => {
  const text = 'प्रधानमंत्री ने कहा, “हम अगले साल तक ४० प्रतिशत लक्ष्य पूरा करेंगे।” क़ानून, ज़्यादा, ऑफ़िस, हाँ, कृषि, द्वितीय, श्रृंखला, आईएएस।';
  assert.deepEqual(checkDevanagari(text), []);
});

const date = (text: string, start: number, value: string, weekday: number, relative = false): Span => ({
  type: 'DATE',
  start,
  end: start + text.length,
  text,
  value,
  date: { weekday, weekdayStart: start, weekdayEnd: start + text.indexOf(',') , relative },
});

test('weekday that contradicts its date', () => {
  const text = 'सोमवार, 3 मार्च 2026 को बैठक हुई।';
  const span = date('सोमवार, 3 मार्च 2026', 0, '2026-03-03', 1);
  const [f] = checkWeekdays(text, [span]);
  assert.equal(f.code, 'date.weekday-mismatch');
  assert.equal(text.slice(f.start, f.end), 'सोमवार');
  assert.match(f.message, /Tuesday \(मंगलवार\)/);
  assert.equal(f.fixes![0].edits[0].newText, 'मंगलवार');
});

test('a matching weekday, or a relative one, is fine', () => {
  assert.deepEqual(checkWeekdays('मंगलवार, 3 मार्च 2026', [date('मंगलवार, 3 मार्च 2026', 0, '2026-03-03', 2)]), []);
  assert.deepEqual(checkWeekdays('सोमवार, 3 मार्च', [date('सोमवार, 3 मार्च', 0, '2026-03-03', 1, true)]), []);
  assert.equal(weekdayOf('2025-09-03'), 3);
  assert.equal(weekdayOf('XXXX-09-03'), undefined);
});

test('relative dates without a reference date are reported once', () => {
  const rel: Span = { type: 'DATE', start: 0, end: 6, text: 'बुधवार', value: 'XXXX-WXX-3', date: { relative: true } };
  assert.equal(checkReferenceDate([rel, rel], undefined).length, 1);
  assert.equal(checkReferenceDate([rel], { value: '2026-01-01', source: 'dateline' }).length, 0);
});

test('a dateline without a year: one note on the dateline, not on a relative date', () => {
  const dateline: Span = { type: 'DATE', start: 7, end: 15, text: '8 अप्रैल', value: 'XXXX-04-08', date: { relative: true } };
  const wed: Span = { type: 'DATE', start: 23, end: 29, text: 'बुधवार', value: 'XXXX-04-08', date: { relative: true, weekday: 3 } };
  const [f, ...rest] = checkReferenceDate([dateline, wed], { value: 'XXXX-04-08', source: 'dateline', start: 7, end: 15 });
  assert.equal(rest.length, 0);
  assert.equal(f.start, 7);
  assert.match(f.message, /“8 अप्रैल” has no year/);
  // Nothing else needs a year: no note.
  assert.deepEqual(checkReferenceDate([dateline], { value: 'XXXX-04-08', source: 'dateline', start: 7, end: 15 }), []);
});

test('a huge run of signs gives a bounded list of findings with short messages', async () => {
  const { runChecks, MAX_FINDINGS_PER_CHECK } = await import('../../server/src/core/checks/index');
  const text = 'खबर कि' + 'ी'.repeat(5000) + ' और क' + '\u200D'.repeat(3000);
  const found = runChecks({ text, tokens: [], spans: [] });
  const byCode = new Map<string, number>();
  for (const f of found) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  assert.ok([...byCode.values()].every((n) => n <= MAX_FINDINGS_PER_CHECK), JSON.stringify([...byCode]));
  const doubles = found.filter((f) => f.code === 'devanagari.double-vowel-sign');
  assert.equal(doubles.length, MAX_FINDINGS_PER_CHECK);
  assert.match(doubles.at(-1)!.message, /more of this kind/);
  assert.ok(found.every((f) => f.message.length < 400), 'messages quote a short piece of the run, not all of it');
  for (const f of found) for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
});

test('the cap on findings a check holds when lekh.checks sets severities too', async () => {
  const { runChecks, MAX_FINDINGS_PER_CHECK } = await import('../../server/src/core/checks/index');
  const text = 'खबर कि' + 'ी'.repeat(5000);
  const found = runChecks({ text, tokens: [], spans: [] }, { 'devanagari.double-vowel-sign': 'error' });
  const doubles = found.filter((f) => f.code === 'devanagari.double-vowel-sign');
  assert.equal(doubles.length, MAX_FINDINGS_PER_CHECK);
  assert.ok(doubles.every((f) => f.severity === 'error'));
});
