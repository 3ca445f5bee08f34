import { ResponseError, ErrorCodes, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { ArticleEntry, CorpusIndex } from '../core';
import type { LineMap } from '../convert';
import { entityAt, entityMentions, type LinesOf } from './references';

/** prepareRename: the entity span under the cursor and its text, or null where nothing can be renamed. */
export function prepareRename(entry: ArticleEntry, lines: LineMap, offset: number): { range: Range; placeholder: string } | null {
  const span = entityAt(entry, offset);
  return span ? { range: lines.range(span.start, span.end), placeholder: span.text } : null;
}

/**
 * Rename across the corpus: every mention of the entity (every spelling of it, propagated
 * mentions included) becomes `newName`, as one WorkspaceEdit the user can preview.
 * Mentions already written as `newName` are left alone.
 */
export function rename(entry: ArticleEntry, corpus: CorpusIndex, linesOf: LinesOf, offset: number, newName: string): WorkspaceEdit | null {
  const span = entityAt(entry, offset);
  if (!span) return null;
  const name = newName.trim();
  if (!name || /[\r\n]/.test(name)) throw new ResponseError(ErrorCodes.InvalidParams, 'A name is one line of text.');
  const changes: Record<string, TextEdit[]> = {};
  for (const m of entityMentions(corpus, span)) {
    if (m.text === name) continue;
    const lines = linesOf(m.article);
    if (!lines) continue;
    (changes[m.article] ??= []).push({ range: lines.range(m.start, m.end), newText: name });
  }
  return { changes };
}
