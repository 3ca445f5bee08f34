// The user's span decisions (from annotations) in the analysis: a typed decision replaces the
// automatic spans it overlaps, an ignore rule removes them, counts follow, bad decisions are passed over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, applyOverrides, type Span } from '../../server/src/core';

const TEXT = 'पटना, 5 अगस्त 2025: मुख्यमंत्री रमेश कुमार ने सोमवार को पटना में बैठक की।';
const at = (s: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = TEXT.indexOf(s, i + 1);
  return { start: i, end: i + s.length };
};

test('a typed decision becomes a user span and replaces what it overlaps', () => {
  const base = analyzeArticle(TEXT);
  const r = at('मुख्यमंत्री रमेश कुमार');
  const a = analyzeArticle(TEXT, { overrides: [{ ...r, type: 'PERSON' }] });
  const user = a.spans.filter((s) => s.source === 'user');
  assert.deepEqual(user.map((s) => [s.type, s.text]), [['PERSON', 'मुख्यमंत्री रमेश कुमार']]);
  assert.ok(!a.spans.some((s) => s.source !== 'user' && s.start < r.end && r.start < s.end), 'no automatic span overlaps it');
  for (let i = 1; i < a.spans.length; i++) assert.ok(a.spans[i - 1].end <= a.spans[i].start, 'spans stay flat and sorted');
  assert.equal(a.counts.entities, a.spans.filter((s) => ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT'].includes(s.type)).length);
  assert.notDeepEqual(a.spans, base.spans);
});

test('an ignore rule removes the automatic span and lowers the count', () => {
  const base = analyzeArticle(TEXT);
  const r = at('पटना', 1);
  const auto = base.spans.find((s) => s.start === r.start);
  assert.equal(auto?.type, 'LOCATION', 'the second पटना is found automatically');
  const a = analyzeArticle(TEXT, { overrides: [r] });
  assert.ok(!a.spans.some((s) => s.start === r.start));
  assert.equal(a.counts.entities, base.counts.entities - 1);
});

test('decisions outside the text, empty or with an unknown type are passed over', () => {
  const spans: Span[] = [{ type: 'LOCATION', start: 0, end: 4, text: 'पटना', value: '' }];
  assert.deepEqual(applyOverrides(TEXT, spans, [{ start: 5, end: 5 }, { start: -1, end: 3 }, { start: 0, end: TEXT.length + 9 }]), spans);
  assert.deepEqual(applyOverrides(TEXT, spans, [{ start: 0, end: 4, type: 'DATE' as never }]), spans);
});
