// Figures with what news text says around them: bounds (50 से अधिक, कम से कम 20, 700 तक), which
// currency (कनाडाई डॉलर, C$, 100元), phone numbers, numbers joined by और. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureSpans } from './figureSpans';
import { describeFigure } from '../../server/src/core/describe';

/** [surface, value, bound, bound phrase] of each figure. */
function bounds(text: string): [string, string, string?, string?][] {
  return figureSpans(text).map((s) => (s.figure?.bound ? [s.text, s.value, s.figure.bound, s.figure.boundPhrase] : [s.text, s.value]));
}

const cases: [string, string, [string, string, string?, string?][]][] = [
  ['more than', 'हादसे में 50 से अधिक लोग घायल हुए।', [['50', '50', '>', 'से अधिक']]],
  ['more than, after the counted noun', 'वे तीस साल से ज़्यादा समय से यहां हैं।', [['तीस', '30', '>', 'से ज़्यादा']]],
  ['less than', 'उसकी लंबाई 170 से कम है।', [['170', '170', '<', 'से कम']]],
  ['not less than', 'उम्मीदवार की उम्र पच्चीस से कम नहीं होनी चाहिए।', [['पच्चीस', '25', '>=', 'से कम नहीं']]],
  ['or more', 'कंपनी में 200 या ज़्यादा कर्मचारी हैं।', [['200', '200', '>=', 'या ज़्यादा']]],
  ['less than or equal', 'ऐसे 5000 से कम या उसके बराबर मामले हैं।', [['5000', '5000', '<=', 'से कम या उसके बराबर']]],
  ['up to, with the unit between', 'योजना में 5 लाख रुपये तक का बीमा मिलेगा।', [['5 लाख', '500000 INR', '<=', 'तक']]],
  ['at least, before the number', 'बैठक में कम से कम 20 सदस्य होने चाहिए।', [['20', '20', '>=', 'कम से कम']]],
  ['at most, before the number', 'हर परिवार को अधिकतम 3 सिलेंडर मिलेंगे।', [['3', '3', '<=', 'अधिकतम']]],
  ['a sign', 'शर्त x >= 30 है।', [['30', '30', '>=', '>=']]],
  ['equal to', 'यह 20 के बराबर है।', [['20', '20', '=', 'के बराबर']]],
  ['an arrow is no bound', 'क्रम 10 => 30 रहा।', [['10', '10'], ['30', '30']]],
  ['a range keeps its ends unbounded', 'इसमें 10 से 12 तक दिन लगेंगे।', [['10', '10'], ['12', '12']]],
  ['no bound', 'उसने 12 लोगों से बात की।', [['12', '12']]],
  ['तक after a span of time is a duration', 'यह बहस पांच साल तक चली।', [['पांच', '5']]],
  // Which currency.
  ['nationality + currency word', 'इसकी कीमत 100 चीनी युआन है।', [['100', '100 CNY']]],
  ['Pakistani rupees', 'वहां आटा 150 पाकिस्तानी रुपये किलो बिक रहा है।', [['150', '150 PKR']]],
  ['American dollars', 'टिकट 10 अमेरिकी डॉलर का है।', [['10', '10 USD']]],
  ['C$ with a space', 'शेयर की कीमत c $ 1.34 रही।', [['c $ 1.34', '1.34 CAD']]],
  ['AUD$', 'fee aud$ 15 only', [['aud$ 15', '15 AUD']]],
  ['an English article is no prefix', 'they paid a $15 fee', [['$15', '15 USD']]],
  ['a currency named by its nationality', 'उसने 10 कुवैती दीनार और 20 तुर्की लीरा चुकाए।', [['10', '10 KWD'], ['20', '20 TRY']]],
  ['a shared currency name alone has no code', 'टिकट 10 दीनार का है।', [['10', '10']]],
  ['a currency with its own name', 'होटल का किराया 300 रैंड और 50 रिंगित है।', [['300', '300 ZAR'], ['50', '50 MYR']]],
  ['ISO code and R$ before the number', 'फीस CHF 100 या R$ 250 है।', [['CHF 100', '100 CHF'], ['R$ 250', '250 BRL']]],
  ['a currency sign after the number', 'लागत 100元 है, वहां 100 ₾ है।', [['100元', '100 CNY'], ['100', '100 GEL']]],
  // Identifiers and joined numbers.
  ['a phone number after +', 'हेल्पडेस्क +1-222-2222-2222 पर है।', []],
  ['scale words joined by और', '3 सौ और 21 अलग हैं, 3 सौ और 2 सौ भी।', [['3 सौ और 21', '321'], ['3 सौ', '300'], ['2 सौ', '200']]],
  ['a spelling with short i', 'कुल अट्ठाइस लोग आए।', [['अट्ठाइस', '28']]],
  // Fractions said as "X का Nवां (भाग)"; numbers joined by और.
  ['a fifth of a number', 'तेईस का पाँचवाँ भाग कितना होगा?', [['तेईस का पाँचवाँ', '4.6']]],
  ['a compound ordinal denominator', 'एक का एक सौ पांचवां हिस्सा बहुत छोटा है।', [['एक का एक सौ पांचवां', '0.00952380952380952']]],
  ['a scale ordinal denominator', 'एक सौ का दस खरबवां भाग।', [['एक सौ का दस खरबवां', '0.0000000001']]],
  ['पहला is a position, not a part', 'तीन का पहला मैच कल है।', [['तीन', '3']]],
  ['a larger scale after और multiplies both', 'दो सौ और दो हजार', [['दो सौ और दो हजार', '202000']]],
  ['a digit fraction before a unit', 'ट्रैक 1/4 मील का है।', [['1/4', '0.25']]],
  ['a mixed number before a unit', 'केबल 10 1/2 मील लंबी है।', [['10 1/2', '10.5']]],
  ['a score stays two numbers', 'भारत ने 318/6 रन बनाए।', [['318', '318'], ['6', '6']]],
  // A proper fraction of single digits standing on its own; not a score, a rating, a date or a slash run.
  ['a lone digit fraction', 'अब तक लक्ष्य का 3/4 ही पूरा हुआ है।', [['3/4', '0.75']]],
  ['a lone pair before a counted noun says "a or b"', 'हादसे में 4/5 लोग घायल हुए, 2/3 दिनों में जांच होगी।', [['4', '4'], ['5', '5'], ['2', '2'], ['3', '3']]],
  ['a lone fraction in brackets, signed', 'बदलाव (-2/5) रहा।', [['-2/5', '-0.4']]],
  ['a mixed number', 'पिचर ने 150 2/3 पारियां फेंकीं।', [['150 2/3', '150.666666666667']]],
  ['Devanagari digit fraction', 'योजना पर ३/४ राशि खर्च हुई।', [['३/४', '0.75']]],
  ['bowling figures stay two numbers', 'गेंदबाज़ ने 3/45 लिए।', [['3', '3'], ['45', '45']]],
  ['a two-digit denominator is no lone fraction', 'यह 9/11 जैसा हमला था।', [['9', '9'], ['11', '11']]],
  ['a rating stays two numbers', 'फिल्म को रेटिंग: 3/5 मिली, समीक्षकों ने 4/5 स्टार दिए।', [['3', '3'], ['5', '5'], ['4', '4'], ['5', '5']]],
  ['a day and month before को is no fraction', 'बैठक 1/8 को होगी।', [['1', '1'], ['8', '8']]],
  ['an item of a series is no fraction', 'वेब सीरीज का भाग 1/2 आज आया, 1/4 फाइनल कल है।', [['1', '1'], ['2', '2'], ['1', '1'], ['4', '4']]],
  ['a fraction never reaches into a date', 'मेला 2/3 अक्टूबर को लगेगा।', [['2', '2']]],
  ['a fraction of a percent', 'ब्याज दर 1/2 प्रतिशत घटी।', [['1/2', '0.5 %']]],
  ['per cent written pct', 'growth was 50 pct', [['50', '50 %']]],
  ['a slash run is no fraction', 'क्रम 1/2/3 रहा।', [['1', '1'], ['2', '2'], ['3', '3']]],
  ['a fraction after a hyphen is a range end', 'अनुपात 5-3/4 रहा।', [['5', '5'], ['3', '3'], ['4', '4']]],
  ['an improper pair is no fraction', 'अनुपात 4/3 रहा।', [['4', '4'], ['3', '3']]],
  // The ends of a range share the scale word and the unit said after the second.
  ['a range shares its scale word', 'मरम्मत पर 10-20 लाख रुपये लगेंगे।', [['10', '1000000 INR'], ['20 लाख', '2000000 INR']]],
  ['a range in words shares its scale', 'मेले में डेढ़ से दो लाख लोग आए।', [['डेढ़', '150000'], ['दो लाख', '200000']]],
  ['a range shares its percent', 'दाम 5 से 12 प्रतिशत बढ़े।', [['5', '5 %'], ['12', '12 %']]],
  ['a larger first end keeps its value', 'दान 1000 से दस हजार रुपये तक रहा।', [['1000', '1000 INR'], ['दस हजार', '10000 INR']]],
  ['a second end with a nested number shares nothing', 'राशि 2 से 1 लाख 25 हजार के बीच है।', [['2', '2'], ['1 लाख 25 हजार', '125000']]],
  ['a plain range shares nothing', 'टीम ने 4-5 मैच जीते।', [['4', '4'], ['5', '5']]],
  ['numbers not joined by a range word share nothing', 'कक्षा 10 के 20 लाख छात्र पास हुए।', [['10', '10'], ['20 लाख', '2000000']]],
  // A sign set apart by a space counts only on a line that holds nothing else.
  ['a spaced sign on a line of its own', 'न्यूनतम तापमान\n- 12\nअधिकतम तापमान\n- 2 1/2', [['- 12', '-12'], ['- 2 1/2', '-2.5']]],
  ['a hyphen that opens a line of text is a bullet', '- 10 लोग घायल हुए\n- 3 की मौत', [['10', '10'], ['3', '3']]],
  ['a spaced hyphen inside a line is a dash', 'मौतें - 4', [['4', '4']]],
  ['English tens and units', 'He is twenty nine years old, she is forty-two.', [['twenty nine', '29'], ['forty-two', '42']]],
  ['a bare thousand with a bound', 'जंगलों में हजार से कम बाघ बचे हैं।', [['हजार', '1000', '<', 'से कम']]],
  ['a long signed number is a quantity', 'घाटा -123456789101 रहा।', [['-123456789101', '-123456789101']]],
];

for (const [name, text, expected] of cases) {
  test(`figures: ${name}`, () => {
    assert.deepEqual(bounds(text), expected);
  });
}

test('hover text says the bound', () => {
  const [s] = figureSpans('हादसे में 50 से अधिक लोग घायल हुए।');
  assert.ok(describeFigure(s).includes('more than 50 (से अधिक)'), JSON.stringify(describeFigure(s)));
});
