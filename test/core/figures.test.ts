import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';
import { findFigures } from '../../server/src/core/recognize/figures';
import { figureSpans, figures } from './figureSpans';


const cases: [string, string, [string, string][]][] = [
  // Digits and grouping
  ['western grouping', 'सीमा पर 15,000 सैनिक तैनात हैं।', [['15,000', '15000']]],
  ['indian grouping', 'जिले में 12,45,300 मतदाता हैं।', [['12,45,300', '1245300']]],
  ['international grouping', 'The city has 1,250,000 residents.', [['1,250,000', '1250000']]],
  ['decimal', 'तापमान 41.6 डिग्री तक पहुंचा।', [['41.6', '41.6']]],
  ['Devanagari digits', 'राज्य में ८४ सीटें हैं।', [['८४', '84']]],
  ['Devanagari grouping', 'कुल ५६,२१,००० रुपये खर्च हुए।', [['५६,२१,०००', '5621000 INR']]],
  // Words
  ['Hindi word', 'हादसे में तीन लोग घायल हुए।', [['तीन', '3']]],
  ['variant spelling पाँच', 'उसने पाँच विकेट लिए।', [['पाँच', '5']]],
  ['variant छः', 'छः टीमें फाइनल में पहुंचीं।', [['छः', '6']]],
  ['word with scale', 'मेले में छह हज़ार लोग आए।', [['छह हज़ार', '6000']]],
  ['spelling variants एकसठ, इकत्तर', 'सूची में एक सौ एकसठ नाम और इकत्तर पते हैं।', [['एक सौ एकसठ', '161'], ['इकत्तर', '71']]],
  ['decimal point as a word', 'विकास दर 7 दशमलव 2 प्रतिशत रही , घाटा 2 दशमलव 5 लाख करोड़ और स्कोर दो सौ पॉइंट इकहत्तर रहा।', [['7 दशमलव 2', '7.2 %'], ['2 दशमलव 5 लाख करोड़', '2500000000000'], ['दो सौ पॉइंट इकहत्तर', '200.71']]],
  ['fraction joined by और', 'काम में तीन और एक चौथाई घंटे लगे, पर 5 और 6 नंबर खाली रहे।', [['तीन और एक चौथाई', '3.25'], ['5', '5'], ['6', '6']]],
  ['compound scales', 'परियोजना पर दो करोड़ पचास लाख खर्च होंगे।', [['दो करोड़ पचास लाख', '25000000']]],
  ['सवा लाख', 'सवा लाख श्रद्धालु पहुंचे।', [['सवा लाख', '125000']]],
  ['साढ़े + number', 'बिक्री साढ़े चार प्रतिशत बढ़ी।', [['साढ़े चार', '4.5 %']]],
  ['साढ़े + digits + scale', 'योजना से साढ़े 3 लाख किसानों को लाभ मिला।', [['साढ़े 3 लाख', '350000']]],
  ['पौने + digits', 'सड़क पर पौने 2 करोड़ रुपये खर्च हुए।', [['पौने 2 करोड़', '17500000 INR']]],
  ['a fraction word before a decimal stays apart', 'कीमत साढ़े 3.5 रुपये नहीं होती।', [['3.5', '3.5 INR']]],
  ['पौने + number', 'यात्रा में पौने दो घंटे लगे।', [['पौने दो', '1.75']]],
  ['डेढ़ करोड़', 'डेढ़ करोड़ की ठगी हुई।', [['डेढ़ करोड़', '15000000']]],
  ['ढाई सौ', 'ढाई सौ परिवार बेघर हुए।', [['ढाई सौ', '250']]],
  ['digits with लाख', 'योजना से 2.5 लाख किसानों को लाभ मिलेगा।', [['2.5 लाख', '250000']]],
  ['लाख करोड़', 'कुल खर्च 3.2 लाख करोड़ रुपये रहा।', [['3.2 लाख करोड़', '3200000000000 INR']]],
  // Units in the value
  ['percent sign', 'महंगाई 5.4% पर रही।', [['5.4%', '5.4 %']]],
  ['प्रतिशत after the span', 'मतदान 62 प्रतिशत हुआ।', [['62', '62 %']]],
  ['फ़ीसदी', 'कीमतें 12 फ़ीसदी बढ़ीं।', [['12', '12 %']]],
  ['rupee sign', 'टिकट ₹250 का है।', [['₹250', '250 INR']]],
  ['rupee sign with scale', 'बजट ₹4.5 लाख करोड़ का है।', [['₹4.5 लाख करोड़', '4500000000000 INR']]],
  ['करोड़ रुपये', 'सरकार ने 148 करोड़ रुपये जारी किए।', [['148 करोड़', '1480000000 INR']]],
  ['Rs', 'The fine was Rs 5,000.', [['Rs 5,000', '5000 INR']]],
  ['dollar sign', 'सौदा $3.5 बिलियन का है।', [['$3.5 बिलियन', '3500000000 USD']]],
  ['अरब डॉलर', 'निर्यात 40 अरब डॉलर पहुंचा।', [['40 अरब', '40000000000 USD']]],
  ['यूरो', 'कंपनी पर 20 लाख यूरो का जुर्माना लगा।', [['20 लाख', '2000000 EUR']]],
  ['temperature attached', 'पारा 44.5°C तक चढ़ा।', [['44.5°C', '44.5']]],
  // Ordinals
  ['ordinal वीं', 'यह देश की 75वीं वर्षगांठ है।', [['75वीं', '75 ordinal']]],
  ['ordinal वां', 'वह 5वां मैच था।', [['5वां', '5 ordinal']]],
  ['ordinal English', 'the 21st edition', [['21st', '21 ordinal']]],
  // Two figures
  ['number range', 'इसमें 10-12 दिन लगेंगे।', [['10', '10'], ['12', '12']]],
  ['cricket score', 'भारत ने 287/4 रन बनाए।', [['287', '287'], ['4', '4']]],
  ['football score', 'मैच 3-1 से जीता।', [['3', '3'], ['1', '1']]],
  ['word range', 'दो-तीन दिन में फैसला होगा।', [['दो', '2'], ['तीन', '3']]],
  ['negative number', 'पारा -4.5 डिग्री तक गिरा।', [['-4.5', '-4.5']]],
  ['माइनस in words', 'तापमान माइनस दस डिग्री रहा।', [['माइनस दस', '-10']]],
  ['scale words after digits with और', 'कुल 3 सौ और 21 वोट पड़े।', [['3 सौ और 21', '321']]],
  ['dozen', 'दो दर्जन गांव डूब गए।', [['दो दर्जन', '24']]],
  ['fraction noun', 'तीन चौथाई सीटें खाली रहीं।', [['तीन चौथाई', '0.75']]],
  ['सवा before a unit', 'सवा किलो सोना बरामद हुआ।', [['सवा', '1.25']]],
  ['hyphenated unit is the noun', 'एक 10-मंजिला इमारत गिरी।', [['10', '10']]],
  // Not figures
  ['numbers inside a link', 'देखें https://example.com/a?id=305&x=29%20 पर।', []],
  ['leading-zero codes', 'एजेंट 007 की फिल्म 0800 पर।', []],
  ['indefinite एक', 'एक सैन्य परेड निकाली गई।', []],
  ['एक before a unit of time', 'वह एक साल से बीमार है।', [['एक', '1']]],
  ['एक picked out of a number is a count', 'सर्वे के मुताबिक हर चार में से एक परिवार कर्ज़ में है।', [['चार', '4'], ['एक', '1']]],
  ['एक picked out of a counted set', 'पुलिस ने कहा कि छह आरोपियों में से एक अब भी फरार है।', [['छह', '6'], ['एक', '1']]],
  ['एक out of a set without a number stays indefinite', 'इनमें से एक नेता ने इस्तीफा दिया।', []],
  ['एक before a scale word', 'एक लाख लोगों ने भाग लिया।', [['एक लाख', '100000']]],
  ['collectives and vague', 'दोनों नेताओं और कई मंत्रियों ने कुछ देर बात की।', []],
  ['ordinal words', 'यह उनकी पहली और दूसरी यात्रा थी।', []],
  ['section number', 'आरोपी पर धारा 420 के तहत केस दर्ज हुआ।', []],
  ['mission name', 'चंद्रयान-3 ने इतिहास रचा।', []],
  ['phone number', 'हेल्पलाइन 9876543210 पर फोन करें।', []],
  ['number inside a date', 'मेला 14 नवंबर 2025 को है।', []],
  ['duration keeps its figure', 'वह 24 साल से सेना में हैं।', [['24', '24']]],
];

for (const [name, text, expected] of cases) {
  test(`figures: ${name}`, () => {
    assert.deepEqual(figures(text), expected);
  });
}

test('figures: attributes', () => {
  const [a] = figureSpans('करीब 12,50,000 लोग पहुंचे।');
  assert.equal(a.figure?.approx, 'करीब');
  assert.equal(a.figure?.grouping, 'indian');
  assert.equal(a.figure?.noun, 'लोग');
  assert.equal(a.figure?.number, '1250000');
  const [b] = figureSpans('मतदान ६५.४ प्रतिशत रहा।');
  assert.equal(b.figure?.devanagariDigits, true);
  assert.equal(b.figure?.unit, '%');
  assert.equal(b.value, '65.4 %');
});

test('figures: never overlap the given dates', () => {
  const text = 'सम्मेलन 18-19 नवंबर को होगा, जिसमें 40 देश भाग लेंगे।';
  const tokens = tokenize(text);
  const dates = findDates(text, tokens, { value: '2025-09-03', source: 'override' });
  const figs = findFigures(text, tokens, dates);
  for (const f of figs) for (const d of dates) assert.ok(f.end <= d.start || f.start >= d.end);
  assert.deepEqual(figs.map((f) => f.text), ['40']);
});
