import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinKey, matchKey } from '../../server/src/core/text/matchKey';

test('matchKey folds spelling variants of one name', () => {
  const same: [string, string][] = [
    ['किम जोंग-उन', 'किम जोंग उन'],
    ['हिंदी', 'हिन्दी'],
    ['फ़्रांस', 'फ्रांस'],
    ['फ़्रांस', 'फ\u093c्रांस'], // precomposed and combining nukta
    ['ज़िला', 'जिला'],
    ['चाँद', 'चांद'],
    ['संबंध', 'सम्बन्ध'],
    ['गंगा', 'गङ्गा'],
    ['पंडित', 'पण्डित'],
    ['उत्तराखंड', 'उत्तराखण्ड'],
    ['दिल्ली  एनसीआर', 'दिल्ली–एनसीआर'],
    ['Kim Jong Un', 'kim jong-un'],
    ['न्यूज़\u200d', 'न्यूज'],
  ];
  for (const [a, b] of same) assert.equal(matchKey(a), matchKey(b), `${a} ~ ${b}`);
});

test('matchKey keeps different words apart', () => {
  assert.notEqual(matchKey('भारत'), matchKey('भारती'));
  assert.notEqual(matchKey('रूस'), matchKey('रूसी'));
  // न्न is a nasal before a nasal consonant: folded consistently, not dropped.
  assert.equal(matchKey('अन्न'), 'अंन');
});

test('matchKey trims and collapses spaces and dashes', () => {
  assert.equal(matchKey('  किम   जोंग — उन '), 'किम जोंग उन');
  assert.equal(matchKey(''), '');
  assert.equal(matchKey('---'), '');
});

test('latinKey bridges Devanagari and Latin spellings of a name', () => {
  const pairs: [string, string][] = [
    ['पुतिन', 'Putin'],
    ['व्लादिमीर पुतिन', 'Vladimir Putin'],
    ['शी जिनपिंग', 'Xi Jinping'],
    ['किम जोंग उन', 'Kim Jong Un'],
    ['डोनाल्ड ट्रंप', 'Donald Trump'],
    ['नरेंद्र मोदी', 'Narendra Modi'],
    ['शेख़ हसीना', 'Sheikh Hasina'],
    ['फ़ातिमा', 'Fatima'],
  ];
  for (const [d, l] of pairs) assert.equal(latinKey(d), latinKey(l), `${d} ≈ ${l}`);
  assert.notEqual(latinKey('पुतिन'), latinKey('Biden'));
});

test('match keys never throw on messy input', () => {
  for (const s of ['\u094d\u094d', '\u200c', '🏷 x', 'a\u0301', '\ud800', 'क़\u093c\u093c']) {
    assert.equal(typeof matchKey(s), 'string');
    assert.equal(typeof latinKey(s), 'string');
  }
});
