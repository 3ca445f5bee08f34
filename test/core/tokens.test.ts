import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, words, lineStarts, asciiDigits, isClusterBoundary } from '../../server/src/core/text/tokens';

test('tokenises Hindi, English, digits and punctuation with exact offsets', () => {
  const text = 'नई दिल्ली, 12 फरवरी (PTI): ₹15,00,000 का बजट।';
  const toks = words(tokenize(text));
  assert.deepEqual(
    toks.map((t) => [t.kind, t.text]),
    [
      ['deva', 'नई'], ['deva', 'दिल्ली'], ['punct', ','], ['number', '12'], ['deva', 'फरवरी'], ['punct', '('], ['latin', 'PTI'],
      ['punct', ')'], ['punct', ':'], ['punct', '₹'], ['number', '15,00,000'], ['deva', 'का'], ['deva', 'बजट'], ['punct', '।'],
    ],
  );
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('keeps matras, virama, nukta and ZWJ inside the word', () => {
  const text = 'क़ानून\u200Cी श्रीमती ज़्यादा';
  const toks = words(tokenize(text));
  assert.deepEqual(toks.map((t) => t.text), ['क़ानून\u200Cी', 'श्रीमती', 'ज़्यादा']);
});

test('Devanagari digits are numbers, and asciiDigits keeps lengths', () => {
  const toks = words(tokenize('८३,३७,९१४ मतदाता'));
  assert.equal(toks[0].kind, 'number');
  assert.equal(asciiDigits('८३,३७,९१४'), '83,37,914');
});

test('surrogate pairs stay whole', () => {
  const toks = tokenize('खबर 📰 देखें');
  assert.ok(toks.some((t) => t.text === '📰'));
});

test('line starts handle LF, CRLF and CR', () => {
  assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
});

test('cluster boundaries', () => {
  const w = 'क्षत्रिय';
  assert.equal(isClusterBoundary(w, 1), false); // before virama
  assert.equal(isClusterBoundary(w, 2), false); // after virama
  assert.equal(isClusterBoundary(w, 3), true);
});
