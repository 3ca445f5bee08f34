/**
 * The corpus timeline: every DATE span whose value names a calendar year (or month, or day) that is
 * known, with the sentence around it and the entities in that sentence. Dates whose year is not
 * known (`XXXX-03-03`, a weekday in an article without a dated dateline) are counted, not placed:
 * putting them on a timeline would invent a year.
 *
 * Invariant: pure; offsets are UTF-16 code units into each article's text, and every cut of a
 * sentence falls on whitespace (so never inside a grapheme cluster).
 */
import type { EntityType, Span } from '../types';
import { isEntityType } from '../types';
import { entityId, type ArticleEntry } from './corpusIndex';

/** How much of the calendar a timeline date names. */
export type DatePrecision = 'year' | 'month' | 'day';

/** An entity named in an event's sentence. */
export interface EventEntity {
  /** `TYPE:key`, as in `CorpusIndex.entities()`. */
  id: string;
  type: EntityType;
  /** The canonical name when known, else the text as written. */
  name: string;
}

/** One dated event: a DATE span with a known year. */
export interface CoreTimelineEvent {
  article: string;
  /** The DATE span (offsets into the article). */
  start: number;
  end: number;
  text: string;
  /** The span's full TIMEX3-style value (`2025-09-03`, `2025-09-01/2025-09-05`, `2026-04-08T10:00`). */
  value: string;
  /** The calendar date the event is placed at: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a range's start). */
  date: string;
  precision: DatePrecision;
  /** The sentence around the span, trimmed to about `maxSentence` characters (`…` marks a cut). */
  sentence: string;
  /** Where the date is inside `sentence` (UTF-16 offsets into `sentence`), for highlighting. */
  dateStart: number;
  dateEnd: number;
  entities: EventEntity[];
}

export interface CoreTimeline {
  /** Sorted by date, then article id, then offset. */
  events: CoreTimelineEvent[];
  /** DATE spans left out because their year is not known (or they name only a time or a week); with
   *  an entity filter, only those whose sentence names the entity. */
  unresolved: number;
}

export interface TimelineOptions {
  /** Only events whose sentence names this entity (`TYPE:key`). */
  entity?: string;
  /** Longest sentence kept whole (default 160). */
  maxSentence?: number;
}

const PLACEABLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The calendar date a DATE value is placed at, or undefined when it cannot be placed honestly:
 * unknown year (`XXXX`), decades (`199`), weeks (`2025-W36`), seasons. A range is placed at its
 * start; a time of day at its day.
 */
export function placeDate(value: string): { date: string; precision: DatePrecision } | undefined {
  const first = value.split('/')[0].split('T')[0];
  const m = PLACEABLE.exec(first);
  if (!m) return undefined;
  return { date: first, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

/** Ends a sentence: the danda, the double danda, ?, !, and a full stop not inside a number (6.25). */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0964 || c === 0x0965 || c === 0x3f || c === 0x21) return true;
  if (c === 0x2e) return !/\d/.test(text.charAt(i - 1)) || !/\d/.test(text.charAt(i + 1));
  return false;
}

/** The sentence holding [start, end): bounded by sentence ends and line breaks. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r' && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r' && !isSentenceEnd(text, e)) e++;
  if (e < text.length && isSentenceEnd(text, e)) e++;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Cuts [s, e) of `text` to at most about `max` characters around [start, end), at whitespace,
 * and returns the kept bounds and whether each side was cut.
 */
function trimAround(text: string, s: number, e: number, start: number, end: number, max: number): { s: number; e: number; cutStart: boolean; cutEnd: boolean } {
  if (e - s <= max) return { s, e, cutStart: false, cutEnd: false };
  const room = Math.max(0, max - (end - start));
  let from = Math.max(s, start - Math.floor(room / 2));
  let to = Math.min(e, from + (end - start) + room);
  from = Math.max(s, Math.min(from, to - max));
  // Move both cuts onto whitespace, never into the date.
  if (from > s) {
    const ws = text.slice(from, start).search(/\s/);
    from = ws >= 0 ? from + ws + 1 : start;
  }
  if (to < e) {
    const tail = text.slice(end, to);
    const ws = tail.search(/\s\S*$/);
    to = ws >= 0 ? end + ws : end;
  }
  return { s: from, e: to, cutStart: from > s, cutEnd: to < e };
}

/** The entities whose spans lie in [s, e) of an article, once each, in text order (spans are flat and sorted). */
function entitiesIn(spans: readonly Span[], s: number, e: number): EventEntity[] {
  const out: EventEntity[] = [];
  const seen = new Set<string>();
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length; i++) {
    const sp = spans[i];
    if (sp.start >= e) break;
    if (sp.end <= s || !isEntityType(sp.type)) continue;
    const id = entityId(sp);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, type: sp.type, name: sp.canonical ?? sp.text });
  }
  return out;
}

/** Dated events across `articles`, sorted; see the module comment. */
export function timeline(articles: Iterable<ArticleEntry>, options: TimelineOptions = {}): CoreTimeline {
  const max = options.maxSentence ?? 160;
  const events: CoreTimelineEvent[] = [];
  let unresolved = 0;
  for (const a of articles) {
    const spans = a.analysis.spans;
    // One event per date and sentence: a dateline's date and "रविवार" naming the same day in the
    // same sentence are one event (the first date written is kept).
    const seen = new Set<string>();
    for (const sp of spans) {
      if (sp.type !== 'DATE') continue;
      const placed = placeDate(sp.value);
      const sent = sentenceAround(a.text, sp.start, sp.end);
      if (!placed) {
        // With a filter, only the dates that would have been shown with that entity count.
        if (!options.entity || entitiesIn(spans, sent.start, sent.end).some((x) => x.id === options.entity)) unresolved++;
        continue;
      }
      const key = `${placed.date}\u0000${sent.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entities = entitiesIn(spans, sent.start, sent.end);
      if (options.entity && !entities.some((x) => x.id === options.entity)) continue;
      const cut = trimAround(a.text, sent.start, sent.end, sp.start, sp.end, max);
      const lead = cut.cutStart ? '…' : '';
      const sentence = `${lead}${a.text.slice(cut.s, cut.e)}${cut.cutEnd ? '…' : ''}`;
      events.push({
        article: a.id,
        start: sp.start,
        end: sp.end,
        text: sp.text,
        value: sp.value,
        date: placed.date,
        precision: placed.precision,
        sentence,
        dateStart: lead.length + sp.start - cut.s,
        dateEnd: lead.length + sp.end - cut.s,
        entities,
      });
    }
  }
  events.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0) || (x.article < y.article ? -1 : x.article > y.article ? 1 : 0) || x.start - y.start);
  return { events, unresolved };
}
