import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { ArticleEntry, CorpusIndex } from '../core';
import type { LineMap } from '../convert';
import { entityAt, entityMentions } from './references';

/** Document highlights: the entity's mentions in this article (the one under the cursor as Write). */
export function highlights(entry: ArticleEntry, corpus: CorpusIndex, lines: LineMap, offset: number): DocumentHighlight[] {
  const span = entityAt(entry, offset);
  if (!span) return [];
  // Only this article is read: highlights follow every cursor move.
  return entityMentions(corpus, span, entry.id).map((m) => ({ range: lines.range(m.start, m.end), kind: m.start === span.start ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
