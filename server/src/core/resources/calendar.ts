/**
 * Calendar words for the DATE recogniser: month names, weekdays, parts of the day and the
 * relative words of Hindi news, with the spelling variants found in print.
 *
 * Provenance: the canonical Hindi month and weekday names are CLDR's, as
 * `Intl.DateTimeFormat('hi', { month: 'long' | 'short', weekday: 'long' })` prints them
 * (जनवरी … दिसंबर, जन॰ …, रविवार … शनिवार). The variants (सितम्बर, फरवरी without nukta,
 * अप्रील, नवम्बर, short forms without the abbreviation sign, Sept, Thur…) were added by hand
 * from common newspaper usage. Lookups go through `numberKey`, so nukta and chandrabindu
 * variants need not be listed separately.
 */
import { keyedMap } from '../recognize/numberKey';

const MONTHS: readonly (readonly string[])[] = [
  ['जनवरी', 'जन॰', 'जन.', 'january', 'jan', 'jan.'],
  ['फ़रवरी', 'फरवरी', 'फ़र॰', 'फर.', 'फ़ेब्रुअरी', 'february', 'feb', 'feb.'],
  ['मार्च', 'march', 'mar', 'mar.'],
  ['अप्रैल', 'अप्रेल', 'अप्रील', 'एप्रिल', 'april', 'apr', 'apr.'],
  ['मई', 'may'],
  ['जून', 'june', 'jun', 'jun.'],
  ['जुलाई', 'जुलै', 'जुल॰', 'july', 'jul', 'jul.'],
  ['अगस्त', 'अगस्‍त', 'अग॰', 'august', 'aug', 'aug.'],
  ['सितंबर', 'सितम्बर', 'सितंबर', 'सेप्टेंबर', 'सित॰', 'september', 'sep', 'sept', 'sep.', 'sept.'],
  ['अक्टूबर', 'अक्तूबर', 'अक्टुबर', 'अक्तुबर', 'अक्टू॰', 'october', 'oct', 'oct.'],
  ['नवंबर', 'नवम्बर', 'नवंबर', 'नव॰', 'november', 'nov', 'nov.'],
  ['दिसंबर', 'दिसम्बर', 'दिसंबर', 'दिस॰', 'december', 'dec', 'dec.'],
];

/** Month word (match key) → month number 1–12. */
export const MONTH_BY_KEY: ReadonlyMap<string, number> = keyedMap(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/**
 * Hindi month abbreviations read only with their full stop (जन. 1, सितं. 2001): without it most
 * are ordinary words (जन "people", मा, नव "new").
 */
export const MONTH_ABBREV_BY_KEY: ReadonlyMap<string, number> = keyedMap([
  ['जन', 1], ['फर', 2], ['फ़र', 2], ['फ़रव', 2], ['मा', 3], ['मार्', 3], ['अप्र', 4], ['अप्रै', 4], ['जू', 6], ['जु', 7], ['जुला', 7], ['अग', 8], ['सित', 9], ['सितं', 9], ['सितम्', 9],
  ['अक्टू', 10], ['अक्तू', 10], ['अक्ट', 10], ['नवं', 11], ['नव', 11], ['नवम्', 11], ['दिस', 12], ['दिसं', 12],
]);

/** English month words that are also ordinary English words: only read as months next to a day or year. */
export const AMBIGUOUS_LATIN_MONTHS: ReadonlySet<string> = new Set(['may', 'mar', 'jan', 'jun', 'sep', 'oct', 'dec', 'aug', 'apr', 'nov', 'feb', 'jul', 'sept', 'march']);

const WEEKDAYS: readonly (readonly string[])[] = [
  ['रविवार', 'इतवार', 'sunday', 'sun'],
  ['सोमवार', 'monday', 'mon'],
  ['मंगलवार', 'tuesday', 'tue', 'tues'],
  ['बुधवार', 'wednesday', 'wed'],
  ['गुरुवार', 'गुरूवार', 'बृहस्पतिवार', 'वृहस्पतिवार', 'बृहस्पतवार', 'वीरवार', 'thursday', 'thu', 'thur', 'thurs'],
  ['शुक्रवार', 'friday', 'fri'],
  ['शनिवार', 'saturday', 'sat'],
];

/** Canonical Hindi weekday names, 0 = Sunday … 6 = Saturday (the first of each row above). */
export const HINDI_WEEKDAYS: readonly string[] = WEEKDAYS.map((names) => names[0]);

/** English weekday names, 0 = Sunday … 6 = Saturday. */
export const ENGLISH_WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Weekday word (match key) → 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_BY_KEY: ReadonlyMap<string, number> = keyedMap(WEEKDAYS.flatMap((names, i) => names.map((n) => [n, i] as const)));

/** Short Hindi weekday forms (सोम, मंगल, शनि…): also ordinary words (planets), so only read right before a date. */
export const SHORT_HINDI_WEEKDAY_BY_KEY: ReadonlyMap<string, number> = keyedMap([
  ['रवि', 0], ['सोम', 1], ['मंगल', 2], ['बुध', 3], ['गुरु', 4], ['गुरू', 4], ['शुक्र', 5], ['शनि', 6],
]);

/** Short English weekday forms: only read as weekdays next to a date. */
export const SHORT_LATIN_WEEKDAYS: ReadonlySet<string> = new Set(['sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat']);

/** Parts of the day: TIMEX3 suffix and how a clock hour after the word is read (add 12 below `pmFrom`…`pmTo`). */
export interface PartOfDay {
  timex: 'MO' | 'AF' | 'EV' | 'NI';
  /** Hours h with pmFrom <= h < 12 become h + 12. */
  pmFrom: number;
  /** …and below this hour only, when set: दोपहर 11 बजे is 11:00 (noon covers late morning too). */
  pmTo?: number;
}
export const PART_OF_DAY_BY_KEY: ReadonlyMap<string, PartOfDay> = keyedMap<PartOfDay>([
  ['सुबह', { timex: 'MO', pmFrom: 12 }],
  ['सवेरे', { timex: 'MO', pmFrom: 12 }],
  ['सुबह-सुबह', { timex: 'MO', pmFrom: 12 }],
  ['प्रातः', { timex: 'MO', pmFrom: 12 }],
  ['प्रात:', { timex: 'MO', pmFrom: 12 }],
  ['तड़के', { timex: 'MO', pmFrom: 12 }],
  ['भोर', { timex: 'MO', pmFrom: 12 }],
  ['पूर्वाह्न', { timex: 'MO', pmFrom: 12 }],
  ['दोपहर', { timex: 'AF', pmFrom: 1, pmTo: 11 }],
  ['अपराह्न', { timex: 'AF', pmFrom: 1 }],
  ['शाम', { timex: 'EV', pmFrom: 1 }],
  ['सायं', { timex: 'EV', pmFrom: 1 }],
  ['संध्या', { timex: 'EV', pmFrom: 1 }],
  ['सायंकाल', { timex: 'EV', pmFrom: 1 }],
  ['अपराहन', { timex: 'AF', pmFrom: 1 }],
  ['रात', { timex: 'NI', pmFrom: 5 }],
  ['रात्रि', { timex: 'NI', pmFrom: 5 }],
  ['देर रात', { timex: 'NI', pmFrom: 5 }],
  ['आधी रात', { timex: 'NI', pmFrom: 12 }],
]);

/** Relative day words: offset in days from the reference date; `कल`/`परसों` depend on the tense. */
export const RELATIVE_DAY_BY_KEY: ReadonlyMap<string, { offset: number; tensed: boolean }> = keyedMap([
  ['आज', { offset: 0, tensed: false }],
  ['आजकल', { offset: 0, tensed: false }],
  ['कल', { offset: 1, tensed: true }],
  ['परसों', { offset: 2, tensed: true }],
  ['नरसों', { offset: 3, tensed: true }],
  ['today', { offset: 0, tensed: false }],
  ['yesterday', { offset: -1, tensed: false }],
  ['tomorrow', { offset: 1, tensed: false }],
]);
// आजकल ("nowadays") is not a day: it is listed only to be rejected by the recogniser.

/** Direction words before a calendar unit or a weekday: -1 past, 0 this, +1 next. */
export const DIRECTION_BY_KEY: ReadonlyMap<string, number> = keyedMap([
  ['पिछले', -1], ['पिछला', -1], ['पिछली', -1], ['गत', -1], ['बीते', -1], ['बीता', -1], ['बीती', -1], ['विगत', -1], ['पूर्व', -1],
  ['अगले', 1], ['अगला', 1], ['अगली', 1], ['आगामी', 1], ['आने', 1],
  ['इस', 0], ['इसी', 0], ['चालू', 0], ['मौजूदा', 0], ['वर्तमान', 0],
  ['last', -1], ['next', 1], ['this', 0], ['coming', 1],
]);

/**
 * Seasons → their TIMEX3 code (SP spring, SU summer, FA autumn, WI winter). A DATE only after a
 * direction word (अगले वसंत, पिछली सर्दियों) or a year (2016 की गर्मियों): alone, गर्मी is also
 * "heat" and वसंत a name. Provenance: standard Hindi season words.
 */
export const SEASON_BY_KEY: ReadonlyMap<string, string> = keyedMap([
  ['गर्मी', 'SU'], ['गर्मियों', 'SU'], ['गर्मियां', 'SU'], ['गर्मियाँ', 'SU'], ['ग्रीष्म', 'SU'], ['ग्रीष्मकाल', 'SU'],
  ['सर्दी', 'WI'], ['सर्दियों', 'WI'], ['सर्दियां', 'WI'], ['सर्दियाँ', 'WI'], ['जाड़े', 'WI'], ['जाड़ों', 'WI'], ['शीतकाल', 'WI'],
  ['वसंत', 'SP'], ['बसंत', 'SP'], ['पतझड़', 'FA'], ['पतझड़', 'FA'],
  ['summer', 'SU'], ['winter', 'WI'], ['spring', 'SP'], ['autumn', 'FA'], ['fall', 'FA'],
]);

/** Calendar units after a direction word. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'fortnight' | 'weekend';
/** Clock units for "N घंटे पहले": the value is the reference day (our reference date has no time of day). */
export const CLOCK_UNIT_BY_KEY: ReadonlySet<string> = new Set(['घंटे', 'घंटा', 'घंटों', 'मिनट', 'मिनटों', 'सेकंड', 'सेकेंड', 'hours', 'hour', 'minutes', 'minute', 'seconds']);

export const UNIT_BY_KEY: ReadonlyMap<string, CalendarUnit> = keyedMap<CalendarUnit>([
  ['दिन', 'day'], ['दिनों', 'day'],
  ['सप्ताह', 'week'], ['सप्ताहों', 'week'], ['हफ्ते', 'week'], ['हफ़्ते', 'week'], ['हफ्ता', 'week'], ['हफ्तों', 'week'], ['हप्ते', 'week'],
  ['पखवाड़े', 'fortnight'], ['पखवाड़ा', 'fortnight'],
  ['सप्ताहांत', 'weekend'], ['वीकेंड', 'weekend'],
  ['महीने', 'month'], ['महीना', 'month'], ['महीनों', 'month'], ['माह', 'month'], ['मास', 'month'], ['महिने', 'month'],
  ['साल', 'year'], ['सालों', 'year'], ['वर्ष', 'year'], ['वर्षों', 'year'], ['बरस', 'year'], ['बरसों', 'year'], ['सन', 'year'], ['सन्', 'year'],
  ['दशक', 'decade'], ['दशकों', 'decade'],
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'], ['decade', 'decade'],
]);

/** Words after "N <unit>" that turn a duration into a point in time. */
export const AGO_BY_KEY: ReadonlyMap<string, number> = keyedMap([
  ['पहले', -1], ['पूर्व', -1], ['पहिले', -1], ['बाद', 1], ['ago', -1], ['later', 1],
]);

/** Words that say a 4-digit number is a year: वर्ष 2019, सन 1947, साल 2020. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['वर्ष', 'साल', 'सन', 'सन्', 'ई.', 'ईस्वी', 'year']);

/** Fiscal-year words: वित्त वर्ष, वित्तीय वर्ष, FY. */
export const FISCAL_FIRST: ReadonlySet<string> = new Set(['वित्त', 'वित्तीय', 'वित्‍त']);

/** Time zone abbreviations kept inside a time span. */
export const TIME_ZONES: ReadonlySet<string> = new Set(['ist', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'bst', 'jst', 'kst']);
