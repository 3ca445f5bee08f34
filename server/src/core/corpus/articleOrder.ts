import type { CorpusIndex } from './corpusIndex';

/** An article id with its reference date (`''` when it has none). */
export interface DatedArticle {
  a: string;
  date: string;
}

/** Newest first; equal dates by article id, so the choice never depends on insertion order. */
export const newerFirst = (x: DatedArticle, y: DatedArticle) => (x.date === y.date ? (x.a < y.a ? -1 : x.a > y.a ? 1 : 0) : x.date > y.date ? -1 : 1);

/**
 * Every article of a corpus by date, newest first, kept up to date from the corpus's change events.
 * A name found in thousands of articles (भारत) finds its newest few by walking this list instead of
 * reading the date of every article that mentions it (hover).
 */
export class ArticlesByDate {
  readonly list: DatedArticle[];
  private readonly dateOf = new Map<string, string>();

  constructor(private readonly corpus: CorpusIndex) {
    this.list = corpus.articles().map((e) => ({ a: e.id, date: e.analysis.referenceDate?.value ?? '' }));
    this.list.sort(newerFirst);
    for (const x of this.list) this.dateOf.set(x.a, x.date);
    corpus.onDidChange((c) => {
      if (c.kind === 'rename') {
        this.remove(c.from);
        this.add(c.to);
      } else {
        this.remove(c.id);
        if (c.kind === 'set') this.add(c.id);
      }
    });
  }

  private at(x: DatedArticle): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newerFirst(this.list[mid], x) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private remove(a: string): void {
    const date = this.dateOf.get(a);
    if (date === undefined) return;
    this.dateOf.delete(a);
    const i = this.at({ a, date });
    if (this.list[i]?.a === a) this.list.splice(i, 1);
  }

  private add(a: string): void {
    const e = this.corpus.get(a);
    if (!e) return;
    const x = { a, date: e.analysis.referenceDate?.value ?? '' };
    this.dateOf.set(a, x.date);
    this.list.splice(this.at(x), 0, x);
  }
}

const byDate = new WeakMap<CorpusIndex, ArticlesByDate>();

/**
 * The date order of `corpus`, made at the first call (a sort of every article: tens of
 * milliseconds at 10,000 articles) and kept up to date afterwards. The server calls it when
 * indexing finishes, so no hover pays for making it.
 */
export function articlesByDate(corpus: CorpusIndex): ArticlesByDate {
  let order = byDate.get(corpus);
  if (!order) byDate.set(corpus, (order = new ArticlesByDate(corpus)));
  return order;
}
