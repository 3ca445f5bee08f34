import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDevanagari, checkDoubledWords, checkJoiners, checkMixedScripts, checkSigns } from '../../server/src/core/checks/devanagari';
import type { Finding } from '../../server/src/core/types';

const fixed = (text: string, f: Finding, which = 0) => {
  let t = text;
  for (const e of [...f.fixes![which].edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.newText + t.slice(e.end);
  return t;
};
const squiggle = (text: string, f: Finding) => text.slice(f.start, f.end);

const CLEAN = [
  'प्रधानमंत्री ने कहा, “हम अगले साल तक ४० प्रतिशत लक्ष्य पूरा करेंगे।” क़ानून, ज़्यादा, ऑफ़िस, हाँ, कृषि, द्वितीय, श्रृंखला, आईएएस।',
  'बारिश धीरे धीरे तेज़ हुई और लोग अलग अलग जगह बार बार रुकते रहे; सबका अपना अपना काम है।',
  'राष्ट्रपति क्‍षेत्र के दौरे पर थे, वाक्‌ शक्ति पर बोले और र‍्य लिखा। 2025-26 के बजट में 4.5% घाटा, ₹11.5 लाख करोड़ और १२ जिले।',
  'बैंक के के सी चक्रवर्ती ने कहा कि GDP, ISRO और iPhone 15 के नाम वैसे ही लिखे जाते हैं। Family 👨‍👩‍👧 emoji.',
  'पढ़ाई, बढ़ोतरी, फ़ैसला, ग़ज़ल, ख़बर, य़ and the English text reads as it should.',
];

test('clean Hindi and English sentences have no orthography findings', () => {
  for (const text of CLEAN) {
    const found = [...checkDevanagari(text), ...checkSigns(text), ...checkJoiners(text), ...checkMixedScripts(text), ...checkDoubledWords(text)];
    assert.deepEqual(found.map((f) => `${f.code}: ${squiggle(text, f)}`), [], text);
  }
});

test('a vowel sign after the nasal of another vowel sign (मेंे) is a double vowel sign', () => {
  const text = 'धुबरी ज़िलों मेंे सबसे ज़्यादा नुकसान हुआ।';
  const [f] = checkDevanagari(text);
  assert.equal(f.code, 'devanagari.double-vowel-sign');
  assert.equal(squiggle(text, f), 'मेंे');
  assert.equal(fixed(text, f, 0), 'धुबरी ज़िलों में सबसे ज़्यादा नुकसान हुआ।');
});

test('a virama or nukta at the start of a word', () => {
  const text = 'टिकटों की बिक्री तेज़ हुई।् और ़कुछ';
  const found = checkDevanagari(text).map((f) => f.code);
  assert.deepEqual(found, ['devanagari.vowel-sign-at-word-start', 'devanagari.vowel-sign-at-word-start']);
});

test('a nukta on a letter that takes none, or after a vowel sign, with a safe fix', () => {
  const text = 'पूरी बाजू़ के कपड़े और स़मय पर ध्यान';
  const found = checkSigns(text);
  assert.deepEqual(found.map((f) => [f.code, squiggle(text, f)]), [
    ['devanagari.invalid-nukta', 'बाजू़'],
    ['devanagari.invalid-nukta', 'स़मय'],
  ]);
  assert.ok(found[0].fixes![0].safe);
  assert.equal(fixed(text, found[0]), 'पूरी बाजू के कपड़े और स़मय पर ध्यान');
});

test('a doubled virama or nukta, fixed to one', () => {
  const text = 'याचिकाकर््ता ने फ़़ैसले पर सवाल उठाए';
  const found = checkSigns(text);
  assert.deepEqual(found.map((f) => f.code), ['devanagari.doubled-sign', 'devanagari.doubled-sign']);
  assert.equal(squiggle(text, found[0]), 'याचिकाकर््ता');
  let t = fixed(text, found[1]);
  t = fixed(t, checkSigns(t)[0]);
  assert.equal(t, 'याचिकाकर्ता ने फ़ैसले पर सवाल उठाए');
  const precomposed = 'उसने \u095E\u093Cैसला सुनाया'; // फ़ as one character, and a nukta after it
  const [f] = checkSigns(precomposed);
  assert.equal(f.code, 'devanagari.doubled-sign');
  assert.equal(fixed(precomposed, f), 'उसने \u095Eैसला सुनाया');
});

test('a stray ZWJ or ZWNJ is found and removed; joiners after a virama are kept', () => {
  const text = 'अब तक ह\u200Dजारों घरों में नोटिस दिए गए।\u200C नेन्नेल\u200C मण्डल';
  const found = checkJoiners(text);
  assert.equal(found.length, 3);
  assert.ok(found.every((f) => f.code === 'devanagari.stray-joiner' && f.fixes![0].safe));
  assert.equal(squiggle(text, found[0]), 'ह\u200Dजारों');
  assert.equal(fixed(text, found[0]), 'अब तक हजारों घरों में नोटिस दिए गए।\u200C नेन्नेल\u200C मण्डल');
  assert.deepEqual(checkJoiners('क्\u200Dष और वाक्\u200C तथा र\u200D्य'), []);
});

test('Latin letters inside a Devanagari word', () => {
  const text = 'चुनाव में पुलिसkarmi तैनात रहे और सरकाrर ने कहा';
  const found = checkMixedScripts(text);
  assert.deepEqual(found.map((f) => squiggle(text, f)), ['पुलिसkarmi', 'सरकाrर']);
  assert.equal(found[0].fixes, undefined);
  assert.equal(fixed(text, found[1]), 'चुनाव में पुलिसkarmi तैनात रहे और सरकार ने कहा');
});

test('Devanagari and ASCII digits mixed in one number, fixed to the first digit’s set', () => {
  const text = 'सुरक्षा बल के ३5 जवान और 2०25 में १२,0००';
  const found = checkMixedScripts(text);
  assert.deepEqual(found.map((f) => squiggle(text, f)), ['३5', '2०25', '१२,0००']);
  assert.deepEqual(found.map((f) => f.fixes![0].edits[0].newText), ['३५', '2025', '१२,०००']);
});

test('a function word written twice (के के, the the), not reduplication (धीरे धीरे) or initials (के. के. बिड़ला, के के सी)', () => {
  const text = 'यात्री दिल्ली के के लिए निकले, जहाँ तथा तथा the the report और के. के. बिड़ला आए।';
  const found = checkDoubledWords(text);
  assert.deepEqual(found.map((f) => squiggle(text, f)), ['के के', 'तथा तथा', 'the the']);
  assert.equal(fixed(text, found[0]), 'यात्री दिल्ली के लिए निकले, जहाँ तथा तथा the the report और के. के. बिड़ला आए।');
  assert.deepEqual(checkDoubledWords('मंगलवार को कोको के दाम बढ़े; The the'), []);
});

test('any other word twice in a row is information, not a warning; reduplication is left alone', async () => {
  const { tokenize } = await import('../../server/src/core/text/tokens');
  const { checkRepeatedWords } = await import('../../server/src/core/checks/devanagari');
  const text = 'सभी सभी स्टेशनों पर पुलिस पुलिस तैनात है; लोग धीरे धीरे चलते चलते अलग अलग जगह जगह पहुँचे, के के सी और Abdullah Abdullah भी।';
  const found = checkRepeatedWords(text, tokenize(text));
  assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.severity, f.code]), [
    ['सभी सभी', 'information', 'devanagari.doubled-word'],
    ['पुलिस पुलिस', 'information', 'devanagari.doubled-word'],
  ]);
  assert.equal(fixed(text, found[0]).slice(0, 12), 'सभी स्टेशनों');
});
