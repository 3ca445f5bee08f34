/**
 * Plain data types shared by every part of the analysis core.
 *
 * Invariant: offsets are UTF-16 code units into the text exactly as the user wrote it;
 * `end` is exclusive, so `text.slice(start, end)` is the span's surface.
 */

/** Named-entity types of the annotation contract (shared/ANNOTATION.md). */
export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'NORP' | 'EVENT';

/** Every span type the analyser marks. */
export type SpanType = EntityType | 'DATE' | 'FIGURE';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION', 'NORP', 'EVENT'];
export const SPAN_TYPES: readonly SpanType[] = [...ENTITY_TYPES, 'DATE', 'FIGURE'];

export function isEntityType(t: string): t is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(t);
}

/** Extra facts a DATE span carries besides its TIMEX3-style value. */
export interface DateAttrs {
  /** True when the value was computed from the reference date (आज, बुधवार, पिछले साल…). */
  relative?: boolean;
  /** Weekday written in the expression (0 = Sunday … 6 = Saturday), when one is. */
  weekday?: number;
  /** Offset range of the weekday word inside the span, for diagnostics that point at it. */
  weekdayStart?: number;
  weekdayEnd?: number;
}

/** Extra facts a FIGURE span carries besides its value. */
export interface FigureAttrs {
  /** The number alone, as a plain decimal string (`1480000000`). */
  number?: string;
  /** `%`, `ordinal`, or an ISO 4217 currency code, when the value has one. */
  unit?: string;
  /** The counted noun or unit word that follows the number (`सैनिक`, `किलोमीटर`). */
  noun?: string;
  /** An approximator before the number (`लगभग`, `करीब`, `about`). */
  approx?: string;
  /**
   * A bound the words around the number put on it: `>` (50 से अधिक), `>=` (कम से कम 20, 200 या
   * ज़्यादा), `<` (170 से कम), `<=` (700 तक, ज़्यादा से ज़्यादा 100), `=` (20 के बराबर).
   */
  bound?: '>' | '>=' | '<' | '<=' | '=';
  /** The words that say the bound, as written (`से अधिक`, `कम से कम`), outside the span. */
  boundPhrase?: string;
  /** How the digits were grouped: `indian` (12,50,000), `international` (1,250,000) or none. */
  grouping?: 'indian' | 'international';
  /** Devanagari digits were used. */
  devanagariDigits?: boolean;
}

/** One recognised span. */
export interface Span {
  type: SpanType;
  start: number;
  end: number;
  /** The surface text, `text.slice(start, end)` of the document. */
  text: string;
  /** DATE: TIMEX3 value (`2025-09-03`, `XXXX-09-03`, `1950/1953`); FIGURE: `15000`, `80 ordinal`, `500 INR`; entities: ''. */
  value: string;
  /** How the span was found, for hover and debugging (`gazetteer`, `title`, `head`, `corpus`, `rule`…). */
  source?: string;
  /** Entities: the match key that identifies the entity across spellings (see text/matchKey.ts). */
  key?: string;
  /** Entities: the canonical name of the entity (`व्लादिमीर पुतिन` for `पुतिन`, `Putin`), when known. */
  canonical?: string;
  date?: DateAttrs;
  figure?: FigureAttrs;
}

/** Severity of a check, as in LSP (1 error … 4 hint). */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text edit in core offsets, used by quick fixes. */
export interface CoreEdit {
  start: number;
  end: number;
  newText: string;
}

/** A problem found in an article. */
export interface Finding {
  /** Dotted check id, one entry in checks/table.ts (`devanagari.double-vowel-sign`). */
  code: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  /** Safe fixes, each a title and its edits. */
  fixes?: { title: string; edits: CoreEdit[]; /** Applied by `lekh check --fix` and fix-all: cannot change what the article says. */ safe?: boolean }[];
  /** Other places that explain the finding (core offsets in this document). */
  related?: { start: number; end: number; message: string }[];
}

/** The article's own date, against which relative dates are resolved. */
export interface ReferenceDate {
  /** `YYYY-MM-DD`, or `XXXX-MM-DD` when the year cannot be known. */
  value: string;
  /** Where it came from: `override` (CLI --dct, source metadata), `dateline`, `dateLine` (a line holding a full date), … */
  source: string;
  /** Offsets of the text it was read from, when it was read from the text. */
  start?: number;
  end?: number;
}
