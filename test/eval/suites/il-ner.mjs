// IL-NER Hindi (dev split): exact-span precision/recall/F1 of PERSON, LOCATION and ORGANIZATION
// against the human annotation (NEP → PERSON, NEL → LOCATION, NEO → ORGANIZATION).
// Data: shared/eval/external/il-ner-hindi/dev.jsonl (CC BY 4.0, see its README). The test split
// is held out and measured elsewhere.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countNer, nerRows, r3, NER_HEADER } from '../ner-score.mjs';

export const name = 'IL-NER Hindi dev';

const MAP = { NEP: 'PERSON', NEL: 'LOCATION', NEO: 'ORGANIZATION' };
const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION'];

export async function evaluate({ runSpans, shared }) {
  const file = join(shared, 'eval', 'external', 'il-ner-hindi', 'dev.jsonl');
  const cases = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const got = await runSpans(cases.map((c) => ({ id: c.id, text: c.text })));
  // Spans of other system types (NORP, EVENT, DATE, FIGURE) are not scored: IL-NER has no such tags
  // for names, and its NEN/NETI conventions differ from ours.
  const { rows, f1 } = nerRows(countNer(cases, got, MAP, TYPES), TYPES);
  rows.push(['macro', '', '', '', '', '', r3(TYPES.reduce((s, t) => s + f1[t], 0) / TYPES.length)]);
  return {
    title: `${name}: ${cases.length} sentences, exact spans`,
    header: NER_HEADER,
    rows,
    notes: [
      'NEP→PERSON, NEL→LOCATION, NEO→ORGANIZATION; NEAR, NEN, NETI are not scored here.',
      'Goal from the issue: F1 ≥ 0.75 per type or micro. The test split is held out.',
    ],
  };
}
