/**
 * The randomised edit experiment behind the re-anchoring figures: an article from `sample/` with
 * many annotations, a sequence of realistic edits made outside the editor (words and sentences
 * inserted, words and sentences deleted, paragraphs moved, a letter changed inside a word), then
 * `reanchorAll` on the new text. Every character of the original text carries its identity through
 * the edits, so where each annotation truly is afterwards is known independently of the code
 * under test.
 */
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/core/analyze';
import { makeAnchor, reanchorAll, type ArticleAnnotations, type UserAnnotation } from '../../server/src/core/annotations';

/** Text whose every code unit knows where it came from (-1: inserted). */
interface Tracked {
  text: string;
  origin: number[];
}

export type Edit =
  | { kind: 'insertSentence'; at: number; pick: number }
  | { kind: 'insertWords'; at: number; pick: number }
  | { kind: 'deleteWords'; at: number; count: number }
  | { kind: 'deleteSentence'; at: number }
  | { kind: 'moveParagraph'; from: number; to: number }
  | { kind: 'changeLetter'; at: number };

/** Text to insert: sentences written for this test, in the articles' register. */
const SENTENCES = [
  'इस बीच प्रशासन ने कहा कि स्थिति पर नज़र रखी जा रही है।',
  'अधिकारियों के अनुसार अगले सप्ताह एक और बैठक होगी।',
  'विपक्ष ने इस फ़ैसले की आलोचना की और जांच की मांग की।',
  'The committee will meet again next month, officials said.',
  'स्थानीय लोगों ने बताया कि पिछले साल भी ऐसी ही समस्या आई थी।',
  'जयपुर में इस पर चर्चा जारी है और अंतिम निर्णय बाकी है।',
  'रिपोर्ट के अनुसार 12 ज़िलों में काम शुरू हो चुका है।',
];
const WORDS = ['लगभग', 'भी', 'बड़ी संख्या में', 'बुधवार को', 'राज्य सरकार के', 'नई दिल्ली', 'इसके अलावा', 'करीब 40', 'official'];

function splice(t: Tracked, start: number, end: number, insert: string): Tracked {
  return { text: t.text.slice(0, start) + insert + t.text.slice(end), origin: [...t.origin.slice(0, start), ...new Array(insert.length).fill(-1), ...t.origin.slice(end)] };
}

/** Offsets just after a space (word starts). */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) if (/\s/.test(text[i - 1]) && !/\s/.test(text[i])) out.push(i);
  return out.length ? out : [0];
}

/** Paragraphs: [start, end) including their line break. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (s < text.length) out.push([s, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim());
}

export function applyEditTo(t: Tracked, e: Edit): Tracked {
  const n = t.text.length;
  if (!n) return t;
  switch (e.kind) {
    case 'insertSentence': {
      const ws = wordStarts(t.text);
      const at = ws[e.at % ws.length];
      return splice(t, at, at, SENTENCES[e.pick % SENTENCES.length] + ' ');
    }
    case 'insertWords': {
      const ws = wordStarts(t.text);
      const at = ws[e.at % ws.length];
      return splice(t, at, at, WORDS[e.pick % WORDS.length] + ' ');
    }
    case 'deleteWords': {
      const ws = wordStarts(t.text);
      const i = e.at % ws.length;
      const start = ws[i];
      const end = i + e.count < ws.length ? ws[i + e.count] : n;
      return splice(t, start, end, '');
    }
    case 'deleteSentence': {
      const ends = [...t.text.matchAll(/[।?!.]\s+/g)].map((m) => m.index! + m[0].length);
      if (ends.length < 2) return t;
      const i = e.at % (ends.length - 1);
      return splice(t, ends[i], ends[i + 1], '');
    }
    case 'moveParagraph': {
      const ps = paragraphs(t.text);
      if (ps.length < 3) return t;
      const [a, b] = ps[e.from % ps.length];
      const para = t.text.slice(a, b).endsWith('\n') ? t.text.slice(a, b) : t.text.slice(a, b) + '\n';
      const origin = t.origin.slice(a, b);
      if (origin.length < para.length) origin.push(-1);
      const rest = { text: t.text.slice(0, a) + t.text.slice(b), origin: [...t.origin.slice(0, a), ...t.origin.slice(b)] };
      const targets = [0, ...paragraphs(rest.text).map(([, end]) => end)];
      const to = targets[e.to % targets.length];
      return { text: rest.text.slice(0, to) + para + rest.text.slice(to), origin: [...rest.origin.slice(0, to), ...origin, ...rest.origin.slice(to)] };
    }
    case 'changeLetter': {
      // A spelling fix: one Devanagari or Latin letter replaced by a neighbour in its block.
      const at = e.at % n;
      const c = t.text.charCodeAt(at);
      const letter = (c >= 0x915 && c <= 0x939) || (c >= 0x61 && c <= 0x79);
      if (!letter) return t;
      return splice(t, at, at + 1, String.fromCharCode(c + 1));
    }
  }
}

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insertSentence' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('insertWords' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('deleteWords' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('deleteSentence' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('moveParagraph' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('changeLetter' as const), at: fc.nat() }),
);

/** Annotations on an article: every automatic span, and some phrases of 2–4 words. */
export function annotate(text: string): ArticleAnnotations {
  const anns: UserAnnotation[] = [];
  const add = (start: number, end: number, label: string) => {
    anns.push({ id: `a${anns.length}`, anchor: makeAnchor(text, start, end), label, origin: 'user', created: '', modified: '', status: 'anchored' });
  };
  for (const s of analyzeArticle(text).spans) add(s.start, s.end, s.type);
  const ws = wordStarts(text);
  for (let i = 7; i + 3 < ws.length; i += 23) add(ws[i], ws[i + 2 + (i % 3)] - 1, 'PHRASE');
  return { article: 'a.txt', annotations: anns };
}

export interface Tally {
  /** Annotations whose text survived untouched. */
  intact: number;
  intactRight: number;
  intactOrphaned: number;
  intactWrong: number;
  /** Partly deleted or changed. */
  damaged: number;
  damagedNear: number;
  damagedOrphaned: number;
  damagedWrong: number;
  /** Wholly deleted. */
  deleted: number;
  deletedOrphaned: number;
  deletedAnchored: number;
  /** Annotations missing from the result (must stay 0). */
  lost: number;
}

export const emptyTally = (): Tally => ({ intact: 0, intactRight: 0, intactOrphaned: 0, intactWrong: 0, damaged: 0, damagedNear: 0, damagedOrphaned: 0, damagedWrong: 0, deleted: 0, deletedOrphaned: 0, deletedAnchored: 0, lost: 0 });

/** Runs one edit sequence on `text` and adds what happened to each annotation to `tally`. */
export function runOnce(text: string, file: ArticleAnnotations, edits: readonly Edit[], tally: Tally): void {
  let t: Tracked = { text, origin: [...text].length === text.length ? Array.from({ length: text.length }, (_, i) => i) : Array.from({ length: text.length }, (_, i) => i) };
  for (const e of edits) t = applyEditTo(t, e);
  const where = new Map<number, number>();
  t.origin.forEach((o, i) => o >= 0 && where.set(o, i));
  const result = reanchorAll(t.text, file);
  const byId = new Map(result.annotations.map((a) => [a.id, a]));
  for (const a of file.annotations) {
    const r = byId.get(a.id);
    if (!r) {
      tally.lost++;
      continue;
    }
    const pos: (number | undefined)[] = [];
    for (let i = a.anchor.start; i < a.anchor.end; i++) pos.push(where.get(i));
    const alive = pos.filter((p): p is number => p !== undefined);
    const intact = alive.length === pos.length && alive.every((p, k) => k === 0 || p === alive[k - 1] + 1);
    const anchored = r.status === 'anchored';
    if (intact) {
      tally.intact++;
      const s = alive[0];
      const e = alive[alive.length - 1] + 1;
      if (!anchored) tally.intactOrphaned++;
      else if (r.anchor.start === s && r.anchor.end === e) tally.intactRight++;
      else tally.intactWrong++;
    } else if (alive.length) {
      tally.damaged++;
      const lo = Math.min(...alive);
      const hi = Math.max(...alive) + 1;
      if (!anchored) tally.damagedOrphaned++;
      else if (r.anchor.start < hi && lo < r.anchor.end) tally.damagedNear++;
      else tally.damagedWrong++;
    } else {
      tally.deleted++;
      if (anchored) tally.deletedAnchored++;
      else tally.deletedOrphaned++;
    }
  }
}

export function formatTally(t: Tally): string {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '–');
  return [
    `intact annotations: ${t.intact}; re-anchored at the right place ${t.intactRight} (${pct(t.intactRight, t.intact)} %), orphaned ${t.intactOrphaned}, wrong place ${t.intactWrong}`,
    `partly edited:      ${t.damaged}; anchored on what is left ${t.damagedNear}, orphaned ${t.damagedOrphaned}, wrong place ${t.damagedWrong}`,
    `wholly deleted:     ${t.deleted}; orphaned ${t.deletedOrphaned}, anchored elsewhere ${t.deletedAnchored}`,
    `lost: ${t.lost}`,
  ].join('\n');
}
