/**
 * Word lists for the FIGURE recogniser: units that enter a figure's value (percent, currencies),
 * currency symbols, approximators, the cue words of identifiers, and units of time, measure and
 * money that make the indefinite एक a number.
 *
 * Provenance: written by hand from common Hindi news usage; currency codes are ISO 4217.
 * Lookups go through `numberKey` (nukta and chandrabindu fold, Latin is lower-cased).
 */
import { keyedMap, numberKey } from '../recognize/numberKey';

/** A unit word after a number → the unit that enters the value (`%` or an ISO 4217 code). */
export const FIGURE_UNIT_BY_KEY: ReadonlyMap<string, string> = keyedMap([
  ['प्रतिशत', '%'], ['फीसदी', '%'], ['फ़ीसदी', '%'], ['फीसद', '%'], ['फ़ीसद', '%'], ['प्रतिशत।', '%'], ['percent', '%'], ['pc', '%'], ['%', '%'], ['पर्सेंट', '%'], ['परसेंट', '%'],
  ['रुपये', 'INR'], ['रुपए', 'INR'], ['रुपया', 'INR'], ['रूपये', 'INR'], ['रूपए', 'INR'], ['रुपयों', 'INR'], ['रु', 'INR'], ['रु.', 'INR'], ['rupees', 'INR'], ['rupee', 'INR'], ['inr', 'INR'],
  ['डॉलर', 'USD'], ['डालर', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'],
  ['यूरो', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['पाउंड', 'GBP'], ['पौंड', 'GBP'], ['pound', 'GBP'], ['pounds', 'GBP'], ['gbp', 'GBP'],
  ['येन', 'JPY'], ['yen', 'JPY'],
  ['युआन', 'CNY'], ['yuan', 'CNY'],
  ['रूबल', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['दिरहम', 'AED'], ['रियाल', 'SAR'], ['टका', 'BDT'],
  ['पैसे', 'INR-paise'],
]);

/** Currency symbols written before a number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['₹', 'INR'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
]);

/** Currency words written before a number (Rs 500, INR 500, USD 20). */
export const CURRENCY_PREFIX_WORDS: ReadonlyMap<string, string> = keyedMap([
  ['rs', 'INR'], ['inr', 'INR'], ['usd', 'USD'], ['us$', 'USD'], ['रु', 'INR'], ['eur', 'EUR'], ['gbp', 'GBP'],
]);

/** Approximators before a number: kept as an attribute, outside the span. */
export const APPROXIMATORS: ReadonlySet<string> = new Set(
  ['लगभग', 'करीब', 'क़रीब', 'तकरीबन', 'तक़रीबन', 'करीबन', 'क़रीबन', 'लगभग', 'अनुमानित', 'तकरीबन', 'about', 'around', 'approximately', 'nearly', 'roughly', 'almost', 'some', 'over', 'कोई'].map(numberKey),
);

/** Words before a number that make it an identifier, not a quantity. */
export const IDENTIFIER_CUES: ReadonlySet<string> = new Set(
  ['धारा', 'धाराओं', 'अनुच्छेद', 'section', 'sec', 'article', 'art', 'fir', 'एफआईआर', 'नंबर', 'नम्बर', 'नं', 'no', 'क्रमांक', 'पिन', 'पिनकोड', 'pin', 'कोड', 'code',
    'मॉडल', 'model', 'version', 'वर्जन', 'संस्करण', 'आईपीसी', 'ipc', 'crpc', 'सीआरपीसी', 'बीएनएस', 'bns', 'सेक्टर', 'sector', 'वार्ड', 'ward', 'प्लेटफॉर्म', 'प्लेटफार्म', 'platform',
    'गेट', 'gate', 'रूट', 'route', 'फ्लैट', 'flat', 'कमरा', 'room', 'हाउस', 'पेज', 'page', 'पृष्ठ', 'खंड', 'नियम', 'rule', 'अधिनियम', 'केस', 'case', 'मामला', 'ट्रेन', 'train', 'flight', 'फ्लाइट',
    'उड़ान', 'वाहन', 'बस', 'जर्सी', 'मोबाइल', 'फोन', 'फ़ोन', 'phone', 'हेल्पलाइन', 'helpline', 'टोल-फ्री', 'आईडी', 'id', 'सीट', 'seat'].map(numberKey),
);

/** Units of time, measure and money: the indefinite एक before them is a number (एक साल, एक किलो). */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(
  ['साल', 'वर्ष', 'बरस', 'महीने', 'महीना', 'माह', 'दिन', 'हफ्ते', 'हफ्ता', 'सप्ताह', 'घंटे', 'घंटा', 'मिनट', 'सेकंड', 'सेकेंड', 'पल', 'दशक', 'सदी', 'शताब्दी',
    'किलोमीटर', 'किमी', 'मीटर', 'सेंटीमीटर', 'सेमी', 'मिलीमीटर', 'मिमी', 'किलो', 'किलोग्राम', 'ग्राम', 'टन', 'लीटर', 'मिलीलीटर', 'फुट', 'फीट', 'इंच', 'गज', 'मील', 'एकड़', 'हेक्टेयर', 'बीघा',
    'डिग्री', 'प्रतिशत', 'फीसदी', 'रुपये', 'रुपया', 'रुपए', 'डॉलर', 'यूरो', 'पाउंड', 'करोड़', 'लाख', 'हजार', 'अरब', 'गुना', 'ओवर', 'रन', 'विकेट', 'गोल', 'अंक', 'सीट', 'वोट', 'मत',
    'km', 'kg', 'm', 'cm', 'mm', 'g', 'l', 'ml', 'kmph', 'mph', 'ft', 'gb', 'mb', 'tb', 'mw', 'kw', 'gw', 'kwh', 'hz', 'mhz', 'ghz', 'mp', 'x'].map(numberKey),
);

/** Words after a number that are not the counted noun (postpositions, particles, conjunctions). */
export const NOT_A_NOUN: ReadonlySet<string> = new Set(
  ['में', 'के', 'की', 'का', 'को', 'से', 'ने', 'पर', 'तक', 'भी', 'ही', 'और', 'व', 'या', 'है', 'हैं', 'था', 'थी', 'थे', 'लोगों', 'वाले', 'वाली', 'वाला', 'जो', 'कि', 'से', 'मे'].map(numberKey),
);
