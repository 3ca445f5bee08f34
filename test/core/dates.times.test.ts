// Times of day around a part of the day: a word of approximation before the hour, a bare hour closed
// by punctuation, a range of bare hours after a part of the day, ranges of times on unresolved days,
// and a second weekday of a directed week. Our own sentences; the reference date 2025-09-03 is a Wednesday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';

function dates(text: string, ref: string | null): [string, string][] {
  return findDates(text, tokenize(text), ref !== null ? { value: ref, source: 'override' } : undefined).map((s) => [s.text, s.value]);
}

const cases: [string, string, [string, string][], string?][] = [
  // A word of approximation between the part of the day and the clock time.
  ['night, about, hour', 'पुलिस के अनुसार हमला रात करीब 9 बजे हुआ।', [['रात करीब 9 बजे', '2025-09-03T21:00']]],
  ['weekday evening, approximately, half past', 'मंगलवार की शाम लगभग साढ़े सात बजे जुलूस निकला।', [['मंगलवार की शाम लगभग साढ़े सात बजे', '2025-09-02T19:30']]],
  ['about and an hour without a part of the day stay apart', 'करीब 9 बजे हमला हुआ।', [['9 बजे', '2025-09-03T09:00']]],
  ['a part of the day, about, a count is no time', 'सुबह करीब 40 लोग जमा हुए।', []],
  // A bare digit hour right after its part of the day, closed by a comma or a full stop.
  ['today morning, hour, comma', 'मंत्री आज सुबह 7, हवाई अड्डे से रवाना हुए।', [['आज सुबह 7', '2025-09-03T07:00']]],
  ['evening hour before a full stop', 'धरना खत्म हुआ आज शाम 6। उसके बाद सभा हुई।', [['आज शाम 6', '2025-09-03T18:00']]],
  ['a list of numbers after the comma is no hour', 'सुबह 7, 8 और 9 नंबर के मरीज आए।', []],
  ['an hour without a part of the day stays a number', 'वार्ड 7, 8 और 9 में पानी भरा।', []],
  // Two digit hours joined by से right after a part of the day, before a verb: a range of times.
  ['evening hours before a verb', 'बैंक शाम 4 से 6 खुले रहेंगे।', [['शाम 4 से 6', '2025-09-03T16:00/2025-09-03T18:00']]],
  ['morning hours before a counted noun are a count', 'सुबह 4 से 6 लोग काम पर पहुंचे।', []],
  ['night hours before a unit of time are a duration', 'रात 2 से 3 घंटे तेज बारिश हुई।', []],
];

for (const [name, text, expected, ref] of cases) {
  test(`date times: ${name}`, () => {
    assert.deepEqual(dates(text, ref === 'none' ? null : ref ?? '2025-09-03'), expected);
  });
}
