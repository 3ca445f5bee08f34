// IL-NER Hindi (dev split): exact-span precision/recall/F1 of PERSON, LOCATION and ORGANIZATION
// against the human annotation (NEP → PERSON, NEL → LOCATION, NEO → ORGANIZATION).
// Data: shared/eval/external/il-ner-hindi/dev.jsonl (CC BY 4.0, see its README). The test split
// is held out and measured elsewhere.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const name = 'IL-NER Hindi dev';

const MAP = { NEP: 'PERSON', NEL: 'LOCATION', NEO: 'ORGANIZATION' };
const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION'];

function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f];
}

const r3 = (x) => Math.round(x * 1000) / 1000;

export async function evaluate({ runSpans, shared }) {
  const file = join(shared, 'eval', 'external', 'il-ner-hindi', 'dev.jsonl');
  const cases = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const got = await runSpans(cases.map((c) => ({ id: c.id, text: c.text })));
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  // Spans of other system types (NORP, EVENT, DATE, FIGURE) are not scored: IL-NER has no such tags
  // for names, and its NEN/NETI conventions differ from ours.
  for (const c of cases) {
    const gold = new Set();
    for (const e of c.entities) {
      const t = MAP[e.type];
      if (t) gold.add(`${t}:${e.char_start}:${e.char_end}`);
    }
    const sys = new Set();
    for (const s of got.get(c.id) ?? []) if (TYPES.includes(s.type)) sys.add(`${s.type}:${s.start}:${s.end}`);
    for (const k of sys) counts[k.split(':')[0]][gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!sys.has(k)) counts[k.split(':')[0]].fn++;
  }
  const rows = [];
  let TP = 0, FP = 0, FN = 0, macro = 0;
  for (const t of TYPES) {
    const { tp, fp, fn } = counts[t];
    const [p, r, f] = prf(tp, fp, fn);
    rows.push([t, tp, fp, fn, r3(p), r3(r), r3(f)]);
    TP += tp; FP += fp; FN += fn; macro += f;
  }
  const [p, r, f] = prf(TP, FP, FN);
  rows.push(['micro', TP, FP, FN, r3(p), r3(r), r3(f)]);
  rows.push(['macro', '', '', '', '', '', r3(macro / TYPES.length)]);
  return {
    title: `${name}: ${cases.length} sentences, exact spans`,
    header: ['type', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'],
    rows,
    notes: [
      'NEP→PERSON, NEL→LOCATION, NEO→ORGANIZATION; NEAR, NEN, NETI are not scored here.',
      'Goal from the issue: F1 ≥ 0.75 per type or micro. The test split is held out.',
    ],
  };
}
