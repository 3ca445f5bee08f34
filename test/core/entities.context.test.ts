// Context rules of the entity recogniser: a place's government, compass regions, lists of
// places, acronyms read from the expansion they follow, named committees and subjects joined at
// the start of an organisation. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { findEntities } from '../../server/src/core/recognize/entities';
import type { Span } from '../../server/src/core/types';

const spans = (text: string) => findEntities(text, tokenize(text), []).map((s) => `${s.type}|${s.text}`);
const ofType = (text: string, type: string) => spans(text).filter((s) => s.startsWith(type + '|'));

test('a place or the centre followed by सरकार is a government, one organisation', () => {
  assert.ok(spans('बिहार सरकार ने नई नीति की घोषणा की।').includes('ORGANIZATION|बिहार सरकार'));
  assert.ok(spans('इस योजना का पैसा केंद्र सरकार देगी।').includes('ORGANIZATION|केंद्र सरकार'));
  assert.ok(spans('उत्तर प्रदेश सरकार के प्रवक्ता ने जानकारी दी।').includes('ORGANIZATION|उत्तर प्रदेश सरकार'));
  // सरकार alone, or after an ordinary word, is no entity.
  assert.deepEqual(ofType('नई सरकार ने शपथ ली और सरकार ने बजट पेश किया।', 'ORGANIZATION'), []);
});

test('a compass word before a known place is part of the region', () => {
  assert.ok(spans('दक्षिण भारत में भारी बारिश हुई।').includes('LOCATION|दक्षिण भारत'));
  assert.ok(spans('उत्तरी युगांडा के गांवों में राहत पहुंची।').includes('LOCATION|उत्तरी युगांडा'));
  // Without a known place after it the word stays a common word.
  assert.deepEqual(ofType('पूर्व में यह नियम लागू नहीं था।', 'LOCATION'), []);
});

test('an unknown name in a list of places is a place', () => {
  const got = spans('बारिश से नागपुर , वर्धा , कुरखेड़ी और अमरावती में फसलें खराब हुईं।');
  assert.ok(got.includes('LOCATION|कुरखेड़ी'), got.join(', '));
});

test('a list with people in it, or with too few places, adds no place', () => {
  const people = spans('बैठक में अमित शाह , रमेश , कुरखेड़ी और दिल्ली के प्रतिनिधि थे।');
  assert.ok(!people.includes('LOCATION|कुरखेड़ी'), people.join(', '));
  const few = spans('किसानों ने गेहूं , चना , मसूर और दिल्ली की बात की।');
  assert.ok(!few.some((s) => s === 'LOCATION|चना' || s === 'LOCATION|मसूर'), few.join(', '));
});

test('an acronym in brackets takes the reading of the expansion before it', () => {
  const org = spans('कर्ज़ विवाद राष्ट्रीय कंपनी कानून अधिकरण ( एनसीएलटी ) में गया। बाद में एनसीएलटी ने फैसला दिया।');
  assert.equal(org.filter((s) => s === 'ORGANIZATION|एनसीएलटी').length, 2, org.join(', '));
  const scheme = spans('सतत विकास लक्ष्य ( एसडीजीटी ) तय हुए। एसडीजीटी की समीक्षा होगी।');
  assert.ok(!scheme.some((s) => s.endsWith('|एसडीजीटी')), scheme.join(', '));
  // An acronym with no expansion in sight is still an organisation.
  assert.ok(spans('मामले की जांच एनआईए करेगी।').includes('ORGANIZATION|एनआईए'));
});

test('a name before a committee or commission head is an organisation', () => {
  assert.ok(spans('संथानम समिति की सिफारिशें लागू हुईं।').includes('ORGANIZATION|संथानम समिति'));
  assert.ok(spans('शिक्षा पर यशपाल कमेटी की रिपोर्ट आई।').includes('ORGANIZATION|यशपाल कमेटी'));
  // An adjective before the head is no name.
  assert.deepEqual(ofType('सरकारी बैंक ने ब्याज घटाया।', 'ORGANIZATION'), []);
});

test('two subjects joined at the start of an organisation stay in it', () => {
  assert.ok(spans('पेयजल और स्वच्छता विभाग ने सर्वे कराया।').includes('ORGANIZATION|पेयजल और स्वच्छता विभाग'));
});

test('a plural noun or a form of address after a title is no name', () => {
  assert.deepEqual(ofType('मुख्यमंत्री शिकायतों का निपटारा करते हैं।', 'PERSON'), []);
  assert.deepEqual(ofType('अध्यक्ष महोदय , मेरा सवाल यह है।', 'PERSON'), []);
});

test('initials that are everyday words, before a listed surname, make a person; the postposition before them stays out', () => {
  assert.ok(spans('यह योजना बैंक के के सी चक्रवर्ती ने शुरू की थी।').includes('PERSON|के सी चक्रवर्ती'));
  assert.ok(spans('लेख के लेखक शिवाजी त्रिपाठी हैं।').includes('PERSON|शिवाजी त्रिपाठी'));
  // Letters before an ordinary word are no name.
  assert.deepEqual(ofType('उन्होंने के सी बस अड्डे पर बात की।', 'PERSON'), []);
});

test('a place spelt with another vowel length or without the virama is the same place', () => {
  const got = findEntities('आस्ट्रेलिया , मेक्सिको और फिलिपिन्स के दल पहुंचे।', tokenize('आस्ट्रेलिया , मेक्सिको और फिलिपिन्स के दल पहुंचे।'), []);
  assert.deepEqual(got.map((s) => `${s.type}|${s.text}`), ['LOCATION|आस्ट्रेलिया', 'LOCATION|मेक्सिको', 'LOCATION|फिलिपिन्स']);
  // The spelling is kept; the identity is the gazetteer's.
  assert.equal(got[1].canonical, 'मैक्सिको');
  // Ordinary words are not bent into places.
  assert.deepEqual(ofType('किसानों की आमदनी बढ़ी।', 'LOCATION'), []);
});

test('a compass word that is also a group word still makes a region before a place', () => {
  assert.ok(spans('उस समय पश्चिमी जर्मनी में चुनाव हुए।').includes('LOCATION|पश्चिमी जर्मनी'));
});

test('an English adjective in Devanagari before a distinctive head starts an organisation; a Hindi one does not', () => {
  assert.ok(spans('एशियन डेवलपमेंट बैंक ने कर्ज़ दिया।').includes('ORGANIZATION|एशियन डेवलपमेंट बैंक'));
  assert.ok(spans('भारत ने यूरोपियन बैंक की सदस्यता ली।').includes('ORGANIZATION|यूरोपियन बैंक'));
  assert.deepEqual(ofType('एक अमेरिकी कंपनी ने निवेश किया।', 'ORGANIZATION'), []);
});

test('the occupied spans may come in any order: the same entities, none over a number or date', () => {
  const text = 'राष्ट्रपति द्रौपदी मुर्मू ने 15 अगस्त 2024 को दिल्ली में 12 करोड़ रुपये की योजना शुरू की और गृह मंत्रालय ने 3 राज्यों को पत्र लिखा।';
  const at = (s: string, type: 'DATE' | 'FIGURE'): Span => {
    const start = text.indexOf(s);
    return { type, start, end: start + s.length, text: s, value: '' };
  };
  const occupied = [at('15 अगस्त 2024', 'DATE'), at('12 करोड़ रुपये', 'FIGURE'), at('3', 'FIGURE')];
  const tokens = tokenize(text);
  const inOrder = findEntities(text, tokens, occupied).map((s) => `${s.type}|${s.text}|${s.start}`);
  const reversed = findEntities(text, tokens, [...occupied].reverse()).map((s) => `${s.type}|${s.text}|${s.start}`);
  assert.deepEqual(reversed, inOrder);
  assert.ok(inOrder.includes(`LOCATION|दिल्ली|${text.indexOf('दिल्ली')}`));
  assert.ok(inOrder.includes(`ORGANIZATION|गृह मंत्रालय|${text.indexOf('गृह मंत्रालय')}`));
  // A word under an occupied span is no entity, whichever order the spans come in.
  const withPlace = [at('15 अगस्त 2024', 'DATE'), at('दिल्ली', 'FIGURE'), at('12 करोड़ रुपये', 'FIGURE'), at('3', 'FIGURE')];
  for (const list of [withPlace, [...withPlace].reverse()]) {
    assert.ok(!findEntities(text, tokens, list).some((s) => s.text.includes('दिल्ली')));
  }
  // No entity overlaps an occupied span.
  for (const s of findEntities(text, tokens, [...occupied].reverse())) for (const o of occupied) assert.ok(s.end <= o.start || s.start >= o.end);
});

test('a word in brackets after a body of two or more words is its abbreviation and the same entity', () => {
  const text = 'राष्ट्रीय कृषि विकास बैंक ( नकृबा ) ने नई ऋण योजना शुरू की। नकृबा के अध्यक्ष ने कहा कि किसानों को राहत मिलेगी।';
  const found = findEntities(text, tokenize(text), []);
  const bank = found.find((s) => s.text === 'राष्ट्रीय कृषि विकास बैंक');
  const short = found.filter((s) => s.text === 'नकृबा');
  assert.ok(bank, found.map((s) => s.text).join(', '));
  assert.equal(short.length, 2, found.map((s) => `${s.type}|${s.text}`).join(', '));
  for (const s of short) {
    assert.equal(s.type, 'ORGANIZATION');
    assert.equal(s.key, bank.key);
    assert.equal(s.canonical, bank.canonical);
  }
});

test('a faction after a party, an adjective or a letter name in brackets is no abbreviation', () => {
  assert.ok(!spans('नेशनल पीपुल्स पार्टी ( सुधार ) ने उम्मीदवार घोषित किए।').includes('ORGANIZATION|सुधार'));
  assert.ok(!spans('राज्य विकास प्राधिकरण ( केंद्रीय ) की बैठक कल होगी।').includes('ORGANIZATION|केंद्रीय'));
  assert.ok(!spans('राष्ट्रीय जल विकास एजेंसी ( बी ) की रिपोर्ट आई।').includes('ORGANIZATION|बी'));
  // A bracket after an unknown phrase or a single word is left alone.
  assert.deepEqual(ofType('उन्होंने मेहनत ( तपस्या ) की बात की।', 'ORGANIZATION'), []);
});

test('two compass words joined by a hyphen make one region with the known place after them', () => {
  assert.ok(spans('तूफान से दक्षिण-पश्चिमी अमेरिका में भारी बारिश हुई।').includes('LOCATION|दक्षिण-पश्चिमी अमेरिका'));
  assert.ok(spans('उत्तर - पूर्वी भारत के राज्यों में बाढ़ आई।').includes('LOCATION|उत्तर - पूर्वी भारत'));
  // Without a known place after them the compass words are no place.
  assert.deepEqual(ofType('दक्षिण-पश्चिमी मानसून समय से पहले आया।', 'LOCATION'), []);
});

test('the postposition के still starts a listed name or initials, and nothing before other words', () => {
  assert.ok(spans('बैठक में के चंद्रशेखर राव भी मौजूद थे।').includes('PERSON|के चंद्रशेखर राव'));
  assert.ok(spans('मुख्यमंत्री के चंद्रशेखर राव ने कहा कि काम जारी रहेगा।').includes('PERSON|के चंद्रशेखर राव'));
  assert.ok(spans('इस बैंक के एम के गुप्ता ने योजना बनाई।').some((s) => s.startsWith('PERSON|') && s.includes('गुप्ता')));
  assert.deepEqual(spans('भारत के विदेश मंत्रालय के अधिकारी के साथ बैठक हुई।').filter((s) => s.startsWith('PERSON|')), []);
});

test('a word that only starts listed names still starts them, and alone it stays a common word', () => {
  assert.ok(spans('नई दिल्ली में आज बैठक हुई।').includes('LOCATION|नई दिल्ली'));
  assert.ok(spans('विधेयक पर लोकसभा में चर्चा हुई।').includes('ORGANIZATION|लोकसभा'));
  assert.ok(spans('प्रधानमंत्री नई योजना लाएंगे और देश आगे बढ़ेगा।').every((s) => !s.includes('नई') && !s.includes('देश')));
});

test('a Devanagari spelling of a Latin acronym found in the article is the same organisation, whatever its vowels', () => {
  const text = 'उद्योग संगठन नैसकॉम (NASSCOM) ने नई रिपोर्ट जारी की। नैसकॉम के अनुसार निर्यात बढ़ा है।';
  const found = findEntities(text, tokenize(text), []);
  const latin = found.find((s) => s.text === 'NASSCOM');
  const deva = found.filter((s) => s.text === 'नैसकॉम');
  assert.ok(latin, found.map((s) => `${s.type}|${s.text}`).join(', '));
  assert.equal(deva.length, 2, found.map((s) => `${s.type}|${s.text}`).join(', '));
  for (const s of deva) assert.equal(s.key, latin.key);
  // Too few consonants to compare: a short acronym is matched by its exact reading only.
  assert.ok(!spans('नासा (NASA) के वैज्ञानिक नोसा गांव गए।').includes('ORGANIZATION|नोसा'));
});
