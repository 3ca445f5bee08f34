/**
 * What a Corpus row says about an article's source. Pure (no `vscode` import), so it is
 * unit-tested; the caller passes the localised words.
 */
import type { CorpusSource } from '../../../server/src/protocol';

/** Whether the source is annotated, and the row's short text for it. */
export interface SourceStatus {
  annotated: boolean;
  /** "Dainik Patrika · high", the `annotated` word when only a URL or date is known, else the `none` word. */
  text: string;
}

/** A source counts as annotated when any of its fields is filled in (blank strings do not count). */
export function sourceStatus(src: CorpusSource | undefined, words: { annotated: string; none: string }): SourceStatus {
  const filled = (v: string | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const annotated = !!src && [src.publisher, src.url, src.published, src.reliability].some(filled);
  if (!annotated) return { annotated, text: words.none };
  const text = [filled(src!.publisher), filled(src!.reliability)].filter(Boolean).join(' · ');
  return { annotated, text: text || words.annotated };
}
