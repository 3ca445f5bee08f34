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

/** An LSP range: 0-based lines, UTF-16 characters. */
export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Where a user annotation came from: written by the user, an automatic entity accepted, or a reject rule. */
export type AnnotationOrigin = 'user' | 'accepted' | 'ignored';

/** One user annotation as the views and commands see it (the store keeps it in the W3C model). */
export interface AnnotationInfo {
  /** Stable id, unique in the workspace. */
  id: string;
  /** The article's URI. */
  uri: string;
  /** Path relative to the workspace folder. */
  relativePath: string;
  /** Where it is now; for an orphaned annotation, where it last was (it may no longer fit the text). */
  range: LspRange;
  /** The annotated text (as it was, for an orphaned one). */
  text: string;
  entityType?: string;
  label?: string;
  note?: string;
  attribution?: string;
  origin: AnnotationOrigin;
  status: 'anchored' | 'orphaned';
  created: string;
  modified: string;
  /** The line around it, for display (empty when orphaned). */
  preview: string;
}

/** An article's source: who published it, where, when, and how far to trust it. */
export interface ArticleSource {
  publisher?: string;
  url?: string;
  author?: string;
  /** `YYYY-MM-DD`; becomes the article's reference date for resolving relative dates. */
  published?: string;
  /** `YYYY-MM-DD`. */
  accessed?: string;
  reliability?: 'high' | 'medium' | 'low' | 'unknown';
  note?: string;
}

/** The annotations of one article. */
export interface ArticleAnnotationsInfo {
  uri: string;
  relativePath: string;
  title: string;
  source?: ArticleSource;
  annotations: AnnotationInfo[];
  /** Set when the article's store file could not be read (path:line:column and what is wrong); nothing is written to it then. */
  error?: string;
  /** The article's store file (absolute path), to open and fix when it has an error. */
  storeFile?: string;
}

/** `lekh/annotations`: the user annotations of one article (`uri`) or of all articles that have any; orphaned ones included. */
export const AnnotationsRequest = 'lekh/annotations';
export interface AnnotationsParams {
  uri?: string;
}
export type AnnotationsResult = ArticleAnnotationsInfo[];

/** `lekh/annotate`: creates a user annotation on a range of an article. Fails (ResponseError) when untrusted or the range is empty. */
export const AnnotateRequest = 'lekh/annotate';
export interface AnnotateParams {
  uri: string;
  range: LspRange;
  /** An entity type (PERSON…EVENT), or none with a custom `label`. */
  entityType?: string;
  label?: string;
  note?: string;
  attribution?: string;
  /** `accepted` for an automatic entity taken over, `ignored` for a reject rule; default `user`. */
  origin?: AnnotationOrigin;
}
export type AnnotateResult = AnnotationInfo;

/** `lekh/annotationUpdate`: changes the type, label, note or attribution of an annotation (an absent field stays; `null` clears it). */
export const AnnotationUpdateRequest = 'lekh/annotationUpdate';
export interface AnnotationUpdateParams {
  uri: string;
  id: string;
  entityType?: string | null;
  label?: string | null;
  note?: string | null;
  attribution?: string | null;
}
export type AnnotationUpdateResult = AnnotationInfo;

/** `lekh/annotationDelete`: deletes an annotation (anchored or orphaned). */
export const AnnotationDeleteRequest = 'lekh/annotationDelete';
export interface AnnotationDeleteParams {
  uri: string;
  id: string;
}

/** `lekh/annotationReattach`: places an (orphaned) annotation on a new range of its article. */
export const AnnotationReattachRequest = 'lekh/annotationReattach';
export interface AnnotationReattachParams {
  uri: string;
  id: string;
  range: LspRange;
}
export type AnnotationReattachResult = AnnotationInfo;

/** `lekh/source`: reads an article's source (`source` absent), or sets it (`source` given; `null` removes it). */
export const SourceRequest = 'lekh/source';
export interface SourceParams {
  uri: string;
  source?: ArticleSource | null;
}
export type SourceResult = ArticleSource | null;

/** Formats for export and import. */
export type AnnotationFormat = 'brat' | 'conll' | 'jsonl' | 'w3c';

/** `lekh/export`: writes the annotations of the given articles (default: all) to `outDir` in `format`. */
export const ExportRequest = 'lekh/export';
export interface ExportParams {
  format: AnnotationFormat;
  /** A folder path on the server's machine. */
  outDir: string;
  uris?: string[];
  /** Also export the automatic entities, dates and figures (default true). */
  includeAutomatic?: boolean;
}
export interface ExportResult {
  /** Articles exported. */
  articles: number;
  /** User annotations exported. */
  annotations: number;
  /** Automatic spans exported (0 when not asked for). */
  automatic: number;
  /** Articles not exported, each with the reason (a broken store file, an unreadable article). */
  problems: string[];
}

/** `lekh/import`: reads annotation files in `format` and merges them into the workspace's store. */
export const ImportRequest = 'lekh/import';
export interface ImportParams {
  format: AnnotationFormat;
  /** Files or folders on the server's machine. */
  paths: string[];
}
export interface ImportResult {
  articles: number;
  annotations: number;
  /** Inputs that could not be imported, each with the reason. */
  problems: string[];
}

// ---- client → server notifications ----

/** `lekh/trustGranted`: the user trusted the workspace; the server may write from now on. */
export const TrustGrantedNotification = 'lekh/trustGranted';

// ---- server → client notifications ----

/** `lekh/annotationsChanged`: the annotations of these articles changed (edits, another window, import). */
export const AnnotationsChangedNotification = 'lekh/annotationsChanged';
export interface AnnotationsChangedParams {
  uris: string[];
}


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
