import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { isClusterBoundary } from '../../server/src/core/text/tokens';
import { findEntities } from '../../server/src/core/recognize/entities';
import type { Span } from '../../server/src/core/types';

/** Parses `[[TYPE|surface]]` marks; returns the plain text and the expected spans. */
function fixture(marked: string): { text: string; spans: { type: string; start: number; end: number; text: string }[] } {
  let text = '';
  const spans: { type: string; start: number; end: number; text: string }[] = [];
  const re = /\[\[([A-Z]+)\|([^\]]+)\]\]/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    spans.push({ type: m[1], start: text.length, end: text.length + m[2].length, text: m[2] });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, spans };
}

function run(text: string, occupied: Span[] = []): Span[] {
  return findEntities(text, tokenize(text), occupied);
}

function check(marked: string, occupied: (text: string) => Span[] = () => []): Span[] {
  const { text, spans } = fixture(marked);
  const got = run(text, occupied(text));
  assert.deepEqual(
    got.map((s) => `${s.type}|${s.text}`),
    spans.map((s) => `${s.type}|${s.text}`),
    marked,
  );
  for (let k = 0; k < got.length; k++) {
    assert.equal(got[k].start, spans[k].start);
    assert.equal(got[k].end, spans[k].end);
  }
  return got;
}

const CASES: string[] = [
  // Gazetteer: countries, cities, register entries; postpositions stay outside.
  '[[LOCATION|नई दिल्ली]] में [[ORGANIZATION|भारतीय रिज़र्व बैंक]] ने रेपो दर में कटौती की, जबकि [[ORGANIZATION|अंतरराष्ट्रीय मुद्रा कोष]] ने विकास अनुमान घटाया।',
  '[[LOCATION|रूस]] के [[ORGANIZATION|रक्षा मंत्रालय]] ने बताया कि [[LOCATION|यूक्रेन]] की सीमा पर अभ्यास जारी है।',
  // Titles stay outside the PERSON span; a role without a name is no entity, its demonym is NORP.
  'राष्ट्रपति [[PERSON|व्लादिमीर पुतिन]] ने [[LOCATION|बीजिंग]] में [[NORP|चीनी]] नेताओं से मुलाकात की। [[NORP|रूसी]] राष्ट्रपति ने कहा कि बातचीत अच्छी रही।',
  'वित्त राज्य मंत्री [[PERSON|कमलेश पाठक]] ने [[ORGANIZATION|संसद]] को बताया कि योजना जारी रहेगी।',
  // Head nouns join the name: places and organisations.
  'प्रदर्शनकारी [[LOCATION|तियानमेन चौक]] पर जमा हुए और फिर [[LOCATION|सफदरजंग वेधशाला]] की ओर बढ़े।',
  '[[LOCATION|कुर्स्क क्षेत्र]] में लड़ाई तेज़ हुई है।',
  // Indian parties by their Hindi names and abbreviations.
  '[[ORGANIZATION|भाजपा]], [[ORGANIZATION|कांग्रेस]] और [[ORGANIZATION|बसपा]] ने [[LOCATION|उत्तर प्रदेश]] में प्रत्याशी घोषित किए।',
  // Spelt-out acronyms and Latin acronyms.
  '[[ORGANIZATION|सीबीआई]] और [[ORGANIZATION|एनआईए]] ने मामले की जांच शुरू की, [[ORGANIZATION|PTI]] के अनुसार।',
  // Events and holidays.
  '[[EVENT|द्वितीय विश्व युद्ध]] की वर्षगांठ पर [[EVENT|विजय दिवस]] परेड हुई, और [[EVENT|होली]] से पहले बाज़ार सज गए।',
  // Given name + surname, and the surname alone later in the article.
  'युवा बल्लेबाज़ [[PERSON|आर्यन देशमुख]] ने शतक लगाया। [[PERSON|देशमुख]] को मैन ऑफ़ द मैच चुना गया।',
  // Initials before a surname.
  'अनुभवी स्पिनर [[PERSON|के. श्रीनिवास]] ने चार विकेट लिए।',
  // Demonyms of multi-word countries.
  '[[NORP|उत्तर कोरियाई]] सैनिक [[LOCATION|उत्तर कोरिया]] लौट आए।',
  // English mixed in: register names and capitalised names.
  'The meeting of [[PERSON|Xi Jinping]] and [[PERSON|Vladimir Putin]] was reported by [[ORGANIZATION|Reuters]].',
];

for (const c of CASES) test(`entities: ${c.slice(0, 50)}`, () => void check(c));

test('a short mention attaches to the full name (same key and canonical)', () => {
  const got = check('[[LOCATION|उत्तर कोरिया]] के नेता [[PERSON|किम जोंग-उन]] ट्रेन से पहुंचे। [[PERSON|किम]] ने कहा कि रिश्ते मज़बूत हैं।');
  assert.equal(got[1].key, got[2].key);
  assert.equal(got[1].canonical, got[2].canonical);
});

test('a weak alias alone is not a name', () => {
  // किम on its own, without the full name or a title, stays unmarked.
  check('उन्होंने किम की बात नहीं मानी।');
});

test('hyphen and space variants share one key', () => {
  const a = run('किम जोंग-उन ने कहा।');
  const b = run('किम जोंग उन ने कहा।');
  assert.equal(a[0].key, b[0].key);
});

test('a Latin name in brackets takes the identity of the Devanagari name', () => {
  const got = check('विदेश मंत्री [[PERSON|मार्सेलो आंद्राडे]] ([[PERSON|Marcelo Andrade]]) ने बयान दिया।');
  assert.equal(got[0].key, got[1].key);
});

test('occupied DATE/FIGURE spans are never overlapped', () => {
  const text = 'विजय दिवस 9 मई को मनाया गया।';
  const start = text.indexOf('9');
  const occ: Span[] = [{ type: 'DATE', start, end: start + 4, text: '9 मई', value: 'XXXX-05-09' }];
  const got = run(text, occ);
  for (const s of got) assert.ok(s.end <= start || s.start >= start + 4);
});

test('spans are sorted, flat, end on cluster boundaries, and carry key/canonical/source', () => {
  const text = 'प्रधानमंत्री नरेंद्र मोदी ने अहमदाबाद में इसरो के वैज्ञानिकों से मुलाकात की। पाकिस्तानी मीडिया ने भी ख़बर दी।';
  const got = run(text);
  let prevEnd = 0;
  for (const s of got) {
    assert.ok(s.start >= prevEnd);
    assert.ok(isClusterBoundary(text, s.start) && isClusterBoundary(text, s.end));
    assert.equal(s.text, text.slice(s.start, s.end));
    assert.equal(s.value, '');
    assert.ok(s.key && s.canonical && s.source);
    prevEnd = s.end;
  }
  assert.deepEqual(got.map((s) => s.type), ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP']);
  assert.equal(got[0].key, 'per:narendra-modi');
});

test('never throws on messy text', () => {
  const messy = ['', ' ', '\u094d', '[[[', '🏷🏷 Loading...', 'क़\u093c\u093c\u200d\u200c', 'A'.repeat(5000), 'श्री श्री श्री', 'के. . . .', '(भाषा'];
  for (const m of messy) assert.ok(Array.isArray(run(m)));
});

test('names known from other articles are found, with their identity (source corpus)', () => {
  const text = 'बैठक में मेहता ने प्रस्ताव रखा।';
  const got = findEntities(text, tokenize(text), [], {
    known: [{ text: 'मेहता', type: 'PERSON', key: 'रवि मेहता', canonical: 'रवि मेहता' }],
  });
  assert.deepEqual(got.map((s) => [s.type, s.text, s.key, s.source]), [['PERSON', 'मेहता', 'रवि मेहता', 'corpus']]);
});

test('an unknown place before an administrative word is a LOCATION, the word stays outside', () => {
  check('गांव [[LOCATION|सिमली]] तहसील में पड़ता है, जो [[LOCATION|चमोली]] ज़िले का हिस्सा है।');
});

test('transliterated English names joined by ऑफ are typed by their heads', () => {
  check('उन्हें [[ORGANIZATION|रॉयल सोसायटी ऑफ एडिनबरा]] की सदस्यता मिली।');
});

test('a descriptor before a known organisation is not an organisation itself', () => {
  check('समाचार एजेंसी [[ORGANIZATION|रॉयटर्स]] ने बताया कि उद्योग संगठन [[ORGANIZATION|फिक्की]] ने मांग रखी।');
});

test('known wrong results (FIXME): a direction used as a place name is missed', () => {
  // FIXME: पश्चिम as "the West" is LOCATION in the gold data; we leave the bare direction unmarked.
  check('[[LOCATION|रूस]] ने पश्चिम पर आरोप लगाया।');
});

test('named events by their heads: a trophy after an unknown name, a war after known places', () => {
  check('[[EVENT|देवधर ट्रॉफी]] के बाद खिलाड़ी [[EVENT|भारत-पाकिस्तान युद्ध]] पर बनी फ़िल्म देखने गए।');
});
