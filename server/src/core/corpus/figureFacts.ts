/**
 * Figures across articles: the same quantity of the same thing (`12 लोगों की मौत`, `40 घायल`,
 * `1,200 crore`) told with different numbers in different articles of the same story.
 *
 * A figure is a fact when it counts something: its counted noun (figure.noun) and the first
 * content word after it (मौत in `लोगों की मौत`, घायल in `लोग घायल`) make the "thing"; its unit
 * (%, INR…) must agree too. Two articles tell the same story when they share a named entity
 * (place, person, organisation, event) and, when both are dated, lie within a week of each other.
 * Pure functions over analysed articles; the server turns the result into diagnostics and hovers.
 */
import type { ArticleAnalysis } from '../analyze';
import type { Span } from '../types';
import { isEntityType } from '../types';
import { matchKey } from '../text/matchKey';
import { dayNumber } from '../recognize/dateWords';

/** What figureFacts needs of an article (a CorpusIndex entry fits). */
export interface FactArticle {
  id: string;
  text: string;
  analysis: ArticleAnalysis;
}

/** One counted figure of one article. */
export interface FigureFact {
  article: string;
  start: number;
  end: number;
  /** The figure's surface. */
  text: string;
  /** Its value as a number. */
  value: number;
  unit?: string;
  /** Match key of the thing counted: noun and predicate (`लोग|मौत`). */
  thing: string;
  /** The thing as written (`लोगों की मौत`), for messages. */
  thingText: string;
}

/** Function words skipped between the counted noun and the word that says what happened to it. */
const FUNCTION_WORDS = new Set([
  'की', 'के', 'का', 'को', 'में', 'से', 'ने', 'पर', 'तक', 'भी', 'ही', 'और', 'व', 'हो', 'हुए', 'हुई', 'हुआ', 'गए', 'गई', 'गया', 'है', 'हैं', 'था', 'थे', 'थी',
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'of', 'the', 'a', 'in', 'and',
]);
/** At most this many function words between the noun and its predicate. */
const MAX_GAP_WORDS = 3;
/** Two dated articles of one story lie at most this many days apart. */
const STORY_DAYS = 7;

const factsCache = new WeakMap<ArticleAnalysis, FigureFact[]>();
const storyCache = new WeakMap<ArticleAnalysis, Set<string>>();

/** A noun's key without the oblique plural ending (लोगों → लोग, सैनिकों → सैनिक). */
function nounKey(noun: string): string {
  const k = matchKey(noun);
  if (/^[a-z]+$/.test(k)) return k.replace(/s$/, '');
  return k.replace(/(?:ों|ें|ो)$/u, '') || k;
}

/** The counted figures of an article, each with its thing; cached per analysis. */
export function figureFacts(a: FactArticle): FigureFact[] {
  const cached = factsCache.get(a.analysis);
  if (cached) return cached;
  const out: FigureFact[] = [];
  for (const s of a.analysis.spans) {
    if (s.type !== 'FIGURE') continue;
    const unit = s.figure?.unit;
    if (unit === 'ordinal') continue;
    const value = Number(s.figure?.number ?? s.value.split(' ')[0]);
    if (!Number.isFinite(value)) continue;
    // The noun, then up to three words to the end of the clause: the first content word.
    const rest = a.text.slice(s.end, Math.min(a.text.length, s.end + 120));
    const clause = rest.split(/[।.!?,;:\n|"“”()]/u)[0];
    const words = clause.split(/\s+/u).filter(Boolean);
    // The counted noun the recogniser named, else the word right after the number (लोगों, people).
    const noun = s.figure?.noun ?? (words[0] && /^[\p{L}\p{M}]+$/u.test(words[0]) && !FUNCTION_WORDS.has(words[0].toLowerCase()) ? words[0] : undefined);
    if (!noun) continue;
    const ni = words.findIndex((w) => w.replace(/^-/, '') === noun);
    let predicate = '';
    let predicateAt = -1;
    for (let j = ni + 1; j < words.length && j <= ni + 1 + MAX_GAP_WORDS; j++) {
      if (FUNCTION_WORDS.has(words[j].toLowerCase())) continue;
      predicate = words[j];
      predicateAt = j;
      break;
    }
    const thing = `${nounKey(noun)}|${predicate ? nounKey(predicate) : ''}`;
    const thingText = ni >= 0 && predicateAt > ni ? words.slice(ni, predicateAt + 1).join(' ') : noun;
    out.push({ article: a.id, start: s.start, end: s.end, text: s.text, value, unit, thing, thingText });
  }
  factsCache.set(a.analysis, out);
  return out;
}

/** Entity keys that identify an article's story. */
function storyKeys(a: FactArticle): Set<string> {
  let keys = storyCache.get(a.analysis);
  if (keys) return keys;
  keys = new Set();
  for (const s of a.analysis.spans) if (isEntityType(s.type)) keys.add(`${s.type}:${s.key ?? s.text}`);
  storyCache.set(a.analysis, keys);
  return keys;
}

function dayOf(a: FactArticle): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.analysis.referenceDate?.value ?? '');
  return m ? dayNumber(+m[1], +m[2], +m[3]) : undefined;
}

/** The two articles tell the same story: a shared entity and, when both are dated, within a week. */
export function sameStory(a: FactArticle, b: FactArticle): boolean {
  const da = dayOf(a);
  const db = dayOf(b);
  if (da !== undefined && db !== undefined && Math.abs(da - db) > STORY_DAYS) return false;
  const ka = storyKeys(a);
  for (const k of storyKeys(b)) if (ka.has(k)) return true;
  return false;
}

/** The fact of a figure span of `a`, if it counts something. */
export function factAt(a: FactArticle, span: Span): FigureFact | undefined {
  return figureFacts(a).find((f) => f.start === span.start && f.end === span.end);
}

/** The same thing counted in other articles of the same story (any number), in corpus order. */
export function sameFigureElsewhere(articles: Iterable<FactArticle>, a: FactArticle, fact: FigureFact): FigureFact[] {
  const out: FigureFact[] = [];
  for (const b of articles) {
    if (b.id === a.id) continue;
    // The thing first (a short cached list), the story only for articles that count it.
    let same: FigureFact[] | undefined;
    for (const f of figureFacts(b)) if (f.thing === fact.thing && f.unit === fact.unit) (same ??= []).push(f);
    if (same && sameStory(a, b)) out.push(...same);
  }
  return out;
}

/** A figure of one article that other articles of its story give with a different number. */
export interface FigureConflict {
  start: number;
  end: number;
  message: string;
  /** The differing figures in the other articles. */
  others: FigureFact[];
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));

/**
 * The figures of `a` whose thing other articles of the same story count with another number.
 * A thing counted with several numbers inside one article (a rising toll) is left alone.
 */
export function figureConflicts(articles: Iterable<FactArticle>, a: FactArticle): FigureConflict[] {
  const mine = figureFacts(a);
  if (mine.length === 0) return [];
  const perThing = new Map<string, FigureFact[]>();
  for (const f of mine) {
    if (!f.thing.includes('|') || f.thing.endsWith('|')) continue; // a noun without a predicate is too vague
    const k = `${f.thing}#${f.unit ?? ''}`;
    const l = perThing.get(k);
    if (l) l.push(f);
    else perThing.set(k, [f]);
  }
  const out: FigureConflict[] = [];
  if (perThing.size === 0) return out;
  const others = [...articles].filter((b) => b.id !== a.id && sameStory(a, b));
  for (const [k, fs] of perThing) {
    if (new Set(fs.map((f) => f.value)).size > 1) continue;
    const f = fs[0];
    const differing: FigureFact[] = [];
    for (const b of others) {
      const theirs = figureFacts(b).filter((g) => `${g.thing}#${g.unit ?? ''}` === k);
      if (theirs.length === 0 || new Set(theirs.map((g) => g.value)).size > 1) continue;
      if (theirs[0].value !== f.value) differing.push(theirs[0]);
    }
    if (differing.length === 0) continue;
    const values = [...new Set(differing.map((g) => fmt(g.value)))].join(', ');
    out.push({
      start: f.start,
      end: f.end,
      message: `${fmt(f.value)} ${f.thingText} here, but ${values} in ${differing.length === 1 ? 'another article' : `${differing.length} other articles`} of the same story. Check which figure is right.`,
      others: differing,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}
