/**
 * User annotations of an article: the data model of the standoff store (`.lekh/annotations/`).
 *
 * Invariant: offsets are UTF-16 code units into the article text as written; `end` is exclusive.
 * Invariant: an annotation is never dropped because its text changed; what cannot be placed
 * becomes `orphaned` and keeps its last anchor.
 */
import type { EntityType } from '../types';

/** Where an annotation sits: its position and the text around it, to find it again after edits. */
export interface TextAnchor {
  start: number;
  end: number;
  /** `text.slice(start, end)` when the anchor was last placed. */
  exact: string;
  /** Up to CONTEXT_LENGTH code units before `start` (never cutting a surrogate pair). */
  prefix: string;
  /** Up to CONTEXT_LENGTH code units after `end`. */
  suffix: string;
}

/** Where an annotation comes from. `accepted`: an automatic span the user confirmed; `ignored`: a rule rejecting the automatic span at this place. */
export type AnnotationOrigin = 'user' | 'accepted' | 'ignored';

/** Whether the anchor was found in the current text. */
export type AnchorStatus = 'anchored' | 'orphaned';

/** One annotation made (or confirmed, or rejected) by a person. */
export interface UserAnnotation {
  /** Stable and unique; never reused (see `newAnnotationId`). */
  id: string;
  /** Where it is in the current text (or, when orphaned, where it last was). */
  anchor: TextAnchor;
  /** For entity annotations: PERSON, LOCATION, ORGANIZATION, NORP or EVENT. */
  entityType?: EntityType;
  /** A custom label, or DATE/FIGURE for those types. */
  label?: string;
  /** A free note. */
  note?: string;
  /** Who said it / the attributed source of the statement. */
  attribution?: string;
  origin: AnnotationOrigin;
  creator?: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  status: AnchorStatus;
}

/** Reliability grades of a source. */
export type Reliability = 'high' | 'medium' | 'low' | 'unknown';
/** Every reliability grade, for pickers and validation. */
export const RELIABILITIES: readonly Reliability[] = ['high', 'medium', 'low', 'unknown'];

/** Where an article comes from. `published` (YYYY-MM-DD) is the article's reference date when set. */
export interface SourceInfo {
  publisher?: string;
  url?: string;
  author?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** YYYY-MM-DD (or a full ISO timestamp) */
  accessed?: string;
  reliability?: Reliability;
  note?: string;
  /** ISO timestamp of the last change, for merging. */
  modified?: string;
}

/** Everything annotated on one article: one standoff file. */
export interface ArticleAnnotations {
  /** Path of the article relative to the workspace root, '/'-separated. */
  article: string;
  source?: SourceInfo;
  annotations: UserAnnotation[];
}

/** The label an annotation shows: its entity type, else its custom label, else ''. */
export function annotationLabel(a: Pick<UserAnnotation, 'entityType' | 'label'>): string {
  return a.entityType ?? a.label ?? '';
}

/**
 * A new annotation id: 8 random base-36 characters, then the time in base 36.
 * Random first on purpose: the store is sorted by id, so two people adding annotations at the
 * same time insert them at different places in the file and git merges them without a conflict.
 */
export function newAnnotationId(now: number = Date.now(), random: () => number = Math.random): string {
  let r = '';
  for (let i = 0; i < 8; i++) r += Math.floor(random() * 36).toString(36);
  return `${r}${now.toString(36)}`;
}

/** An empty annotation file for an article. */
export function emptyAnnotations(article: string): ArticleAnnotations {
  return { article, annotations: [] };
}

const SOURCE_KEYS: readonly (keyof SourceInfo)[] = ['publisher', 'url', 'author', 'published', 'accessed', 'reliability', 'note', 'modified'];

/** True when a source record holds nothing but (maybe) its timestamp. */
export function isEmptySource(s: SourceInfo | undefined): boolean {
  return !s || SOURCE_KEYS.every((k) => k === 'modified' || s[k] === undefined || s[k] === '');
}

/** The article's reference date from its annotated source, when it has a valid `published` date. */
export function sourceReferenceDate(s: SourceInfo | undefined): string | undefined {
  const p = s?.published;
  return p && /^\d{4}-\d{2}-\d{2}$/.test(p) ? p : undefined;
}
