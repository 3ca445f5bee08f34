import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuotes } from '../../server/src/core/checks/consistency';
import { readCheckSeverities, runChecks } from '../../server/src/core/checks';
import { analyzeArticle } from '../../server/src/core/analyze';
import { ALL_CHECKS } from '../../server/src/core/checks/table';

test('quotation marks that do not balance within a paragraph', () => {
  const text = [
    'अधिकारी ने कहा, “यात्री पहले से टिकट बुक करें।',
    'संस्थापक ने कहा, "हमारा अगला कदम किसानों को जोड़ना है।',
    'एनआईएस ने कहा, \'\'पिछले साल से सैनिक भेजे गए हैं।',
    'कोच ने कहा” खिलाड़ियों ने धैर्य दिखाया।',
  ].join('\n');
  const found = checkQuotes(text);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['“', '"', "''", '”']);
  assert.ok(found.every((f) => f.code === 'consistency.unbalanced-quotes'));
});

test('balanced quotation marks of every kind are fine', () => {
  const text = 'उन्होंने कहा, “हम तैयार हैं।” फिर "ठीक है" और \'\'भाईचारे का कर्तव्य\'\' तथा ‘विश्वास’ की बात की। It\'s fine.';
  assert.deepEqual(checkQuotes(text), []);
});

test('a date line of the page that contradicts the dateline', () => {
  const text = 'पंचायत चुनाव में 68 प्रतिशत मतदान\n\nलखनऊ, 26 अप्रैल 2025: पहले चरण में मतदान हुआ।\n\nApr 30, 2025, 10:15 AM\n';
  const found = analyzeArticle(text).findings.filter((f) => f.code === 'consistency.date-contradiction');
  assert.equal(found.length, 1);
  assert.ok(text.slice(found[0].start, found[0].end).startsWith('Apr 30, 2025'));
  assert.match(found[0].message, /4 days apart/);
  const agrees = 'पंचायत चुनाव\n\nलखनऊ, 26 अप्रैल 2025: मतदान हुआ।\n\nApr 26, 2025, 10:15 AM\n';
  assert.deepEqual(analyzeArticle(agrees).findings.filter((f) => f.code === 'consistency.date-contradiction'), []);
});

test('a relative day glossed with another date', () => {
  const text = 'रेलवे का फैसला\n\nपटना, 14 अक्टूबर 2025: रेलवे ने आज (15 अक्टूबर) नई समय सारिणी जारी की।\n';
  const found = analyzeArticle(text).findings.filter((f) => f.code === 'consistency.date-contradiction');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['15 अक्टूबर']);
  const agrees = 'रेलवे का फैसला\n\nपटना, 14 अक्टूबर 2025: रेलवे ने आज (14 अक्टूबर) नई समय सारिणी जारी की।\n';
  assert.deepEqual(analyzeArticle(agrees).findings.filter((f) => f.code === 'consistency.date-contradiction'), []);
});

test('lekh.checks severities: change one, turn a family off, report bad entries', () => {
  const { severities, problems } = readCheckSeverities({
    'devanagari.doubled-word': 'error',
    'residue.*': 'off',
    'no.such-check': 'off',
    'consistency.unbalanced-quotes': 'loud',
  });
  assert.deepEqual(severities, { 'devanagari.doubled-word': 'error', 'residue.*': 'off' });
  assert.equal(problems.length, 2);
  const text = 'मंत्री ने ने कहा।\nLoading...\n';
  const ctx = { text, tokens: [], spans: [] };
  assert.deepEqual(runChecks(ctx).map((f) => `${f.code} ${f.severity}`), ['devanagari.doubled-word warning', 'residue.boilerplate warning']);
  assert.deepEqual(runChecks(ctx, severities).map((f) => `${f.code} ${f.severity}`), ['devanagari.doubled-word error']);
  assert.equal(readCheckSeverities([1]).problems.length, 1);
});

test('the catalogue: unique dotted ids, and every finding’s code is in it', () => {
  const ids = ALL_CHECKS.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+\.[a-z-]+$/);
  const text = 'रूीसी सेना ने ने कहा, “सीमा पर ३5 जवान।\nपुलिसkarmi बाजू़ याचिकाकर््ता ह\u200Dजारों\nLoading...\nhttps://example.com\n';
  for (const f of analyzeArticle(text).findings) assert.ok(ids.includes(f.code), f.code);
});
