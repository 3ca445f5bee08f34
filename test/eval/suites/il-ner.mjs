// IL-NER Hindi (dev split): exact-span precision/recall/F1 of PERSON, LOCATION and ORGANIZATION
// against the human annotation (NEP → PERSON, NEL → LOCATION, NEO → ORGANIZATION).
// Data: shared/eval/external/il-ner-hindi/dev.jsonl (CC BY 4.0, see its README). The test split
// is held out and measured elsewhere.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countNer, nerFails, nerRows, r3, NER_HEADER } from '../ner-score.mjs';

export const name = 'IL-NER Hindi dev';

const MAP = { NEP: 'PERSON', NEL: 'LOCATION', NEO: 'ORGANIZATION' };
const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION'];

/**
 * Titles that IL-NER sometimes keeps inside a person's span (`लॉर्ड मैकाले`, `प्रोफेसर X`,
 * `श्री नरेन्द्र मोदी`) and ANNOTATION.md keeps outside ("Titles and roles stay outside"). A
 * leading title token is moved out of a gold PERSON span when a name remains. Epithets that are
 * read as part of the name (महात्मा, लोकमान्य, छत्रपति, गुरु, भगवान) are left as annotated.
 */
const TITLES = new Set(`श्री श्रीमती सुश्री डॉ डॉ. डॉक्टर प्रो प्रो. प्रोफेसर प्रोफ़ेसर लॉर्ड लार्ड सर राजा महाराजा महारानी रानी
  बादशाह सम्राट नवाब सुल्तान राष्ट्रपति उपराष्ट्रपति प्रधानमंत्री मुख्यमंत्री मंत्री राज्यपाल न्यायमूर्ति जनरल`.split(/\s+/).filter(Boolean));

/** Gold spans read by ANNOTATION.md's span rules; returns the cases and how many spans moved. */
function toContract(cases) {
  let trimmed = 0;
  const out = cases.map((c) => ({
    ...c,
    entities: c.entities.map((e) => {
      if (e.type !== 'NEP') return e;
      let ts = e.token_start;
      while (ts < e.token_end - 1 && TITLES.has(c.tokens[ts])) ts++;
      if (ts === e.token_start) return e;
      trimmed++;
      // Tokens are joined by one space, so a token's offset is the sum of the lengths before it.
      let start = 0;
      for (let k = 0; k < ts; k++) start += c.tokens[k].length + 1;
      return { ...e, token_start: ts, char_start: start };
    }),
  }));
  return { cases: out, trimmed };
}

export async function evaluate({ runSpans, shared }) {
  const file = join(shared, 'eval', 'external', 'il-ner-hindi', 'dev.jsonl');
  const raw = (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const { cases, trimmed } = toContract(raw);
  const got = await runSpans(cases.map((c) => ({ id: c.id, text: c.text })));
  // Spans of other system types (NORP, EVENT, DATE, FIGURE) are not scored: IL-NER has no such tags
  // for names, and its NEN/NETI conventions differ from ours.
  // LEKH_NER_FAILS=file writes every sentence with a scored error (gold and system spans of the
  // scored types, one JSON a line) for study.
  if (process.env.LEKH_NER_FAILS) await writeFile(process.env.LEKH_NER_FAILS, nerFails(cases, got, MAP, TYPES));
  const { rows, f1 } = nerRows(countNer(cases, got, MAP, TYPES), TYPES);
  rows.push(['macro', '', '', '', '', '', r3(TYPES.reduce((s, t) => s + f1[t], 0) / TYPES.length)]);
  return {
    title: `${name}: ${cases.length} sentences, exact spans`,
    header: NER_HEADER,
    rows,
    notes: [
      'NEP→PERSON, NEL→LOCATION, NEO→ORGANIZATION; NEAR, NEN, NETI are not scored here.',
      `ANNOTATION.md span rules: ${trimmed} gold PERSON spans start with a title (श्री, प्रोफेसर, लॉर्ड, महाराजा…), scored without it.`,
      'Goal from the issue: F1 ≥ 0.75 per type or micro. The test split is held out.',
    ],
  };
}
