import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, isClusterBoundary } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';
import { findFigures } from '../../server/src/core/recognize/figures';
import { findReferenceDate } from '../../server/src/core/recognize/articleDate';
import { analyzeArticle } from '../../server/src/core/analyze';
import { figureConflicts } from '../../server/src/core/corpus/figureFacts';
import { checkGrouping } from '../../server/src/core/checks/figures';
import type { Span } from '../../server/src/core/types';

/** The invariants every recogniser output must keep, whatever the input. */
function checkSpans(text: string, spans: readonly Span[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, `span out of text: ${s.start}-${s.end}`);
    assert.ok(s.start >= prevEnd, 'spans sorted and not overlapping');
    assert.equal(s.text, text.slice(s.start, s.end));
    assert.ok(isClusterBoundary(text, s.start) && isClusterBoundary(text, s.end), 'span edge inside a grapheme cluster');
    assert.equal(typeof s.value, 'string');
    prevEnd = s.end;
  }
}

function runAll(text: string): void {
  const tokens = tokenize(text);
  const ref = findReferenceDate(text, tokens);
  if (ref) assert.match(ref.value, /^(\d{4}|XXXX)-\d\d-\d\d$/);
  const dates = findDates(text, tokens, ref ?? { value: '2025-09-03', source: 'override' });
  checkSpans(text, dates);
  const figures = findFigures(text, tokens, dates);
  checkSpans(text, figures);
  for (const f of figures) for (const d of dates) assert.ok(f.end <= d.start || f.start >= d.end, 'figure overlaps a date');
  // The single pass of the analysis (dates without a reference, the reference, then re-resolved),
  // the date and figure checks, and the figure comparison keep the same invariants.
  const a = analyzeArticle(text, { figureGrouping: 'indian' });
  checkSpans(text, a.spans);
  // (Only the date and figure findings: a Devanagari check points at the stray sign itself.)
  for (const f of [...a.findings.filter((x) => /^(date|figure)\./.test(x.code)), ...checkGrouping(a.spans, 'any'), ...checkGrouping(a.spans, 'international')]) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `finding out of text: ${f.code}`);
    assert.ok(isClusterBoundary(text, f.start) && isClusterBoundary(text, f.end), `finding edge inside a cluster: ${f.code}`);
  }
  const art = { id: 'x', text, analysis: a };
  for (const c of figureConflicts([art, { id: 'y', text, analysis: a }], art)) assert.ok(c.start >= 0 && c.end <= text.length);
}

const pieces = [
  'सितंबर', 'सितम्बर', 'फ़रवरी', 'बुधवार', 'सोमवार', 'कल', 'आज', 'परसों', 'पिछले', 'अगले', 'साल', 'वर्ष', 'सप्ताह', 'महीने',
  'सुबह', 'शाम', 'बजे', 'बजकर', 'मिनट', 'वित्त', 'दशक', 'के', 'को', 'से', 'तक', 'पहले', 'बाद', 'गत', 'बीती', 'रात',
  'एक', 'दो', 'तीन', 'पांच', 'पाँच', 'छह', 'सवा', 'साढ़े', 'पौने', 'डेढ़', 'ढाई', 'सौ', 'हज़ार', 'लाख', 'करोड़', 'अरब',
  'प्रतिशत', 'रुपये', 'डॉलर', 'वीं', 'वां', '₹', '$', '%', '°C', '-', '/', ':', '.', ',', '।', '(', ')', ' ', ' ', ' ', '\n',
  '0', '1', '12', '31', '2024', '2025-26', '15,000', '12,50,000', '6.5', '१५', '२०२४', '99999999999999999999',
  'Sep', 'May', 'AM', 'PM', 'IST', 'GMT', 'Rs', 'FY', 'the', 'दशमलव', 'पॉइंट', 'और', 'चौथाई', 'तिहाई', 'चालू', 'लोगों', 'मौत', 'था', 'हुआ', 'नई दिल्ली, ',
  '1,250,000', '१२,५०,०००', '4,50,00,000', '\u093C', '\u094D', '\u200D', '\u0901', 'ऀ', '🏷',
];
const soup = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));
const spaced = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(' '));
const devanagariNoise = fc.array(fc.integer({ min: 0x0900, max: 0x097f }), { maxLength: 200 }).map((cs) => String.fromCharCode(...cs));

test('property: token soup never breaks the invariants', () => {
  fc.assert(fc.property(soup, (t) => runAll(t)), { numRuns: 400 });
  fc.assert(fc.property(spaced, (t) => runAll(t)), { numRuns: 400 });
});

test('property: random Devanagari and arbitrary strings', () => {
  fc.assert(fc.property(devanagariNoise, (t) => runAll(t)), { numRuns: 300 });
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (t) => runAll(t)), { numRuns: 300 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (t) => runAll(t)), { numRuns: 200 });
});

test('property: adversarial repetitions', () => {
  runAll('1'.repeat(5000));
  runAll('१२३४५६७८९०'.repeat(300));
  runAll('सितंबर '.repeat(3000));
  runAll('3 सितंबर 2025, '.repeat(1000));
  runAll(Array.from({ length: 5000 }, (_, i) => String(i)).join(' '));
  runAll('दो तीन चार हज़ार लाख करोड़ '.repeat(1000));
  runAll('1,2,3,4,5,6,7,8,9,0,'.repeat(500));
  runAll('2024-'.repeat(2000));
  runAll('बुधवार, '.repeat(2000));
  runAll('सुबह 10:30 बजे '.repeat(500));
  runAll('नई दिल्ली, 3 सितंबर 2025: ' + 'चालू वित्त वर्ष बीती रात पिछले साल 15 अगस्त 2021 '.repeat(300));
  runAll('5 दशमलव '.repeat(2000) + '2 दशमलव 5 लाख करोड़ और एक चौथाई');
  runAll('12,50,000 1,250,000 '.repeat(1000));
  runAll('पटना, 3 सितंबर 2025: ' + '15 सितंबर 2026 को हुआ था। '.repeat(500));
  // Slash runs, fractions and mixed numbers, signs set apart on their own lines, partitives,
  // fraction words before digits and range chains that share a scale word.
  runAll(Array.from({ length: 3000 }, (_, i) => String(i % 10)).join('/'));
  runAll('1/2 3/4 5 6/7 '.repeat(800));
  runAll('- 1 4/5\n'.repeat(1000));
  runAll('-\n- 3\n - 4 5\n'.repeat(600));
  runAll('तीन में से एक में से '.repeat(800));
  runAll('साढ़े 3 सवा 4 पौने '.repeat(800));
  runAll('1-2-3-4-5 लाख से '.repeat(800));
  runAll('10 से 20 या 30 - 40 प्रतिशत '.repeat(600));
});

test('property: slash pairs and range chains keep the invariants and their values', () => {
  const pair = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), fc.constantFrom('', ' ', '/', '-', ' को', ' मील', ' लाख', '.', '\n'));
  fc.assert(
    fc.property(fc.array(pair, { minLength: 1, maxLength: 30 }), fc.constantFrom(' ', '/', ' से ', '-', ' - ', '\n- '), (pairs, sep) => {
      const text = pairs.map(([a, b, tail]) => `${a}/${b}${tail}`).join(sep);
      runAll(text);
      for (const f of findFigures(text, tokenize(text), [])) assert.ok(Number.isFinite(Number(f.value.split(' ')[0])), `value ${f.value}`);
    }),
    { numRuns: 300 },
  );
});

test('property: Hindi numbers written in digits and in words agree', () => {
  const words = ['शून्य', 'एक', 'दो', 'तीन', 'चार', 'पांच', 'छह', 'सात', 'आठ', 'नौ', 'दस'];
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 10 }), fc.constantFrom(['सौ', 100], ['हज़ार', 1000], ['लाख', 100000], ['करोड़', 10000000]), (n, [scale, mult]) => {
      const text = `कुल ${words[n]} ${scale} लोग आए। कुल ${n} ${scale} लोग आए।`;
      const tokens = tokenize(text);
      const figs = findFigures(text, tokens, []);
      assert.equal(figs.length, 2);
      assert.equal(figs[0].value, String(n * (mult as number)));
      assert.equal(figs[1].value, String(n * (mult as number)));
    }),
    { numRuns: 100 },
  );
});

test('property: Devanagari and ASCII digits give the same values', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
      const ascii = String(n);
      const deva = ascii.replace(/\d/g, (d) => String.fromCharCode(0x0966 + Number(d)));
      const a = findFigures(`कुल ${ascii} मतदाता`, tokenize(`कुल ${ascii} मतदाता`), []);
      const b = findFigures(`कुल ${deva} मतदाता`, tokenize(`कुल ${deva} मतदाता`), []);
      assert.deepEqual(a.map((s) => s.value), b.map((s) => s.value));
    }),
    { numRuns: 200 },
  );
});
