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
  // Clock times on days the missing article date leaves unresolved: one range when तक closes it.
  ['today at an hour to next weekday at an hour, no reference date', 'निषेधाज्ञा आज 6 बजे से अगले सोमवार 6 बजे तक लागू रहेगी।', [['आज 6 बजे से अगले सोमवार 6 बजे', 'XXXX-XX-XXT06:00/XXXX-WXX-1T06:00']], 'none'],
  ['without तक the two stay apart, no reference date', 'बैठक आज 6 बजे से अगले सोमवार 6 बजे टली।', [['आज 6 बजे', 'XXXX-XX-XXT06:00'], ['अगले सोमवार 6 बजे', 'XXXX-WXX-1T06:00']], 'none'],
  // A weekday after और or a comma, following a weekday of a directed week: the same week.
  ['two weekdays of next week', 'आयोग अगले हफ्ते मंगलवार और गुरुवार को सुनवाई करेगा।', [['अगले हफ्ते मंगलवार', '2025-09-09'], ['गुरुवार', '2025-09-11']]],
  ['three weekdays of last week', 'पिछले सप्ताह सोमवार, बुधवार और शुक्रवार को बारिश हुई थी।', [['पिछले सप्ताह सोमवार', '2025-08-25'], ['बुधवार', '2025-08-27'], ['शुक्रवार', '2025-08-29']]],
  ['an earlier weekday keeps its own reading', 'आयोग अगले हफ्ते गुरुवार और सोमवार को सुनवाई करेगा।', [['अगले हफ्ते गुरुवार', '2025-09-11'], ['सोमवार', '2025-09-08']]],
  ['two weekdays without a week keep their own readings', 'आयोग शुक्रवार और मंगलवार को सुनवाई करेगा।', [['शुक्रवार', '2025-09-05'], ['मंगलवार', '2025-09-09']]],
  // A day and month written with a slash and no year, then a clock time: a date and its time.
  ['day/month and a clock time', 'परीक्षा 12/09 10:30 बजे शुरू होगी।', [['12/09 10:30 बजे', '2025-09-12T10:30']]],
  ['day/month and an hour, no reference date', 'परीक्षा 12/09 10 बजे शुरू होगी।', [['12/09 10 बजे', 'XXXX-09-12T10:00']], 'none'],
  ['a score before a clock time stays apart', 'भारत ने 318/6 पर पारी घोषित की, खेल 5 बजे खत्म हुआ।', [['5 बजे', '2025-09-03T05:00']]],
  ['a slash pair alone is no date', 'लगभग 2/3 सदस्य मौजूद थे।', []],
  // A known day with its clock time to an unresolved one, closed by तक or के बीच; a month
  // abbreviation without its dot between a digit day and a year.
  ['a dated time to today\'s time, no reference date', 'दफ्तर 3 मार्च 2024 को सुबह 9 बजे से आज शाम 6 बजे तक बंद रहा।', [['3 मार्च 2024 को सुबह 9 बजे से आज शाम 6 बजे', '2024-03-03T09:00/XXXX-XX-XXT18:00']], 'none'],
  ['से … के बीच closes it too, no reference date', 'दफ्तर 3 मार्च 2024 से परसों के बीच बंद रहेगा।', [['3 मार्च 2024 से परसों', '2024-03-03/XXXX-XX-XX']], 'none'],
  ['an undotted abbreviation between a day and a year', 'योजना 1 जन 2016 को लागू हुई।', [['1 जन 2016', '2016-01-01']]],
  ['जन after a number without a year is no month', 'कल 15 जन सभाएं हुईं।', [['कल', '2025-09-02']]],
  // The night, then its midnight (the midnight convention of आज रात 12 बजे).
  ['tonight at midnight', 'नया नियम आज रात मध्यरात्रि से लागू होगा।', [['आज रात मध्यरात्रि', '2025-09-03T00:00']]],
  ['the night and आधी रात, no reference date', 'कर्फ्यू आज रात आधी रात से हटेगा।', [['आज रात आधी रात', 'XXXX-XX-XXT00:00']], 'none'],
  ['को after midnight before a count stays outside', 'मध्यरात्रि को 40 लोग पकड़े गए।', [['मध्यरात्रि', '2025-09-03T00:00']]],
  ['रात before मध्य प्रदेश is no midnight', 'रात मध्य प्रदेश में बारिश हुई।', []],
];

for (const [name, text, expected, ref] of cases) {
  test(`date times: ${name}`, () => {
    assert.deepEqual(dates(text, ref === 'none' ? null : ref ?? '2025-09-03'), expected);
  });
}
