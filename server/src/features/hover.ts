import { MarkupKind, type Hover } from 'vscode-languageserver';
import { describeDate, describeFigure, entityId, isEntityType, spanAt, type ArticleEntry, type CorpusIndex } from '../core';
import type { LineMap } from '../convert';
import { rolesOn, type WorkspaceRegister } from '../core/corpus/register';
import type { ArticleAnalysis, EntityType, Span } from '../core';
import { factAt, sameFigureElsewhere } from '../core/corpus/figureFacts';
import { articlesByDate, newerFirst } from '../core/corpus/articleOrder';

/** How many of an entity's newest articles a hover lists (5) and reads for the company it keeps. */
const RECENT = 40;

/** The last part of an article's id (a URI or path), for hovers. */
const articleName = (id: string) => decodeURIComponent(id.replace(/\/+$/, '').split('/').pop() ?? id);

const TYPE_LABEL: Record<string, string> = {
  PERSON: 'person',
  LOCATION: 'place',
  ORGANIZATION: 'organisation',
  NORP: 'nationality or group',
  EVENT: 'event',
  DATE: 'date',
  FIGURE: 'figure',
};

const md = (s: string) => s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');

/** Hover for the span under the cursor: type, normalised value, resolved date, corpus context. */
export function hover(entry: ArticleEntry, corpus: CorpusIndex, lines: LineMap, offset: number, register?: WorkspaceRegister): Hover | null {
  // Names that other articles recognise with a cue are hovered here too (corpus mentions).
  const span = spanAt(corpus.spansWithCorpus(entry.id), offset);
  if (!span) return null;
  const out: string[] = [`**${span.type}** · ${md(span.text)} — ${TYPE_LABEL[span.type]}`, ''];
  const ref = entry.analysis.referenceDate;
  if (span.type === 'DATE') {
    out.push(`Value: \`${span.value}\``);
    for (const l of describeDate(span.value, ref)) out.push(`- ${md(l)}`);
    if (span.date?.relative) {
      out.push('', ref ? `Resolved against the article's date ${ref.value} (${ref.source}).` : 'Relative, but the article has no date to resolve it against.');
    }
  } else if (span.type === 'FIGURE') {
    out.push(`Value: \`${span.value}\``);
    for (const l of describeFigure(span)) out.push(`- ${md(l)}`);
    // Where else in the corpus the same quantity of the same thing is told (same story).
    const fact = factAt(entry, span);
    if (fact) {
      const elsewhere = sameFigureElsewhere(corpus.articlesSharingFigures(entry), entry, fact);
      if (elsewhere.length === 0) out.push('', `No other article of this story counts ${md(fact.thingText)}.`);
      else {
        const differ = elsewhere.filter((f) => f.value !== fact.value).length;
        out.push('', `${md(fact.thingText)} elsewhere in the corpus${differ ? ` (${differ} with another number)` : ''}:`);
        for (const f of elsewhere.slice(0, 8)) out.push(`- ${md(f.text)}${f.value !== fact.value ? ' ≠' : ' ='} in ${md(articleName(f.article))}`);
      }
    }
  } else if (isEntityType(span.type)) {
    out.push(...entityLines(span, entry, corpus, register));
  }
  // Each statement is its own paragraph; list items stay together.
  const value = out.reduce((acc, line, i) => (i === 0 ? line : acc + (line.startsWith('- ') && out[i - 1].startsWith('- ') ? '\n' : '\n\n') + line), '');
  return {
    contents: { kind: MarkupKind.Markdown, value: value.replace(/\n{3,}/g, '\n\n') },
    range: lines.range(span.start, span.end),
  };
}

// ---- The entity part: identity, register facts as of the article's date, corpus context ----

/**
 * Lines for an entity: canonical name (the workspace register's, else the recogniser's), the
 * register's description and the role held on the article's date, every spelling seen, mentions
 * and articles (with their dates), and the entities it appears with most.
 */
function entityLines(span: Span, entry: ArticleEntry, corpus: CorpusIndex, register?: WorkspaceRegister): string[] {
  const out: string[] = [];
  const id = entityId(span);
  // Indexed mentions only: a hover costs table lookups, never a scan of the corpus text.
  const { total, byArticle, surfaces: surfaceCount } = corpus.mentionCounts(id);
  const surfaces = [...surfaceCount.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  let reg = undefined as ReturnType<WorkspaceRegister['find']>;
  if (register && register.entities.length > 0) {
    reg = register.find(span.canonical ?? span.text, span.type as EntityType);
    for (let k = 0; !reg && k < surfaces.length && k < 8; k++) {
      const e = register.findByKey(surfaces[k]);
      if (e && e.type === span.type) reg = e;
    }
  }
  const canonical = reg?.house ?? reg?.name ?? span.canonical;
  if (canonical && canonical !== span.text) out.push(`Canonical name: ${md(canonical)}`);
  if (span.source === 'corpus') out.push('Written here without a cue; other articles of the corpus name it so.');
  if (reg?.description) out.push(md(reg.description));
  const date = entry.analysis.referenceDate?.value;
  if (reg) {
    const roles = rolesOn(reg, date);
    if (roles.length) out.push(`${date ? `Role on ${date}` : 'Roles'}: ${roles.map((r) => md(r.role)).join('; ')}`);
    if (reg.wikidata) out.push(`Wikidata: ${reg.wikidata}`);
  }
  out.push(`Mentioned in ${byArticle.size} ${byArticle.size === 1 ? 'article' : 'articles'} of the corpus (${total} ${total === 1 ? 'mention' : 'mentions'}).`);
  // The newest articles first (at most RECENT of them are read for the company below).
  const recent = newestArticles(corpus, byArticle, RECENT);
  for (const { a, n, date: d } of recent.slice(0, 5)) out.push(`- ${d || 'undated'} · ${md(corpus.get(a)?.analysis.title || a)} (${n})`);
  if (byArticle.size > 5) out.push(`- … and ${byArticle.size - 5} more`);
  if (surfaces.length > 1) out.push('', `Written as: ${surfaces.slice(0, 8).map(md).join(', ')}`);
  // Co-occurrence: entities named in the same (most recent) articles, counted once an article.
  const together = new Map<string, { name: string; n: number }>();
  for (const { a } of recent) {
    const e = corpus.get(a);
    if (!e) continue;
    for (const { id: other, name } of entitiesOf(a, e.analysis)) {
      if (other === id) continue;
      const t = together.get(other);
      if (t) t.n++;
      else together.set(other, { name, n: 1 });
    }
  }
  const top = firstByOrder(together.values(), 5, (x, y) => y.n - x.n || NAME_ORDER.compare(x.name, y.name));
  if (top.length) out.push('', `Appears most with: ${top.map((t) => `${md(t.name)} (${t.n})`).join(', ')}`);
  if (span.source) out.push('', `_Found by: ${span.source}_`);
  return out;
}

/** The order of names with equal counts: what `localeCompare` without arguments gives, without its cost a call. */
const NAME_ORDER = new Intl.Collator();

/**
 * An article's entities, each once, in the order of their first mention, with that mention's name.
 * Kept for the ENTITY_LISTS articles hovered most recently (a least-recently-used map by article,
 * checked against the analysis it was made from), so the lists of a 10,000-article corpus are not
 * all kept once every article has been read by some hover.
 */
const ENTITY_LISTS = 2048;
const entitiesCache = new Map<string, { analysis: ArticleAnalysis; list: { id: string; name: string }[] }>();
export function entitiesOf(article: string, analysis: ArticleAnalysis): { id: string; name: string }[] {
  const hit = entitiesCache.get(article);
  if (hit) {
    entitiesCache.delete(article);
    if (hit.analysis === analysis) {
      entitiesCache.set(article, hit);
      return hit.list;
    }
  }
  const list: { id: string; name: string }[] = [];
  const seen = new Set<string>();
  for (const s of analysis.spans) {
    if (!isEntityType(s.type)) continue;
    const id = entityId(s);
    if (seen.has(id)) continue;
    seen.add(id);
    list.push({ id, name: s.canonical ?? s.text });
  }
  entitiesCache.set(article, { analysis, list });
  if (entitiesCache.size > ENTITY_LISTS) entitiesCache.delete(entitiesCache.keys().next().value!);
  return list;
}

/** How many articles' entity lists the hover keeps (for tests). */
export function entityListsKept(): number {
  return entitiesCache.size;
}

/**
 * The first `count` items of `items` in the order `compare` gives, as a stable sort would put
 * them (equal items keep their order), without sorting all of them.
 */
export function firstByOrder<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  for (const x of items) {
    if (out.length === count && compare(out[count - 1], x) <= 0) continue;
    // After every kept item that is not greater than x: a stable sort's place for it.
    let i = out.length;
    while (i > 0 && compare(out[i - 1], x) > 0) i--;
    out.splice(i, 0, x);
    if (out.length > count) out.pop();
  }
  return out;
}

// ---- The newest articles of an entity, without reading all of them ----

/**
 * The `count` newest of the articles in `byArticle` (article → the entity's mentions there), with
 * their mention counts. Reading every article costs its size; walking the corpus's date order
 * costs about count × corpus size / its size: the cheaper of the two is taken, and the walk gives
 * up (falling back to reading) once it has cost as much as reading would.
 */
export function newestArticles(corpus: CorpusIndex, byArticle: ReadonlyMap<string, readonly unknown[]>, count: number): { a: string; n: number; date: string }[] {
  const size = byArticle.size;
  if (size > count && count * corpus.size < size * size) {
    const order = articlesByDate(corpus);
    const out: { a: string; n: number; date: string }[] = [];
    const list = order.list;
    for (let i = 0; i < list.length && i < 2 * size && out.length < count; i++) {
      const spans = byArticle.get(list[i].a);
      if (spans) out.push({ a: list[i].a, n: spans.length, date: list[i].date });
    }
    if (out.length === count) return out;
  }
  const all: { a: string; n: number; date: string }[] = [];
  for (const [a, spans] of byArticle) all.push({ a, n: spans.length, date: corpus.get(a)?.analysis.referenceDate?.value ?? '' });
  all.sort(newerFirst);
  return all.slice(0, count);
}
