/**
 * Lekh's custom LSP messages, grouped by direction. The client's views are fed only by these
 * (the rust-analyzer pattern: one protocol file, each message documented).
 * This file is imported by both the server and the client bundle, so it must stay free of
 * runtime dependencies other than plain data.
 */

/** Where the index is. */
export type IndexState = 'starting' | 'indexing' | 'ready';

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

/** `lekh/corpus`: every article in the index, sorted by date then title. */
export const CorpusRequest = 'lekh/corpus';
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
