import type { Location } from 'vscode-languageserver';
import type { ArticleEntry, CorpusIndex } from '../core';
import { entityAt, entityMentions, type LinesOf } from './references';

/**
 * Go to definition: the entity's first mention in the corpus — in the earliest-dated article
 * that names it (articles without a date last), at its first offset there.
 */
export function definition(entry: ArticleEntry, corpus: CorpusIndex, linesOf: LinesOf, offset: number): Location | null {
  const span = entityAt(entry, offset);
  if (!span) return null;
  const dateOf = (id: string): string => corpus.get(id)?.analysis.referenceDate?.value ?? '\uffff';
  let best: { article: string; start: number; end: number; date: string } | undefined;
  for (const m of entityMentions(corpus, span)) {
    const date = dateOf(m.article);
    if (!best || date < best.date || (date === best.date && (m.article < best.article || (m.article === best.article && m.start < best.start)))) best = { ...m, date };
  }
  if (!best) return null;
  const lines = linesOf(best.article);
  return lines ? { uri: best.article, range: lines.range(best.start, best.end) } : null;
}
