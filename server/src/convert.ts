/**
 * Core offsets ↔ LSP positions. The only place positions are made (the rust-analyzer rule).
 * Offsets and characters are both UTF-16 code units, so only lines need mapping.
 */
import type { Position, Range } from 'vscode-languageserver';
import { lineStarts } from './core';

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
  /** The text of the line holding `offset`, trimmed around it to at most `width` characters. */
  preview(offset: number, width = 80): string {
    const { line } = this.position(offset);
    const s = this.starts[line];
    const e = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    const text = this.text.slice(s, e).replace(/[\r\n]+$/, '');
    if (text.length <= width) return text.trim();
    const at = offset - s;
    const from = Math.max(0, Math.min(at - Math.floor(width / 2), text.length - width));
    return `${from > 0 ? '…' : ''}${text.slice(from, from + width).trim()}${from + width < text.length ? '…' : ''}`;
  }
}
