// Inlay hints after relative dates: the resolved date, or what is known of it when the article's
// date has no year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex, partialDateLabel } from '../../server/src/core';
import { inlayHints } from '../../server/src/features/inlayHints';
import { LineMap } from '../../server/src/convert';

test('partialDateLabel says what is known of a date without a year', () => {
  assert.equal(partialDateLabel('XXXX-03-09'), '9 Mar (year unknown)');
  assert.equal(partialDateLabel('XXXX-03'), 'Mar (year unknown)');
  assert.equal(partialDateLabel('XXXX-10-14T08:30'), '14 Oct 08:30 (year unknown)');
  assert.equal(partialDateLabel('XXXX-10-13TNI'), '13 Oct night (year unknown)');
  assert.equal(partialDateLabel('XXXX-09-03/XXXX-09-12'), '3 Sep – 12 Sep (year unknown)');
  assert.equal(partialDateLabel('XXXX-WXX-5'), 'a Friday');
  assert.equal(partialDateLabel('XXXX'), undefined);
  assert.equal(partialDateLabel('XXXX-XX-XX'), undefined);
  assert.equal(partialDateLabel('XXXX-13-01'), undefined);
  assert.equal(partialDateLabel('2025-03-09'), undefined, 'a known year reads as it is');
  assert.equal(partialDateLabel('XXXX-10-15', '15 अक्टूबर'), undefined, 'the surface already says it');
});

test('hints in an article whose dateline has no year: readable, never XXXX', () => {
  const text = 'पटना, 14 अक्टूबर: रेलवे ने बुधवार को 120 ट्रेनें चलाईं। पिछले महीने भी ऐसा हुआ था।';
  const corpus = new CorpusIndex();
  const entry = corpus.set('x', text);
  const hints = inlayHints(entry, new LineMap(text));
  const labels = hints.map((h) => h.label);
  assert.ok(labels.every((l) => typeof l === 'string' && !l.includes('XXXX')), JSON.stringify(labels));
  assert.ok(labels.includes('→ 10 Oct (year unknown)'), JSON.stringify(labels));
  assert.ok(labels.includes('→ Sep (year unknown)'), JSON.stringify(labels));
  assert.ok(!labels.some((l) => /14 Oct/.test(String(l))), 'the dateline names its own day and month');
});

test('hints with a known year keep the ISO date', () => {
  const text = 'पटना, 3 सितंबर 2025: मंगलवार को बैठक हुई।';
  const entry = new CorpusIndex().set('y', text);
  assert.deepEqual(inlayHints(entry, new LineMap(text)).map((h) => h.label), ['→ 2025-09-02']);
});
