/**
 * The façade of Lekh's analysis core: what the server, the CLI and the tests import.
 *
 * Invariant: nothing under core/ imports `vscode`, an LSP library or `node:*`; it works on
 * strings and UTF-16 offsets and returns plain data.
 */
export * from './types';
export { analyzeArticle, applyOverrides, articleTitle, createAnalysisMemo, paragraphsOf, spanAt, withoutOverlaps, USER_SPAN_SOURCE } from './analyze';
export type { AnalysisMemo, AnalyzeOptions, ArticleAnalysis, SpanCounts, SpanOverride } from './analyze';
export { CorpusIndex, entityId } from './corpus/corpusIndex';
export type { ArticleEntry, CorpusChange, EntityRecord, Mention } from './corpus/corpusIndex';
export { timeline, placeDate, sentenceAround } from './corpus/timeline';
export type { CoreTimeline, CoreTimelineEvent, DatePrecision, EventEntity, TimelineOptions } from './corpus/timeline';
export { ALL_CHECKS, CHECKS } from './checks/table';
export type { CheckInfo } from './checks/table';
export { weekdayOf } from './checks/dates';
export { tokenize, lineStarts, asciiDigits, isClusterBoundary } from './text/tokens';
export type { Token } from './text/tokens';
export { describeDate, describeFigure, formatIndian, formatInternational, partialDateLabel } from './describe';
export { decodeText } from './text/decode';
export type { DecodedText } from './text/decode';
export * from './annotations';
