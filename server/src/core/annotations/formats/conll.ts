/**
 * CoNLL BIO: one token a line, `token<TAB>B-PER`, sentences separated by blank lines, no
 * `-DOCSTART-`. Tokens come from the core tokeniser, so a token never splits a Devanagari
 * cluster. Labels: PER, LOC, ORG for the entity types, the others as written (NORP, EVENT, DATE,
 * FIGURE, custom labels with `_` for spaces).
 *
 * What CoNLL cannot carry: offsets (import aligns the tokens with the article's text), spans that
 * begin or end inside a token (they grow to whole tokens), overlapping spans (the first one
 * wins), notes and ids (kept by the companion `.lekh.json`).
 */
import { tokenize } from '../../text/tokens';
import { longLabel, shortLabel, spansForExport, type ExportInput, type ImportedDoc, type ImportedSpan, type LabeledSpan } from './common';

const SENTENCE_END = new Set(['।', '॥', '.', '?', '!']);

/** The CoNLL text of an article, and the spans it could write (flat, whole tokens). */
export function exportConll(input: ExportInput): { conll: string; spans: LabeledSpan[] } {
  const toks = tokenize(input.text);
  // Flat spans: the first of overlapping ones wins (user annotations come before automatic ones at the same start).
  const all = spansForExport(input);
  const user = all.filter((s) => s.annotation);
  const flat: LabeledSpan[] = [];
  for (const s of [...user, ...all.filter((x) => !x.annotation)].sort((a, b) => a.start - b.start || (a.annotation ? 0 : 1) - (b.annotation ? 0 : 1))) {
    if (flat.every((f) => f.end <= s.start || f.start >= s.end)) flat.push(s);
  }
  flat.sort((a, b) => a.start - b.start);
  const lines: string[] = [];
  let sentenceOpen = false;
  let j = 0;
  let prevSpan: LabeledSpan | undefined;
  const written = new Set<LabeledSpan>();
  for (const t of toks) {
    if (t.kind === 'space') {
      if (/[\n\r]/.test(t.text) && sentenceOpen) {
        lines.push('');
        sentenceOpen = false;
        prevSpan = undefined;
      }
      continue;
    }
    while (j < flat.length && flat[j].end <= t.start) j++;
    const s = j < flat.length && flat[j].start < t.end ? flat[j] : undefined;
    let tag = 'O';
    if (s) {
      tag = `${s === prevSpan ? 'I' : 'B'}-${shortLabel(s.label)}`;
      written.add(s);
    }
    prevSpan = s;
    lines.push(`${t.text}\t${tag}`);
    sentenceOpen = true;
    if (SENTENCE_END.has(t.text) && !s) {
      lines.push('');
      sentenceOpen = false;
      prevSpan = undefined;
    }
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { conll: lines.length ? lines.join('\n') + '\n\n' : '', spans: flat.filter((s) => written.has(s)) };
}

/** A line of a CoNLL file that could not be read. */
export interface ConllProblem {
  line: number;
  message: string;
}

/**
 * Reads CoNLL BIO against the article's text: each token is found in the text after the
 * previous one (so any tokenisation works, and extra columns are ignored: the first column is
 * the token, the last the tag). A token not found stops the reading with a problem.
 */
export function importConll(conll: string, text: string): { doc: ImportedDoc; problems: ConllProblem[] } {
  const spans: ImportedSpan[] = [];
  const problems: ConllProblem[] = [];
  let cursor = 0;
  let open: ImportedSpan | undefined;
  const lines = conll.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      open = undefined;
      continue;
    }
    if (line.startsWith('-DOCSTART-')) continue;
    const cols = line.split(/\t| +/);
    if (cols.length < 2) {
      problems.push({ line: i + 1, message: 'expected a token and a tag separated by a tab' });
      break;
    }
    const token = cols[0];
    const tag = cols[cols.length - 1];
    const at = text.indexOf(token, cursor);
    if (at < 0) {
      problems.push({ line: i + 1, message: `token ${JSON.stringify(token)} is not in the article after offset ${cursor}` });
      break;
    }
    cursor = at + token.length;
    const m = /^([BIE]|S)-(.+)$/.exec(tag);
    if (!m) {
      if (tag !== 'O') problems.push({ line: i + 1, message: `tag ${JSON.stringify(tag)} is not O, B-X or I-X; read as O` });
      open = undefined;
      continue;
    }
    const label = longLabel(m[2]);
    if ((m[1] === 'I' || m[1] === 'E') && open && open.label === label) {
      open.end = cursor;
    } else {
      open = { start: at, end: cursor, label, line: i + 1 };
      spans.push(open);
    }
    if (m[1] === 'E' || m[1] === 'S') open = undefined;
  }
  return { doc: { spans }, problems };
}
