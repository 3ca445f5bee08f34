// Date grammar beyond day-month-year: a month before its day, a weekday with a day of the month,
// ordinal days, compound counts before पहले/बाद, quarters, the week of a day, a year before its
// month. Our own sentences; the reference date 2025-09-03 is a Wednesday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';

function dates(text: string, ref: string | null): [string, string][] {
  return findDates(text, tokenize(text), ref !== null ? { value: ref, source: 'override' } : undefined).map((s) => [s.text, s.value]);
}

const cases: [string, string, [string, string][], string?][] = [
  // A Hindi month before its day: only where the day ends the phrase.
  ['month before day, future', 'समिति की बैठक दिसंबर 27 को होगी।', [['दिसंबर 27', '2025-12-27']]],
  ['month before a day in words', 'नया सत्र फरवरी बाईस को शुरू होगा।', [['फरवरी बाईस', '2026-02-22']]],
  ['month, comma, day', 'नतीजे अक्टूबर, 10 को आएंगे।', [['अक्टूबर, 10', '2025-10-10']]],
  ['abbreviated month before day', 'परीक्षा जन. 12 को होगी।', [['जन. 12', '2026-01-12']]],
  ['a count after a month is no day', 'मई 5 राज्यों में मतदान हुआ था।', [['मई', '2025-05']]],
  // A weekday with a day of the month: the weekday picks the month.
  ['weekday + day + तारीख', 'समिति की बैठक शनिवार 13 तारीख को होगी।', [['शनिवार 13 तारीख', '2025-09-13']]],
  ['weekday + day before को, past', 'गुरुवार 21 को सुनवाई हुई थी।', [['गुरुवार 21', '2025-08-21']]],
  ['weekday + day in words', 'शुक्रवार पंद्रह को नतीजे घोषित किए गए थे।', [['शुक्रवार पंद्रह', '2025-08-15']]],
  ['weekday + ordinal day', 'शनिवार छठी तारीख को मेला लगेगा।', [['शनिवार छठी तारीख', '2025-09-06']]],
  ['a weekday before a count stays a weekday', 'सोमवार 12 लोगों की मौत हो गई थी।', [['सोमवार', '2025-09-01']]],
  ['weekday + day, no reference date', 'गुरुवार 21 को सुनवाई होगी।', [['गुरुवार 21', 'XXXX-XX-21']], 'none'],
  // The start, middle or end of a period: the words join the span, the value is the period's.
  ['start of this month', 'समझौता इस महीने की शुरुआत में टूटा।', [['इस महीने की शुरुआत', '2025-09']]],
  ['end of a year', 'काम वर्ष 2011 के अंत तक पूरा होगा।', [['वर्ष 2011 के अंत', '2011']]],
  ['middle of a month', 'हम जून के मध्य में लौटेंगे।', [['जून के मध्य', '2026-06']]],
  ['start of last week, nukta spelling', 'पिछले हफ़्ते के आख़िर में बैठक हुई थी।', [['पिछले हफ़्ते के आख़िर', '2025-W35']]],
  ['a part word without a linking postposition stays out', 'मार्च अंत तक', [['मार्च', '2025-03']]],
  // "In N days/weeks" in a future clause: that day; in the past, plural, after अगले, or एक: a duration.
  ['in N weeks, future', 'मैं 3 हफ्ते में लौट आऊंगा।', [['3 हफ्ते', '2025-09-24']]],
  ['in N days, future', 'वह दो दिन में वापस आ जाएगा।', [['दो दिन', '2025-09-05']]],
  ['in N weeks, past: a duration', 'काम 3 हफ्ते में पूरा हुआ।', []],
  ['over the next N days: a duration', 'अगले 22 दिनों में कक्षा बढ़ाई जाएगी।', []],
  ['in one day: a duration', 'शिकायत एक दिन में दूर होगी।', []],
  ['a range of counts: a duration', 'फैसला दो-तीन दिन में होगा।', []],
  ['in N years: too vague', 'मैं 3 साल में लौटूंगा।', []],
  ['a century with a spaced suffix', 'यह 21 वीं सदी की बात है।', [['21 वीं सदी', '20']]],
  ['a day in words + तारीख', 'बैठक पंद्रह तारीख को होगी।', [['पंद्रह तारीख', '2025-09-15']]],
  ['एक तारीख is "a date"', 'अदालत ने एक तारीख तय की।', []],
  // Seasons: after a direction word or a year (TIMEX3 SP, SU, FA, WI); गर्मी alone may be "heat".
  ['next spring', 'चुनाव अगले वसंत में होंगे।', [['अगले वसंत', '2026-SP']]],
  ['a year\'s summer', 'वे 1979 की गर्मियों में मिले थे।', [['1979 की गर्मियों', '1979-SU']]],
  ['last winter', 'पिछली सर्दियों में बर्फ गिरी थी।', [['पिछली सर्दियों', '2024-WI']]],
  ['this heat is no season', 'इस गर्मी से लोग परेशान हैं।', []],
  ['a year\'s heat is no season', 'यह टोपी इस साल की गर्मी से बचाएगी।', [['इस साल', '2025']]],
  ['a season word alone stays out', 'वसंत विहार में गर्मी बढ़ी।', []],
  // Ordinal days.
  ['ordinal word before a month', 'चुनाव पहली अक्टूबर को होंगे।', [['पहली अक्टूबर', '2025-10-01']]],
  ['ordinal word + तारीख', 'बैठक दूसरी तारीख को हुई थी।', [['दूसरी तारीख', '2025-09-02']]],
  ['digit ordinal before a month', 'कानून 1ली जनवरी 2015 से लागू है।', [['1ली जनवरी 2015', '2015-01-01']]],
  ['month की ordinal तारीख', 'अक्टूबर की पहली तारीख को बैठक होगी।', [['अक्टूबर की पहली तारीख', '2025-10-01']]],
  ['next month की 20 तारीख', 'भुगतान अगले महीने की 20 तारीख को होगा।', [['अगले महीने की 20 तारीख', '2025-10-20']]],
  ['पहले before a month means earlier', 'इससे पहले अगस्त में बाढ़ आई थी।', [['अगस्त', '2025-08']]],
  // Day and month joined by a hyphen; a day range with से लेकर.
  ['day-month with a hyphen', 'सुनवाई 28-नवं. को होगी।', [['28-नवं.', '2025-11-28']]],
  ['day range with से लेकर', 'मेला 2 से लेकर 7 फरवरी तक चलेगा।', [['2 से लेकर 7 फरवरी', '2026-02-02/2026-02-07']]],
  // Compound counts before पहले/बाद, and अब से.
  ['months and days ago', 'हादसा 1 महीने 21 दिन पहले हुआ था।', [['1 महीने 21 दिन पहले', '2025-07-13']]],
  ['years and months later', 'परियोजना 2 साल 3 महीने बाद पूरी होगी।', [['2 साल 3 महीने बाद', '2027-12']]],
  ['counted from now', 'अब से दो सप्ताह बाद फैसला आएगा।', [['अब से दो सप्ताह बाद', '2025-W38']]],
  ['a duration after के stays a duration', 'उद्घाटन के 2 साल 3 महीने बाद पुल गिर गया।', []],
  // Quarters and halves of a year.
  ['calendar quarter', '2024 की तीसरी तिमाही में बिक्री बढ़ी।', [['2024 की तीसरी तिमाही', '2024-07/2024-09']]],
  ['fiscal quarter', 'वित्त वर्ष 2024-25 की पहली तिमाही में घाटा घटा।', [['वित्त वर्ष 2024-25 की पहली तिमाही', '2024-04/2024-06']]],
  ['fourth fiscal quarter ends in March', 'वित्त वर्ष 2024-25 की चौथी तिमाही अच्छी रही।', [['वित्त वर्ष 2024-25 की चौथी तिमाही', '2025-01/2025-03']]],
  ['half of next year', 'अगले साल की पहली छमाही में चुनाव होंगे।', [['अगले साल की पहली छमाही', '2026-01/2026-06']]],
  // The week of a day; a year before its month.
  ['the week of a day', 'मतगणना 15 सितंबर के सप्ताह में होगी।', [['15 सितंबर के सप्ताह', '2025-W38']]],
  ['year-month with a hyphen', 'आंकड़े 2015-3 में जारी हुए थे।', [['2015-3', '2015-03']]],
  ['year के month', 'यह 2016 के नवंबर में हुआ था।', [['2016 के नवंबर', '2016-11']]],
  ['year के month day', 'वे 2016 के जनवरी 12 को लौटे थे।', [['2016 के जनवरी 12', '2016-01-12']]],
  ['a year range still a range', 'वर्ष 2010-11 में उत्पादन गिरा।', [['वर्ष 2010-11', '2010/2011']]],
  // A week and its weekday without the article's date stay one span.
  ['next week + weekday, no reference date', 'अगले हफ़्ते रविवार को मतदान होगा।', [['अगले हफ़्ते रविवार', 'XXXX-WXX-7']], 'none'],
  // Times: ranges whose ends the part of the day and तक/के बीच make times; hours and minutes said
  // as two numbers after a part of the day; HHMM before बजे; a part of the day with को.
  ['evening range without बजे', 'सभा शाम 5 से 6 तक चलेगी।', [['शाम 5 से 6', '2025-09-03T17:00/2025-09-03T18:00']]],
  ['clock time to a bare hour', 'मतदान 1:30 से 3 तक रुका रहा।', [['1:30 से 3', '2025-09-03T01:30/2025-09-03T03:00']]],
  ['और … के बीच', 'बैठक 10 और 11:30 के बीच होगी।', [['10 और 11:30', '2025-09-03T10:00/2025-09-03T11:30']]],
  ['a night range ends the next day', 'ब्लॉक रात 11 से 3 बजे तक रहेगा।', [['रात 11 से 3 बजे', '2025-09-03T23:00/2025-09-04T03:00']]],
  ['bare numbers are no time range', 'इसमें 2 से 3 लोग घायल हुए।', []],
  ['hour and minutes in words', 'ट्रेन शाम सात तीस को पहुंचेगी।', [['शाम सात तीस', '2025-09-03T19:30']]],
  ['hour in digits, minutes in words', 'उड़ान शाम के 9 पैंतालिस पर है।', [['शाम के 9 पैंतालिस', '2025-09-03T21:45']]],
  ['HHMM बजे', 'बैठक सुबह 1140 बजे होगी।', [['सुबह 1140 बजे', '2025-09-03T11:40']]],
  ['p m with a space', 'ट्रेन 7 p m पर आएगी।', [['7 p m', '2025-09-03T19:00']]],
  ['a part of the day with को', 'शाम को मंत्री ने बैठक बुलाई।', [['शाम', '2025-09-03TEV']]],
  ['देर रात को', 'देर रात को फैसला आया।', [['देर रात', '2025-09-03TNI']]],
  ['a part of the day without को is no date', 'सुबह की सैर सेहत के लिए अच्छी है।', []],
  // Weeks and weekdays counted in a month or year; a range of days in a relative month; centuries.
  ['nth week of this month', 'परीक्षा इस महीने के तीसरे हफ्ते में होगी।', [['इस महीने के तीसरे हफ्ते', '2025-W38']]],
  ['first week of a month', 'अक्टूबर का पहला सप्ताह व्यस्त रहेगा।', [['अक्टूबर का पहला सप्ताह', '2025-W40']]],
  ['last week of a year', 'यह 2015 का अंतिम सप्ताह था।', [['2015 का अंतिम सप्ताह', '2015-W53']]],
  ['nth weekday of a month', 'बैठक नवंबर के पहले शुक्रवार को होगी।', [['नवंबर के पहले शुक्रवार', '2025-11-07']]],
  ['last weekday of a month', 'मेला अक्टूबर के आखिरी रविवार को लगेगा।', [['अक्टूबर के आखिरी रविवार', '2025-10-26']]],
  ['a range of days in next month', 'शिविर अगले महीने 4 से 12 तक चलेगा।', [['अगले महीने 4 से 12', '2025-10-04/2025-10-12']]],
  ['a century', 'यह मंदिर 15वीं शताब्दी में बना था।', [['15वीं शताब्दी', '14']]],
  ['a century in words', 'इक्कीसवीं सदी की चुनौतियां अलग हैं।', [['इक्कीसवीं सदी', '20']]],
  ['a year and a month with a hyphen is no range of a century', 'आंकड़े 2016-11 के हैं।', [['2016-11', '2016-11']]],
  // A day and a clock time, a day and its weekday, this/next night, देर + a part of the day.
  ['day को clock time', 'मतगणना 15 को सुबह 8 बजे शुरू होगी।', [['15 को सुबह 8 बजे', '2025-09-15T08:00']]],
  ['a day को without a time is no date', 'वह 15 को लौटेगा।', []],
  ['day + weekday', 'सुनवाई 22 सोमवार को होगी।', [['22 सोमवार', '2025-09-22']]],
  ['day + weekday with a time', 'बैठक 8 सोमवार शाम 7 बजे होगी।', [['8 सोमवार शाम 7 बजे', '2025-09-08T19:00']]],
  ['this night', 'इस रात को फैसला होगा।', [['इस रात', '2025-09-03TNI']]],
  ['next morning', 'अगली सुबह टीम रवाना होगी।', [['अगली सुबह', '2025-09-04TMO']]],
  ['late evening with a weekday', 'मंगलवार को देर शाम बैठक हुई।', [['मंगलवार को देर शाम', '2025-09-02TEV']]],
  ['part of the day में clock time', 'ट्रेन सुबह में 7 बजे आएगी।', [['सुबह में 7 बजे', '2025-09-03T07:00']]],
  ['years joined by a tilde', 'आंकड़े 2014~2018 के हैं।', [['2014~2018', '2014/2018']]],
  ['a century before the common era is left alone', 'ईसा पूर्व 8वीं शताब्दी में नगर बसे।', []],
  ['weekday + part of the day before को and a number', 'कंपनी ने शनिवार दोपहर को एक बयान जारी किया।', [['शनिवार दोपहर', '2025-08-30TAF']]],
  ['the evening of another day', 'मृत्यु वाली शाम को वे घर पर थे।', []],
  // Without the article's date: ranges of days in a relative month, the week of a day, ranges of unresolved days.
  ['a range of days in this month, no reference date', 'शिविर इस महीने 4 से 22 तक चलेगा।', [['इस महीने 4 से 22', 'XXXX-XX-04/XXXX-XX-22']], 'none'],
  ['the week of a day, no reference date', 'मतगणना 30 नवंबर के सप्ताह में होगी।', [['30 नवंबर के सप्ताह', 'XXXX-WXX']], 'none'],
  ['today to tomorrow, no reference date', 'मेला आज से कल तक चलेगा।', [['आज से कल', 'XXXX-XX-XX/XXXX-XX-XX']], 'none'],
  ['a range after a month', 'मेला नवंबर 15 से 19 तक चलेगा।', [['नवंबर 15 से 19', '2025-11-15/2025-11-19']]],
  ['month/year', 'यह आंकड़ा 11/2016 का है।', [['11/2016', '2016-11']]],
  ['a case number is no month', 'केस नंबर 11/2016 की सुनवाई हुई।', []],
  // More clock grammar.
  ['minutes to the hour', 'ट्रेन आठ बजने में तीन मिनट बाकी थे तब आई।', [['आठ बजने में तीन मिनट बाकी', '2025-09-03T07:57']]],
  ['बजकर without मिनट', 'अलार्म दस बजकर दस का है।', [['दस बजकर दस', '2025-09-03T10:10']]],
  ['a range ending on साढ़े', 'दफ्तर शाम 3 से साढ़े सात तक खुला है।', [['शाम 3 से साढ़े सात', '2025-09-03T15:00/2025-09-03T19:30']]],
  ['11 at noon stays 11', 'भोज 11 बजे दोपहर शुरू होगा।', [['11 बजे दोपहर', '2025-09-03T11:00']]],
  ['अपराह्न is p.m.', 'धमाका 11:05 अपराह्न हुआ।', [['11:05 अपराह्न', '2025-09-03T23:05']]],
  ['midday', 'सभा मध्याह्न में होगी।', [['मध्याह्न', '2025-09-03T12:00']]],
  ['the first of every month is no date', 'हर गांव को महीने की पहली तारीख को फंड मिलता है।', []],
  ['the midday meal is no time', 'स्कूलों में मध्याह्न भोजन मिलता है।', []],
  ['weeks from tomorrow end on a day', 'नतीजे कल से तीन हफ़्ते बाद आएंगे।', [['कल से तीन हफ़्ते बाद', '2025-09-25']]],
  ['month-hyphen-day', 'परीक्षा अक्टूबर-2 को होगी।', [['अक्टूबर-2', '2025-10-02']]],
  ['month की day in words तारीख', 'मेला जून की बाईस तारीख को लगेगा।', [['जून की बाईस तारीख', '2026-06-22']]],
  ['तारिख spelled with a short i', 'मेरे कैलेंडर में मंगलवार इकतीस तारिख को शादी है।', [['मंगलवार इकतीस तारिख', '2026-03-31']]],
  ['a quarter before its year', 'कंपनी ने चौथी तिमाही 2016 में मुनाफा कमाया।', [['चौथी तिमाही 2016', '2016-10/2016-12']]],
  ['weekday + ISO date', 'सुनवाई शुक्रवार 2025-9-12 को होगी।', [['शुक्रवार 2025-9-12', '2025-09-12']]],
  ['वृहस्पतिवार spelled with व', 'बैठक वृहस्पतिवार को होगी।', [['वृहस्पतिवार', '2025-09-04']]],
  ['a date in brackets after a weekday is a second span', 'बैठक बुधवार (10 सितंबर) को होगी।', [['बुधवार', '2025-09-03'], ['10 सितंबर', '2025-09-10']]],
  ['weekday + hours from-to', 'दफ्तर सोमवार 8 से 9 तक बंद रहेगा।', [['सोमवार 8 से 9', '2025-09-08T08:00/2025-09-08T09:00']]],
  ['weekday को part of the day, a duration after it', 'मंगलवार को सुबह 30 मिनट की बैठक होगी।', [['मंगलवार को सुबह', '2025-09-09TMO']]],
  ['यह हफ्ता', 'यह हफ्ता व्यस्त रहेगा।', [['यह हफ्ता', '2025-W36']]],
  ['यह before a month is "it"', 'यह मई में हुआ था।', [['मई', '2025-05']]],
  ['month and year spaced around a hyphen', 'खाता 08 - 2024 से बंद है।', [['08 - 2024', '2024-08']]],
  ['month and year, space after the slash', 'खाता 8/ 2024 से बंद है।', [['8/ 2024', '2024-08']]],
  ['year and month spaced around a hyphen', 'खाता 2024 - 08 से बंद है।', [['2024 - 08', '2024-08']]],
  ['year and month, space before the slash', 'खाता 2024 /8 से बंद है।', [['2024 /8', '2024-08']]],
  ['a spaced range of years is not a month', 'यह योजना 2020 - 21 में बनी।', [['2020 - 21', '2020/2021']]],
  ['उसी साल refers back to the year last named', 'चुनाव 2019 में हुए। उसी साल बाढ़ भी आई।', [['2019', '2019'], ['उसी साल', '2019']]],
  ['उसी महीने and उस दिन refer back to the date before', 'हमला 3 अगस्त 2024 को हुआ। उसी महीने दूसरा हमला हुआ, पर उस दिन शांति थी।', [['3 अगस्त 2024', '2024-08-03'], ['उसी महीने', '2024-08'], ['उस दिन', '2024-08-03']]],
  ['उसी हफ्ते is the ISO week of the day before', 'बैठक 3 अगस्त 2024 को हुई और उसी हफ्ते फैसला आया।', [['3 अगस्त 2024', '2024-08-03'], ['उसी हफ्ते', '2024-W31']]],
  ['उस दिन after a weekday is that weekday', 'रविवार को मेला लगा और उस दिन भीड़ रही।', [['रविवार', '2025-08-31'], ['उस दिन', '2025-08-31']]],
  ['a range within one year names that year', 'जनवरी से मार्च 2024 तक काम चला। उसी साल चुनाव हुए।', [['जनवरी से मार्च 2024', '2024-01/2024-03'], ['उसी साल', '2024']]],
  ['a back-reference with nothing before stays unknown', 'मैं उसी महीने वहां नहीं था।', [['उसी महीने', 'XXXX-XX']]],
  ['उस दिन-रात is a compound, no date', 'वे उस दिन-रात काम करते रहे।', []],
  ['दूसरे रविवार is the second Sunday of the reference month', 'मेला दूसरे रविवार को लगेगा।', [['दूसरे रविवार', '2025-09-14']]],
  ['चौथे गुरुवार with a time', 'सभा चौथे गुरुवार शाम 5 बजे होगी।', [['चौथे गुरुवार शाम 5 बजे', '2025-09-25T17:00']]],
  ['लगातार दूसरे रविवार is a series: the weekday alone', 'लगातार दूसरे रविवार को बारिश हुई।', [['रविवार', '2025-08-31']]],
  ['पहले रविवार is "earlier, on Sunday"', 'इससे पहले रविवार को बैठक हुई।', [['रविवार', '2025-08-31']]],
  ['दूसरा शनिवार (nominative) is no day of the month', 'दूसरा शनिवार अहम होगा।', [['शनिवार', '2025-09-06']]],
  ['a short weekday after a week word', 'बैठक अगले हफ्ते सोम को होगी।', [['अगले हफ्ते सोम', '2025-09-08']]],
  ['a short weekday joined to a weekday before it', 'बैठक सोमवार या मंगल को होगी।', [['सोमवार', '2025-09-08'], ['मंगल', '2025-09-09']]],
  ['short weekday names without a date cue are planets', 'मंगल और शुक्र ग्रह पर यान भेजे गए।', []],
  ['मंगल को alone stays a planet', 'यान मंगल को देखेगा।', []],
  ['31वें हफ्ते is an ISO week of the reference year', 'टीका 31वें हफ्ते में आएगा।', [['31वें हफ्ते', '2025-W31']]],
  ['a range of numbered weeks is one span', 'परीक्षा 10वें सप्ताह से 12 वें सप्ताह तक चलेगी।', [['10वें सप्ताह से 12 वें सप्ताह', '2025-W10/2025-W12']]],
  ['सप्ताह 31 at the start of a sentence', 'सप्ताह 31 में बिक्री बढ़ी।', [['सप्ताह 31', '2025-W31']]],
  ['the weeks of a pregnancy are no calendar week', 'गर्भावस्था के 31वें हफ्ते में जांच हुई।', []],
  ['इस सप्ताह 10 लोगों: the number counts people', 'इस सप्ताह 10 लोगों की मौत हुई।', [['इस सप्ताह', '2025-W36']]],
  ['सप्ताह 10 दिन: no week number', 'सप्ताह 10 दिन का होता तो?', []],
  ['part of the day, hours from-to, a genitive after', 'शाम 5 से 7 की बैठक रद्द हुई।', [['शाम 5 से 7', '2025-09-03T17:00/2025-09-03T19:00']]],
  ['part of the day, hours from-to, a counted noun after: no range', 'शाम 5 से 7 लोगों ने भाषण दिया।', []],
  ['अगले दिन is the day after the date before it', 'हमला 31 दिसंबर 2024 को हुआ। अगले दिन कर्फ्यू लगा।', [['31 दिसंबर 2024', '2024-12-31'], ['अगले दिन', '2025-01-01']]],
  ['पिछले दिन with no date before it is the day before the article\'s', 'पिछले दिन बारिश हुई थी।', [['पिछले दिन', '2025-09-02']]],
  ['अगले दिन after a year only is an unknown day', 'चुनाव 2019 में हुए और अगले दिन नतीजे आए।', [['2019', '2019'], ['अगले दिन', 'XXXX-XX-XX']]],
  ['पिछले दिनों (recently) is no date', 'पिछले दिनों बारिश हुई।', []],
  ['दूसरे दिन is the next day', 'धरना 3 मई 2020 को शुरू हुआ। दूसरे दिन भी जारी रहा।', [['3 मई 2020', '2020-05-03'], ['दूसरे दिन', '2020-05-04']]],
  ['मैच के दूसरे दिन is the match\'s second day, no date', 'मैच के दूसरे दिन भारत ने बढ़त ली।', []],
  ['साल के अंत alone is the article\'s year', 'साल के अंत में चुनाव होंगे।', [['साल के अंत', '2025']]],
  ['साल के आख़िर after a named year is that year', 'वह 2019 में आए और साल के आख़िर में लौट गए।', [['2019', '2019'], ['साल के आख़िर', '2019']]],
  ['महीने की शुरुआत is the article\'s month', 'महीने की शुरुआत में बारिश हुई।', [['महीने की शुरुआत', '2025-09']]],
  ['दो साल के अंत में counts years: no date', 'दो साल के अंत में समीक्षा होगी।', []],
  ['a clock time before its date is one span', 'उड़ान 19:00, 2025-12-22 को जाएगी।', [['19:00, 2025-12-22', '2025-12-22T19:00']]],
  ['a time with बजे before a day and month', 'सभा शाम 5 बजे 10 सितंबर को होगी।', [['शाम 5 बजे 10 सितंबर', '2025-09-10T17:00']]],
  ['a clock time before a count is left alone', 'शाम 5 बजे, 10 लोग पहुंचे।', [['शाम 5 बजे', '2025-09-03T17:00']]],
  ['a weekday makes d/m a date, day first', 'बैठक बुधवार 10/9 को होगी।', [['बुधवार 10/9', '2025-09-10']]],
  ['a weekday picks the month-first reading when only it falls on that day', 'बैठक शुक्रवार 9/12 को होगी।', [['शुक्रवार 9/12', '2025-09-12']]],
  ['d/m alone stays no date', 'टीम ने 9/12 का स्कोर बनाया।', []],
  ['a spaced number above 12 is no month (nor a range: a score)', 'स्कोर 2024 - 35 रहा।', []],
  // A day-month joined to its year by a hyphen.
  ['day-month-year with hyphens', 'आवेदन की अंतिम तिथि 05-अगस्त-2016 थी।', [['05-अगस्त-2016', '2016-08-05']]],
  ['a hyphen typed apart from the month, glued to the year', 'सुनवाई 12-मार्च -2019 को हुई।', [['12-मार्च -2019', '2019-03-12']]],
  ['day month-year', 'रिपोर्ट 5 अगस्त-2016 को जारी हुई।', [['5 अगस्त-2016', '2016-08-05']]],
  ['a range of years after the hyphen is not the day\'s year', 'शिविर 5 अगस्त-2016-17 के सत्र में लगा।', [['5 अगस्त', '2025-08-05'], ['2016-17', '2016/2017']]],
  // H: MM बजे, a space typed after the colon.
  ['a space after the colon before बजे', 'मतदान सुबह 9: 00 बजे शुरू होगा।', [['सुबह 9: 00 बजे', '2025-09-03T09:00']]],
  ['a spaced colon without बजे is no time', 'अनुपात 9: 30 रहा।', []],
  // A weekday of a directed week with के.
  ['weekday of next week with के', 'बैठक अगले सप्ताह के सोमवार को होगी।', [['अगले सप्ताह के सोमवार', '2025-09-08']]],
  ['weekday of last week with के', 'पिछले हफ्ते के शुक्रवार को धरना हुआ था।', [['पिछले हफ्ते के शुक्रवार', '2025-08-29']]],
  ['a week before के and a noun stays the week', 'अगले हफ्ते के कार्यक्रम तय हुए।', [['अगले हफ्ते', '2025-W37']]],
  // The day of a directed month without की.
  ['day of this month without की', 'परीक्षा इस महीने 21 तारीख को होगी।', [['इस महीने 21 तारीख', '2025-09-21']]],
  ['a count after this month stays a count', 'इस महीने 21 लोगों की मौत हुई।', [['इस महीने', '2025-09']]],
  // A directed quarter: the quarter of the article's date, or the next or last one.
  ['the next quarter', 'अगली तिमाही में बिक्री बढ़ेगी।', [['अगली तिमाही', '2025-10/2025-12']]],
  ['the last quarter', 'पिछली तिमाही में मुनाफा घटा था।', [['पिछली तिमाही', '2025-04/2025-06']]],
  ['the current quarter', 'चालू तिमाही में मांग सुधरी है।', [['चालू तिमाही', '2025-07/2025-09']]],
  ['the next quarter across a year', 'अगली तिमाही में बिक्री बढ़ेगी।', [['अगली तिमाही', '2026-01/2026-03']], '2025-11-20'],
  ['a quarter without the article\'s date is no date', 'अगली तिमाही में बिक्री बढ़ेगी।', [], 'none'],
  ['a quarter without a direction word is no date', 'तिमाही नतीजे अच्छे रहे।', []],
  // A date after "in <year>" takes that year; the two are one span.
  ['a day and month after में and a year', 'देश को 1947 में 15 अगस्त को आजादी मिली।', [['1947 में 15 अगस्त', '1947-08-15']]],
  ['a range of days after में and a year', 'मेला 2020 में 26 जून से 28 जून तक चला था।', [['2020 में 26 जून से 28 जून', '2020-06-26/2020-06-28']]],
  ['a range into the next year', 'शिविर 2019 में 28 दिसंबर से 3 जनवरी तक लगा।', [['2019 में 28 दिसंबर से 3 जनवरी', '2019-12-28/2020-01-03']]],
  ['a month range after के and a year', 'योजना 2016 के जनवरी से मार्च तक चली।', [['2016 के जनवरी से मार्च', '2016-01/2016-03']]],
  ['a date with its own year stays apart', 'फैसला 2019 में 15 अगस्त 2020 तक टला।', [['2019', '2019'], ['15 अगस्त 2020', '2020-08-15']]],
  ['a count after में and a year is no date', 'वर्ष 2019 में 15 लाख लोग आए।', [['वर्ष 2019', '2019']]],
  // Two clock times on known days joined by से are one range.
  ['a range of times across days', 'दुकानें आज शाम 4 बजे से कल शाम 5 बजे तक बंद रहेंगी।', [['आज शाम 4 बजे से कल शाम 5 बजे', '2025-09-03T16:00/2025-09-04T17:00']]],
  ['times out of order stay apart', 'धरना 5 सितंबर 2025 शाम 5 बजे से 3 सितंबर 2025 सुबह 4 बजे तक बताया गया।', [['5 सितंबर 2025 शाम 5 बजे', '2025-09-05T17:00'], ['3 सितंबर 2025 सुबह 4 बजे', '2025-09-03T04:00']]],
  // Late in a part of the day.
  ['part of the day, then देर से', 'बैठक मंगलवार की सुबह देर से शुरू हुई।', [['मंगलवार की सुबह देर', '2025-09-02TMO']]],
  ['देर joined to the part of the day by a hyphen', 'धमाका सोमवार देर-रात को हुआ।', [['सोमवार देर-रात', '2025-09-01TNI']]],
  ['a part of the day alone, then देर से, is no date', 'ट्रेन सुबह देर से पहुंची।', []],
  // A range of times runs forward: an end hour not placed in its half of the day is the next one after the start.
  ['an end hour after midnight', 'गश्त शाम 10:10 और 3 के बीच होगी।', [['शाम 10:10 और 3', '2025-09-03T22:10/2025-09-04T03:00']]],
  ['an end hour in the afternoon', 'बैठक 10:30 से 3 बजे तक चलेगी।', [['10:30 से 3 बजे', '2025-09-03T10:30/2025-09-03T15:00']]],
  ['an end with its own part of the day keeps it', 'कर्फ्यू रात 10 से सुबह 6 बजे तक रहेगा।', [['रात 10 से सुबह 6 बजे', '2025-09-03T22:00/2025-09-04T06:00']]],
  ['a bare first hour before a pm end', 'बैठक 5 से 6 pm तक चलेगी।', [['5 से 6 pm', '2025-09-03T17:00/2025-09-03T18:00']]],
  ['a bare first hour that would pass a pm end stays in the morning', 'कैंप 10 से 2 pm तक चलेगा।', [['10 से 2 pm', '2025-09-03T10:00/2025-09-03T14:00']]],
  ['a bare first hour before an evening end is the morning one', 'बाजार 10 से शाम 6 बजे तक खुला रहेगा।', [['10 से शाम 6 बजे', '2025-09-03T10:00/2025-09-03T18:00']]],
  ['a bare first hour before an early-morning end is the night before', 'गश्त 11 से सुबह 3 तक चलेगी।', [['11 से सुबह 3', '2025-09-03T23:00/2025-09-04T03:00']]],
  ['a bare hour to a bare hour without a clock word is no range', 'मैच 11 से 3 तक चला।', []],
  // A year word and the year after a date written without one.
  ['a day and month, then सन् and the year', 'संविधान 26 जनवरी सन् 1950 को लागू हुआ।', [['26 जनवरी सन् 1950', '1950-01-26']]],
  ['a comma, then सन and the year', 'देश 15 अगस्त, सन 1947 को आजाद हुआ।', [['15 अगस्त, सन 1947', '1947-08-15']]],
  ['a day of a month, then the year in words', 'समझौता सितंबर की दस तारीख, सन दो हजार को हुआ।', [['सितंबर की दस तारीख, सन दो हजार', '2000-09-10']]],
  ['साल भर after a date is no year', 'मेला 15 अगस्त साल भर चर्चा में रहा।', [['15 अगस्त', '2025-08-15']]],
  // Two days of a directed week as a range.
  ['from one weekday to another of this week', 'इस हफ्ते सोमवार से गुरुवार तक बैठकें होंगी।', [['इस हफ्ते सोमवार से गुरुवार', '2025-09-01/2025-09-04']]],
  ['between two weekdays of next week', 'बैठक अगले सप्ताह बुधवार और शुक्रवार के बीच होगी।', [['अगले सप्ताह बुधवार और शुक्रवार', '2025-09-10/2025-09-12']]],
  ['two weekdays of a week, no reference date', 'बैठक अगले सप्ताह बुधवार और शुक्रवार के बीच होगी।', [['अगले सप्ताह बुधवार और शुक्रवार', 'XXXX-WXX-3/XXXX-WXX-5']], 'none'],
  ['और without के बीच is two days of that week, no range', 'बैठक अगले सप्ताह बुधवार और शुक्रवार को होगी।', [['अगले सप्ताह बुधवार', '2025-09-10'], ['शुक्रवार', '2025-09-12']]],
  // A request or command looks ahead: कल is tomorrow.
  ['कल before a command is tomorrow', 'कल सुबह 9 बजे की बैठक रखो।', [['कल सुबह 9 बजे', '2025-09-04T09:00']]],
  ['कल before a polite request is tomorrow', 'कृपया कल दफ्तर आइए।', [['कल', '2025-09-04']]],
  ['a past form written with a nasal is no request', 'नेता कल पालू पहुंचें।', [['कल', '2025-09-02']]],
  // Without the article's date.
  ['the nth weekday of a month, no reference date', 'मेला जुलाई के पहले शुक्रवार को लगेगा।', [['जुलाई के पहले शुक्रवार', 'XXXX-WXX-5']], 'none'],
  ['a day to an unresolved day closed by तक, no reference date', 'दफ्तर 2 अक्टूबर से परसों तक बंद रहेगा।', [['2 अक्टूबर से परसों', 'XXXX-10-02/XXXX-XX-XX']], 'none'],
  ['an unresolved day to a day closed by तक, no reference date', 'दफ्तर परसों से 2 अक्टूबर तक बंद रहेगा।', [['परसों से 2 अक्टूबर', 'XXXX-XX-XX/XXXX-10-02']], 'none'],
  ['without तक the two days stay apart, no reference date', 'दफ्तर 2 अक्टूबर से परसों बंद रहेगा।', [['2 अक्टूबर', 'XXXX-10-02'], ['परसों', 'XXXX-XX-XX']], 'none'],
  ['numbered weeks in order, no reference date', 'परीक्षा 31वें हफ्ते से 35वें हफ्ते तक चलेगी।', [['31वें हफ्ते से 35वें हफ्ते', 'XXXX-W31/XXXX-W35']], 'none'],
  ['numbered weeks out of order stay apart', 'परीक्षा 35वें हफ्ते से 31वें हफ्ते तक खिसकी।', [['35वें हफ्ते', 'XXXX-W35'], ['31वें हफ्ते', 'XXXX-W31']], 'none'],
  ['a year word, में, then a day and month', 'मंत्रालय ने वर्ष 2008 में 22 से 24 अप्रैल तक सम्मेलन किया।', [['वर्ष 2008 में 22 से 24 अप्रैल', '2008-04-22/2008-04-24']]],
  ['a year word right before a day and month', 'समझौता सन् 1989 11 फरवरी को हुआ।', [['सन् 1989 11 फरवरी', '1989-02-11']]],
  ['a year word before a count stays the year', 'वर्ष 2019 में 15 लाख लोग आए।', [['वर्ष 2019', '2019']]],
  // The end of a range without its year is in the start's year (or the next), not the article's.
  ['a day range end in the start\'s year', 'योजना 1 जनवरी 2020 से 31 मार्च तक चली।', [['1 जनवरी 2020 से 31 मार्च', '2020-01-01/2020-03-31']]],
  ['a month range end in the next year', 'काम नवंबर 2019 से फरवरी तक चला।', [['नवंबर 2019 से फरवरी', '2019-11/2020-02']]],
  ['a relative end keeps its own reading', 'दफ्तर 2 अक्टूबर 2024 से परसों तक बंद रहेगा।', [['2 अक्टूबर 2024 से परसों', '2024-10-02/2025-09-05']]],
  // A quarter or half of a year in the business shorthand.
  ['a year and its quarter glued by a hyphen', 'कंपनी की बिक्री 2024-Q3 में घटी।', [['2024-Q3', '2024-07/2024-09']]],
  ['a quarter after की', 'बैंक का मुनाफा 2023 की Q1 में बढ़ा।', [['2023 की Q1', '2023-01/2023-03']]],
  ['a half after के', 'योजना 2026 के H2 में शुरू होगी।', [['2026 के H2', '2026-07/2026-12']]],
  ['no fifth quarter', 'मॉडल 2021 Q5 नाम से बिकेगा।', []],
  // The day of a directed month without तारीख, closed by को or तक.
  ['the day of this month before को', 'परिषद की बैठक इस महीने की 22 को होगी।', [['इस महीने की 22', '2025-09-22']]],
  ['the day of next month before तक, no reference date', 'आवेदन अगले महीने की 10 तक जमा होंगे।', [['अगले महीने की 10', 'XXXX-XX-10']], 'none'],
  ['a count after this month stays a count', 'इस महीने की 12 घटनाओं की जांच होगी।', [['इस महीने', '2025-09']]],
  ['a day of every month is no date', 'पेंशन हर महीने की 7 को आती है।', []],
  // A month-first day followed by its clock time.
  ['a month-first day in words and its clock time', 'उद्घाटन अक्टूबर अठारह 11 बजे होगा।', [['अक्टूबर अठारह 11 बजे', '2025-10-18T11:00']]],
  ['a month-first day and a clock time with a colon', 'सुनवाई दिसंबर 4 10:30 बजे शुरू होगी।', [['दिसंबर 4 10:30 बजे', '2025-12-04T10:30']]],
  ['a month then a clock time is no day', 'मई 5 बजे तक का समय दिया गया।', [['मई', '2025-05'], ['5 बजे', '2025-09-03T05:00']]],
  ['two bare numbers after a month make no clock time', 'जून 12 10 लोगों के साथ बैठक हुई।', [['जून', '2025-06']]],
  // A month-first day in words followed by its year in words.
  ['a month-first day and its year in words', 'संविधान जनवरी छब्बीस उन्नीस सौ पचास को लागू हुआ।', [['जनवरी छब्बीस उन्नीस सौ पचास', '1950-01-26']]],
  ['a month, a number and a count in words stay apart', 'मार्च 5 दो हजार किसान पहुंचे।', [['मार्च', '2025-03']]],
  // A month-first day closed by a verb.
  ['a month-first day before कर', 'आयोग ने कहा कि बैठक की तारीख बदलकर अक्टूबर 14 कर दी जाए।', [['अक्टूबर 14', '2025-10-14']]],
  ['a month-first day in words before तय', 'मतगणना की तारीख नवंबर बारह तय हुई।', [['नवंबर बारह', '2025-11-12']]],
  ['a month-first day before the copula, no reference date', 'अगली सुनवाई जनवरी 9 है।', [['जनवरी 9', 'XXXX-01-09']], 'none'],
  ['a month and a count before a unit stay apart', 'मार्च 12 करोड़ रुपये की वसूली का महीना रहा।', [['मार्च', '2025-03']]],
  ['a bare year and its half at the start of a sentence', '2027 h1 निवेशकों के लिए अहम रहेगा।', [['2027 h1', '2027-01/2027-06']]],
  ['a bare year and its quarter before a noun', 'कंपनी के 2024 Q3 नतीजे बेहतर रहे।', [['2024 Q3', '2024-07/2024-09']]],
  ['no third half, no year', 'शहर में 2021 H3 टीमें पहुंचीं।', []],
  ['a virus name is no half of a year', 'अस्पताल में 2009 H1N1 मरीज भर्ती हुए।', []],
  ['the day after last year\'s month is in last year', 'पिछले साल अक्टूबर 15 को चुनाव हुए थे।', [['पिछले साल अक्टूबर 15', '2024-10-15']]],
];

for (const [name, text, expected, ref] of cases) {
  test(`date grammar: ${name}`, () => {
    assert.deepEqual(dates(text, ref === 'none' ? null : ref ?? '2025-09-03'), expected);
  });
}

test('a century value reads as a century in hovers', async () => {
  const { describeDate } = await import('../../server/src/core/describe');
  assert.deepEqual(describeDate('14'), ['the 1400s (the 15th century)']);
  assert.deepEqual(describeDate('20'), ['the 2000s (the 21st century)']);
  assert.deepEqual(describeDate('1979-SU'), ['summer 1979']);
  assert.deepEqual(describeDate('11/14'), ['from the 1100s to the 1400s']);
  assert.deepEqual(describeDate('198/200'), ['from the 1980s to the 2000s']);
  assert.deepEqual(describeDate('2020/2025'), ['from 2020 to 2025']);
});
