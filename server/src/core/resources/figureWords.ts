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
  ['प्रतिशत', '%'], ['फीसदी', '%'], ['फ़ीसदी', '%'], ['फीसद', '%'], ['फ़ीसद', '%'], ['प्रतिशत।', '%'], ['percent', '%'], ['pc', '%'], ['pct', '%'], ['%', '%'], ['पर्सेंट', '%'], ['परसेंट', '%'],
  ['रुपये', 'INR'], ['रुपए', 'INR'], ['रुपया', 'INR'], ['रूपये', 'INR'], ['रूपए', 'INR'], ['रुपयों', 'INR'], ['रु', 'INR'], ['रु.', 'INR'], ['rupees', 'INR'], ['rupee', 'INR'], ['inr', 'INR'],
  ['डॉलर', 'USD'], ['डालर', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'],
  ['यूरो', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['पाउंड', 'GBP'], ['पौंड', 'GBP'], ['pound', 'GBP'], ['pounds', 'GBP'], ['gbp', 'GBP'],
  ['येन', 'JPY'], ['yen', 'JPY'],
  ['युआन', 'CNY'], ['yuan', 'CNY'], ['कुआई', 'CNY'], ['kuai', 'CNY'], ['रेनमिनबी', 'CNY'], ['renminbi', 'CNY'],
  ['रूबल', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['दिरहम', 'AED'], ['रियाल', 'SAR'], ['टका', 'BDT'],
  ['रूपया', 'INR'], ['रूपयों', 'INR'],
  // Currencies whose name says the country alone (a shared name, दीनार, पेसो, क्रोना, needs its nationality).
  ['रैंड', 'ZAR'], ['rand', 'ZAR'], ['रिंगित', 'MYR'], ['रिंगिट', 'MYR'], ['ringgit', 'MYR'], ['शेकेल', 'ILS'], ['शेकल', 'ILS'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  ['नायरा', 'NGN'], ['naira', 'NGN'], ['baht', 'THB'], ['न्गुलट्रम', 'BTN'], ['ngultrum', 'BTN'], ['रुफिया', 'MVR'], ['rufiyaa', 'MVR'], ['क्यात', 'MMK'], ['kyat', 'MMK'],
  ['रिव्निया', 'UAH'], ['hryvnia', 'UAH'], ['ज़्लॉटी', 'PLN'], ['zloty', 'PLN'], ['lari', 'GEL'],
  ['पैसे', 'INR-paise'],
]);

/**
 * A nationality word before a currency word names the currency (कनाडाई डॉलर, पाकिस्तानी रुपये):
 * `adjective currency-word` (match keys) → ISO 4217 code. The plain currency words are in
 * FIGURE_UNIT_BY_KEY.
 */
export const QUALIFIED_CURRENCY: ReadonlyMap<string, string> = new Map(
  ([
    ['अमेरिकी डॉलर', 'USD'], ['अमरीकी डॉलर', 'USD'], ['यूएस डॉलर', 'USD'], ['us डॉलर', 'USD'], ['कनाडाई डॉलर', 'CAD'], ['कैनेडियन डॉलर', 'CAD'],
    ['ऑस्ट्रेलियाई डॉलर', 'AUD'], ['आस्ट्रेलियाई डॉलर', 'AUD'], ['न्यूजीलैंड डॉलर', 'NZD'], ['हांगकांग डॉलर', 'HKD'], ['सिंगापुर डॉलर', 'SGD'], ['सिंगापुरी डॉलर', 'SGD'],
    ['ताइवानी डॉलर', 'TWD'], ['चीनी युआन', 'CNY'], ['जापानी येन', 'JPY'], ['ब्रिटिश पाउंड', 'GBP'], ['मिस्री पाउंड', 'EGP'], ['पाकिस्तानी रुपये', 'PKR'],
    ['पाकिस्तानी रुपए', 'PKR'], ['पाकिस्तानी रुपया', 'PKR'], ['नेपाली रुपये', 'NPR'], ['नेपाली रुपए', 'NPR'], ['श्रीलंकाई रुपये', 'LKR'], ['श्रीलंकाई रुपए', 'LKR'],
    ['भारतीय रुपये', 'INR'], ['भारतीय रुपए', 'INR'], ['भारतीय रुपया', 'INR'], ['रूसी रूबल', 'RUB'], ['सऊदी रियाल', 'SAR'], ['बांग्लादेशी टका', 'BDT'],
    ['स्विस फ्रैंक', 'CHF'], ['स्विस फ़्रैंक', 'CHF'],
    ['कुवैती दीनार', 'KWD'], ['इराकी दीनार', 'IQD'], ['जॉर्डनियन दीनार', 'JOD'], ['बहरीनी दीनार', 'BHD'], ['लीबियाई दीनार', 'LYD'], ['अल्जीरियाई दीनार', 'DZD'],
    ['तुर्की लीरा', 'TRY'], ['तुर्की लिरा', 'TRY'], ['तुर्किश लीरा', 'TRY'], ['थाई बाट', 'THB'], ['मलेशियाई रिंगित', 'MYR'], ['इंडोनेशियाई रुपिया', 'IDR'],
    ['मैक्सिकन पेसो', 'MXN'], ['मेक्सिकन पेसो', 'MXN'], ['फिलीपीन पेसो', 'PHP'], ['फिलिपीनी पेसो', 'PHP'], ['अर्जेंटीना पेसो', 'ARS'], ['अर्जेंटीनी पेसो', 'ARS'],
    ['चिली पेसो', 'CLP'], ['कोलंबियाई पेसो', 'COP'], ['स्वीडिश क्रोना', 'SEK'], ['नॉर्वेजियन क्रोन', 'NOK'], ['डेनिश क्रोन', 'DKK'],
    ['ईरानी रियाल', 'IRR'], ['ओमानी रियाल', 'OMR'], ['कतरी रियाल', 'QAR'], ['यमनी रियाल', 'YER'], ['ब्राज़ीलियाई रियल', 'BRL'], ['ब्राजीली रियल', 'BRL'],
    ['केन्याई शिलिंग', 'KES'], ['युगांडा शिलिंग', 'UGX'], ['तंजानियाई शिलिंग', 'TZS'], ['इज़राइली शेकेल', 'ILS'], ['इजरायली शेकेल', 'ILS'], ['वियतनामी डोंग', 'VND'],
    ['लेबनानी पाउंड', 'LBP'], ['सीरियाई पाउंड', 'SYP'], ['सूडानी पाउंड', 'SDG'], ['यूक्रेनी रिव्निया', 'UAH'], ['भूटानी न्गुलट्रम', 'BTN'],
    ['मालदीवी रुफिया', 'MVR'], ['म्यांमार क्यात', 'MMK'], ['पोलिश ज़्लॉटी', 'PLN'], ['जॉर्जियाई लारी', 'GEL'], ['नाइजीरियाई नायरा', 'NGN'],
  ] as const).map(([k, v]) => [k.split(' ').map(numberKey).join(' '), v]),
);

/** Letters before `$` that say which dollar (C$, c $, AUD$, NZ$, US$): match key → ISO 4217 code. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = keyedMap([
  ['c', 'CAD'], ['ca', 'CAD'], ['cad', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'], ['nz', 'NZD'], ['nzd', 'NZD'], ['us', 'USD'], ['usd', 'USD'],
  ['hk', 'HKD'], ['hkd', 'HKD'], ['s', 'SGD'], ['sg', 'SGD'], ['sgd', 'SGD'], ['nt', 'TWD'], ['mx', 'MXN'],
  // R$ is the Brazilian real, not a dollar, but written the same way.
  ['r', 'BRL'],
]);

/** Currency signs written after a number (100元, 100 ₾). */
export const CURRENCY_SUFFIX_SIGNS: ReadonlyMap<string, string> = new Map([
  ['元', 'CNY'], ['₾', 'GEL'], ['₽', 'RUB'], ['৳', 'BDT'], ['₩', 'KRW'], ['₺', 'TRY'], ['฿', 'THB'], ['₫', 'VND'], ['₴', 'UAH'],
]);

/** Currency symbols written before a number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['₹', 'INR'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
]);

/** Currency words written before a number (Rs 500, INR 500, USD 20). */
export const CURRENCY_PREFIX_WORDS: ReadonlyMap<string, string> = keyedMap([
  ['rs', 'INR'], ['inr', 'INR'], ['usd', 'USD'], ['us$', 'USD'], ['रु', 'INR'], ['eur', 'EUR'], ['gbp', 'GBP'],
  ['chf', 'CHF'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['aed', 'AED'], ['sar', 'SAR'], ['pkr', 'PKR'], ['npr', 'NPR'], ['lkr', 'LKR'], ['bdt', 'BDT'], ['rub', 'RUB'], ['krw', 'KRW'], ['zar', 'ZAR'], ['brl', 'BRL'],
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
    'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
    'km', 'kg', 'm', 'cm', 'mm', 'g', 'l', 'ml', 'kmph', 'mph', 'ft', 'gb', 'mb', 'tb', 'mw', 'kw', 'gw', 'kwh', 'hz', 'mhz', 'ghz', 'mp', 'x',
    'lb', 'lbs', 'oz', 'inch', 'inches', 'foot', 'feet', 'yard', 'yards', 'mile', 'miles', 'acre', 'acres', 'hectare', 'hectares', 'gallon', 'gallons',
    'metre', 'metres', 'meter', 'meters', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'gram', 'grams', 'kilogram', 'kilograms', 'tonne', 'tonnes', 'tons',
    'litre', 'litres', 'liter', 'liters', 'degree', 'degrees', 'celsius', 'fahrenheit'].map(numberKey),
);

/** Words after a number that are not the counted noun (postpositions, particles, conjunctions). */
export const NOT_A_NOUN: ReadonlySet<string> = new Set(
  ['में', 'के', 'की', 'का', 'को', 'से', 'ने', 'पर', 'तक', 'भी', 'ही', 'और', 'व', 'या', 'है', 'हैं', 'था', 'थी', 'थे', 'लोगों', 'वाले', 'वाली', 'वाला', 'जो', 'कि', 'से', 'मे'].map(numberKey),
);

/**
 * Words after a number (or after its counted noun) that bound it, longest first: `50 से अधिक`,
 * `30 से कम या उसके बराबर`, `200 या ज़्यादा`, `700 तक`, `20 के बराबर`. Each entry is the phrase
 * (words separated by spaces, compared by match key) and the relation it puts on the number.
 */
export const BOUNDS_AFTER: readonly (readonly [string, '>' | '>=' | '<' | '<=' | '='])[] = ([
  ['से अधिक या उसके बराबर', '>='], ['से अधिक या इसके बराबर', '>='], ['से ज़्यादा या उसके बराबर', '>='], ['से ज़्यादा या इसके बराबर', '>='],
  ['से बड़ा या उसके बराबर', '>='], ['से बड़ी या उसके बराबर', '>='], ['से बड़ी या उसके समान', '>='], ['से बड़ा या उसके समान', '>='],
  ['के बराबर या उससे अधिक', '>='], ['के बराबर या उससे ज़्यादा', '>='], ['के बराबर या इससे अधिक', '>='],
  ['से कम या उसके बराबर', '<='], ['से कम या इसके बराबर', '<='], ['से कम या समान', '<='], ['से कम या उसके समान', '<='], ['के बराबर या उससे कम', '<='],
  ['या उससे ज़्यादा', '>='], ['या उससे अधिक', '>='], ['या इससे ज़्यादा', '>='], ['या इससे अधिक', '>='], ['या उससे कम', '<='], ['या इससे कम', '<='],
  ['से कम नहीं', '>='], ['से ज़्यादा नहीं', '<='], ['से अधिक नहीं', '<='],
  ['या ज़्यादा', '>='], ['या अधिक', '>='], ['या कम', '<='], ['या उससे अधिक', '>='],
  ['से अधिक', '>'], ['से ज़्यादा', '>'], ['से ऊपर', '>'], ['से बड़ा', '>'], ['से बड़ी', '>'], ['से ज्यादा', '>'],
  ['से कम', '<'], ['से नीचे', '<'], ['से छोटा', '<'], ['से छोटी', '<'],
  ['के बराबर', '='], ['तक', '<='],
  ['or more', '>='], ['or less', '<='], ['or fewer', '<='],
] as const).map(([p, r]) => [p.split(' ').map(numberKey).join(' '), r] as const).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Words before a number that bound it: `कम से कम 20`, `ज़्यादा से ज़्यादा 100`, `अधिकतम 5`, `at least 3`. */
export const BOUNDS_BEFORE: readonly (readonly [string, '>' | '>=' | '<' | '<=' | '='])[] = ([
  ['कम से कम', '>='], ['ज़्यादा से ज़्यादा', '<='], ['अधिक से अधिक', '<='], ['अधिकतम', '<='], ['न्यूनतम', '>='],
  ['at least', '>='], ['at most', '<='], ['more than', '>'], ['less than', '<'], ['fewer than', '<'], ['up to', '<='],
] as const).map(([p, r]) => [p.split(' ').map(numberKey).join(' '), r] as const);
