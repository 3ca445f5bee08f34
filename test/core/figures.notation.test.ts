// FIGURE rules of the second Recognizers-Text round, on our own sentences: English number words
// written in Devanagari, maths notation, thousands grouped by spaces, "half" with a unit or bound,
// एक with a hyphenated or qualified unit or standing alone, English units of time as the noun,
// amounts in a currency and its smaller units.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureSpans, figures } from './figureSpans';


const cases: [string, string, [string, string][]][] = [
  // English number words in Devanagari
  ['tens and units', 'स्कोर फ़िफ़्टी टू पर पहुंचा।', [['फ़िफ़्टी टू', '52']]],
  ['with a scale word', 'उसने थ्री डज़न केले खरीदे।', [['थ्री डज़न', '36']]],
  ['after प्लस, outside the span', 'उत्तर प्लस सेवेनटीन रहा।', [['सेवेनटीन', '17']]],
  ['before an English unit word', 'वह फ़िफ़्टी यर्स के हैं।', [['फ़िफ़्टी', '50']]],
  ['one word alone is a name', 'ट्वेंटी-20 विश्व कप में किंग्स इलेवन और थ्री डी फिल्म की चर्चा रही।', []],
  ['after माइनस', 'पारा माइनस वन पर था।', [['माइनस वन', '-1']]],
  ['scale and "and" words', 'भीड़ में थ्री हंड्रेड एंड फ़िफ़्टी टू लोग थे।', [['थ्री हंड्रेड एंड फ़िफ़्टी टू', '352']]],
  ['decimal point, digit by digit', 'रेटिंग वन पॉइंट फाइव और two point one five रही।', [['वन पॉइंट फाइव', '1.5'], ['two point one five', '2.15']]],
  ['weak words alone are Hindi', 'वन विभाग ने शराब के सेवन पर रोक लगाई।', []],
  ['not joined to Hindi numbers', 'तीन सौ वन कर्मी तैनात हैं।', [['तीन सौ', '300']]],
  // Maths notation
  ['power', 'वृद्धि 1.1^23 गुना हुई।', [['1.1^23', '8.95430243255239']]],
  ['negative power', 'मान 2.5^-1 है।', [['2.5^-1', '0.4']]],
  ['signed base and double sign', 'मान -2^--3 है।', [['-2^--3', '-8']]],
  ['scientific notation', 'ऊर्जा 12.32e+14 जूल थी।', [['12.32e+14', '1232000000000000']]],
  ['no exponent after a word', 'पेपर 3e नहीं है।', []],
  // Thousands grouped by spaces
  ['two space groups', 'आबादी 1 234 567 है।', [['1 234 567', '1234567']]],
  ['one group is two numbers', 'कक्षा 5 200 छात्र', [['5', '5'], ['200', '200']]],
  ['no-break space group', 'कुल 12\u00A0500 लोग।', [['12\u00A0500', '12500']]],
  ['four digits break the grouping', 'अंक 423 0000 रहे।', [['423', '423']]],
  // आधा/आधे/आधी
  ['half with a bound', 'आधे से ज़्यादा लोग लौट गए।', [['आधे', '0.5']]],
  ['half with a unit', 'आधा किलो चीनी लाओ।', [['आधा', '0.5']]],
  ['half alone is no figure', 'आधे लोग नहीं आए।', []],
  // एक
  ['एक with a hyphenated currency', 'कंपनी ने एक-येन की बोली लगाई।', [['एक', '1 JPY']]],
  ['एक with a qualified unit', 'एक मीट्रिक टन गेहूं आया।', [['एक', '1']]],
  ['एक ending a clause', 'चार में से एक, बाकी तीन घर गए।', [['चार', '4'], ['एक', '1'], ['तीन', '3']]],
  ['indefinite एक stays out', 'एक बड़ी रैली हुई।', []],
  // A currency and its smaller units: one amount, the last unit word outside
  ['rupees and paise', 'टिकट 5 रुपये 50 पैसे का है।', [['5 रुपये 50', '5.5 INR']]],
  ['dollars and cents in words', 'इसमें तेरह डॉलर और पैंतालीस सेंट लगे।', [['तेरह डॉलर और पैंतालीस', '13.45 USD']]],
  ['yuan, mao and fen', 'चाय दो कुआई और तीन माओ और चार फ़ेन की मिली।', [['दो कुआई और तीन माओ और चार', '2.34 CNY']]],
  ['no minor unit: two figures', 'उसने 5 रुपये 50 लोगों को दिए।', [['5', '5 INR'], ['50', '50']]],
  ['a hundredth must be below 100', 'कीमत 3 डॉलर 150 सेंट बताई गई।', [['3', '3 USD'], ['150', '150']]],
  // Fractions said with an ordinal
  ['a bare scale word over an ordinal', 'उसे हजार का पांचवां हिस्सा मिला।', [['हजार का पांचवां', '200']]],
  ['में with a part noun', 'उसे चालीस में आठवां हिस्सा मिला।', [['चालीस में आठवां', '5']]],
  ['another noun after the ordinal is a rank', 'सात की तीसरी बैठक में फैसला हुआ।', [['सात', '7']]],
  ['में without a part noun is a rank', 'वह दस में पांचवां स्थान पाया।', [['दस', '10']]],
  ['fraction noun after a hyphen', 'प्रस्ताव को दो-तिहाई बहुमत मिला।', [['दो-तिहाई', '0.666666666666667']]],
  // Ranges said with a hyphen
  ['English tens range', 'वह करीब forty-fifty years के हैं।', [['forty', '40'], ['fifty', '50']]],
];

for (const [name, text, expected] of cases) {
  test(`figures (notation): ${name}`, () => {
    assert.deepEqual(figures(text), expected);
  });
}

test('figures (notation): English units of time are the counted noun', () => {
  const [a] = figureSpans('मैं केवल twenty nine year का हूं');
  assert.equal(a.text, 'twenty nine');
  assert.equal(a.figure?.noun, 'year');
  const [b, c] = figureSpans('वह करीब forty-fifty years के हैं');
  assert.equal(b.figure?.noun, undefined, 'the range partner is no noun');
  assert.equal(c.figure?.noun, 'years');
  const [d] = figureSpans('वह करीब फोर्टी-फ़िफ़्टी यर्स के हैं');
  assert.equal(d.text, 'फ़िफ़्टी');
  assert.equal(d.figure?.noun, 'यर्स');
});

test('figures (notation): English units of measure are the counted noun, other English words are not', () => {
  const [a, b] = figureSpans('पैकेट का वजन 5 lbs और लंबाई 6 feet थी।');
  assert.equal(a.figure?.noun, 'lbs');
  assert.equal(b.figure?.noun, 'feet');
  const [c] = figureSpans('उसने 5 likes गिने।');
  assert.equal(c.figure?.noun, undefined);
});

test('figures (notation): a currency joined by a hyphen is the unit', () => {
  const [a] = figureSpans('उसे 5-डॉलर का नोट मिला।');
  assert.equal(a.text, '5');
  assert.equal(a.figure?.unit, 'USD');
});
