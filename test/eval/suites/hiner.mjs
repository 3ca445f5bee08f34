// HiNER (first half of the validation split, as shipped in shared/): exact-span
// precision/recall/F1 of PERSON, LOCATION and ORGANIZATION, plus MISC (≈ NORP) and FESTIVAL
// (≈ EVENT) reported separately. Data: shared/eval/external/hiner-hindi/validation.jsonl
// (CC BY-SA 4.0, see its README). Reported only; the rest of HiNER is held out.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countNer, nerFails, nerRows, NER_HEADER } from '../ner-score.mjs';

export const name = 'HiNER validation (first half)';

const MAP = { PERSON: 'PERSON', LOCATION: 'LOCATION', ORGANIZATION: 'ORGANIZATION', MISC: 'NORP', RELIGION: 'NORP', FESTIVAL: 'EVENT' };
const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT'];
const LABEL = { NORP: 'NORP (MISC+RELIGION)', EVENT: 'EVENT (FESTIVAL)' };

export async function evaluate({ runSpans, shared, limit }) {
  const file = join(shared, 'eval', 'external', 'hiner-hindi', 'validation.jsonl');
  let cases = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (limit) cases = cases.slice(0, limit);
  const got = await runSpans(cases.map((c) => ({ id: c.id, text: c.text })));
  // GAME and LANGUAGE are not our types; system spans on them count as false positives only
  // when typed as one of ours, which is the honest reading.
  // LEKH_NER_FAILS=file writes every sentence with a scored error (gold and system spans of the
  // scored types, one JSON a line) for study.
  if (process.env.LEKH_NER_FAILS) await writeFile(process.env.LEKH_NER_FAILS, nerFails(cases, got, MAP, TYPES));
  const { rows } = nerRows(countNer(cases, got, MAP, TYPES), TYPES, {
    label: LABEL,
    microTypes: ['PERSON', 'LOCATION', 'ORGANIZATION'],
    microLabel: 'micro PER/LOC/ORG',
  });
  return {
    title: `${name}: ${cases.length} sentences, exact spans`,
    header: NER_HEADER,
    rows,
    notes: [
      'MISC and RELIGION are scored as NORP, FESTIVAL as EVENT; LANGUAGE, GAME, LITERATURE, NUMEX, TIMEX are not scored.',
      'About a quarter of the sentences are village stubs; LOCATION dominates. Reported only, no target.',
    ],
  };
}
