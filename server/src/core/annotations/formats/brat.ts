/**
 * brat standoff: the article as `NAME.txt`, its annotations as `NAME.ann`:
 *
 *   T1<TAB>PERSON 10 15<TAB>पुतिन
 *   #1<TAB>AnnotatorNotes T1<TAB>the note
 *
 * Offsets are Unicode code points (brat is Python), converted here from and to UTF-16. A span
 * that crosses a line break is written as fragments (`0 5;6 10`), as brat does. Labels lose their
 * spaces (`_`). Fields brat cannot hold (ids, attribution, source, orphaned and ignored
 * annotations) travel in the companion `.lekh.json`.
 */
import { CodePoints, safeLabel, spansForExport, type ExportInput, type ImportedDoc, type ImportedSpan, type LabeledSpan } from './common';

/** The `.ann` text for an article, and the spans it holds. */
export function exportBrat(input: ExportInput): { ann: string; spans: LabeledSpan[] } {
  const spans = spansForExport(input);
  const cp = new CodePoints(input.text);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  for (const s of spans) {
    t++;
    // Fragments split at line breaks: brat shows spans line by line.
    const frags: string[] = [];
    const texts: string[] = [];
    let from = s.start;
    const re = /[\r\n]+/g;
    re.lastIndex = 0;
    const body = input.text.slice(s.start, s.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const to = s.start + m.index;
      if (to > from) {
        frags.push(`${cp.toCodePoint(from)} ${cp.toCodePoint(to)}`);
        texts.push(input.text.slice(from, to));
      }
      from = s.start + m.index + m[0].length;
    }
    if (s.end > from) {
      frags.push(`${cp.toCodePoint(from)} ${cp.toCodePoint(s.end)}`);
      texts.push(input.text.slice(from, s.end));
    }
    lines.push(`T${t}\t${safeLabel(s.label)} ${frags.join(';')}\t${texts.join(' ')}`);
    const note = s.annotation?.note;
    if (note) lines.push(`#${++n}\tAnnotatorNotes T${t}\t${note.replace(/[\r\n\t]+/g, ' ')}`);
  }
  return { ann: lines.length ? lines.join('\n') + '\n' : '', spans };
}

/** A line of a `.ann` file that could not be read. */
export interface BratProblem {
  line: number;
  message: string;
}

/**
 * Reads a `.ann` file against its `.txt` text. Lines other than text-bound (T) and notes (#) —
 * relations, events, attributes — are skipped and counted; a malformed T line is a problem with
 * its line number, and the rest is still read.
 */
export function importBrat(ann: string, text: string): { doc: ImportedDoc; problems: BratProblem[]; skipped: number } {
  const cp = new CodePoints(text);
  const spans = new Map<string, ImportedSpan>();
  const notes: [string, string, number][] = [];
  const problems: BratProblem[] = [];
  let skipped = 0;
  ann.split(/\r?\n/).forEach((line, i) => {
    const no = i + 1;
    if (!line.trim()) return;
    if (line.startsWith('T')) {
      const m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$/.exec(line);
      if (!m) {
        problems.push({ line: no, message: 'not a text-bound annotation (T<n><TAB>LABEL START END<TAB>text)' });
        return;
      }
      const nums = m[3].split(/[ ;]/).map(Number);
      const start = cp.toUnit(nums[0]);
      const end = cp.toUnit(nums[nums.length - 1]);
      if (start === undefined || end === undefined || end <= start) {
        problems.push({ line: no, message: `offsets ${m[3]} are outside the text (${cp.length} code points)` });
        return;
      }
      spans.set(m[1], { start, end, label: m[2], line: no });
    } else if (line.startsWith('#')) {
      const m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line);
      if (m) notes.push([m[1], m[2], no]);
      else skipped++;
    } else skipped++;
  });
  for (const [t, note, no] of notes) {
    const s = spans.get(t);
    if (s) s.note = note;
    else problems.push({ line: no, message: `note for ${t}, which is not in the file` });
  }
  return { doc: { text, spans: [...spans.values()] }, problems, skipped };
}
