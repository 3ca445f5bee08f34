import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex, entityId } from '../../server/src/core/corpus/corpusIndex';

const A = 'भारत और जापान के बीच समझौता\n\nनई दिल्ली, 12 फरवरी 2026: भारत ने जापान के साथ समझौता किया।\n';
const B = 'मुंबई में बारिश\n\nमुंबई, 14 फरवरी 2026: भारत के पश्चिमी तट पर भारी बारिश हुई।\n';

const india = (ix: CorpusIndex) => ix.entities().find((e) => e.type === 'LOCATION' && e.name === 'भारत');

test('entities are counted across articles', () => {
  const ix = new CorpusIndex();
  ix.set('a', A);
  ix.set('b', B);
  const e = india(ix)!;
  assert.equal(e.articleCount, 2);
  assert.equal(e.mentionCount, 3);
  assert.equal(ix.mentions(e.id).filter((m) => m.article === 'a').length, 2);
});

test('updating one article adjusts the cross-article tables without touching the others', () => {
  const ix = new CorpusIndex();
  ix.set('a', A);
  const b = ix.set('b', B);
  ix.set('a', 'कोई खबर नहीं\n');
  assert.equal(india(ix)!.articleCount, 1);
  assert.equal(ix.get('b'), b, 'b was not re-analysed');
  assert.equal(ix.get('a')!.version, 2);
});

test('delete and rename', () => {
  const ix = new CorpusIndex();
  const changes: string[] = [];
  ix.onDidChange((c) => changes.push(c.kind));
  ix.set('a', A);
  ix.set('b', B);
  assert.ok(ix.rename('a', 'c'));
  assert.equal(ix.get('a'), undefined);
  const span = ix.get('c')!.analysis.spans.find((s) => s.text === 'भारत')!;
  assert.ok(ix.mentions(entityId(span)).some((m) => m.article === 'c'));
  assert.ok(ix.delete('b'));
  assert.equal(india(ix)!.articleCount, 1);
  assert.equal(ix.size, 1);
  assert.deepEqual(changes, ['set', 'set', 'rename', 'delete']);
});

test('the title is the first non-empty line and the date comes from the dateline', () => {
  const ix = new CorpusIndex();
  const e = ix.set('a', '\n\n' + A);
  assert.equal(e.analysis.title, 'भारत और जापान के बीच समझौता');
  assert.equal(e.analysis.referenceDate?.value, '2026-02-12');
});
