// The whole pipeline on our own news-style sentences. Expected spans are marked inline as
// [[TYPE:value|surface]] (the gold format of shared/ANNOTATION.md); every span the analyser returns
// must be marked, and every mark returned, with its value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core';

const MARK = /\[\[([A-Z]+):([^|\]]*)\|([^\]]*)\]\]/g;
function parse(marked: string) {
  let text = '';
  let last = 0;
  const spans: { type: string; start: number; end: number; text: string; value: string }[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    spans.push({ type: m[1], start: text.length, end: text.length + m[3].length, text: m[3], value: m[2] });
    text += m[3];
    last = m.index! + m[0].length;
  }
  return { text: text + marked.slice(last), spans };
}

const cases: { name: string; dct?: string; marked: string }[] = [
  {
    name: 'dateline, title + name, relative weekday, money with scale word',
    marked:
      '[[LOCATION:|नई दिल्ली]], [[DATE:2026-02-12|12 फरवरी 2026]]: प्रधानमंत्री [[PERSON:|नरेंद्र मोदी]] ने [[DATE:2026-02-11|बुधवार]] को [[LOCATION:|जापान]] के प्रधानमंत्री से मुलाकात की और [[FIGURE:150000000000 INR|15,000 करोड़]] रुपये की परियोजना पर सहमति बनी।',
  },
  {
    name: 'organisation with its head inside, percentage, nationality',
    dct: '2025-06-04',
    marked: '[[ORGANIZATION:|भारतीय रिज़र्व बैंक]] ने कहा कि [[NORP:|भारतीय]] अर्थव्यवस्था [[DATE:2025|इस साल]] [[FIGURE:6.5 %|6.5]] प्रतिशत की दर से बढ़ेगी।',
  },
  {
    name: 'Devanagari digits, number words with scale, ordinal',
    dct: '2027-03-10',
    marked: 'राज्य के [[FIGURE:8337914|८३,३७,९१४]] मतदाताओं में से करीब [[FIGURE:125000|सवा लाख]] युवाओं ने पहली बार वोट डाला, जो [[FIGURE:15 ordinal|15वीं]] विधानसभा का चुनाव है।',
  },
  {
    name: 'country as a place, named event, a year',
    marked: '[[LOCATION:|चीन]] और [[LOCATION:|रूस]] ने [[DATE:1945|1945]] में [[EVENT:|द्वितीय विश्व युद्ध]] के अंत की याद में परेड की।',
  },
  {
    name: 'English in Hindi text',
    dct: '2025-09-04',
    marked: '[[ORGANIZATION:|RBI]] के गवर्नर ने [[LOCATION:|Mumbai]] में कहा कि महंगाई [[FIGURE:4 %|4%]] के आसपास रहेगी।',
  },
  {
    name: 'identifiers and the indefinite एक are not figures',
    dct: '2025-09-04',
    marked: 'पुलिस ने धारा 406 के तहत मामला दर्ज किया और एक अधिकारी को निलंबित किया।',
  },
];

for (const c of cases) {
  test(c.name, () => {
    const { text, spans } = parse(c.marked);
    const got = analyzeArticle(text, { referenceDate: c.dct }).spans.map((s) => ({ type: s.type, start: s.start, end: s.end, text: s.text, value: s.value }));
    assert.deepEqual(got, spans);
  });
}

test('spans are sorted, flat, and point at the text as written', () => {
  const text = 'नई दिल्ली, 12 फ़रवरी 2026: भारत-जापान वार्ता में किम जोंग-उन का ज़िक्र 3 बार हुआ।\r\n';
  const a = analyzeArticle(text);
  for (let i = 0; i < a.spans.length; i++) {
    const s = a.spans[i];
    assert.equal(text.slice(s.start, s.end), s.text);
    if (i) assert.ok(a.spans[i - 1].end <= s.start, 'no overlap');
  }
});

test('a stray sign after a digit never leaves a span edge inside a cluster', async () => {
  const { isClusterBoundary } = await import('../../server/src/core/text/tokens');
  for (const text of ['२०२४़नई दिल्ली, ', '12\u094Dभारत ने', 'रिपोर्ट 5\u0901 लाख']) {
    for (const s of analyzeArticle(text).spans) {
      assert.ok(isClusterBoundary(text, s.start) && isClusterBoundary(text, s.end), `${JSON.stringify(text)}: ${s.type} ${s.start}-${s.end}`);
      assert.equal(text.slice(s.start, s.end), s.text);
    }
  }
});
