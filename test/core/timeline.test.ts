import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex } from '../../server/src/core/corpus/corpusIndex';
import { placeDate, sentenceAround, timeline } from '../../server/src/core/corpus/timeline';

// Our own sentences: one dated article, one whose dateline has no year.
const BRIDGE = `गंगा पर नए पुल का काम

पटना, 14 सितंबर 2025: विभाग के सचिव अनुपम सिन्हा ने कहा कि पुल 31 अक्टूबर 2025 तक पूरा होगा। पुल का शिलान्यास 2 जनवरी 2023 को मुख्यमंत्री नीतीश कुमार ने किया था। बैठक 6.25 बजे नहीं, अगस्त 2024 में हुई थी।
`;
const UNDATED = `छात्रों का सम्मान

नई दिल्ली, 3 मार्च: जापान के छात्रों ने मंगलवार को भाषण दिए।
`;

test('placeDate places days, months, years and range starts; not unknown years, weeks or decades', () => {
  assert.deepEqual(placeDate('2025-09-03'), { date: '2025-09-03', precision: 'day' });
  assert.deepEqual(placeDate('2024-08'), { date: '2024-08', precision: 'month' });
  assert.deepEqual(placeDate('1975'), { date: '1975', precision: 'year' });
  assert.deepEqual(placeDate('2025-04/2026-03'), { date: '2025-04', precision: 'month' });
  assert.deepEqual(placeDate('2026-04-08T10:00'), { date: '2026-04-08', precision: 'day' });
  for (const v of ['XXXX-03-03', 'XXXX-09', 'XXXX', '199', '2025-W36', 'XXXX-XX-12', '']) assert.equal(placeDate(v), undefined, v);
});

test('sentenceAround stops at the danda and at line breaks, not inside a decimal number', () => {
  const t = 'पहला वाक्य। दर 6.25 प्रतिशत रही। तीसरा';
  const at = t.indexOf('6.25');
  const s = sentenceAround(t, at, at + 4);
  assert.equal(t.slice(s.start, s.end), 'दर 6.25 प्रतिशत रही।');
  const u = 'शीर्षक\n\nपहली पंक्ति';
  const v = sentenceAround(u, u.indexOf('पहली'), u.indexOf('पहली') + 4);
  assert.equal(u.slice(v.start, v.end), 'पहली पंक्ति');
});

test('timeline: resolved dates, sorted, with their sentence and its entities; unknown years counted', () => {
  const ix = new CorpusIndex();
  ix.set('bridge', BRIDGE);
  ix.set('undated', UNDATED);
  const { events, unresolved } = timeline(ix.articles());
  const dates = events.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  assert.ok(dates.includes('2023-01-02') && dates.includes('2025-10-31') && dates.includes('2024-08'), JSON.stringify(dates));
  assert.ok(events.every((e) => e.article === 'bridge'), 'the undated article places nothing');
  assert.ok(unresolved >= 2, `the year-less dateline and weekday are counted (${unresolved})`);
  const laid = events.find((e) => e.date === '2023-01-02')!;
  assert.equal(laid.precision, 'day');
  assert.equal(laid.sentence, 'पुल का शिलान्यास 2 जनवरी 2023 को मुख्यमंत्री नीतीश कुमार ने किया था।');
  assert.equal(laid.sentence.slice(laid.dateStart, laid.dateEnd), '2 जनवरी 2023');
  assert.equal(BRIDGE.slice(laid.start, laid.end), laid.text);
  assert.deepEqual(laid.entities.map((e) => [e.type, e.name]), [['PERSON', 'नीतीश कुमार']]);
});

test('timeline: an entity filter keeps only events whose sentence names it', () => {
  const ix = new CorpusIndex();
  ix.set('bridge', BRIDGE);
  const all = timeline(ix.articles()).events;
  const sinha = all.flatMap((e) => e.entities).find((e) => e.name.includes('सिन्हा'))!;
  assert.ok(sinha, 'सिन्हा is recognised');
  const only = timeline(ix.articles(), { entity: sinha.id }).events;
  assert.ok(only.length >= 1 && only.length < all.length, `${only.length} of ${all.length}`);
  assert.ok(only.every((e) => e.entities.some((x) => x.id === sinha.id)));
  assert.deepEqual(timeline(ix.articles(), { entity: 'PERSON:nobody' }), { events: [], unresolved: 0 });
});

test('timeline: a long sentence is cut at spaces around the date, marked with …', () => {
  const long = `लंबी खबर\n\nपटना, 14 सितंबर 2025: ${'बहुत लंबा वाक्य है '.repeat(12)}और काम 31 अक्टूबर 2025 तक पूरा होगा ${'फिर भी बात जारी रही '.repeat(12)}अंत।\n`;
  const ix = new CorpusIndex();
  ix.set('long', long);
  const e = timeline(ix.articles(), { maxSentence: 80 }).events.find((x) => x.date === '2025-10-31')!;
  assert.ok(e.sentence.length <= 84, `${e.sentence.length}: ${e.sentence}`);
  assert.ok(e.sentence.startsWith('…') && e.sentence.endsWith('…'), e.sentence);
  assert.equal(e.sentence.slice(e.dateStart, e.dateEnd), '31 अक्टूबर 2025');
  for (const w of e.sentence.replace(/…/g, '').split(' ')) assert.ok(long.includes(w), `whole words only: ${w}`);
});

test('timeline: two dates naming the same day in one sentence are one event, the first written', () => {
  const ix = new CorpusIndex();
  ix.set('a', 'पुल की खबर\n\nपटना, 14 सितंबर 2025: विभाग ने रविवार को बताया कि काम 31 अक्टूबर 2025 तक पूरा होगा।\n');
  const events = timeline(ix.articles()).events;
  assert.deepEqual(events.map((e) => `${e.date} ${e.text}`), ['2025-09-14 14 सितंबर 2025', '2025-10-31 31 अक्टूबर 2025']);
});
