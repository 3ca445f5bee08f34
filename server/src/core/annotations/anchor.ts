/**
 * Anchoring: making an anchor for a span, and finding it again in a text that changed outside
 * the editor (git pull, another editor).
 *
 * Re-anchoring tries, in order: the stored position (quote and context unchanged); the exact quote
 * elsewhere, chosen by how well the text around it matches the stored prefix and suffix and by
 * distance from the old position; an approximate match of the quote (`approx-string-match`, the
 * Myers bit-vector algorithm), scored as the Hypothesis client scores quote matches (quote 50,
 * prefix 20, suffix 20, position 2) and accepted only above a threshold. What is not found is
 * marked orphaned and keeps its last anchor, so a later text may place it again.
 */
import approxSearch from 'approx-string-match';
import { isClusterBoundary } from '../text/tokens';
import type { ArticleAnnotations, TextAnchor, UserAnnotation } from './model';

/** Code units of context kept on each side of an anchor. */
export const CONTEXT_LENGTH = 32;

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * An exact quote elsewhere is taken only when its surroundings look like the stored ones: the mean
 * similarity of prefix and suffix must reach this. Otherwise a name deleted in one paragraph
 * would jump to the same name in another.
 */
export const MIN_CONTEXT_SCORE = 0.5;
/** An approximate match needs at least this similarity to the stored quote … */
export const MIN_FUZZY_QUOTE_SCORE = 0.75;
/** … and this overall score (same scale as Hypothesis's normalised score). */
export const MIN_FUZZY_SCORE = 0.75;
/** Candidates examined for one quote (a very common short quote is otherwise costly). */
const MAX_CANDIDATES = 400;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Moves `start` back and `end` forward to grapheme-cluster boundaries, within the text. */
export function snapRange(text: string, start: number, end: number): { start: number; end: number } {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start > 0 && !isClusterBoundary(text, start)) start--;
  while (end < text.length && !isClusterBoundary(text, end)) end++;
  return { start, end };
}

/** The context before `start`: up to CONTEXT_LENGTH code units, never beginning with half a surrogate pair. */
export function prefixOf(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLow(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

/** The context after `end`: up to CONTEXT_LENGTH code units, never ending with half a surrogate pair. */
export function suffixOf(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && to > end && isHigh(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/**
 * The anchor of `text.slice(start, end)`, its edges moved out to grapheme-cluster boundaries
 * (a selection that cuts `क्ष` or a surrogate pair takes the whole cluster).
 */
export function makeAnchor(text: string, start: number, end: number): TextAnchor {
  const r = snapRange(text, start, end);
  return { start: r.start, end: r.end, exact: text.slice(r.start, r.end), prefix: prefixOf(text, r.start), suffix: suffixOf(text, r.end) };
}

/** Similarity (0…1) of `str` to its best approximate occurrence in `window`; Hypothesis's textMatchScore. */
function similarity(window: string, str: string): number {
  if (!str.length) return 1;
  if (!window.length) return 0;
  if (window === str || window.includes(str)) return 1;
  const m = approxSearch(window, str, str.length);
  return m.length ? 1 - m[0].errors / str.length : 0;
}

interface Candidate {
  start: number;
  end: number;
  quoteScore: number;
  contextScore: number;
  score: number;
}

/**
 * How well the text before `start` matches the stored prefix (0…1). Context across a line break
 * is weaker evidence than context on the same line: paragraphs move. So the part of the prefix
 * after its last line break (the quote's own line) counts by its length, and must again begin a
 * line; the part before counts a quarter.
 */
function prefixScore(text: string, start: number, prefix: string): number {
  if (!prefix) return start === 0 ? 1 : 0.5;
  const nl = prefix.lastIndexOf('\n');
  if (nl < 0) return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const inner = prefix.slice(nl + 1);
  const outer = prefix.slice(0, nl + 1);
  const lineStart = start - inner.length;
  const atLineStart = lineStart <= 0 || text[lineStart - 1] === '\n';
  const innerSim = (inner ? similarity(text.slice(Math.max(0, lineStart), start), inner) : 1) * (atLineStart ? 1 : 0.5);
  const outerSim = similarity(text.slice(Math.max(0, start - prefix.length), Math.max(0, lineStart)), outer);
  const wIn = Math.max(4, inner.length);
  const wOut = outer.length / 4;
  return (wIn * innerSim + wOut * outerSim) / (wIn + wOut);
}

/** The same for the text after `end` and the stored suffix (its line is the part before the first break). */
function suffixScore(text: string, end: number, suffix: string): number {
  if (!suffix) return end === text.length ? 1 : 0.5;
  const nl = suffix.indexOf('\n');
  if (nl < 0) return similarity(text.slice(end, end + suffix.length), suffix);
  const inner = suffix.slice(0, nl);
  const outer = suffix.slice(nl);
  const lineEnd = end + inner.length;
  const atLineEnd = lineEnd >= text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
  const innerSim = (inner ? similarity(text.slice(end, lineEnd), inner) : 1) * (atLineEnd ? 1 : 0.5);
  const outerSim = similarity(text.slice(lineEnd, end + suffix.length), outer);
  const wIn = Math.max(4, inner.length);
  const wOut = outer.length / 4;
  return (wIn * innerSim + wOut * outerSim) / (wIn + wOut);
}

function score(text: string, a: TextAnchor, start: number, end: number, errors: number): Candidate {
  const quoteScore = a.exact.length ? Math.max(0, 1 - errors / a.exact.length) : 1;
  const p = prefixScore(text, start, a.prefix);
  const s = suffixScore(text, end, a.suffix);
  const posScore = text.length ? 1 - Math.min(1, Math.abs(start - a.start) / text.length) : 1;
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * p + SUFFIX_WEIGHT * s + POSITION_WEIGHT * posScore;
  return { start, end, quoteScore, contextScore: (p + s) / 2, score: raw / MAX_SCORE };
}

const better = (x: Candidate, y: Candidate | undefined) => !y || x.score > y.score || (x.score === y.score && x.start < y.start);

/** Exact occurrences of the quote whose edges are cluster boundaries, the stored position first. */
function exactCandidates(text: string, a: TextAnchor): number[] {
  const out: number[] = [];
  const ok = (i: number) => isClusterBoundary(text, i) && isClusterBoundary(text, i + a.exact.length);
  if (text.startsWith(a.exact, a.start) && ok(a.start)) out.push(a.start);
  // Nearest occurrences first, so the cap keeps the likeliest ones.
  let back = text.lastIndexOf(a.exact, a.start - 1);
  let fwd = text.indexOf(a.exact, a.start + 1);
  while (out.length < MAX_CANDIDATES && (back >= 0 || fwd >= 0)) {
    if (fwd >= 0 && (back < 0 || fwd - a.start <= a.start - back)) {
      if (ok(fwd)) out.push(fwd);
      fwd = text.indexOf(a.exact, fwd + 1);
    } else {
      if (ok(back)) out.push(back);
      back = back > 0 ? text.lastIndexOf(a.exact, back - 1) : -1;
    }
  }
  return out;
}

/** Occurrences of the stored context (`needle`) in the text, at most `max`. */
function occurrences(text: string, needle: string, max: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && out.length < max; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Approximate matches of the quote. `approx-string-match` returns only the best matches of a
 * search, so a search over the whole text would miss a changed quote when the same quote is
 * written unchanged elsewhere; the quote is therefore also searched in small windows: around
 * the old position, right after each place the stored prefix occurs and right before each place
 * the stored suffix occurs (which finds a changed name in a moved paragraph).
 */
function fuzzyMatches(text: string, a: TextAnchor, maxErrors: number): { start: number; end: number; errors: number }[] {
  const out = approxSearch(text, a.exact, maxErrors).slice(0, MAX_CANDIDATES);
  const span = a.exact.length + maxErrors;
  const windows: [number, number][] = [[a.start - maxErrors, a.start + span]];
  const minContext = 8;
  if (a.prefix.length >= minContext) for (const p of occurrences(text, a.prefix, 20)) windows.push([p + a.prefix.length, p + a.prefix.length + span]);
  if (a.suffix.length >= minContext) for (const q of occurrences(text, a.suffix, 20)) windows.push([q - span, q]);
  for (const [f, t] of windows) {
    const from = Math.max(0, f);
    const to = Math.min(text.length, t);
    if (to - from < 1) continue;
    for (const m of approxSearch(text.slice(from, to), a.exact, maxErrors)) out.push({ start: m.start + from, end: m.end + from, errors: m.errors });
  }
  return out;
}

/** Where the anchor is in `text` now, or undefined when it cannot be placed with confidence. */
export function locate(text: string, a: TextAnchor, shiftHint = 0): { start: number; end: number; fuzzy: boolean } | undefined {
  if (!a.exact) return undefined;
  // 1. Unchanged: the quote and its whole context at the stored position, or moved by the shift
  //    the annotations before it took (an edit above moves everything below by the same amount).
  for (const d of shiftHint ? [0, shiftHint] : [0]) {
    const s = a.start + d;
    if (s - a.prefix.length >= 0 && text.startsWith(a.exact, s) && text.startsWith(a.prefix, s - a.prefix.length) && text.startsWith(a.suffix, s + a.exact.length)) {
      return { start: s, end: s + a.exact.length, fuzzy: false };
    }
  }
  // 2. The exact quote (here or elsewhere), chosen by context and distance.
  let best: Candidate | undefined;
  for (const s of exactCandidates(text, a)) {
    const c = score(text, a, s, s + a.exact.length, 0);
    if (better(c, best)) best = c;
    if (c.contextScore === 1 && s === a.start) break;
  }
  if (best && best.contextScore >= MIN_CONTEXT_SCORE) return { start: best.start, end: best.end, fuzzy: false };
  // 3. An approximate match of the quote.
  const maxErrors = Math.min(256, Math.floor(a.exact.length / 2));
  if (maxErrors < 1) return undefined;
  let fuzzy: Candidate | undefined;
  const seen = new Set<string>();
  for (const m of fuzzyMatches(text, a, maxErrors)) {
    const r = snapRange(text, m.start, m.end);
    const key = `${r.start}:${r.end}`;
    if (r.start === r.end || seen.has(key)) continue;
    seen.add(key);
    const c = score(text, a, r.start, r.end, m.errors);
    if (better(c, fuzzy)) fuzzy = c;
  }
  if (fuzzy && fuzzy.quoteScore >= MIN_FUZZY_QUOTE_SCORE && fuzzy.score >= MIN_FUZZY_SCORE && fuzzy.contextScore >= MIN_CONTEXT_SCORE) {
    return { start: fuzzy.start, end: fuzzy.end, fuzzy: true };
  }
  return undefined;
}

/**
 * Finds `ann` in `text`: anchored with a fresh anchor (position, quote and context of the new
 * text) when placed, else orphaned with its anchor kept as it was. Never drops it.
 * Returns the same object when nothing changed.
 */
export function reanchor(text: string, ann: UserAnnotation, shiftHint = 0): UserAnnotation {
  const where = locate(text, ann.anchor, shiftHint);
  if (!where) return ann.status === 'orphaned' ? ann : { ...ann, status: 'orphaned' };
  const anchor = makeAnchor(text, where.start, where.end);
  const a = ann.anchor;
  if (ann.status === 'anchored' && anchor.start === a.start && anchor.end === a.end && anchor.exact === a.exact && anchor.prefix === a.prefix && anchor.suffix === a.suffix) return ann;
  return { ...ann, anchor, status: 'anchored' };
}

/**
 * Re-anchors every annotation of a file against the article's current text (orphans are tried
 * again). Annotations are visited in text order and each tries first the shift its predecessor
 * took, so an edit elsewhere costs a comparison per annotation, not a search.
 */
export function reanchorAll(text: string, file: ArticleAnnotations): ArticleAnnotations {
  let changed = false;
  const order = file.annotations.map((_, i) => i).sort((x, y) => file.annotations[x].anchor.start - file.annotations[y].anchor.start);
  const annotations = file.annotations.slice();
  let shift = 0;
  for (const i of order) {
    const a = file.annotations[i];
    const r = reanchor(text, a, shift);
    if (r !== a) changed = true;
    if (r.status === 'anchored' && a.status === 'anchored') shift = r.anchor.start - a.anchor.start;
    annotations[i] = r;
  }
  return changed ? { ...file, annotations } : file;
}

/** Refreshes prefix and suffix (and `exact`) of anchored annotations from the text; positions are trusted (after live edits, on save). */
export function refreshContext(text: string, file: ArticleAnnotations): ArticleAnnotations {
  let changed = false;
  const annotations = file.annotations.map((ann) => {
    if (ann.status !== 'anchored' || ann.anchor.end > text.length) return ann;
    const anchor = makeAnchor(text, ann.anchor.start, ann.anchor.end);
    const a = ann.anchor;
    if (anchor.start === a.start && anchor.end === a.end && anchor.exact === a.exact && anchor.prefix === a.prefix && anchor.suffix === a.suffix) return ann;
    changed = true;
    return { ...ann, anchor };
  });
  return changed ? { ...file, annotations } : file;
}
