/**
 * Lekh's custom LSP messages, grouped by direction. The client's views are fed only by these
 * (the rust-analyzer pattern: one protocol file, each message documented).
 * This file is imported by both the server and the client bundle, so it must stay free of
 * runtime dependencies other than plain data.
 */

/** Where the index is. */
export type IndexState = 'starting' | 'indexing' | 'ready';

/**
 * Where an article comes from, as annotated by the newsroom (the annotation store fills it; absent
 * when the article's source is not annotated).
 */
export interface CorpusSource { publisher?: string; url?: string; published?: string; reliability?: string }

/** One article as the Corpus view shows it. */
export interface ArticleSummary {
  uri: string;
  /** Path relative to its workspace folder, for display. */
  relativePath: string;
  title: string;
  /** The article's reference date (`YYYY-MM-DD`, `XXXX-MM-DD`) and where it came from. */
  date?: string;
  dateSource?: string;
  entities: number;
  dates: number;
  figures: number;
  /** Problems found by the checks (all severities), and of them errors and warnings. */
  problems: number;
  errors: number;
  warnings: number;
  /** The article's annotated source, when there is one. */
  source?: CorpusSource;
}

/** One entity as the Entities view shows it. */
export interface EntitySummary {
  /** `TYPE:key`, the entity's identity across spellings. */
  id: string;
  type: string;
  name: string;
  surfaces: string[];
  mentions: number;
  articles: number;
}

/** One mention with enough context to show and open it. */
export interface MentionLocation {
  uri: string;
  relativePath: string;
  /** 0-based LSP range. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  /** The line around the mention, trimmed to a readable length. */
  preview: string;
}

export interface IndexStatus {
  state: IndexState;
  articles: number;
  /** While indexing: articles done so far and in all. */
  done?: number;
  total?: number;
  /** Files passed over (binary, too large, unreadable), with the reason. */
  skipped: { uri: string; reason: string }[];
}

// ---- client → server requests ----

/** `lekh/corpus`: every article in the index (or those mentioning one entity), newest first (dates without a year after the dated, undated last), then by title. */
export const CorpusRequest = 'lekh/corpus';
export interface CorpusParams {
  /** Only articles that mention this entity (an `EntitySummary.id`, `TYPE:key`). */
  entity?: string;
}
export type CorpusResult = ArticleSummary[];

/** `lekh/entities`: every entity in the corpus, most mentioned first. */
export const EntitiesRequest = 'lekh/entities';
export interface EntitiesParams {
  /** Only entities of this type. */
  type?: string;
  /** At most this many (default: all). */
  limit?: number;
}
export type EntitiesResult = EntitySummary[];

/** `lekh/mentions`: the mentions of one entity across the corpus. */
export const MentionsRequest = 'lekh/mentions';
export interface MentionsParams {
  id: string;
}
export type MentionsResult = MentionLocation[];

/** An entity named in the sentence of a timeline event. */
export interface TimelineEntity {
  /** `TYPE:key`, as `EntitySummary.id`. */
  id: string;
  type: string;
  name: string;
}

/** One dated event of the corpus timeline: a date with a known year, in its sentence. */
export interface TimelineEvent {
  uri: string;
  relativePath: string;
  /** The article's title. */
  title: string;
  /** 0-based LSP range of the date in the article. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The date as written. */
  text: string;
  /** The date's TIMEX3-style value (`2025-09-03`, `2025-09-01/2025-09-05`). */
  value: string;
  /** Where the event is placed: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a range's start). */
  date: string;
  precision: 'year' | 'month' | 'day';
  /** The sentence around the date, trimmed to about 160 characters (`…` marks a cut). */
  sentence: string;
  /** The date's place inside `sentence` (UTF-16 offsets). */
  dateStart: number;
  dateEnd: number;
  entities: TimelineEntity[];
}

/** `lekh/timeline`: dated events across the corpus, oldest first. */
export const TimelineRequest = 'lekh/timeline';
export interface TimelineParams {
  /** Only events whose sentence names this entity (`TYPE:key`). */
  entity?: string;
  /** At most this many events: the newest (default: all). */
  limit?: number;
}
export interface TimelineResult {
  events: TimelineEvent[];
  /** Older events left out by `limit`. */
  omitted: number;
  /** Dates left off the timeline because their year is not known (or they name only a week, a decade, a time). */
  unresolved: number;
}

/** `lekh/reindex`: reads every article from disk again (settings, include/exclude and files re-read); answers when done. */
export const ReindexRequest = 'lekh/reindex';
export type ReindexResult = IndexStatus;

/** `lekh/status`: the index state now. */
export const StatusRequest = 'lekh/status';
export type StatusResult = IndexStatus;

// ---- server → client notifications ----

/** `lekh/indexChanged`: the index changed (an article was added, changed, removed or renamed, or indexing progressed). The views refresh on it. */
export const IndexChangedNotification = 'lekh/indexChanged';
export type IndexChangedParams = IndexStatus;

/** Options the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** The workspace is trusted (workspace trust); when false the server writes nothing. */
  trusted: boolean;
  /** A folder the extension owns for caches (never the user's folder). */
  storagePath?: string;
}
