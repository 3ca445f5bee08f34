import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { CorpusIndex, EntityType } from '../core';
import { matchKey } from '../core/text/matchKey';
import type { LinesOf } from './references';

const KIND: Record<EntityType, SymbolKind> = {
  PERSON: SymbolKind.Object,
  LOCATION: SymbolKind.Namespace,
  ORGANIZATION: SymbolKind.Class,
  NORP: SymbolKind.Enum,
  EVENT: SymbolKind.Event,
};

/**
 * Workspace symbols: entities whose name or any spelling contains the query (compared by match
 * key, so nukta, chandrabindu and case do not matter), located at their first mention.
 */
export function workspaceSymbols(corpus: CorpusIndex, linesOf: LinesOf, query: string, limit = 200): SymbolInformation[] {
  const q = matchKey(query.trim()).toLowerCase();
  const out: SymbolInformation[] = [];
  for (const e of corpus.entities()) {
    if (out.length >= limit) break;
    if (q && ![e.name, ...e.surfaces].some((s) => matchKey(s).toLowerCase().includes(q))) continue;
    const first = corpus.mentions(e.id)[0];
    const lines = first && linesOf(first.article);
    if (!first || !lines) continue;
    out.push({ name: e.name, kind: KIND[e.type], containerName: `${e.type} · ${e.mentionCount} mentions`, location: { uri: first.article, range: lines.range(first.start, first.end) } });
  }
  return out;
}
