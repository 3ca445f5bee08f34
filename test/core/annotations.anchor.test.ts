import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT_LENGTH, makeAnchor, reanchor, reanchorAll, refreshContext, type UserAnnotation } from '../../server/src/core/annotations';

const TEXT =
  'पुतिन और किम की मुलाकात\n\n' +
  'बीजिंग, 3 सितंबर: रूसी राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को बीजिंग में उत्तर कोरिया के नेता किम जोंग-उन से मुलाकात की।\n\n' +
  'दोनों नेताओं ने तियानमेन चौक पर सैन्य परेड देखी। पुतिन ने कहा कि रूस और उत्तर कोरिया के संबंध मज़बूत हैं।\n';

function ann(text: string, quote: string, nth = 0, extra: Partial<UserAnnotation> = {}): UserAnnotation {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `${quote} #${nth} not in text`);
  return { id: `id-${quote}-${nth}`, anchor: makeAnchor(text, at, at + quote.length), entityType: 'PERSON', origin: 'user', created: 't', modified: 't', status: 'anchored', ...extra };
}

const place = (text: string, a: UserAnnotation) => (a.status === 'anchored' ? text.slice(a.anchor.start, a.anchor.end) : null);

test('makeAnchor keeps 32 code units of context and the exact quote', () => {
  const a = ann(TEXT, 'व्लादिमीर पुतिन').anchor;
  assert.equal(a.exact, 'व्लादिमीर पुतिन');
  assert.equal(a.prefix.length, CONTEXT_LENGTH);
  assert.equal(a.suffix.length, CONTEXT_LENGTH);
  assert.equal(TEXT.slice(a.start - CONTEXT_LENGTH, a.start), a.prefix);
  assert.equal(TEXT.slice(a.end, a.end + CONTEXT_LENGTH), a.suffix);
  // At the start of the text the prefix is what there is.
  assert.equal(makeAnchor(TEXT, 0, 5).prefix, '');
});

test('makeAnchor moves edges out of a grapheme cluster and never cuts a surrogate pair in the context', () => {
  const t = 'क्षेत्र में';
  // Offset 1 is the virama of क्ष: the anchor takes the whole cluster.
  const a = makeAnchor(t, 1, 3);
  assert.equal(a.start, 0);
  assert.ok(a.exact.startsWith('क्ष'));
  const emoji = '😀'.repeat(20) + 'पुतिन' + '😀'.repeat(20);
  const s = emoji.indexOf('पुतिन');
  for (let k = 0; k < 3; k++) {
    const b = makeAnchor(emoji.slice(k), s - k, s - k + 5);
    assert.ok(!/^[\uDC00-\uDFFF]/.test(b.prefix), 'prefix starts with a low surrogate');
    assert.ok(!/[\uD800-\uDBFF]$/.test(b.suffix), 'suffix ends with a high surrogate');
  }
});

test('reanchor: unchanged text keeps the same object', () => {
  const a = ann(TEXT, 'पुतिन', 1);
  assert.equal(reanchor(TEXT, a), a);
});

test('reanchor: text inserted before shifts it; the duplicate name is told apart by its context', () => {
  const a = ann(TEXT, 'पुतिन', 2); // the one in the last paragraph
  const edited = TEXT.replace('बीजिंग, 3 सितंबर:', 'बीजिंग, 3 सितंबर (एजेंसी) — ताज़ा ख़बर:');
  const r = reanchor(edited, a);
  assert.equal(r.status, 'anchored');
  assert.equal(r.anchor.start, edited.lastIndexOf('पुतिन'));
  assert.equal(r.anchor.prefix, edited.slice(r.anchor.start - CONTEXT_LENGTH, r.anchor.start), 'context refreshed');
});

test('reanchor: a moved paragraph takes its annotations with it', () => {
  const [head, p1, p2] = TEXT.split('\n\n');
  const moved = [head, p2.trimEnd(), p1].join('\n\n') + '\n';
  const a = ann(TEXT, 'तियानमेन चौक');
  const b = ann(TEXT, 'पुतिन', 1);
  const out = reanchorAll(moved, { article: 'a.txt', annotations: [a, b] });
  assert.equal(place(moved, out.annotations[0]), 'तियानमेन चौक');
  assert.equal(out.annotations[1].anchor.start, moved.indexOf('व्लादिमीर पुतिन') + 'व्लादिमीर '.length);
});

test('reanchor: a respelt name is found by the approximate match', () => {
  const a = ann(TEXT, 'किम जोंग-उन');
  const edited = TEXT.replace('किम जोंग-उन', 'किम जोंग उन');
  const r = reanchor(edited, a);
  assert.equal(place(edited, r), 'किम जोंग उन');
  assert.equal(r.anchor.exact, 'किम जोंग उन');
});

test('reanchor: a changed name is found even when the old spelling remains elsewhere', () => {
  const a = ann(TEXT, 'पुतिन', 1);
  const edited = TEXT.replace('व्लादिमीर पुतिन', 'व्लादिमीर पूतिन');
  const r = reanchor(edited, a);
  assert.equal(r.status, 'anchored');
  assert.equal(r.anchor.start, edited.indexOf('पूतिन'));
});

test('reanchor: deleted text is orphaned, kept with its anchor, and placed again when the text returns', () => {
  const a = ann(TEXT, 'तियानमेन चौक');
  const edited = TEXT.replace('दोनों नेताओं ने तियानमेन चौक पर सैन्य परेड देखी। ', '');
  const r = reanchor(edited, a);
  assert.equal(r.status, 'orphaned');
  assert.deepEqual(r.anchor, a.anchor);
  assert.equal(r.id, a.id);
  const back = reanchor(TEXT, r);
  assert.equal(back.status, 'anchored');
  assert.equal(place(TEXT, back), 'तियानमेन चौक');
});

test('reanchor: a common word deleted in one place does not jump to another with other context', () => {
  const a = ann(TEXT, 'बीजिंग', 1); // "बीजिंग में" in the first paragraph
  const edited = TEXT.replace('बुधवार को बीजिंग में', 'बुधवार को');
  const r = reanchor(edited, a);
  assert.equal(r.status, 'orphaned');
});

test('reanchorAll keeps every annotation and the same object when nothing changed', () => {
  const file = { article: 'a.txt', annotations: [ann(TEXT, 'पुतिन'), ann(TEXT, 'किम', 1)] };
  assert.equal(reanchorAll(TEXT, file), file);
  const out = reanchorAll('पूरी तरह नया पाठ', file);
  assert.equal(out.annotations.length, 2);
  assert.ok(out.annotations.every((a) => a.status === 'orphaned'));
});

test('refreshContext re-reads quote and context at the current positions', () => {
  const a = ann(TEXT, 'पुतिन', 1);
  const edited = 'नया शीर्षक\n' + TEXT;
  const shifted = { ...a, anchor: { ...a.anchor, start: a.anchor.start + 11, end: a.anchor.end + 11 } };
  const out = refreshContext(edited, { article: 'a.txt', annotations: [shifted] });
  assert.equal(out.annotations[0].anchor.exact, 'पुतिन');
  assert.equal(out.annotations[0].anchor.prefix, edited.slice(shifted.anchor.start - CONTEXT_LENGTH, shifted.anchor.start));
});
