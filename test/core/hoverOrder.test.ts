// The hover's pick of the entities an entity appears with most (features/hover.ts): the first few
// in order without sorting them all, exactly as a stable sort and a slice would give them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, entityListsKept, firstByOrder } from '../../server/src/features/hover';
import { analyzeArticle } from '../../server/src/core';

const ORDER = new Intl.Collator();
const byCountThenName = (x: { name: string; n: number }, y: { name: string; n: number }) => y.n - x.n || ORDER.compare(x.name, y.name);

test('the first items by count and name are those a stable sort puts first', () => {
  const items = [
    { name: 'भारत', n: 3 },
    { name: 'पटना', n: 1 },
    { name: 'बिहार', n: 3 },
    { name: 'नीति आयोग', n: 2 },
    { name: 'अमेरिका', n: 1 },
    { name: 'दिल्ली', n: 5 },
  ];
  assert.deepEqual(firstByOrder(items, 3, byCountThenName).map((x) => x.name), ['दिल्ली', 'बिहार', 'भारत']);
  assert.deepEqual(firstByOrder(items, 10, byCountThenName), [...items].sort(byCountThenName));
  assert.deepEqual(firstByOrder([], 5, byCountThenName), []);
});

test('random lists with many ties: equal to sort and slice, equal items in their first order', () => {
  let seed = 17;
  const rnd = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
  const names = ['क', 'ख', 'ग', 'क़', 'a', 'B', 'b', 'क\u200D'];
  for (let round = 0; round < 300; round++) {
    const items = Array.from({ length: rnd(40) }, (_, i) => ({ name: names[rnd(names.length)], n: 1 + rnd(4), i }));
    const count = 1 + rnd(7);
    const expected = [...items].sort(byCountThenName).slice(0, count);
    assert.deepEqual(firstByOrder(items, count, byCountThenName), expected);
  }
});

test('an article’s entity list is reused while its analysis is the same, made again for a new one, and at most 2,048 are kept', () => {
  const before = analyzeArticle('पटना, 3 मार्च। मुख्यमंत्री नीतीश कुमार ने बिहार सरकार की बैठक में भारत की योजना पर बात की।');
  const list = entitiesOf('file:///a.txt', before);
  assert.ok(list.some((e) => e.name === 'नीतीश कुमार'), JSON.stringify(list));
  assert.equal(entitiesOf('file:///a.txt', before), list, 'the same analysis gives the same list object');
  const after = analyzeArticle('पटना, 3 मार्च। उपमुख्यमंत्री तेजस्वी यादव ने पटना में बात की।');
  const list2 = entitiesOf('file:///a.txt', after);
  assert.notEqual(list2, list);
  assert.ok(list2.some((e) => e.name === 'तेजस्वी यादव') && !list2.some((e) => e.name === 'नीतीश कुमार'), JSON.stringify(list2));
  for (let i = 0; i < 3000; i++) entitiesOf(`file:///n${i}.txt`, before);
  assert.equal(entityListsKept(), 2048);
});
