import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/text/tokens';
import { buildWords } from '../../server/src/core/recognize/dateWords';
import { findDatesInWords, resolveDatesInWords } from '../../server/src/core/recognize/dates';
import { findReferenceDate, referenceDateFromDates } from '../../server/src/core/recognize/articleDate';
import { analyzeArticle } from '../../server/src/core/analyze';
import { checkGrouping, groupedNumber, regroup } from '../../server/src/core/checks/figures';
import { figureConflicts, figureFacts, sameFigureElsewhere, sameStory } from '../../server/src/core/corpus/figureFacts';
import type { Span } from '../../server/src/core/types';

const key = (s: Span[]) => s.map((x) => `${x.text}=${x.value}`);

// ---------------------------------------------------------------- one date pass for the article's date

const ARTICLES = [
  'नई दिल्ली, 3 सितंबर 2025: चालू वित्त वर्ष में विकास दर 6.5 प्रतिशत रहेगी। बीती रात भारी बारिश हुई। मैं पिछले साल 15 अगस्त 2021 को काबुल गया था।',
  'सियोल, 3 सितंबर: राष्ट्रपति ने बुधवार को कहा कि अगले साल 2026 में चुनाव होंगे। इसी दिन बैठक हुई। पिछले वित्त वर्ष 2024-25 में घाटा घटा।',
  'Updated: 2024-06-19 07:05 GMT\nकल सुबह 10:30 बजे मंत्री पहुंचे। तीन दिन पहले 2 बजकर 15 मिनट पर धमाका हुआ। अगले हफ्ते बैठक होगी।',
  'मुंबई, 14 फरवरी: शुक्रवार को बारिश हुई। 1950-53 के युद्ध और 90 के दशक की बात। आज शाम 5 बजे।',
];

test('the resolved single pass equals a full pass made with the reference date', () => {
  for (const text of ARTICLES) {
    const ws = buildWords(tokenize(text));
    const undated = findDatesInWords(text, ws, undefined);
    const ref = referenceDateFromDates(text, ws, undated);
    assert.ok(ref, text);
    assert.deepEqual(key(resolveDatesInWords(text, ws, undated, ref)), key(findDatesInWords(text, ws, ref)), text);
    assert.deepEqual(ref, findReferenceDate(text, tokenize(text)));
  }
});

test('dates that exist only with a reference date are found by the single pass', () => {
  const text = ARTICLES[0];
  const spans = analyzeArticle(text).spans.filter((s) => s.type === 'DATE');
  assert.deepEqual(key(spans), [
    '3 सितंबर 2025=2025-09-03',
    'चालू वित्त वर्ष=2025-04/2026-03',
    'बीती रात=2025-09-02TNI',
    'पिछले साल 15 अगस्त=2024-08-15',
    '2021=2021',
  ]);
});

// ---------------------------------------------------------------- date after the article's date

const findings = (text: string, code: string, opts = {}) => analyzeArticle(text, opts).findings.filter((f) => f.code === code);

test('a date after the article date in a past-tense clause is reported, with the dateline related', () => {
  const text = 'पटना, 3 सितंबर 2025: पुल का उद्घाटन 15 सितंबर 2025 को हुआ था।';
  const [f] = findings(text, 'date.after-article-date');
  assert.ok(f);
  assert.equal(text.slice(f.start, f.end), '15 सितंबर 2025');
  assert.match(f.message, /12 days after/);
  assert.equal(text.slice(f.related![0].start, f.related![0].end), '3 सितंबर 2025');
});

test('future tense, deadlines, targets, relative dates and earlier dates are not reported', () => {
  for (const text of [
    'पटना, 3 सितंबर 2025: पुल का उद्घाटन 15 सितंबर 2025 को होगा।',
    'पटना, 3 सितंबर 2025: सरकार ने 2030 तक सभी गांवों को जोड़ने का वादा किया था।',
    'पटना, 3 सितंबर 2025: मंत्री ने लक्ष्य 2027 रखा था।',
    'पटना, 3 सितंबर 2025: मंत्री कल पहुंचे थे।',
    'पटना, 3 सितंबर 2025: पुल का उद्घाटन 15 अगस्त 2025 को हुआ था।',
    'Patna, Sep 3, 2025: The bridge will open on September 15, 2025.',
  ]) assert.deepEqual(findings(text, 'date.after-article-date'), [], text);
});

test('without a dated reference nothing is reported', () => {
  assert.deepEqual(findings('पुल का उद्घाटन 15 सितंबर 2025 को हुआ था।', 'date.after-article-date'), []);
  // A dateline whose year nothing tells (XXXX-09-03).
  assert.deepEqual(findings('पटना, 3 सितंबर: पुल का उद्घाटन 15 सितंबर को हुआ था।', 'date.after-article-date'), []);
});

// ---------------------------------------------------------------- digit grouping

test('regroup writes both styles and keeps Devanagari digits', () => {
  assert.equal(regroup('1500000', '', 'indian', false), '15,00,000');
  assert.equal(regroup('1500000', '', 'international', false), '1,500,000');
  assert.equal(regroup('123456789', '5', 'indian', false), '12,34,56,789.5');
  assert.equal(regroup('1500000', '', 'indian', true), '१५,००,०००');
  assert.equal(regroup('100000', '', 'indian', false), '1,00,000');
});

test('only numbers of 1,00,000 and more have a grouping style', () => {
  const fig = (text: string) => analyzeArticle(text).spans.find((s) => s.type === 'FIGURE')!;
  assert.equal(groupedNumber(fig('कुल 15,000 लोग आए।')), undefined);
  assert.equal(groupedNumber(fig('कुल 1,50,000 लोग आए।'))?.style, 'indian');
  assert.equal(groupedNumber(fig('कुल 150,000 लोग आए।'))?.style, 'international');
  assert.equal(groupedNumber(fig('कुल १,५०,००० लोग आए।'))?.devanagari, true);
});

test('house style: every number grouped the other way, with a safe fix; any: only the minority of a mixed article', () => {
  const text = 'पटना, 3 सितंबर 2025: राज्य को 12,50,000 रुपये और 3,400,000 डॉलर मिले, और ₹4,50,00,000 का बजट।';
  const intl = findings(text, 'figure.grouping', { figureGrouping: 'international' });
  assert.deepEqual(intl.map((f) => text.slice(f.start, f.end)), ['12,50,000', '4,50,00,000']);
  assert.deepEqual(intl.map((f) => f.fixes![0].edits[0].newText), ['1,250,000', '45,000,000']);
  assert.ok(intl.every((f) => f.fixes![0].safe));
  const indian = findings(text, 'figure.grouping', { figureGrouping: 'indian' });
  assert.deepEqual(indian.map((f) => f.fixes![0].edits[0].newText), ['34,00,000']);
  const any = findings(text, 'figure.grouping');
  assert.deepEqual(any.map((f) => text.slice(f.start, f.end)), ['3,400,000']);
  assert.match(any[0].message, /mixes both groupings and mostly uses the Indian one/);
  assert.deepEqual(findings('कुल 12,50,000 और 4,50,00,000।', 'figure.grouping'), []);
  assert.deepEqual(checkGrouping([], 'indian'), []);
});

// ---------------------------------------------------------------- figures across articles

const art = (id: string, text: string) => ({ id, text, analysis: analyzeArticle(text) });

test('the same count of the same thing with another number in an article of the same story', () => {
  const a = art('a', 'जयपुर, 3 सितंबर 2025: जयपुर के पास बस हादसे में 12 लोगों की मौत हो गई और 30 लोग घायल हुए।');
  const b = art('b', 'जयपुर, 4 सितंबर 2025: जयपुर बस हादसे में मरने वालों की संख्या बढ़कर 14 हो गई। हादसे में 14 लोगों की मौत हुई है और 30 लोग घायल हैं।');
  const c = art('c', 'चेन्नई, 4 सितंबर 2025: चेन्नई में बाढ़ से 3 लोगों की मौत हो गई।');
  const d = art('d', 'जयपुर, 20 अक्टूबर 2025: जयपुर में एक और हादसे में 2 लोगों की मौत हो गई।');
  assert.ok(sameStory(a, b));
  assert.ok(!sameStory(a, c), 'no shared entity');
  assert.ok(!sameStory(a, d), 'more than a week apart');
  const facts = figureFacts(a);
  assert.deepEqual(facts.map((f) => [f.text, f.thing]), [['12', 'लोग|मौत'], ['30', 'लोग|घायल']]);
  const conflicts = figureConflicts([a, b, c, d], a);
  assert.equal(conflicts.length, 1);
  assert.equal(a.text.slice(conflicts[0].start, conflicts[0].end), '12');
  assert.deepEqual(conflicts[0].others.map((o) => [o.article, o.text]), [['b', '14']]);
  assert.match(conflicts[0].message, /12 लोगों की मौत here, but 14 in another article/);
  assert.deepEqual(sameFigureElsewhere([a, b, c, d], a, facts[1]).map((f) => [f.article, f.value]), [['b', 30]]);
});

test('a count that changes inside one article (a rising toll) is not compared', () => {
  const a = art('a', 'जयपुर, 3 सितंबर 2025: पहले 10 लोगों की मौत हुई, बाद में 12 लोगों की मौत की पुष्टि हुई।');
  const b = art('b', 'जयपुर, 3 सितंबर 2025: हादसे में 14 लोगों की मौत हुई।');
  assert.deepEqual(figureConflicts([a, b], a), []);
});
