import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core/analyze';
import { isClusterBoundary } from '../../server/src/core/text/tokens';
import {
  applyImport,
  CodePoints,
  companionJson,
  exportBrat,
  exportConll,
  exportJsonl,
  exportW3C,
  importBrat,
  importConll,
  importJsonlLine,
  importW3C,
  makeAnchor,
  parseCompanion,
  type ArticleAnnotations,
  type ImportedDoc,
  type UserAnnotation,
} from '../../server/src/core/annotations';

// The emoji before the annotations makes code-point and UTF-16 offsets differ.
const TEXT = 'सम्मेलन 😀 रिपोर्ट\n\nटोक्यो, 12 फरवरी: भारत और जापान ने गुरुवार को सेमीकंडक्टर सहयोग पर समझौता किया।\nविदेश मंत्री अनिल वर्मा ने कहा कि यह "नई शुरुआत" है।\n';
const NOW = '2026-02-12T09:00:00.000Z';

function a(id: string, quote: string, extra: Partial<UserAnnotation> = {}): UserAnnotation {
  const s = TEXT.indexOf(quote);
  assert.ok(s >= 0, quote);
  return { id, anchor: makeAnchor(TEXT, s, s + quote.length), origin: 'user', created: '2026-02-12T08:00:00.000Z', modified: '2026-02-12T08:00:00.000Z', status: 'anchored', ...extra };
}

const FILE: ArticleAnnotations = {
  article: 'news/tokyo.txt',
  source: { publisher: 'उदाहरण', published: '2026-02-12', reliability: 'high' },
  annotations: [
    a('u1', 'अनिल वर्मा', { entityType: 'PERSON', note: 'विदेश मंत्री', attribution: 'सरकारी बयान', creator: 'रीना' }),
    a('u2', 'सेमीकंडक्टर सहयोग', { label: 'विषय क्षेत्र', note: 'मुख्य मुद्दा' }),
    a('u3', 'नई शुरुआत', { label: 'QUOTE' }),
    a('u4', 'गुरुवार', { label: 'DATE', origin: 'ignored' }),
    { ...a('u5', 'भारत'), anchor: { start: 3, end: 8, exact: 'मिटाया गया', prefix: '', suffix: '' }, status: 'orphaned', label: 'OLD' },
  ],
};
const AUTO = analyzeArticle(TEXT).spans;
const input = { article: FILE.article, text: TEXT, file: FILE, auto: AUTO };
const opts = (existing: ArticleAnnotations = { article: FILE.article, annotations: [] }) => ({ text: TEXT, existing, auto: AUTO, now: NOW });

/** The user annotations as they must come back from a lossless round trip. */
const norm = (f: ArticleAnnotations) => [...f.annotations].sort((x, y) => x.id.localeCompare(y.id));

test('CodePoints converts UTF-16 offsets to code points and back', () => {
  const cp = new CodePoints(TEXT);
  const s = TEXT.indexOf('रिपोर्ट');
  assert.equal(cp.toCodePoint(s), s - 1, 'the emoji is two code units, one code point');
  assert.equal(cp.toUnit(cp.toCodePoint(s)), s);
  assert.equal([...TEXT].slice(cp.toCodePoint(s), cp.toCodePoint(s + 7)).join(''), 'रिपोर्ट');
  assert.equal(cp.toUnit(cp.length + 1), undefined);
});

test('brat: T lines with code-point offsets, notes, no ignored or orphaned spans, automatic spans included', () => {
  const { ann } = exportBrat(input);
  const lines = ann.trim().split('\n');
  const t = lines.find((l) => l.includes('\tPERSON') && l.endsWith('अनिल वर्मा'))!;
  const [, range] = t.split('\t');
  const [, start, end] = range.split(' ').map(Number);
  assert.equal([...TEXT].slice(start, end).join(''), 'अनिल वर्मा');
  assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tविदेश मंत्री$/.test(l)));
  assert.ok(lines.some((l) => l.includes('विषय_क्षेत्र ')), 'labels lose their spaces');
  assert.ok(!lines.some((l) => l.endsWith('\tगुरुवार')), 'the ignored automatic date is not exported');
  assert.ok(lines.some((l) => /\tLOCATION \d+ \d+\tटोक्यो$/.test(l)), 'automatic spans are exported');
  assert.ok(!exportBrat({ ...input, auto: [] }).ann.includes('टोक्यो'), 'without automatic spans');
});

test('brat: round trip through the companion loses nothing', () => {
  const { ann, spans } = exportBrat(input);
  const comp = parseCompanion(companionJson(input, spans), 'c.lekh.json');
  assert.ok(comp.ok);
  const r = importBrat(ann, TEXT);
  assert.deepEqual(r.problems, []);
  const out = applyImport({ ...r.doc, known: comp.known }, opts());
  assert.deepEqual(norm(out.file), norm(FILE));
  assert.deepEqual(out.file.source, FILE.source);
  assert.equal(out.automatic, spans.filter((s) => !s.annotation).length);
});

test('brat: spans added, relabelled, annotated and removed in brat are applied', () => {
  const { ann, spans } = exportBrat(input);
  const comp = parseCompanion(companionJson(input, spans), 'c.lekh.json');
  assert.ok(comp.ok);
  const cp = new CodePoints(TEXT);
  const s = TEXT.indexOf('जापान');
  const edited = ann
    .split('\n')
    .filter((l) => !l.endsWith('\tनई शुरुआत'))
    .map((l) => (l.endsWith('\tअनिल वर्मा') ? l.replace('PERSON', 'ORG') : l))
    .join('\n') + `T90\tNORP ${cp.toCodePoint(s)} ${cp.toCodePoint(s + 5)}\tजापान\n#90\tAnnotatorNotes T90\tदेश\n`;
  const r = importBrat(edited, TEXT);
  const out = applyImport({ ...r.doc, known: comp.known }, opts(FILE));
  const ids = out.file.annotations.map((x) => x.id);
  assert.ok(!ids.includes('u3'), 'removed in brat');
  assert.equal(out.file.annotations.find((x) => x.id === 'u1')!.entityType, 'ORGANIZATION');
  const added = out.file.annotations.find((x) => x.anchor.exact === 'जापान')!;
  assert.equal(added.entityType, 'NORP');
  assert.equal(added.note, 'देश');
  assert.deepEqual([out.added, out.updated, out.removed], [1, 1, 1]);
});

test('brat: a span over a line break is written as fragments and read back whole', () => {
  const s = TEXT.indexOf('किया।');
  const e = TEXT.indexOf('अनिल');
  const file = { article: 'x', annotations: [{ ...a('m', 'किया।'), anchor: makeAnchor(TEXT, s, e) }] };
  const { ann } = exportBrat({ article: 'x', text: TEXT, file });
  assert.match(ann, /^T1\tNOTE \d+ \d+;\d+ \d+\tकिया। विदेश मंत्री $/m);
  const r = importBrat(ann, TEXT);
  assert.deepEqual([r.doc.spans[0].start, r.doc.spans[0].end], [s, e]);
});

test('brat: bad lines are reported with their line number, the rest is read', () => {
  const r = importBrat('T1\tPERSON 0 5\tx\nT2 broken\nR1\tRel Arg1:T1 Arg2:T1\nT3\tLOC 9999 10000\tx\n#1\tAnnotatorNotes T7\tnote\n', TEXT);
  assert.equal(r.doc.spans.length, 1);
  assert.deepEqual(r.problems.map((p) => p.line), [2, 4, 5]);
  assert.equal(r.skipped, 1);
});

test('CoNLL: one token a line with BIO tags, sentences apart, Devanagari clusters whole', () => {
  const { conll } = exportConll(input);
  assert.ok(!conll.includes('-DOCSTART-'));
  const lines = conll.split('\n');
  assert.ok(lines.includes('अनिल\tB-PER') && lines.includes('वर्मा\tI-PER'));
  assert.ok(lines.includes('टोक्यो\tB-LOC'));
  assert.ok(lines.includes('सेमीकंडक्टर\tB-विषय_क्षेत्र') && lines.includes('सहयोग\tI-विषय_क्षेत्र'));
  assert.ok(lines.includes('गुरुवार\tO'), 'ignored automatic span stays O');
  // Every token is a whole run of the text at a cluster boundary.
  let cursor = 0;
  for (const l of lines.filter(Boolean)) {
    const [tok, tag] = l.split('\t');
    assert.match(tag, /^(O|[BI]-\S+)$/);
    const at = TEXT.indexOf(tok, cursor);
    assert.ok(at >= 0 && isClusterBoundary(TEXT, at) && isClusterBoundary(TEXT, at + tok.length), tok);
    cursor = at + tok.length;
  }
  assert.ok(conll.includes('।\tO\n\n'), 'a blank line after a sentence');
});

test('CoNLL: round trip with the companion keeps ids and notes; without it, labels and spans come back', () => {
  const { conll, spans } = exportConll(input);
  const comp = parseCompanion(companionJson(input, spans), 'c');
  assert.ok(comp.ok);
  const r = importConll(conll, TEXT);
  assert.deepEqual(r.problems, []);
  const out = applyImport({ ...r.doc, known: comp.known }, opts());
  assert.deepEqual(norm(out.file), norm(FILE));
  const bare = applyImport(r.doc, opts());
  // अनिल वर्मा is also found automatically as PERSON, so only the other two user spans are stored.
  assert.deepEqual(bare.file.annotations.map((x) => [x.label, x.anchor.exact]).sort(), [['QUOTE', 'नई शुरुआत'], ['विषय_क्षेत्र', 'सेमीकंडक्टर सहयोग']]);
  assert.equal(bare.automatic, spans.length - 2);
});

test('CoNLL import reports a token not in the article', () => {
  const r = importConll('भारत\tB-LOC\nलंदन\tB-LOC\n', TEXT);
  assert.equal(r.problems[0].line, 2);
  assert.equal(r.doc.spans.length, 1);
});

test('JSONL: doccano/Prodigy shape with code-point offsets; round trip loses nothing', () => {
  const line = exportJsonl(input);
  assert.ok(!line.includes('\n'));
  const o = JSON.parse(line);
  assert.equal(o.text, TEXT);
  assert.equal(o.meta.offsets, 'codepoints');
  assert.equal(o.meta.article, 'news/tokyo.txt');
  for (const s of o.spans) assert.equal(typeof s.label, 'string');
  const person = o.spans.find((s: { id?: string }) => s.id === 'u1');
  assert.equal([...TEXT].slice(person.start, person.end).join(''), 'अनिल वर्मा', 'Python slicing gives the name');
  const r = importJsonlLine(line, 1);
  assert.ok(r.ok);
  const out = applyImport(r.doc, opts());
  assert.deepEqual(norm(out.file), norm(FILE));
  assert.match((importJsonlLine('{"text": 5}', 3) as { message: string }).message, /^line 3: no "text"/);
  assert.match((importJsonlLine('{"text": "ab", "spans": [{"start": 1, "end": 9, "label": "X"}]}', 4) as { message: string }).message, /span 1/);
});

test('JSONL from another tool (no meta.lekh): spans become user annotations unless automatic', () => {
  const cp = new CodePoints(TEXT);
  const s = TEXT.indexOf('सहयोग');
  const tok = TEXT.indexOf('टोक्यो');
  const auto = AUTO.find((x) => x.text === 'टोक्यो')!;
  const line = JSON.stringify({ text: TEXT, spans: [{ start: cp.toCodePoint(s), end: cp.toCodePoint(s + 5), label: 'GPE' }, { start: cp.toCodePoint(tok), end: cp.toCodePoint(tok + 6), label: auto.type }], meta: { article: 'news/tokyo.txt' } });
  const r = importJsonlLine(line, 1);
  assert.ok(r.ok);
  const out = applyImport(r.doc, opts());
  assert.equal(out.added, 1);
  assert.equal(out.automatic, 1);
  assert.equal(out.file.annotations[0].entityType, 'LOCATION', 'GPE is read as LOCATION');
});

test('W3C export: the store plus automatic spans marked auto; import skips those and loses nothing', () => {
  const doc = exportW3C(input);
  const o = JSON.parse(doc);
  const autos = o.items.filter((i: Record<string, unknown>) => i['lekh:origin'] === 'auto');
  assert.ok(autos.length > 3);
  assert.ok(!autos.some((i: { target: { selector: { exact?: string }[] } }) => i.target.selector[0].exact === 'गुरुवार'), 'ignored span not exported');
  const r = importW3C(doc, 'x.jsonld');
  assert.ok(r.ok);
  assert.equal(r.auto, autos.length);
  const imported: ImportedDoc = { spans: [], known: { file: r.files[0], exported: [] } };
  const out = applyImport(imported, opts());
  assert.deepEqual(norm(out.file), norm(FILE));
  assert.deepEqual(out.file.source, FILE.source);
});

test('import into an existing store: matching spans keep the existing ids; nothing is duplicated', () => {
  const existing: ArticleAnnotations = { article: FILE.article, annotations: [a('keep', 'अनिल वर्मा', { entityType: 'PERSON', note: 'पुराना' })] };
  const { ann } = exportBrat({ ...input, file: existing });
  const first = applyImport(importBrat(ann, TEXT).doc, opts(existing));
  assert.deepEqual(first.file.annotations.map((x) => x.id), ['keep']);
  assert.equal(first.file.annotations[0].note, 'पुराना');
  assert.deepEqual([first.added, first.updated, first.removed], [0, 0, 0]);
});

test('spans of an older text are re-anchored to the article as it is now', () => {
  const older = TEXT.replace('सम्मेलन 😀 रिपोर्ट', 'रिपोर्ट');
  const s = older.indexOf('अनिल वर्मा');
  const doc: ImportedDoc = { text: older, spans: [{ start: s, end: s + 10, label: 'EVENT' }, { start: 0, end: 7, label: 'X' }] };
  const out = applyImport(doc, opts());
  const person = out.file.annotations.find((x) => x.entityType === 'EVENT')!;
  assert.equal(TEXT.slice(person.anchor.start, person.anchor.end), 'अनिल वर्मा');
  assert.equal(person.status, 'anchored');
});
