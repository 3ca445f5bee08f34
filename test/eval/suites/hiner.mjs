// HiNER (first half of the validation split, as shipped in shared/): exact-span
// precision/recall/F1 of PERSON, LOCATION and ORGANIZATION, plus MISC (≈ NORP) and FESTIVAL
// (≈ EVENT) reported separately. Data: shared/eval/external/hiner-hindi/validation.jsonl
// (CC BY-SA 4.0, see its README). Reported only; the rest of HiNER is held out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const name = 'HiNER validation (first half)';

const MAP = { PERSON: 'PERSON', LOCATION: 'LOCATION', ORGANIZATION: 'ORGANIZATION', MISC: 'NORP', RELIGION: 'NORP', FESTIVAL: 'EVENT' };
const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT'];
const LABEL = { NORP: 'NORP (MISC+RELIGION)', EVENT: 'EVENT (FESTIVAL)' };

function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f];
}
const r3 = (x) => Math.round(x * 1000) / 1000;

export async function evaluate({ runSpans, shared, limit }) {
  const file = join(shared, 'eval', 'external', 'hiner-hindi', 'validation.jsonl');
  let cases = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (limit) cases = cases.slice(0, limit);
  const got = await runSpans(cases.map((c) => ({ id: c.id, text: c.text })));
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const c of cases) {
    const gold = new Set();
    for (const e of c.entities) {
      const t = MAP[e.type];
      if (t) gold.add(`${t}:${e.char_start}:${e.char_end}`);
    }
    // GAME and LANGUAGE are not our types; system spans on them count as false positives only
    // when typed as one of ours, which is the honest reading.
    const sys = new Set();
    for (const s of got.get(c.id) ?? []) if (TYPES.includes(s.type)) sys.add(`${s.type}:${s.start}:${s.end}`);
    for (const k of sys) counts[k.split(':')[0]][gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!sys.has(k)) counts[k.split(':')[0]].fn++;
  }
  const rows = [];
  let TP = 0, FP = 0, FN = 0;
  for (const t of TYPES) {
    const { tp, fp, fn } = counts[t];
    const [p, r, f] = prf(tp, fp, fn);
    rows.push([LABEL[t] ?? t, tp, fp, fn, r3(p), r3(r), r3(f)]);
    if (t === 'PERSON' || t === 'LOCATION' || t === 'ORGANIZATION') {
      TP += tp; FP += fp; FN += fn;
    }
  }
  const [p, r, f] = prf(TP, FP, FN);
  rows.push(['micro PER/LOC/ORG', TP, FP, FN, r3(p), r3(r), r3(f)]);
  return {
    title: `${name}: ${cases.length} sentences, exact spans`,
    header: ['type', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'],
    rows,
    notes: [
      'MISC and RELIGION are scored as NORP, FESTIVAL as EVENT; LANGUAGE, GAME, LITERATURE, NUMEX, TIMEX are not scored.',
      'About a quarter of the sentences are village stubs; LOCATION dominates. Reported only, no target.',
    ],
  };
}
