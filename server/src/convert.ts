/**
 * Core offsets ↔ LSP positions. The only place positions are made (the rust-analyzer rule).
 * Offsets and characters are both UTF-16 code units, so only lines need mapping.
 */
import type { Position, Range } from 'vscode-languageserver';
import { isClusterBoundary, lineStarts } from './core';

/** Maps offsets of one text to positions and back, in O(log lines). */
export class LineMap {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offset(p: Position): number {
    if (p.line >= this.starts.length) return this.text.length;
    if (p.line < 0) return 0;
    const start = this.starts[p.line];
    const next = p.line + 1 < this.starts.length ? this.starts[p.line + 1] : this.text.length;
    // Never past the line's own end (before its line break).
    let lineEnd = next;
    while (lineEnd > start && (this.text[lineEnd - 1] === '\n' || this.text[lineEnd - 1] === '\r')) lineEnd--;
    return Math.min(start + Math.max(0, p.character), lineEnd);
  }
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
  /**
   * The text of the line holding `offset`, trimmed around it to about `width` characters. Cuts fall
   * on spaces where one is near, and never inside a grapheme cluster (no orphaned vowel signs).
   */
  preview(offset: number, width = 80): string {
    const { line } = this.position(offset);
    const s = this.starts[line];
    const e = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    const text = this.text.slice(s, e).replace(/[\r\n]+$/, '');
    if (text.length <= width) return text.trim();
    const at = offset - s;
    let from = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
    let to = Math.min(text.length, from + width);
    from = snap(text, from, -1);
    to = snap(text, to, +1);
    return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
  }
}

/** Moves a cut to a nearby space (within 12 characters, looking `dir`-wards first), else to a cluster boundary. */
function snap(text: string, i: number, dir: -1 | 1): number {
  if (i <= 0 || i >= text.length) return i;
  for (let k = 0; k <= 12; k++) {
    const j = i + dir * k;
    if (j > 0 && j < text.length && /\s/.test(text[j])) return dir < 0 ? j + 1 : j;
  }
  let j = i;
  while (j > 0 && !isClusterBoundary(text, j)) j--;
  return j;
}
