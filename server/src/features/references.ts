import type { Location } from 'vscode-languageserver';
import { entityId, isEntityType, spanAt, type ArticleEntry, type CorpusIndex, type Mention, type Span } from '../core';
import type { LineMap } from '../convert';

/** Line maps of any article of the index, by id (URI). */
export type LinesOf = (article: string) => LineMap | undefined;

/** The entity span under the cursor, or undefined. */
export function entityAt(entry: ArticleEntry, offset: number): Span | undefined {
  const span = spanAt(entry.analysis.spans, offset);
  return span && isEntityType(span.type) ? span : undefined;
}

/** Every mention of the entity across the corpus (with propagation), in a stable order. */
export function entityMentions(corpus: CorpusIndex, span: Span, onlyArticle?: string): Mention[] {
  return corpus.allMentions(entityId(span), onlyArticle).sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
}

/** References: every mention of the entity under the cursor across the corpus. */
export function references(entry: ArticleEntry, corpus: CorpusIndex, linesOf: LinesOf, offset: number, includeDeclaration = true): Location[] {
  const span = entityAt(entry, offset);
  if (!span) return [];
  const out: Location[] = [];
  for (const m of entityMentions(corpus, span)) {
    if (!includeDeclaration && m.article === entry.id && m.start === span.start) continue;
    const lines = linesOf(m.article);
    if (lines) out.push({ uri: m.article, range: lines.range(m.start, m.end) });
  }
  return out;
}
