import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CorpusIndex, type ArticleAnalysis, type Span } from '../../server/src/core';
import { newestArticles } from '../../server/src/features/hover';

/** An analysis with `mentions` mentions of one place and the given date (none when undefined). */
function analysis(mentions: number, date: string | undefined): ArticleAnalysis {
  const spans: Span[] = [];
  for (let i = 0; i < mentions; i++) spans.push({ type: 'LOCATION', start: i * 6, end: i * 6 + 4, text: 'भारत', value: '', key: 'भारत' });
  return { spans, referenceDate: date ? { value: date, source: 'dateline' } : undefined, title: 't', findings: [], counts: { entities: mentions, dates: 0, figures: 0 } };
}

/** What a hover lists: every article of the entity, newest first, equal dates by id, the first `count`. */
function bruteForce(corpus: CorpusIndex, count: number) {
  const all = [...corpus.mentionCounts('LOCATION:भारत').byArticle].map(([a, spans]) => ({ a, n: spans.length, date: corpus.get(a)?.analysis.referenceDate?.value ?? '' }));
  all.sort((x, y) => (x.date === y.date ? (x.a < y.a ? -1 : 1) : x.date > y.date ? -1 : 1));
  return all.slice(0, count);
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), id: fc.integer({ min: 0, max: 300 }), mentions: fc.integer({ min: 0, max: 3 }), day: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ kind: fc.constant('rename' as const), id: fc.integer({ min: 0, max: 300 }), to: fc.integer({ min: 0, max: 300 }) }),
);

test("a hover's newest articles of an entity equal reading every article, while articles come, go and move", () => {
  fc.assert(
    fc.property(fc.integer({ min: 50, max: 300 }), fc.array(op, { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (n, ops, count, oldOnly) => {
      const corpus = new CorpusIndex();
      const date = (day: number) => `2025-01-${String(day % 28 + 1).padStart(2, '0')}`;
      // Most articles mention the entity, so the hover walks the corpus's date order; or only the
      // oldest do, so the walk gives up and reads them all.
      for (let i = 0; i < n; i++) {
        const mentions = i % 7 === 0 || (oldOnly && i % 28 > 5) ? 0 : 1 + (i % 3);
        corpus.set(`a${i}`, 'x', {}, analysis(mentions, i % 11 === 0 ? undefined : date(i)));
      }
      const byArticle = () => corpus.mentionCounts('LOCATION:भारत').byArticle;
      assert.deepEqual(newestArticles(corpus, byArticle(), count), bruteForce(corpus, count));
      for (const o of ops) {
        if (o.kind === 'set') corpus.set(`a${o.id}`, 'x', {}, analysis(o.mentions, o.day === undefined ? undefined : date(o.day)));
        else if (o.kind === 'delete') corpus.delete(`a${o.id}`);
        else if (!corpus.has(`a${o.to}`)) corpus.rename(`a${o.id}`, `a${o.to}`);
        assert.deepEqual(newestArticles(corpus, byArticle(), count), bruteForce(corpus, count));
      }
    }),
    { numRuns: 80 },
  );
});

test('an entity in few articles is read directly, newest first', () => {
  const corpus = new CorpusIndex();
  corpus.set('b', 'x', {}, analysis(2, '2025-03-01'));
  corpus.set('a', 'x', {}, analysis(1, '2025-03-01'));
  corpus.set('c', 'x', {}, analysis(1, undefined));
  corpus.set('d', 'x', {}, analysis(1, '2025-04-01'));
  for (let i = 0; i < 100; i++) corpus.set(`z${i}`, 'x', {}, analysis(0, '2025-05-01'));
  assert.deepEqual(newestArticles(corpus, corpus.mentionCounts('LOCATION:भारत').byArticle, 3), [
    { a: 'd', n: 1, date: '2025-04-01' },
    { a: 'a', n: 1, date: '2025-03-01' },
    { a: 'b', n: 2, date: '2025-03-01' },
  ]);
});

test('the date order is one per corpus, made once and kept in date order as articles change', async () => {
  const { articlesByDate } = await import('../../server/src/core/corpus/articleOrder');
  const corpus = new CorpusIndex();
  corpus.set('b', 'x', {}, analysis(1, '2024-01-02'));
  corpus.set('a', 'x', {}, analysis(1, '2024-01-01'));
  const order = articlesByDate(corpus);
  assert.equal(articlesByDate(corpus), order);
  assert.deepEqual(order.list.map((x) => x.a), ['b', 'a']);
  corpus.set('a', 'y', {}, analysis(1, '2024-01-03'));
  corpus.set('c', 'x', {}, analysis(1, undefined));
  assert.deepEqual(order.list.map((x) => x.a), ['a', 'b', 'c']);
  corpus.delete('b');
  assert.deepEqual(order.list.map((x) => x.a), ['a', 'c']);
});
