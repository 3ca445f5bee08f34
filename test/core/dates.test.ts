import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';
import { findReferenceDate } from '../../server/src/core/recognize/articleDate';
import type { ReferenceDate, Span } from '../../server/src/core/types';

/** Dates found in `text`, as [surface, value] pairs. */
function dates(text: string, ref = '2025-09-03'): [string, string][] {
  const r: ReferenceDate = { value: ref, source: 'override' };
  return findDates(text, tokenize(text), r).map((s) => [s.text, s.value]);
}
function spans(text: string, ref = '2025-09-03'): Span[] {
  return findDates(text, tokenize(text), { value: ref, source: 'override' });
}

// Reference date 2025-09-03 is a Wednesday.
const cases: [string, string, [string, string][]][] = [
  // Absolute dates and their spelling variants
  ['day month', 'सरकार ने 3 सितंबर को नई नीति की घोषणा की।', [['3 सितंबर', '2025-09-03']]],
  ['variant सितम्बर with year', 'समझौते पर 12 सितम्बर 2019 को हस्ताक्षर हुए थे।', [['12 सितम्बर 2019', '2019-09-12']]],
  ['फ़रवरी with nukta', 'चुनाव 5 फ़रवरी को होंगे।', [['5 फ़रवरी', '2026-02-05']]],
  ['अप्रील variant', 'परीक्षा 10 अप्रील से शुरू होगी।', [['10 अप्रील', '2026-04-10']]],
  ['Devanagari digits with गत', 'गत १५ अगस्त को झंडा फहराया गया।', [['गत १५ अगस्त', '2025-08-15']]],
  ['month and year', 'योजना मार्च 2026 में पूरी होगी।', [['मार्च 2026', '2026-03']]],
  ['month alone nearest the reference', 'अक्टूबर में त्योहारों का मौसम रहेगा।', [['अक्टूबर', '2025-10']]],
  ['numeric day first', 'आवेदन 15/08/2024 तक जमा करने होंगे।', [['15/08/2024', '2024-08-15']]],
  ['numeric with dots', 'परिणाम 05.06.2024 को आया था।', [['05.06.2024', '2024-06-05']]],
  ['ISO date', 'अगली बैठक 2025-10-01 को होगी।', [['2025-10-01', '2025-10-01']]],
  ['day range', 'सम्मेलन 18-19 नवंबर को होगा।', [['18-19 नवंबर', '2025-11-18/2025-11-19']]],
  ['month range', 'जनवरी से मार्च के बीच बिक्री बढ़ेगी।', [['जनवरी से मार्च', '2026-01/2026-03']]],
  ['month range with hyphen', 'जुलाई-अगस्त में भारी बारिश हुई थी।', [['जुलाई-अगस्त', '2025-07/2025-08']]],
  // Years
  ['bare year', 'यह पुल 1962 में बना था।', [['1962', '1962']]],
  ['वर्ष + year', 'वर्ष 2019 में यह आंकड़ा कम था।', [['वर्ष 2019', '2019']]],
  ['सन + year', 'सन 1947 में देश आज़ाद हुआ।', [['सन 1947', '1947']]],
  ['year range', 'वह 1950-53 के युद्ध में लड़े थे।', [['1950-53', '1950/1953']]],
  ['decade', 'यह गीत 1990 के दशक में लोकप्रिय हुआ।', [['1990 के दशक', '199']]],
  ['fiscal year named', 'सरकार वित्त वर्ष 2025-26 का बजट पेश करेगी।', [['वित्त वर्ष 2025-26', '2025-04/2026-03']]],
  ['current fiscal year', 'चालू वित्त वर्ष 2024-25 में घाटा घटा।', [['चालू वित्त वर्ष 2024-25', '2024-04/2025-03']]],
  ['season range is not fiscal', 'खिलाड़ी ने 2022-23 सत्र में शतक लगाया था।', [['2022-23', '2022/2023']]],
  // Relative expressions
  ['आज', 'मुख्यमंत्री आज दिल्ली पहुंचे।', [['आज', '2025-09-03']]],
  ['कल, past', 'मंत्री ने कल इस्तीफा दे दिया था।', [['कल', '2025-09-02']]],
  ['कल, future', 'प्रधानमंत्री कल रैली को संबोधित करेंगे।', [['कल', '2025-09-04']]],
  ['परसों, future', 'नतीजे परसों घोषित किए जाएंगे।', [['परसों', '2025-09-05']]],
  ['बीती रात', 'बीती रात शहर में तेज़ आंधी चली।', [['बीती रात', '2025-09-02TNI']]],
  ['पिछले सप्ताह', 'पिछले सप्ताह दाम बढ़े थे।', [['पिछले सप्ताह', '2025-W35']]],
  ['अगले हफ्ते', 'संसद अगले हफ्ते बिल लाएगी।', [['अगले हफ्ते', '2025-W37']]],
  ['इस महीने', 'इस महीने बिक्री घटी है।', [['इस महीने', '2025-09']]],
  ['पिछले साल', 'पिछले साल फसल अच्छी हुई थी।', [['पिछले साल', '2024']]],
  ['अगले वर्ष', 'अगले वर्ष चुनाव होंगे।', [['अगले वर्ष', '2026']]],
  ['पिछले साल + month', 'कंपनी ने पिछले साल नवंबर से उत्पादन शुरू किया।', [['पिछले साल नवंबर', '2024-11']]],
  ['N days ago', 'दो दिन पहले पुलिस ने छापा मारा था।', [['दो दिन पहले', '2025-09-01']]],
  ['N years later is a date only from the article date', 'घटना के 10 साल बाद स्मारक बना।', []],
  ['duration is no date', 'वह 24 साल से सेना में हैं।', []],
  // Weekdays, resolved by tense
  ['weekday same as reference', 'बैठक बुधवार को हुई।', [['बुधवार', '2025-09-03']]],
  ['weekday past', 'पुलिस ने सोमवार को दो लोगों को गिरफ्तार किया था।', [['सोमवार', '2025-09-01']]],
  ['weekday future', 'टीम शुक्रवार को रवाना होगी।', [['शुक्रवार', '2025-09-05']]],
  ['बीते + weekday', 'बीते सोमवार को बैंक बंद रहे।', [['बीते सोमवार', '2025-09-01']]],
  ['main verb before कि decides', 'अधिकारियों ने मंगलवार को कहा था कि जांच आगे बढ़ेगी।', [['मंगलवार', '2025-09-02']]],
  ['weekday joined to date', 'अगला मैच गुरुवार, 4 सितंबर को खेला जाएगा।', [['गुरुवार, 4 सितंबर', '2025-09-04']]],
  ['अगले + weekday + date', 'शपथ अगले सोमवार, 8 सितंबर को होगी।', [['अगले सोमवार, 8 सितंबर', '2025-09-08']]],
  ['weekday then bracketed date: two spans', 'बैठक बुधवार (3 सितंबर) को हुई।', [['बुधवार', '2025-09-03'], ['3 सितंबर', '2025-09-03']]],
  // Times of day
  ['morning hour', 'मतदान सुबह 7 बजे शुरू हुआ।', [['सुबह 7 बजे', '2025-09-03T07:00']]],
  ['evening with minutes', 'उड़ान शाम 6:45 बजे उतरी।', [['शाम 6:45 बजे', '2025-09-03T18:45']]],
  ['बजकर … मिनट', 'धमाका दोपहर 3 बजकर 20 मिनट पर हुआ।', [['दोपहर 3 बजकर 20 मिनट', '2025-09-03T15:20']]],
  ['weekday + time', 'लॉन्च गुरुवार सुबह 9:15 बजे होगा।', [['गुरुवार सुबह 9:15 बजे', '2025-09-04T09:15']]],
  ['weekday + part of day', 'हमला सोमवार रात हुआ था।', [['सोमवार रात', '2025-09-01TNI']]],
  ['ISO date and time with zone', 'अपडेटेड: 2025-09-03 14:05 IST', [['2025-09-03 14:05 IST', '2025-09-03T14:05']]],
  ['time with a part of the day after it', 'धमाका 11:05 अपराह्न हुआ।', [['11:05 अपराह्न', '2025-09-03T23:05']]],
  ['date and time across को', 'रैली 7 सितंबर को शाम 4 बजे होगी।', [['7 सितंबर को शाम 4 बजे', '2025-09-07T16:00']]],
  ['साढ़े + hour', 'बैठक साढ़े दस बजे शुरू हुई।', [['साढ़े दस बजे', '2025-09-03T10:30']]],
  ['day written as a word', 'मेला पंद्रह अक्टूबर को लगेगा।', [['पंद्रह अक्टूबर', '2025-10-15']]],
  ['month abbreviation with its stop', 'सुनवाई 12 नवं. को होगी।', [['12 नवं.', '2025-11-12']]],
  ['इस + month is this year', 'इस जुलाई में रिकॉर्ड बारिश हुई थी।', [['इस जुलाई', '2025-07']]],
  ['counted from today', 'नतीजे आज से तीन दिन बाद आएंगे।', [['आज से तीन दिन बाद', '2025-09-06']]],
  ['next week + weekday', 'सत्र अगले हफ्ते बुधवार को शुरू होगा।', [['अगले हफ्ते बुधवार', '2025-09-10']]],
  ['decade in words', 'सत्तर के दशक में यह फिल्म आई थी।', [['सत्तर के दशक', '197']]],
  ['no dates inside a link', 'देखें https://example.com/2024/05/12/news पर।', []],
  ['hours ago is the reference day', 'दो घंटे पहले यह खबर आई।', [['दो घंटे पहले', '2025-09-03']]],
  ['minutes after an event is no date', 'गोल के तीन मिनट बाद टीम ने बराबरी की।', []],
  ['short weekday only before a date', 'शनि 6 सितंबर 2025 को मेला है, शनि ग्रह नहीं।', [['शनि 6 सितंबर 2025', '2025-09-06']]],
  ['midnight', 'आधी रात को धमाका हुआ।', [['आधी रात', '2025-09-03T00:00']]],
  ['day of month with तारीख', 'सुनवाई 12 तारीख को होगी।', [['12 तारीख', '2025-09-12']]],
  ['time range', 'मतदान सुबह 7 बजे से शाम 6 बजे तक चलेगा।', [['सुबह 7 बजे से शाम 6 बजे', '2025-09-03T07:00/2025-09-03T18:00']]],
  ['time range sharing its part of the day', 'दुकानें शाम 5 से 8 बजे तक खुलेंगी।', [['शाम 5 से 8 बजे', '2025-09-03T17:00/2025-09-03T20:00']]],
  ['part of the day before a count is no time', 'सुबह 5 लोग घायल हुए।', []],
  // English
  ['English date line', 'Sep 02, 2025, 09:30 PM', [['Sep 02, 2025, 09:30 PM', '2025-09-02T21:30']]],
  ['English date in running text', 'The report was released on March 5, 2024 in Delhi.', [['March 5, 2024', '2024-03-05']]],
];

for (const [name, text, expected] of cases) {
  test(`dates: ${name}`, () => {
    assert.deepEqual(dates(text), expected);
  });
}

test('dates: weekday attributes point at the weekday word', () => {
  const text = 'मैच सोमवार, 31 दिसंबर 2025 को होगा।';
  const [s] = spans(text);
  assert.equal(s.text, 'सोमवार, 31 दिसंबर 2025');
  assert.equal(s.value, '2025-12-31');
  assert.equal(s.date?.weekday, 1);
  assert.equal(text.slice(s.date!.weekdayStart, s.date!.weekdayEnd), 'सोमवार');
});

test('dates: relative flag', () => {
  const [a, b] = spans('आज और 3 मार्च 2024 को');
  assert.equal(a.date?.relative, true);
  assert.equal(b.date?.relative, undefined);
});

test('dates: without a reference date, relative values keep X placeholders', () => {
  const text = '15 अगस्त को समारोह होगा।';
  const s = findDates(text, tokenize(text), undefined);
  assert.deepEqual(s.map((x) => x.value), ['XXXX-08-15']);
});

test('dates: no dates in plain counts and identifiers', () => {
  assert.deepEqual(dates('रैली में 2000 लोग पहुंचे और 1500 से अधिक पुलिसकर्मी तैनात रहे।'), []);
  assert.deepEqual(dates('आजकल बाज़ार में भीड़ कम है।'), []);
});

test('two dates joined as a range are one DATE with an A/B value; the postposition stays outside', () => {
  assert.deepEqual(dates('बैठकें 2 अक्टूबर से 5 नवंबर तक चलेंगी।'), [['2 अक्टूबर से 5 नवंबर', '2025-10-02/2025-11-05']]);
  assert.deepEqual(dates('योजना 2015 से 5 मई, 2017 तक चली।'), [['2015 से 5 मई, 2017', '2015/2017-05-05']]);
  assert.deepEqual(dates('सर्वे 1 जनवरी 2015 और 5 फरवरी 2018 के बीच हुआ।'), [['1 जनवरी 2015 और 5 फरवरी 2018', '2015-01-01/2018-02-05']]);
  // Not a range: the wrong order, or two dates merely side by side.
  assert.deepEqual(dates('5 मई 2017 से 2015 तक'), [['5 मई 2017', '2017-05-05'], ['2015', '2015']]);
  assert.deepEqual(dates('3 मार्च 2020 और 4 मार्च 2021 को चुनाव हुए।'), [['3 मार्च 2020', '2020-03-03'], ['4 मार्च 2021', '2021-03-04']]);
});

test('a relative fiscal year in an article whose year is unknown stays unknown', () => {
  const text = 'मुंबई, 8 अप्रैल: बैंक ने चालू वित्त वर्ष में विकास दर का अनुमान घटाया।';
  const spans = findDates(text, tokenize(text), findReferenceDate(text, tokenize(text)));
  const fy = spans.find((s) => s.text === 'चालू वित्त वर्ष');
  assert.equal(fy?.value, 'XXXX-04/XXXX-03');
});
