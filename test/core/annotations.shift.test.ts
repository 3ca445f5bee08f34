import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, applyAnnotationEdits, makeAnchor, type ArticleAnnotations, type TextEdit, type UserAnnotation } from '../../server/src/core/annotations';

const TEXT = 'नई दिल्ली, 12 फरवरी: प्रधानमंत्री ने टोक्यो में जापान के नेताओं से मुलाकात की।';
const at = (q: string) => TEXT.indexOf(q);

function fileWith(...quotes: string[]): ArticleAnnotations {
  return {
    article: 'a.txt',
    annotations: quotes.map((q, i) => ({ id: `a${i}`, anchor: makeAnchor(TEXT, at(q), at(q) + q.length), label: 'X', origin: 'user', created: 't', modified: 't', status: 'anchored' }) as UserAnnotation),
  };
}
const edit = (text: string, e: TextEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);

test('an edit before an annotation shifts it; after it leaves it alone', () => {
  const f = fileWith('टोक्यो');
  const before = applyEdit(f, { start: 0, end: 0, text: 'ताज़ा: ' });
  assert.equal(before.annotations[0].anchor.start, at('टोक्यो') + 'ताज़ा: '.length);
  const after = applyEdit(f, { start: at('जापान'), end: at('जापान') + 5, text: 'Japan' });
  assert.equal(after, f, 'same object when nothing moved');
});

test('insertions at the edges stay outside; an edit inside updates the quote', () => {
  const f = fileWith('नई दिल्ली');
  const s = at('नई दिल्ली');
  const e = s + 'नई दिल्ली'.length;
  assert.equal(applyEdit(f, { start: s, end: s, text: 'X' }).annotations[0].anchor.start, s + 1);
  assert.equal(applyEdit(f, { start: e, end: e, text: 'X' }).annotations[0].anchor.end, e);
  const inside = { start: s + 2, end: s + 3, text: '  ' };
  const r = applyEdit(f, inside).annotations[0];
  assert.equal(r.anchor.exact, edit(TEXT, inside).slice(r.anchor.start, r.anchor.end));
  assert.equal(r.anchor.end, e + 1);
});

test('an edit over one edge cuts the annotation; over the whole of it orphans it (kept)', () => {
  const f = fileWith('प्रधानमंत्री ने');
  const s = at('प्रधानमंत्री ने');
  const e = s + 'प्रधानमंत्री ने'.length;
  const overStart = { start: s - 2, end: s + 'प्रधानमंत्री '.length, text: 'Y' };
  const a = applyEdit(f, overStart).annotations[0];
  assert.equal(a.anchor.exact, 'ने');
  assert.equal(edit(TEXT, overStart).slice(a.anchor.start, a.anchor.end), 'ने');
  const overEnd = { start: s + 'प्रधानमंत्री'.length, end: e + 3, text: '' };
  const b = applyEdit(f, overEnd).annotations[0];
  assert.equal(b.anchor.exact, 'प्रधानमंत्री');
  const whole = applyEdit(f, { start: s - 1, end: e + 1, text: 'Z' }).annotations[0];
  assert.equal(whole.status, 'orphaned');
  assert.equal(whole.id, 'a0');
  assert.equal(whole.anchor.exact, 'प्रधानमंत्री ने', 'the old quote is kept for re-anchoring later');
});

test('with the new text, a sign typed after a name joins it (no edge inside a cluster)', () => {
  const t = 'किम जोंग-उन से';
  const f: ArticleAnnotations = { article: 'a', annotations: [{ id: 'k', anchor: makeAnchor(t, 0, 3), origin: 'user', created: 't', modified: 't', status: 'anchored' }] };
  const e = { start: 3, end: 3, text: 'ि' }; // a vowel sign right after किम
  const newText = edit(t, e);
  const r = applyEdit(f, e, newText).annotations[0];
  assert.equal(r.anchor.exact, newText.slice(r.anchor.start, r.anchor.end));
  assert.equal(r.anchor.end, 4);
});

test('property: after any sequence of edits, an anchored annotation is what the text holds at its range', () => {
  const editArb = fc.record({ a: fc.nat(), b: fc.nat(), text: fc.constantFrom('', 'क', ' नया ', 'ि', '😀', 'abc\n') });
  fc.assert(
    fc.property(fc.array(editArb, { maxLength: 12 }), (raw) => {
      let text = TEXT;
      let f = fileWith('नई दिल्ली', '12 फरवरी', 'प्रधानमंत्री', 'टोक्यो', 'जापान के नेताओं');
      for (const r of raw) {
        const s = r.a % (text.length + 1);
        const e = Math.min(text.length, s + (r.b % 6));
        const ed = { start: s, end: e, text: r.text };
        const next = edit(text, ed);
        f = applyAnnotationEdits(f, [ed]);
        text = next;
        assert.equal(f.annotations.length, 5, 'none dropped');
        for (const x of f.annotations) {
          if (x.status !== 'anchored') continue;
          assert.ok(x.anchor.start < x.anchor.end && x.anchor.end <= text.length);
          assert.equal(text.slice(x.anchor.start, x.anchor.end), x.anchor.exact);
        }
      }
    }),
    { numRuns: 300 },
  );
});
