/**
 * The user's decisions as overrides of the automatic analysis (`AnalyzeOptions.overrides`): an
 * ignored annotation removes the automatic span at its place, an entity annotation replaces it.
 * One mapping, used by the server's index and by export and import.
 */
import type { SpanOverride } from '../analyze';
import type { ArticleAnnotations } from './model';

/** The overrides an article's anchored annotations make; undefined when there are none. */
export function annotationOverrides(file: ArticleAnnotations | undefined): SpanOverride[] | undefined {
  const out: SpanOverride[] = [];
  for (const a of file?.annotations ?? []) {
    if (a.status !== 'anchored') continue;
    if (a.origin === 'ignored') out.push({ start: a.anchor.start, end: a.anchor.end });
    else if (a.entityType) out.push({ start: a.anchor.start, end: a.anchor.end, type: a.entityType });
  }
  return out.length ? out : undefined;
}
