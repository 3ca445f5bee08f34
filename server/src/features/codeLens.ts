import type { CodeLens } from 'vscode-languageserver';
import { entityId, isEntityType, type ArticleEntry, type CorpusIndex } from '../core';
import type { LineMap } from '../convert';

/**
 * Code lenses: above the first mention of each entity in the article, how often the corpus
 * mentions it and in how many articles (counts from the index, not propagated mentions, so a
 * lens costs a table lookup).
 */
export function codeLenses(entry: ArticleEntry, corpus: CorpusIndex, lines: LineMap): CodeLens[] {
  const out: CodeLens[] = [];
  const hereOf = new Map<string, number>();
  for (const s of entry.analysis.spans) if (isEntityType(s.type)) hereOf.set(entityId(s), (hereOf.get(entityId(s)) ?? 0) + 1);
  const seen = new Set<string>();
  for (const s of entry.analysis.spans) {
    if (!isEntityType(s.type)) continue;
    const id = entityId(s);
    if (seen.has(id)) continue;
    seen.add(id);
    const mentions = corpus.mentions(id);
    const here = hereOf.get(id) ?? 0;
    const articles = corpus.articleCount(s);
    const title = `${s.canonical ?? s.text}: ${here} here · ${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'} in ${articles} ${articles === 1 ? 'article' : 'articles'}`;
    out.push({ range: lines.range(s.start, s.end), command: { title, command: '' } });
  }
  return out;
}
