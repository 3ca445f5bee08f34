import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeAnchor, mergeStores, parseStore, serializeStore, parseW3CAnnotations, newAnnotationId, type ArticleAnnotations, type UserAnnotation } from '../../server/src/core/annotations';

const TEXT = 'मुंबई, 4 मार्च: महाराष्ट्र सरकार ने ₹6.5 लाख करोड़ का बजट पेश किया। वित्त मंत्री ने कहा कि 😀 राजकोषीय घाटा घटेगा।';

function a(id: string, quote: string, extra: Partial<UserAnnotation> = {}): UserAnnotation {
  const s = TEXT.indexOf(quote);
  return { id, anchor: makeAnchor(TEXT, s, s + quote.length), origin: 'user', created: '2026-03-04T10:00:00.000Z', modified: '2026-03-04T10:00:00.000Z', status: 'anchored', ...extra };
}

const FILE: ArticleAnnotations = {
  article: 'news/budget.txt',
  source: { publisher: 'उदाहरण समाचार', url: 'https://example.invalid/budget', author: 'रीना', published: '2026-03-04', accessed: '2026-03-05', reliability: 'medium', note: 'प्रेस विज्ञप्ति पर आधारित', modified: '2026-03-05T08:00:00.000Z' },
  annotations: [
    a('zz1', 'महाराष्ट्र सरकार', { entityType: 'ORGANIZATION', note: 'राज्य सरकार', attribution: 'वित्त मंत्री', creator: 'रीना' }),
    a('aa2', '₹6.5 लाख करोड़', { label: 'FIGURE', origin: 'accepted' }),
    a('mm3', 'राजकोषीय घाटा', { note: 'जांचें: "पिछले साल" से तुलना\nदूसरी पंक्ति' }),
    a('bb4', '4 मार्च', { label: 'DATE', origin: 'ignored', status: 'orphaned' }),
  ],
};

test('serialise → parse gives back the same annotations and source', () => {
  const text = serializeStore(FILE);
  const r = parseStore(text, 'x.json');
  assert.ok(r.ok, !r.ok ? r.error.message : '');
  const byId = (f: ArticleAnnotations) => [...f.annotations].sort((x, y) => x.id.localeCompare(y.id));
  assert.deepEqual(byId(r.file), byId(FILE));
  assert.deepEqual(r.file.source, FILE.source);
  assert.equal(r.file.article, FILE.article);
});

test('the file is W3C JSON-LD, sorted by id, 2-space indented, with a final newline, and stable', () => {
  const text = serializeStore(FILE);
  const doc = JSON.parse(text);
  assert.equal(doc['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  assert.deepEqual(doc.items.map((i: { id: string }) => i.id), ['urn:lekh:annotation:aa2', 'urn:lekh:annotation:bb4', 'urn:lekh:annotation:mm3', 'urn:lekh:annotation:zz1']);
  const item = doc.items[3];
  assert.equal(item.type, 'Annotation');
  assert.deepEqual(item.target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
  assert.deepEqual(item.body.map((b: { purpose: string }) => b.purpose), ['classifying', 'commenting']);
  assert.ok(text.endsWith('}\n') && text.includes('\n  "items": [\n    {\n      "id"'));
  // Order of input does not matter.
  assert.equal(serializeStore({ ...FILE, annotations: [...FILE.annotations].reverse() }), text);
});

test('a JSON syntax error names path, line and column; never throws', () => {
  const text = serializeStore(FILE);
  const broken = text.replace('"type": "Annotation",', '"type": "Annotation"');
  const r = parseStore(broken, '.lekh/annotations/news/budget.txt.json');
  assert.ok(!r.ok);
  const line = broken.split('\n').findIndex((l) => l.includes('"type": "Annotation"')) + 2; // the next key
  assert.equal(r.error.line, line);
  assert.match(r.error.message, /^\.lekh\/annotations\/news\/budget\.txt\.json:\d+:\d+: not valid JSON/);
  for (const bad of ['', '{', '{"items": [}', '{"a": 1,}', '[1 2]', '{"a": "x\ny"}', '\u00ff']) {
    const x = parseStore(bad, 'p');
    assert.ok(!x.ok, bad);
    assert.ok(x.error.line >= 1 && x.error.column >= 1);
  }
});

test('a shape error points at the value that is wrong', () => {
  const text = serializeStore(FILE);
  const cases: [string, string, RegExp][] = [
    ['"start": ', '"start": -', /start.*whole number/],
    ['"value": "ORGANIZATION"', '"value": "ORGANISATION"', /classifying body must be one of/],
    ['"lekh:origin": "accepted"', '"lekh:origin": "maybe"', /lekh:origin/],
    ['"reliability": "medium"', '"reliability": "so-so"', /reliability/],
    ['"published": "2026-03-04"', '"published": "4 March"', /published/],
  ];
  for (const [from, to, msg] of cases) {
    const broken = text.replace(from, to);
    const r = parseStore(broken, 'f.json');
    assert.ok(!r.ok, to);
    assert.match(r.error.message, msg);
    const lineText = broken.split('\n')[r.error.line - 1];
    assert.ok(lineText.includes(to.split(':')[0].replace(/"/g, '').trim()) || lineText.includes(to.slice(-8)), `line ${r.error.line} (${lineText}) for ${to}`);
  }
  const dup = text.replace('urn:lekh:annotation:bb4', 'urn:lekh:annotation:aa2');
  assert.match((parseStore(dup, 'f') as { error: { message: string } }).error.message, /duplicate annotation id aa2/);
  const future = text.replace('"lekh:format": 1', '"lekh:format": 9');
  assert.match((parseStore(future, 'f') as { error: { message: string } }).error.message, /newer Lekh/);
});

test('W3C annotations from other tools: single object, body as object, id any IRI', () => {
  const other = JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'http://example.org/anno1',
    type: 'Annotation',
    body: { type: 'TextualBody', value: 'एक टिप्पणी' },
    target: { source: 'news/budget.txt', selector: [{ type: 'TextPositionSelector', start: 0, end: 5 }, { type: 'TextQuoteSelector', exact: 'मुंबई' }] },
  });
  const r = parseW3CAnnotations(other, 'o.json');
  assert.ok(r.ok);
  assert.equal(r.files[0].article, 'news/budget.txt');
  assert.equal(r.files[0].annotations[0].id, 'http://example.org/anno1');
  assert.equal(r.files[0].annotations[0].note, 'एक टिप्पणी');
});

test('mergeStores: additions from both sides, deletions from either, newer change wins', () => {
  const base: ArticleAnnotations = { article: 'x', annotations: [a('k1', 'मुंबई'), a('k2', '4 मार्च'), a('k3', 'बजट')] };
  const mine: ArticleAnnotations = { article: 'x', annotations: [a('k1', 'मुंबई', { note: 'मेरा', modified: '2026-03-04T11:00:00.000Z' }), a('k3', 'बजट'), a('m1', 'वित्त मंत्री')] };
  const theirs: ArticleAnnotations = { article: 'x', annotations: [a('k1', 'मुंबई', { note: 'उनका', modified: '2026-03-04T12:00:00.000Z' }), a('k2', '4 मार्च', { note: 'बदला', modified: '2026-03-04T13:00:00.000Z' }), a('t1', 'घाटा')] };
  const m = mergeStores(base, mine, theirs);
  assert.deepEqual(m.annotations.map((x) => x.id), ['k1', 'm1', 't1'], 'k2 deleted by me, k3 deleted by them');
  assert.equal(m.annotations[0].note, 'उनका', 'newer modified wins');
  // Without a base nothing is deleted.
  assert.deepEqual(mergeStores(undefined, mine, theirs).annotations.map((x) => x.id), ['k1', 'k2', 'k3', 'm1', 't1']);
  // Only one side changed: that side, whatever the timestamps.
  const onlyTheirs = mergeStores(base, base, { ...base, annotations: base.annotations.map((x) => (x.id === 'k3' ? { ...x, note: 'n', modified: '2000-01-01T00:00:00.000Z' } : x)) });
  assert.equal(onlyTheirs.annotations.find((x) => x.id === 'k3')!.note, 'n');
});

test('mergeStores merges the source as one record', () => {
  const base: ArticleAnnotations = { article: 'x', annotations: [] };
  const mine = { ...base, source: { publisher: 'A', modified: '2026-01-01T00:00:00.000Z' } };
  assert.deepEqual(mergeStores(base, mine, base).source, mine.source);
  const theirs = { ...base, source: { publisher: 'B', modified: '2026-01-02T00:00:00.000Z' } };
  assert.equal(mergeStores(base, mine, theirs).source!.publisher, 'B');
});

test('new ids are unique and begin with random characters', () => {
  const ids = new Set(Array.from({ length: 2000 }, () => newAnnotationId(1_700_000_000_000)));
  assert.equal(ids.size, 2000);
  const first = new Set([...ids].map((id) => id[0]));
  assert.ok(first.size > 20, 'spread over the alphabet');
  assert.match(newAnnotationId(0, () => 0), /^0{8}0$/);
});
