import type { CoreEdit, Finding } from '../types';

/** The safe fix of a finding (the first one marked safe), if it has one. */
export function safeFix(f: Finding): { title: string; edits: CoreEdit[] } | undefined {
  return f.fixes?.find((x) => x.safe);
}

/**
 * The edits of the safe fixes of `findings`, sorted and never overlapping: a fix whose edits
 * touch a range already taken (two findings on one line, say) is left for the next run.
 * Returns the findings whose fix was taken, in text order.
 */
export function safeEdits(findings: readonly Finding[]): { edits: CoreEdit[]; fixed: Finding[] } {
  const candidates = findings
    .map((f) => ({ f, fix: safeFix(f) }))
    .filter((c): c is { f: Finding; fix: NonNullable<ReturnType<typeof safeFix>> } => !!c.fix)
    .sort((a, b) => Math.min(...a.fix.edits.map((e) => e.start)) - Math.min(...b.fix.edits.map((e) => e.start)));
  const taken: CoreEdit[] = [];
  const fixed: Finding[] = [];
  const overlaps = (e: CoreEdit) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start));
  for (const { f, fix } of candidates) {
    if (fix.edits.some(overlaps)) continue;
    taken.push(...fix.edits);
    fixed.push(f);
  }
  return { edits: taken.sort((a, b) => a.start - b.start), fixed };
}

/** Applies non-overlapping edits (core offsets into `text`) and returns the new text. */
export function applyEdits(text: string, edits: readonly CoreEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}
