import { MarkupKind, type Hover } from 'vscode-languageserver';
import { describeDate, describeFigure, entityId, isEntityType, spanAt, type ArticleEntry, type CorpusIndex } from '../core';
import type { LineMap } from '../convert';

const TYPE_LABEL: Record<string, string> = {
  PERSON: 'person',
  LOCATION: 'place',
  ORGANIZATION: 'organisation',
  NORP: 'nationality or group',
  EVENT: 'event',
  DATE: 'date',
  FIGURE: 'figure',
};

const md = (s: string) => s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');

/** Hover for the span under the cursor: type, normalised value, resolved date, corpus context. */
export function hover(entry: ArticleEntry, corpus: CorpusIndex, lines: LineMap, offset: number): Hover | null {
  const span = spanAt(entry.analysis.spans, offset);
  if (!span) return null;
  const out: string[] = [`**${span.type}** · ${md(span.text)} — ${TYPE_LABEL[span.type]}`, ''];
  const ref = entry.analysis.referenceDate;
  if (span.type === 'DATE') {
    out.push(`Value: \`${span.value}\``);
    for (const l of describeDate(span.value, ref)) out.push(`- ${md(l)}`);
    if (span.date?.relative) {
      out.push('', ref ? `Resolved against the article's date ${ref.value} (${ref.source}).` : 'Relative, but the article has no date to resolve it against.');
    }
  } else if (span.type === 'FIGURE') {
    out.push(`Value: \`${span.value}\``);
    for (const l of describeFigure(span)) out.push(`- ${md(l)}`);
  } else if (isEntityType(span.type)) {
    const id = entityId(span);
    const mentions = corpus.mentions(id);
    const articles = new Set(mentions.map((m) => m.article));
    const surfaces = [...new Set(mentions.map((m) => m.text))];
    if (span.canonical && span.canonical !== span.text) out.push(`Canonical name: ${md(span.canonical)}`);
    out.push(`Mentioned in ${articles.size} ${articles.size === 1 ? 'article' : 'articles'} of the corpus (${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}).`);
    if (surfaces.length > 1) out.push(`Written as: ${surfaces.slice(0, 8).map(md).join(', ')}`);
    if (span.source) out.push('', `_Found by: ${span.source}_`);
  }
  // Each statement is its own paragraph; list items stay together.
  const value = out.reduce((acc, line, i) => (i === 0 ? line : acc + (line.startsWith('- ') && out[i - 1].startsWith('- ') ? '\n' : '\n\n') + line), '');
  return {
    contents: { kind: MarkupKind.Markdown, value: value.replace(/\n{3,}/g, '\n\n') },
    range: lines.range(span.start, span.end),
  };
}
