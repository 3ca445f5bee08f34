/**
 * Live edits: shifting anchors exactly as the editor changes the text (an LSP incremental change,
 * in UTF-16 offsets of the text before the change). No searching: positions are moved, and the
 * quote is updated from the edit. Prefix and suffix are refreshed later (`refreshContext`, on save).
 */
import { snapRange } from './anchor';
import type { ArticleAnnotations, UserAnnotation } from './model';

/** One change: `text.slice(start, end)` of the old text is replaced by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Shifts one annotation for one edit.
 * - before the annotation (or an insertion at its start): moved by the change in length;
 * - after it (or an insertion at its end): unchanged;
 * - inside it: its end moves and its quote takes the edit;
 * - over one edge: the deleted part is cut off, the inserted text stays outside;
 * - over the whole of it: orphaned, kept, collapsed to where the edit was.
 * With `newText` (the whole text after the edit) the edges are moved out to grapheme-cluster
 * boundaries (typing a sign right after a name joins the name) and the quote is read from it.
 */
export function shiftAnnotation(ann: UserAnnotation, edit: TextEdit, newText?: string): UserAnnotation {
  const a = ann.anchor;
  const { start: es, end: ee } = edit;
  const delta = edit.text.length - (ee - es);
  if (ann.status === 'orphaned') {
    // Keep the position hint of an orphan roughly where its text was.
    if (es >= a.end || (es === ee && es >= a.start)) return ann;
    if (ee <= a.start) return { ...ann, anchor: { ...a, start: a.start + delta, end: a.end + delta } };
    const p = Math.min(a.start, es);
    return { ...ann, anchor: { ...a, start: p, end: p + (a.end - a.start) } };
  }
  let start = a.start;
  let end = a.end;
  let exact = a.exact;
  if (ee <= a.start) {
    // Before, or an insertion at the start: moved.
    start += delta;
    end += delta;
  } else if (es >= a.end) {
    // After, or an insertion at the end: unchanged.
  } else if (es >= a.start && ee <= a.end) {
    end += delta;
    exact = a.exact.slice(0, es - a.start) + edit.text + a.exact.slice(ee - a.start);
  } else if (es <= a.start && ee >= a.end) {
    return { ...ann, status: 'orphaned', anchor: { ...a, start: es, end: es + (a.end - a.start) } };
  } else if (es < a.start) {
    // Over the start edge: the annotation keeps what follows the edit.
    exact = a.exact.slice(ee - a.start);
    start = es + edit.text.length;
    end = a.end + delta;
  } else {
    // Over the end edge: the annotation keeps what precedes the edit.
    exact = a.exact.slice(0, es - a.start);
    end = es;
  }
  if (newText !== undefined) {
    const r = snapRange(newText, start, end);
    start = r.start;
    end = r.end;
    exact = newText.slice(start, end);
  }
  if (start >= end) return { ...ann, status: 'orphaned', anchor: { ...a, start, end: start + (a.end - a.start) } };
  if (start === a.start && end === a.end && exact === a.exact) return ann;
  return { ...ann, anchor: { ...a, start, end, exact } };
}

/**
 * Applies one live edit to every annotation of a file. Returns the same object when nothing moved.
 * Pass `newText` (the text after the edit) to keep edges on grapheme-cluster boundaries.
 */
export function applyEdit(file: ArticleAnnotations, edit: TextEdit, newText?: string): ArticleAnnotations {
  let changed = false;
  const annotations = file.annotations.map((ann) => {
    const r = shiftAnnotation(ann, edit, newText);
    if (r !== ann) changed = true;
    return r;
  });
  return changed ? { ...file, annotations } : file;
}

/** Applies LSP content changes in order (each in offsets of the text left by the previous one). */
export function applyEdits(file: ArticleAnnotations, edits: readonly TextEdit[]): ArticleAnnotations {
  for (const e of edits) file = applyEdit(file, e);
  return file;
}
