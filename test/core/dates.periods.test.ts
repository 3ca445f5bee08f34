// Periods and ranges measured from the article's day: the rest of a period (इस सप्ताह के बाकी दिन),
// the period to date (इस साल आज तक), ranges between a date and now (… और अब के बीच), and the start
// of a range that takes its year from the end (1 फरवरी से मार्च 2019 तक); month words and their
// abbreviations inside numeric dates (23/सित/2025, जन-1); the calendar year; centuries and their
// decades (इस सदी के पहले दशक). Our own sentences; the
// reference date 2025-09-03 is a Wednesday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';

function dates(text: string, ref: string | null): [string, string][] {
  return findDates(text, tokenize(text), ref !== null ? { value: ref, source: 'override' } : undefined).map((s) => [s.text, s.value]);
}

const cases: [string, string, [string, string][], string?][] = [
  // The rest of the current period, from the article's day to the period's last day.
  ['rest of this week', 'इस सप्ताह के बाकी दिनों में बादल छाए रहेंगे।', [['इस सप्ताह के बाकी दिनों', '2025-09-03/2025-09-07']]],
  ['rest of this year, with के', 'कंपनी को इस साल के बाकी के महीनों में मांग बढ़ने की उम्मीद है।', [['इस साल के बाकी के महीनों', '2025-09-03/2025-12-31']]],
  ['rest of this month, शेष', 'इस महीने के शेष दिनों में तीन बैठकें होंगी।', [['इस महीने के शेष दिनों', '2025-09-03/2025-09-30']]],
  ['rest of the year, bare unit', 'साल के बाकी समय में निर्यात पर जोर रहेगा।', [['साल के बाकी समय', '2025-09-03/2025-12-31']]],
  ['rest of the week, बचे हुए', 'इस हफ्ते के बचे हुए दिनों में परीक्षाएं होंगी।', [['इस हफ्ते के बचे हुए दिनों', '2025-09-03/2025-09-07']]],
  ['rest of a period without the article\'s date keeps the period', 'इस सप्ताह के बाकी दिन छुट्टी रहेगी।', [['इस सप्ताह के बाकी दिन', 'XXXX-WXX']], 'none'],
  ['the rest of last year cannot be placed: the year alone', 'पिछले साल के बाकी महीनों में बिक्री घटी थी।', [['पिछले साल', '2024']]],
  ['the rest of a country is no date', 'देश के बाकी हिस्सों में बारिश हुई।', []],
  ['a count of years before the rest words is no date', 'दो साल के बाकी किस्त जमा नहीं हुए।', []],
  ['the rest of the players, not of the year', 'इस साल के बाकी खिलाड़ी बाद में चुने जाएंगे।', [['इस साल', '2025']]],
  // The period to date: the DATE आज joins the period before it when तक follows.
  ['year to date', 'कंपनी का शेयर इस साल आज तक 12 प्रतिशत गिरा है।', [['इस साल आज', '2025-01-01/2025-09-03']]],
  ['month to date', 'इस महीने आज तक 40 मामले दर्ज हुए हैं।', [['इस महीने आज', '2025-09-01/2025-09-03']]],
  ['year to date without the article\'s date', 'इस वर्ष आज तक 40 मामले दर्ज हुए हैं।', [['इस वर्ष आज', 'XXXX-01-01/XXXX-XX-XX']], 'none'],
  ['last year and today stay apart', 'पिछले साल आज तक का रिकॉर्ड टूटा।', [['पिछले साल', '2024'], ['आज', '2025-09-03']]],
  ['today without तक stays apart', 'इस साल आज फिर बारिश हुई।', [['इस साल', '2025'], ['आज', '2025-09-03']]],
  // Between a date and now, with के बीच.
  ['between a date and now', 'पुलिस ने 2 अगस्त और अब के बीच 30 लोगों को पकड़ा।', [['2 अगस्त और अब', '2025-08-02/2025-09-03']]],
  ['between now and a date', 'अभी से 15 नवंबर के बीच चुनाव होंगे।', [['अभी से 15 नवंबर', '2025-09-03/2025-11-15']]],
  ['between now and a date, no article date', 'अब से 15 नवंबर के बीच चुनाव होंगे।', [['अब से 15 नवंबर', 'XXXX-XX-XX/XXXX-11-15']], 'none'],
  ['since a date until now is the date alone', 'आंकड़ों के मुताबिक 1 जून से अब तक बारिश कम हुई।', [['1 जून', '2025-06-01']]],
  ['from now until a date is the date alone', 'अब से दिसंबर तक सड़कें बनेंगी।', [['दिसंबर', '2025-12']]],
  ['a later date and now in the wrong order stay apart', 'समिति 2 अक्टूबर 2026 और अब के बीच का अंतर देखेगी।', [['2 अक्टूबर 2026', '2026-10-02']]],
  // The start of a range takes the year the end writes.
  ['start takes the end\'s year', 'वह 1 फरवरी से मार्च 2019 तक विदेश में था।', [['1 फरवरी से मार्च 2019', '2019-02-01/2019-03']]],
  ['start takes the end\'s year, और … के बीच', 'परियोजना 1ली फरवरी और मार्च 2019 के बीच पूरी हुई।', [['1ली फरवरी और मार्च 2019', '2019-02-01/2019-03']]],
  ['a start later in the year is in the year before', 'दिसंबर से 5 फरवरी 2020 तक ठंड रही।', [['दिसंबर से 5 फरवरी 2020', '2019-12/2020-02-05']]],
  ['start takes the end\'s year without the article\'s date', 'वह 1 फरवरी से मार्च 2019 तक विदेश में था।', [['1 फरवरी से मार्च 2019', '2019-02-01/2019-03']], 'none'],
  // A month word or its abbreviation inside a numeric date.
  ['day/month abbreviation/year', 'आवेदन की अंतिम तिथि 23/सित/2025 है।', [['23/सित/2025', '2025-09-23']]],
  ['day/month/year with the month in full', 'आवेदन की अंतिम तिथि 23/सितंबर/2025 है।', [['23/सितंबर/2025', '2025-09-23']]],
  ['day-abbreviation-year', 'परीक्षा 14-दिस-2025 को होगी।', [['14-दिस-2025', '2025-12-14']]],
  ['month-day-year with hyphens', 'परीक्षा दिसंबर-14-2025 को होगी।', [['दिसंबर-14-2025', '2025-12-14']]],
  ['abbreviation-day-year with hyphens', 'परीक्षा अक्टू-14-2025 को होगी।', [['अक्टू-14-2025', '2025-10-14']]],
  ['abbreviation-day before को', 'नई दरें जन-1 को लागू होंगी।', [['जन-1', '2026-01-01']]],
  ['a short abbreviation and a number stay apart', 'नव-2 पर सबकी नजर है।', []],
  ['a people word and a number before a noun stay apart', 'जन-1 योजना के लाभार्थी बढ़े।', []],
  ['an impossible day is no date', 'तिथि 31/फर/2025 लिखी थी।', []],
  ['abbreviation after an ordinal day', 'नया नियम 1ली जन को लागू होगा।', [['1ली जन', '2026-01-01']]],
  ['an ordinal day before जन and a noun stays apart', 'यह 5वीं जन सुनवाई थी।', []],
  ['day/month, year after a comma', 'आदेश 06/07, 2024 को जारी हुआ।', [['06/07, 2024', '2024-07-06']]],
  ['a one-digit pair before a year may be a fraction', 'स्कोर 3/4, 2015 के मैच में बना।', [['2015', '2015']]],
  // The calendar year named as such.
  ['calendar year and its number', 'कैलेंडर वर्ष 2024 में निर्यात बढ़ा।', [['कैलेंडर वर्ष 2024', '2024']]],
  ['last calendar year', 'पिछले कैलेंडर वर्ष में निर्यात घटा।', [['पिछले कैलेंडर वर्ष', '2024']]],
  ['a calendar is no date', 'सरकार ने नया कैलेंडर जारी किया।', []],
  // That weekend: the weekend of the week or day named last.
  ['that weekend after a day', '6 सितंबर 2024 को मेला शुरू हुआ। उस सप्ताहांत भारी भीड़ रही।', [['6 सितंबर 2024', '2024-09-06'], ['उस सप्ताहांत', '2024-W36-WE']]],
  ['that weekend after a week', 'पिछले हफ्ते बाजार बंद रहे। उसी वीकेंड हिंसा भड़की।', [['पिछले हफ्ते', '2025-W35'], ['उसी वीकेंड', '2025-W35-WE']]],
  ['that weekend with nothing before it', 'उस वीकेंड वह शहर में नहीं था।', [['उस वीकेंड', 'XXXX-WXX-WE']]],
  ['a weekend alone is no back-reference', 'सप्ताहांत के अंत में लोग लौटे।', []],
  // अगले + weekday: the weekday of next week; इस + weekday in a clause of no clear tense: this week's.
  ['next Friday said on a Wednesday is next week\'s', 'अदालत अगले शुक्रवार को फैसला सुनाएगी।', [['अगले शुक्रवार', '2025-09-12']]],
  ['next Monday said on a Wednesday', 'अदालत अगले सोमवार को फैसला सुनाएगी।', [['अगले सोमवार', '2025-09-08']]],
  ['the coming Friday', 'आने वाले शुक्रवार को फैसला आएगा।', [['आने वाले शुक्रवार', '2025-09-05']]],
  ['this Friday, present tense', 'इस शुक्रवार को शहर में मेला है।', [['इस शुक्रवार', '2025-09-05']]],
  ['this Monday, past tense', 'इस सोमवार को बैठक हुई थी।', [['इस सोमवार', '2025-09-01']]],
  ['a bare weekday, present tense, stays in the past', 'शुक्रवार को शहर में मेला है।', [['शुक्रवार', '2025-08-29']]],
  // Ranges of years set apart by spaced dashes; chains of numbers that are no date.
  ['a spaced range of full years', 'कवि ( 1873 - 1945 ) की रचनाएं पढ़ाई जाती हैं।', [['1873 - 1945', '1873/1945']]],
  ['a spaced range with a two-digit end', 'जेल में 1929 - 31 के दौरान उन्होंने डायरी लिखी।', [['1929 - 31', '1929/1931']]],
  ['a spaced year, month and day', 'पृष्ठ 2020 - 06 - 04 को सहेजा गया।', [['2020 - 06 - 04', '2020-06-04']]],
  ['a year and a far two-digit number are no range and no year', 'तालिका में 2015 - 32 लिखा है।', []],
  ['a birth year before a spaced dash and a full date keeps its year (and the two make a range)', 'लेखक ( 1940 – 31 जुलाई 2013 ) का निधन हुआ।', [['1940 – 31 जुलाई 2013', '1940/2013-07-31']]],
  ['a phone number holds no year', 'संपर्क: +86 2010-2015-86 पर करें।', []],
  ['a life from day to day, joined by a dash', 'लेखिका ( 4 मार्च 1921 – 9 जून 1999 ) ने कई उपन्यास लिखे।', [['4 मार्च 1921 – 9 जून 1999', '1921-03-04/1999-06-09']]],
  ['a life from a year to a day, joined by a dash', 'गायक ( 1935 - 12 अप्रैल 2008 ) का गांव यहीं था।', [['1935 - 12 अप्रैल 2008', '1935/2008-04-12']]],
  ['two dates in the wrong order stay apart', 'पत्र पर 5 दिसंबर 1983 - 3 मार्च 1891 लिखा था।', [['5 दिसंबर 1983', '1983-12-05'], ['3 मार्च 1891', '1891-03-03']]],
  // Centuries named from the article's year, and the nth decade of a century.
  ['this century', 'यह इस सदी की सबसे बड़ी बाढ़ है।', [['इस सदी', '20']]],
  ['last century', 'पिछली शताब्दी में यहां घना जंगल था।', [['पिछली शताब्दी', '19']]],
  ['this century needs the article\'s date', 'यह इस सदी की सबसे बड़ी बाढ़ है।', [], 'none'],
  ['the last decade of a century', 'बीसवीं सदी के अंतिम दशक में यह कानून बना।', [['बीसवीं सदी के अंतिम दशक', '199']]],
  ['the first decade of this century', 'इस सदी के पहले दशक में शहर की आबादी दोगुनी हुई।', [['इस सदी के पहले दशक', '200']]],
  ['two decades of a century are no decade', '20वीं सदी के दो दशक युद्ध में बीते।', [['20वीं सदी', '19']]],
  // A range whose ends are themselves ranges of years (financial years written 2020-21): from the first one's start to the second one's end.
  ['two year pairs joined by से … तक', 'नई योजना 2021-22 से 2025-26 तक लागू रहेगी।', [['2021-22 से 2025-26', '2021/2026']]],
  ['two financial years joined by से … के बीच', 'कंपनी का घाटा वित्त वर्ष 2019-20 से 2022-23 के बीच घटा।', [['वित्त वर्ष 2019-20 से 2022-23', '2019-04/2023-03']]],
  ['a year pair to a plain year', 'उत्पादन 1998-99 से 2004 तक गिरता रहा।', [['1998-99 से 2004', '1998/2004']]],
  ['a later pair first is no range', 'रिपोर्ट में 2023-24 से 2018-19 की तुलना की गई है।', [['2023-24', '2023/2024'], ['2018-19', '2018/2019']]],
  ['two pairs joined by और stay apart', 'सर्वेक्षण 2022-23 और 2023-24 में हुआ।', [['2022-23', '2022/2023'], ['2023-24', '2023/2024']]],
  // Two centuries or two decades joined as a range, the earlier one first.
  ['two centuries joined by से … तक', 'यह शैली 12वीं सदी से 15वीं सदी तक फली-फूली।', [['12वीं सदी से 15वीं सदी', '11/14']]],
  ['two decades joined by से … के बीच', 'कपड़ा उद्योग 1970 के दशक से 1990 के दशक के बीच फैला।', [['1970 के दशक से 1990 के दशक', '197/199']]],
  ['a later century first is no range', 'लेख 18वीं सदी से 12वीं सदी की तुलना करता है।', [['18वीं सदी', '17'], ['12वीं सदी', '11']]],
];

for (const [name, text, expected, ref] of cases) {
  test(`date periods: ${name}`, () => {
    assert.deepEqual(dates(text, ref === 'none' ? null : ref ?? '2025-09-03'), expected);
  });
}
