// Clock times joined to days: two bare hours after a day, a day's end, minutes before a half hour.
// Our own sentences; the reference date 2025-09-03 is a Wednesday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';

function dates(text: string, ref: string | null): [string, string][] {
  return findDates(text, tokenize(text), ref !== null ? { value: ref, source: 'override' } : undefined).map((s) => [s.text, s.value]);
}

const cases: [string, string, [string, string][], string?][] = [
  // Two digit hours after a day, joined by a hyphen or से, closed by को or by का/की before a word for time.
  ['weekday, को, an hour range, का समय', 'आयोग सोमवार को 12-4 का समय सुनवाई के लिए देगा।', [['सोमवार को 12-4', '2025-09-08T12:00/2025-09-08T16:00']]],
  ['next weekday (next week\'s, on a Wednesday) and an hour range closed by को', 'मंत्री अगले शुक्रवार 6-8 को जनता से मिलेंगे।', [['अगले शुक्रवार 6-8', '2025-09-12T06:00/2025-09-12T08:00']]],
  ['a date, को, two hours joined by और before के बीच', 'परीक्षा 5 अक्टूबर को 10 और 1 के बीच होगी।', [['5 अक्टूबर को 10 और 1', '2025-10-05T10:00/2025-10-05T13:00']]],
  ['a score before जीत stays two numbers', 'टीम ने शनिवार को 2-1 की जीत दर्ज की।', [['शनिवार', '2025-08-30']]],
  ['a score closed by को before a result word stays two numbers', 'टीम ने रविवार को 1-3 को हार मान ली।', [['रविवार', '2025-08-31']]],
  ['two numbers before की and a counted noun are a count', 'मंगलवार को 5-6 की संख्या में लोग पहुंचे।', [['मंगलवार', '2025-09-02']]],
  ['a falling pair (a set score) is no range', 'फाइनल शुक्रवार को 6-4 को खेला गया।', [['शुक्रवार', '2025-08-29']]],
  // The end of a day is its last minute.
  ['the end of tomorrow', 'सरकार कल के अंत तक फैसला सुनाएगी।', [['कल के अंत', '2025-09-04T23:59']]],
  ['the end of this Sunday', 'मेला इस रविवार के अंत में समाप्त होगा।', [['इस रविवार के अंत', '2025-09-07T23:59']]],
  ['the end of a year keeps the year', 'काम इस साल के अंत तक पूरा होगा।', [['इस साल के अंत', '2025']]],
  // Minutes before a half hour.
  ['three minutes to half past five', 'ट्रेन साढ़े पाँच बजने में तीन मिनट बाकी थे तब पहुंची।', [['साढ़े पाँच बजने में तीन मिनट बाकी', '2025-09-03T05:27']]],
  ['three minutes to eight', 'आठ बजने में तीन मिनट पर धमाका हुआ।', [['आठ बजने में तीन मिनट', '2025-09-03T07:57']]],
  // A clock time without its part of the day, then a day with one: that hour of that part.
  ['an hour, a comma, this morning', 'मंत्री 7 बजे, आज सुबह दिल्ली पहुंचेंगे।', [['7 बजे, आज सुबह', '2025-09-03T07:00']]],
  ['an hour, then tomorrow night', 'सभा 8 बजे कल रात होगी।', [['8 बजे कल रात', '2025-09-04T20:00']]],
  ['a time with its own part of the day stays apart', 'सुबह 7 बजे, आज शाम फिर बैठक होगी।', [['सुबह 7 बजे', '2025-09-03T07:00'], ['आज शाम', '2025-09-03TEV']]],
  ['an evening hour, then tomorrow, no reference date', 'बैठक शाम 4 बजे कल होगी।', [['शाम 4 बजे कल', 'XXXX-XX-XXT16:00']], 'none'],
  // Hour and minutes said as two numbers after a part of the day, before a form of होना.
  ['evening, के, hour and minutes, हुए', 'जब धमाका हुआ तब शाम के 9 पैंतालिस हुए थे।', [['शाम के 9 पैंतालिस', '2025-09-03T21:45']]],
  ['evening, के, two numbers before a counted noun', 'शाम के 9 पैंतालिस लोग पहुंचे।', []],
  // A range of clock times before its day, directly or after के बीच.
  ['a range, के बीच, a date', 'मतदान 10 और 11:30 के बीच 5 अक्टूबर को होगा।', [['10 और 11:30 के बीच 5 अक्टूबर', '2025-10-05T10:00/2025-10-05T11:30']]],
  ['a range then a date with its year', 'परीक्षा सुबह 9 से 11 बजे 5 मार्च 2026 को होगी।', [['सुबह 9 से 11 बजे 5 मार्च 2026', '2026-03-05T09:00/2026-03-05T11:00']]],
  ['a range before a count stays alone', 'सुबह 9 से 11 बजे 5 लोग आए।', [['सुबह 9 से 11 बजे', '2025-09-03T09:00/2025-09-03T11:00']]],
  // A day and month in digits before a weekday: the reading that falls on that weekday, the nearer one when both do.
  ['day.month before its weekday', 'अगली सुनवाई 12-9 शुक्रवार को होगी।', [['12-9 शुक्रवार', '2025-09-12']]],
  ['both readings on the weekday: the nearer', 'सुनवाई 5.9 शुक्रवार को होगी।', [['5.9 शुक्रवार', '2025-09-05']]],
  // (Neither pair below is read as a day and month; only its last number and the weekday may make a day.)
  ['a pair no reading of which falls on the weekday', 'मैच में 4-2 शनिवार को हुआ।', [['2 शनिवार', '2025-08-02']]],
  ['a score in a list before a weekday', 'उसने 6-4, 12-9 शुक्रवार को जीता।', [['9 शुक्रवार', '2025-05-09']]],
  ['no article date, no reading', 'सुनवाई 12-9 शुक्रवार को होगी।', [['9 शुक्रवार', 'XXXX-XX-09']], 'none'],
  // Clock times written without a colon or with p.m glued to the hour.
  ['four-digit times with a leading zero before के बीच', 'दफ्तर 0930-1130 के बीच बंद रहा।', [['0930-1130', '2025-09-03T09:30/2025-09-03T11:30']]],
  ['four-digit times before बजे', 'मतदान 0800-1700 बजे तक चलेगा।', [['0800-1700 बजे', '2025-09-03T08:00/2025-09-03T17:00']]],
  ['four digits without a leading zero before के बीच are no times', 'यह 1730-1830 के बीच बना।', [['1730-1830', '1730/1830']]],
  ['a date, an hour with p.m glued, a bare end', 'बैठक 2025-09-20 1p.m से 4 तक चलेगी।', [['2025-09-20 1p.m से 4', '2025-09-20T13:00/2025-09-20T16:00']]],
  // English hour words, in Devanagari or Latin letters, before o'clock, am or pm.
  ['an English hour in Devanagari before o\'clock', 'उद्घाटन सेवन ओक्लॉक होगा।', [['सेवन ओक्लॉक', '2025-09-03T07:00']]],
  ['evening, an English hour, पीएम', 'पार्टी शाम सेवन पीएम को शुरू होगी।', [['शाम सेवन पीएम', '2025-09-03T19:00']]],
  ['hour and minutes, p. m with a space', 'शो seven thirty p. m तक चलेगा।', [['seven thirty p. m', '2025-09-03T19:30']]],
  ['सेवन without a clock word is consumption', 'तंबाकू का सेवन घटा है।', []],
  ['एट before पीएम is "at"', 'बैठक एट पीएम हाउस में हुई।', []],
  ['a digit before पीएम without a part of the day is no time', 'बैठक में 5 पीएम मोदी के समर्थक थे।', []],
  // The daytime (दिन के, दिन में) before a clock time; midnight written with a hyphen.
  ['daytime, an afternoon hour', 'धरना दिन के 3 बजे खत्म हुआ।', [['दिन के 3 बजे', '2025-09-03T15:00']]],
  ['daytime, a morning hour', 'दफ्तर दिन के 11 बजे खुला।', [['दिन के 11 बजे', '2025-09-03T11:00']]],
  ['daytime, two hours, के बीच', 'बिजली दिन में 2 से 4 के बीच कटेगी।', [['दिन में 2 से 4', '2025-09-03T14:00/2025-09-03T16:00']]],
  ['a weekday, को, daytime and its hour', 'बैठक सोमवार को दिन में 2 बजे होगी।', [['सोमवार को दिन में 2 बजे', '2025-09-08T14:00']]],
  ['a day and a count is no time', 'एक दिन में 10 सिगरेट पीना नुकसानदेह है।', []],
  ['a weekday, daytime, a count: the weekday alone', 'सोमवार दिन में 5 लोग आए।', [['सोमवार', '2025-09-01']]],
  ['midnight with a hyphen', 'कर्फ्यू आधी-रात से लागू होगा।', [['आधी-रात', '2025-09-03T00:00']]],
  // A month-first day with its clock time, then the year (as the C library prints a date).
  ['weekday, month, day, time with seconds, year', 'लॉग में दर्ज समय बुधवार अक्टूबर 26 15:50:06 2016 है।', [['बुधवार अक्टूबर 26 15:50:06 2016', '2016-10-26T15:50']]],
  ['a number of people after the time is no year', 'अक्टूबर 26 15:50 बजे 2016 लोग पहुंचे।', [['अक्टूबर 26 15:50 बजे', '2025-10-26T15:50']]],
  // The undotted abbreviation जन after a day written as an ordinal in digits, closed by a postposition or a year.
  ['an evening hour then the 1st of January', 'वे शाम को 8 बजे 1ली जन को लौटेंगे।', [['शाम को 8 बजे 1ली जन', '2026-01-01T20:00']]],
  ['an ordinal day, जन, a year', 'कानून 3री जन 2016 को लागू हुआ।', [['3री जन 2016', '2016-01-03']]],
  ['जन सभा after an ordinal is a public meeting', 'उनकी 1ली जन सभा पटना में हुई।', []],
  // कल in a range with आज: after आज … से it is tomorrow, before से आज yesterday, whatever the tense.
  ['today afternoon to tomorrow morning, present tense', 'सड़क आज दोपहर से कल सुबह तक बंद रहती है।', [['आज दोपहर', '2025-09-03TAF'], ['कल सुबह', '2025-09-04TMO']]],
  ['yesterday evening to this morning, future tense', 'जांच कल शाम से आज सुबह तक चलेगी।', [['कल शाम', '2025-09-02TEV'], ['आज सुबह', '2025-09-03TMO']]],
  ['से of another phrase leaves the tense to decide', 'आज वह घर से कल की तरह निकला।', [['आज', '2025-09-03'], ['कल', '2025-09-02']]],
  // A clock time on one day and a part of another day joined by से … तक: one range across days.
  ['tonight\'s hour to tomorrow morning', 'दुकानें आज रात 9 बजे से कल सुबह तक बंद रहेंगी।', [['आज रात 9 बजे से कल सुबह', '2025-09-03T21:00/2025-09-04TMO']]],
  ['a weekday evening hour to the next day\'s morning', 'कर्फ्यू शनिवार शाम 6 बजे से रविवार सुबह तक लागू रहेगा।', [['शनिवार शाम 6 बजे से रविवार सुबह', '2025-09-06T18:00/2025-09-07TMO']]],
  ['a morning to a night hour of the next day', 'मेला शनिवार सुबह से रविवार रात 10 बजे तक चलेगा।', [['शनिवार सुबह से रविवार रात 10 बजे', '2025-09-06TMO/2025-09-07T22:00']]],
  ['without the article\'s date, two unresolved days', 'दुकानें आज शाम 6 बजे से कल सुबह तक बंद रहेंगी।', [['आज शाम 6 बजे से कल सुबह', 'XXXX-XX-XXT18:00/XXXX-XX-XXTMO']], 'none'],
  ['without तक the two stay apart', 'वह आज शाम 6 बजे से कल सुबह की तैयारी में लगा था।', [['आज शाम 6 बजे', '2025-09-03T18:00'], ['कल सुबह', '2025-09-04TMO']]],
  ['an end before the start stays apart', 'वह कल शाम 6 बजे घर से निकला और आज सुबह तक लौटा।', [['कल शाम 6 बजे', '2025-09-02T18:00'], ['आज सुबह', '2025-09-03TMO']]],
  // A range runs forward: a bare weekday at its end read before its start moves a week on (or, in
  // the past, a bare weekday at its start a week back).
  ['a Friday night hour to a Monday morning hour, future', 'कर्फ्यू शुक्रवार रात 10 बजे से सोमवार सुबह 6 बजे तक लागू रहेगा।', [['शुक्रवार रात 10 बजे से सोमवार सुबह 6 बजे', '2025-09-12T22:00/2025-09-15T06:00']], '2025-09-08'],
  ['Friday to Monday on a Monday, future', 'उत्सव शुक्रवार से सोमवार तक चलेगा।', [['शुक्रवार से सोमवार', '2025-09-12/2025-09-15']], '2025-09-08'],
  ['Monday to Saturday, past, on a Wednesday', 'बाजार सोमवार से शनिवार तक खुला रहा।', [['सोमवार से शनिवार', '2025-08-25/2025-08-30']]],
  ['Monday to Saturday, future, on a Wednesday', 'बाजार सोमवार से शनिवार तक खुला रहेगा।', [['सोमवार से शनिवार', '2025-09-08/2025-09-13']]],
  ['next Friday to a bare Monday', 'बैठक अगले शुक्रवार से सोमवार तक चलेगी।', [['अगले शुक्रवार से सोमवार', '2025-09-12/2025-09-15']]],
  ['two weekdays in two clauses without तक stay apart', 'वह शुक्रवार को घर से सोमवार को लौटा।', [['शुक्रवार', '2025-08-29'], ['सोमवार', '2025-09-01']]],
  // A 24-hour clock hour in words after an afternoon, evening or night word, with minutes or बजे.
  ['afternoon, के, fifteen fifteen', 'ट्रेन दोपहर के पंद्रह पंद्रह पर छूटेगी।', [['दोपहर के पंद्रह पंद्रह', '2025-09-03T15:15']]],
  ['evening, के, eighteen o\'clock', 'सभा शाम के अठारह बजे होगी।', [['शाम के अठारह बजे', '2025-09-03T18:00']]],
  ['evening, के, a count of people', 'शाम के पंद्रह लोग लौट आए।', []],
  // बजकर written as two words; twelve o'clock named as midnight.
  ['बज कर with its minutes', 'ट्रेन 7 बज कर 30 मिनट पर पहुंची।', [['7 बज कर 30 मिनट', '2025-09-03T07:30']]],
  ['बज without minutes stays the hour', 'घड़ी में 7 बज गए थे।', [['7 बज', '2025-09-03T07:00']]],
  ['twelve o\'clock midnight', 'नया कानून 12 बजे मध्यरात्रि से लागू हुआ।', [['12 बजे मध्यरात्रि', '2025-09-03T00:00']]],
  ['another hour before midnight stays apart', 'वह 10 बजे मध्यरात्रि की बैठक में गया।', [['10 बजे', '2025-09-03T10:00'], ['मध्यरात्रि', '2025-09-03T00:00']]],
  // इस before a weekday: the coming one unless the verb is past; a bare weekday keeps the tense's reading.
  ['this Friday with a present verb is ahead', 'मंत्री इस शुक्रवार को दौरे पर हैं।', [['इस शुक्रवार', '2025-09-05']]],
  ['this Monday with a past verb is behind', 'इस सोमवार को बैठक हुई थी।', [['इस सोमवार', '2025-09-01']]],
  ['a bare weekday with a present verb is behind', 'शुक्रवार को बाजार बंद है।', [['शुक्रवार', '2025-08-29']]],
  // A clock time with no day of its own, a few words after a date of one day in the same sentence, is on that day.
  ['a weekday, then the hour in the same sentence', 'गुरुवार को लंदन में दोपहर 3 बजे मैच होगा।', [['गुरुवार', '2025-09-04'], ['दोपहर 3 बजे', '2025-09-04T15:00']]],
  ['yesterday, then a range of hours', 'कल बाजार सुबह 9 बजे से दोपहर 1 बजे तक बंद रहा।', [['कल', '2025-09-02'], ['सुबह 9 बजे से दोपहर 1 बजे', '2025-09-02T09:00/2025-09-02T13:00']]],
  ['a sentence end between them keeps the article\'s day', 'गुरुवार को मैच है। दोपहर 3 बजे टीम पहुंची।', [['गुरुवार', '2025-08-28'], ['दोपहर 3 बजे', '2025-09-03T15:00']]],
  ['a comma between them keeps the article\'s day', 'सोमवार को हड़ताल होगी, पर 10 बजे दुकानें खुलेंगी।', [['सोमवार', '2025-09-08'], ['10 बजे', '2025-09-03T10:00']]],
  ['too many words between them keep the article\'s day', 'गुरुवार को हुई बैठक में तय किए गए नियमों के अनुसार दोपहर 3 बजे दफ्तर बंद होगा।', [['गुरुवार', '2025-09-04'], ['दोपहर 3 बजे', '2025-09-03T15:00']]],
  // Hour and minutes written with a dot after their part of the day, without बजे.
  ['morning, hour.minutes, पर', 'उड़ान सुबह 6.45 पर रवाना होगी।', [['सुबह 6.45', '2025-09-03T06:45']]],
  ['morning, a decimal before a unit stays a figure', 'पारा सुबह 10.20 डिग्री पर था।', []],
  ['a decimal alone before पर stays a figure', 'रेपो दर 6.50 पर स्थिर रही।', []],
];

for (const [name, text, expected, ref] of cases) {
  test(`date clock: ${name}`, () => {
    assert.deepEqual(dates(text, ref === 'none' ? null : ref ?? '2025-09-03'), expected);
  });
}
