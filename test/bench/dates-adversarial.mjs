#!/usr/bin/env node
// Dates and figures under adversarial input: each 10 KB input (long digit runs, repeated month
// names, thousands of numerals…) analysed whole; the median of five runs per input of the date
// and figure stages (word view, dates, reference date, figures), against the 50 ms budget of the
// issue, and of the whole analysis beside it. Timing goals live here, never in tests.
//
//   node test/bench/dates-adversarial.mjs        (after npm run build)
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './core-bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const core = await loadCore(root);
const KB10 = 10 * 1024;
const fill = (unit) => unit.repeat(Math.ceil(KB10 / unit.length)).slice(0, KB10);
const inputs = {
  'digit run': fill('1'),
  'Devanagari digit run': fill('१२३४५६७८९०'),
  'repeated month names': fill('सितंबर '),
  'repeated full dates': fill('3 सितंबर 2025, '),
  'thousands of numerals': Array.from({ length: 3000 }, (_, i) => String(i)).join(' ').slice(0, KB10),
  'number words and scales': fill('दो तीन चार हज़ार लाख करोड़ '),
  'grouping commas': fill('1,2,3,4,5,6,7,8,9,0,'),
  'year hyphens': fill('2024-'),
  'weekday commas': fill('बुधवार, '),
  'clock times': fill('सुबह 10:30 बजे '),
  'relative dates after a dateline': 'नई दिल्ली, 3 सितंबर 2025: ' + fill('चालू वित्त वर्ष बीती रात पिछले साल 15 अगस्त 2021 '),
  'decimal words': fill('5 दशमलव '),
  'mixed groupings': fill('12,50,000 1,250,000 '),
  'English months': fill('Sep 4, 2025, 11:48 AM IST '),
  'combining marks': fill('\u093C\u094D\u200D'),
  'weekday with days': fill('शनिवार 13 तारीख, 22 सोमवार '),
  'ordinal days and weeks': fill('पहली तारीख दूसरी अक्टूबर के तीसरे हफ्ते '),
  'bounds': fill('50 से अधिक या उसके बराबर कम से कम '),
  'compound counts': fill('1 साल 2 महीने 3 दिन '),
  'time ranges': fill('शाम 5 से 6 तक 1:30 और '),
  'phone-like hyphen chains': fill('+1-222-'),
  'slash runs': fill('1/2/3/4/5/6/7/8/9/'),
  'fractions and mixed numbers': fill('1/2 3/4 5 6/7 '),
  'signs on their own lines': fill('- 1 4/5\n- 10\n'),
  'partitives': fill('तीन में से एक में से '),
  'range chains sharing a scale': fill('1-2-3-4-5 लाख से '),
};
let worst = 0;
let worstAll = 0;
const DF = ['words', 'dates', 'referenceDate', 'figures'];
console.log('input                              dates+figures ms   whole analysis ms   (budget: 50 ms per 10 KB)');
for (const [name, text] of Object.entries(inputs)) {
  core.analyzeArticle(text); // warm
  const df = [];
  const all = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = core.analyzeArticle(text, { figureGrouping: 'indian', timings: true });
    all.push(performance.now() - t);
    df.push(DF.reduce((x, k) => x + (r.timings[k] ?? 0), 0));
  }
  const med = df.sort((a, b) => a - b)[2];
  const medAll = all.sort((a, b) => a - b)[2];
  worst = Math.max(worst, med);
  worstAll = Math.max(worstAll, medAll);
  console.log(`${name.padEnd(34)} ${med.toFixed(1).padStart(16)}${med > 50 ? ' OVER' : '     '} ${medAll.toFixed(1).padStart(19)}${medAll > 50 ? ' over' : ''}`);
}
console.log(`worst: dates+figures ${worst.toFixed(1)} ms, whole analysis ${worstAll.toFixed(1)} ms (medians of five runs)`);
