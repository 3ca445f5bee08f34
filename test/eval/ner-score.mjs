// Exact-span NER scoring shared by the IL-NER and HiNER suites.

/** Precision, recall and F1 from counts. */
export function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f];
}

export const r3 = (x) => Math.round(x * 1000) / 1000;

/**
 * Counts tp/fp/fn per type over sentence cases with `entities` ({type, char_start, char_end}).
 * `map` turns a gold tag into one of `types`; system spans of other types are not scored.
 */
export function countNer(cases, got, map, types) {
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const c of cases) {
    const gold = new Set();
    for (const e of c.entities) {
      const t = map[e.type];
      if (t) gold.add(`${t}:${e.char_start}:${e.char_end}`);
    }
    const sys = new Set();
    for (const s of got.get(c.id) ?? []) if (types.includes(s.type)) sys.add(`${s.type}:${s.start}:${s.end}`);
    for (const k of sys) counts[k.split(':')[0]][gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!sys.has(k)) counts[k.split(':')[0]].fn++;
  }
  return counts;
}

/** Table rows per type plus a micro row over `microTypes`; returns the rows and the per-type F1. */
export function nerRows(counts, types, { label = {}, microTypes = types, microLabel = 'micro' } = {}) {
  const rows = [];
  const f1 = {};
  let TP = 0, FP = 0, FN = 0;
  for (const t of types) {
    const { tp, fp, fn } = counts[t];
    const [p, r, f] = prf(tp, fp, fn);
    f1[t] = f;
    rows.push([label[t] ?? t, tp, fp, fn, r3(p), r3(r), r3(f)]);
    if (microTypes.includes(t)) { TP += tp; FP += fp; FN += fn; }
  }
  const [p, r, f] = prf(TP, FP, FN);
  rows.push([microLabel, TP, FP, FN, r3(p), r3(r), r3(f)]);
  return { rows, f1 };
}

export const NER_HEADER = ['type', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'];

/**
 * The sentences with a scored error, one JSON a line: the text, the gold spans (mapped to
 * `types`) and the system spans of `types`, each `{type, start, end, text}`. For study only.
 */
export function nerFails(cases, got, map, types) {
  const lines = [];
  for (const c of cases) {
    const gold = c.entities.filter((e) => map[e.type]).map((e) => ({ type: map[e.type], start: e.char_start, end: e.char_end, text: c.text.slice(e.char_start, e.char_end) }));
    const sys = (got.get(c.id) ?? []).filter((s) => types.includes(s.type)).map((s) => ({ type: s.type, start: s.start, end: s.end, text: c.text.slice(s.start, s.end) }));
    const key = (s) => `${s.type}:${s.start}:${s.end}`;
    const g = new Set(gold.map(key));
    const y = new Set(sys.map(key));
    if (gold.some((s) => !y.has(key(s))) || sys.some((s) => !g.has(key(s)))) lines.push(JSON.stringify({ id: c.id, text: c.text, gold, sys }));
  }
  return lines.join('\n') + '\n';
}
