import type { CorpusIndex } from '../core';
import type { SourceInfo } from '../core/annotations';
import type { ArticleSummary, CorpusParams, CorpusSource } from '../protocol';

/** What the Corpus view needs to know of the workspace besides the corpus. */
export interface CorpusContext {
  relativePath: (article: string) => string;
  /** The article's annotated source, when it has one. */
  sourceOf?: (article: string) => CorpusSource | undefined;
}

/**
 * `lekh/corpus`: one summary per article, newest first (a date without a year after the dated ones, undated last), then by title. With
 * `params.entity`, only the articles where that entity is recognised (the index's mentions).
 */
export function corpusSummaries(corpus: CorpusIndex, ctx: CorpusContext, params: CorpusParams | undefined): ArticleSummary[] {
  const entity = typeof params?.entity === 'string' && params.entity ? params.entity : undefined;
  const only = entity ? corpus.mentionCounts(entity).byArticle : undefined;
  const out: ArticleSummary[] = [];
  for (const a of corpus.articles()) {
    if (only && !only.has(a.id)) continue;
    out.push({
      uri: a.id,
      relativePath: ctx.relativePath(a.id),
      title: a.analysis.title || ctx.relativePath(a.id),
      date: a.analysis.referenceDate?.value,
      dateSource: a.analysis.referenceDate?.source,
      entities: a.analysis.counts.entities,
      dates: a.analysis.counts.dates,
      figures: a.analysis.counts.figures,
      problems: a.analysis.findings.length,
      errors: a.analysis.findings.filter((f) => f.severity === 'error').length,
      warnings: a.analysis.findings.filter((f) => f.severity === 'warning').length,
    });
    const source = ctx.sourceOf?.(a.id);
    if (source) out[out.length - 1].source = source;
  }
  return out.sort((x, y) => rank(y.date) - rank(x.date) || (y.date ?? '').localeCompare(x.date ?? '') || x.title.localeCompare(y.title));
}

/** Articles with a known year come first, then those with only a month and day (`XXXX-03-03`), then the undated. */
function rank(date: string | undefined): number {
  return !date ? 0 : /^\d{4}/.test(date) ? 2 : 1;
}

/** The source fields the Corpus view shows, from an article's annotated source; undefined when none is set. */
export function corpusSource(s: SourceInfo | undefined): CorpusSource | undefined {
  if (!s) return undefined;
  const source: CorpusSource = {};
  if (s.publisher) source.publisher = s.publisher;
  if (s.url) source.url = s.url;
  if (s.published) source.published = s.published;
  if (s.reliability) source.reliability = s.reliability;
  return Object.keys(source).length ? source : undefined;
}
