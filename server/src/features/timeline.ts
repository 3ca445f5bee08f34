import { timeline, type CorpusIndex } from '../core';
import type { LineMap } from '../convert';
import type { TimelineParams, TimelineResult } from '../protocol';

/** What the timeline needs to know of the workspace besides the corpus. */
export interface TimelineContext {
  linesOf: (article: string) => LineMap | undefined;
  relativePath: (article: string) => string;
}

/**
 * `lekh/timeline`: the corpus's dated events (core `timeline`), with LSP ranges, paths and titles.
 * With `params.entity`, only events whose sentence names that entity; with `params.limit`, only
 * the newest that many (the result says how many older ones were left out).
 */
export function timelineEvents(corpus: CorpusIndex, ctx: TimelineContext, params: TimelineParams | undefined): TimelineResult {
  const entity = typeof params?.entity === 'string' && params.entity ? params.entity : undefined;
  const { events, unresolved } = timeline(corpus.articles(), { entity });
  const limit = typeof params?.limit === 'number' && params.limit >= 0 ? Math.floor(params.limit) : Infinity;
  const omitted = Math.max(0, events.length - limit);
  const out: TimelineResult = { events: [], unresolved, omitted };
  for (const e of omitted ? events.slice(omitted) : events) {
    const lines = ctx.linesOf(e.article);
    const entry = corpus.get(e.article);
    if (!lines || !entry) continue;
    const relativePath = ctx.relativePath(e.article);
    out.events.push({
      uri: e.article,
      relativePath,
      title: entry.analysis.title || relativePath,
      range: lines.range(e.start, e.end),
      text: e.text,
      value: e.value,
      date: e.date,
      precision: e.precision,
      sentence: e.sentence,
      dateStart: e.dateStart,
      dateEnd: e.dateEnd,
      entities: e.entities,
    });
  }
  return out;
}
