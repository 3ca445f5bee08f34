import { analyzeArticle, createAnalysisMemo, type AnalysisMemo, type AnalyzeOptions, type ArticleAnalysis } from '../analyze';
import { tokenize } from '../text/tokens';
import type { EntityType, Span } from '../types';
import { isEntityType } from '../types';
import { applyRegister, type WorkspaceRegister } from './register';
import { figureFacts } from './figureFacts';
import { sortByMentionsThenName } from './nameOrder';

/** One article in the index. */
export interface ArticleEntry {
  /** The article's identity: a URI in the server, a path in the CLI. */
  id: string;
  /** Text as analysed (needed to turn offsets into positions for mentions in closed files). */
  text: string;
  /** Increases on every update of this article. */
  version: number;
  analysis: ArticleAnalysis;
  options: AnalyzeOptions;
  /**
   * The analysis of the text alone, before the workspace register was applied, when that
   * changed it (what a cache of analyses keeps: the register is applied again on reuse).
   */
  baseAnalysis?: ArticleAnalysis;
}

/** One mention of an entity in one article. */
export interface Mention {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** An entity as the whole corpus knows it. */
export interface EntityRecord {
  /** `TYPE:key`, stable across spellings that share a match key. */
  id: string;
  type: EntityType;
  key: string;
  /** The canonical name, else the most frequent surface. */
  name: string;
  /** Distinct surfaces seen, most frequent first. */
  surfaces: string[];
  mentionCount: number;
  articleCount: number;
}

export type CorpusChange =
  | { kind: 'set'; id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'rename'; from: string; to: string };

type Listener = (change: CorpusChange) => void;

/** What the index keeps of one entity, kept as articles come and go (a hover reads it instead of counting). */
interface EntityTables {
  /** `TYPE:key` (entityId). */
  id: string;
  /** article id → mentions in that article. */
  byArticle: Map<string, Span[]>;
  /** surface → how many mentions are written so. */
  surfaces: Map<string, number>;
  /** How many mentions in all. */
  total: number;
  /**
   * No article has left this entity since its tables were made (unlink): the surfaces are then in
   * the order of their first mention, article by article as in byArticle, so `entities` can rank
   * them without counting the mentions again.
   */
  inOrder: boolean;
}

/** The identity of an entity span across the corpus. */
export function entityId(s: Span): string {
  return `${s.type}:${s.key ?? s.text}`;
}

/**
 * Every article of the workspace, analysed, with the entities that cross articles.
 * Updates are per article: setting one article re-analyses only it and adjusts the
 * cross-article tables by its old and new mentions (no full rebuild).
 *
 * Invariant: knows nothing of files, URIs or editors; ids are opaque strings.
 */
export class CorpusIndex {
  private readonly articlesById = new Map<string, ArticleEntry>();
  /** Counted thing (figureFacts' `thing`) → the articles that count it, so cross-article figure
   *  comparisons look only at articles that can match. */
  private readonly articlesByThing = new Map<string, Set<string>>();
  /** Whether articlesByThing is made: at the first figure comparison, then kept by link/unlink
   *  (indexing, and a warm start above all, need not work out every article's figure facts). */
  private thingsMade = false;
  /** entity id → its mentions by article, surfaces and total (EntityTables). */
  private readonly entityTables = new Map<string, EntityTables>();
  /** The same records by span type, then key (or text): link and unlink find them without making the id. */
  private readonly tablesByTypeKey = new Map<string, Map<string, EntityTables>>();
  private readonly listeners = new Set<Listener>();
  /**
   * Names recognised with a strong cue (a title, a given name, a head noun… not the gazetteer,
   * which every article reads anyway), by surface, then entity id → how many mentions have it.
   * Kept up to date by link/unlink, like the other tables.
   */
  private readonly cuedSurfaces = new Map<string, Map<string, { span: Span; count: number }>>();
  /** The same surfaces by their first word, for a scan of one article word by word. */
  private readonly cuedByFirstWord = new Map<string, Set<string>>();
  /** Increases whenever the set of cued surfaces changes; corpus mentions cached before are stale. */
  private cuedGeneration = 0;
  private readonly corpusMentionCache = new Map<string, { version: number; generation: number; spans: Span[] }>();

  /**
   * Analyses `text` as article `id` (replacing what was there) and returns its entry.
   * `precomputed`: an analysis of exactly this text with these options made earlier (the
   * server's warm-start cache), used instead of analysing again.
   */
  set(id: string, text: string, options: AnalyzeOptions = {}, precomputed?: ArticleAnalysis): ArticleEntry {
    const previous = this.articlesById.get(id);
    const base = precomputed ?? analyzeArticle(text, options, previous && previous.text !== text ? this.memoOf(id) : this.memos.get(id));
    const analysis = this.withRegister(text, base);
    const entry: ArticleEntry = { id, text, version: (previous?.version ?? 0) + 1, analysis, options };
    if (base !== analysis) entry.baseAnalysis = base;
    if (previous) this.unlink(previous);
    this.articlesById.set(id, entry);
    this.link(entry);
    this.emit({ kind: 'set', id });
    return entry;
  }

  /**
   * Paragraph results of the articles edited lately (an article analysed again with another text
   * is being edited), least recent first: their next analysis redoes only what changed.
   */
  private readonly memos = new Map<string, AnalysisMemo>();

  private memoOf(id: string): AnalysisMemo {
    const memo = this.memos.get(id) ?? createAnalysisMemo();
    this.memos.delete(id);
    this.memos.set(id, memo);
    if (this.memos.size > MEMOS_KEPT) this.memos.delete(this.memos.keys().next().value as string);
    return memo;
  }

  /** Removes an article; returns whether it was there. */
  delete(id: string): boolean {
    this.memos.delete(id);
    const previous = this.articlesById.get(id);
    if (!previous) return false;
    this.unlink(previous);
    this.articlesById.delete(id);
    this.emit({ kind: 'delete', id });
    return true;
  }

  /** Moves an article to a new id without re-analysing it. */
  rename(from: string, to: string): boolean {
    const entry = this.articlesById.get(from);
    if (!entry || from === to) return false;
    this.memos.delete(from);
    this.unlink(entry);
    this.articlesById.delete(from);
    const moved = { ...entry, id: to };
    this.articlesById.set(to, moved);
    this.link(moved);
    this.emit({ kind: 'rename', from, to });
    return true;
  }

  get(id: string): ArticleEntry | undefined {
    return this.articlesById.get(id);
  }

  has(id: string): boolean {
    return this.articlesById.has(id);
  }

  get size(): number {
    return this.articlesById.size;
  }

  articles(): ArticleEntry[] {
    return [...this.articlesById.values()];
  }

  /** How many articles mention the entity of this span. */
  articleCount(span: Span): number {
    return this.entityTables.get(entityId(span))?.byArticle.size ?? 0;
  }

  /** The other articles that count any of the things `entry` counts (candidates for figure comparisons). */
  articlesSharingFigures(entry: ArticleEntry): ArticleEntry[] {
    if (!this.thingsMade) {
      this.thingsMade = true;
      for (const a of this.articlesById.values()) this.linkThings(a);
    }
    const ids = new Set<string>();
    for (const f of figureFacts(entry)) for (const id of this.articlesByThing.get(f.thing) ?? []) if (id !== entry.id) ids.add(id);
    const out: ArticleEntry[] = [];
    for (const id of ids) {
      const a = this.articlesById.get(id);
      if (a) out.push(a);
    }
    return out;
  }

  /**
   * Mention counts of one entity, without building mention objects (for hovers): the total, the
   * mentions by article (live: do not modify) and how often each surface is written (live too).
   */
  mentionCounts(entity: string): { total: number; byArticle: ReadonlyMap<string, readonly Span[]>; surfaces: ReadonlyMap<string, number> } {
    const t = this.entityTables.get(entity);
    return { total: t?.total ?? 0, byArticle: t?.byArticle ?? new Map(), surfaces: t?.surfaces ?? new Map() };
  }

  /** Every mention of one entity, article by article. */
  mentions(entity: string): Mention[] {
    const byArticle = this.entityTables.get(entity)?.byArticle;
    if (!byArticle) return [];
    const out: Mention[] = [];
    for (const [article, spans] of byArticle) for (const s of spans) out.push({ article, start: s.start, end: s.end, text: s.text });
    return out;
  }

  /** One record per entity across the corpus, most mentioned first. */
  entities(): EntityRecord[] {
    const out: EntityRecord[] = [];
    for (const t of this.entityTables.values()) {
      const { id, byArticle } = t;
      let surfaces: Map<string, number>;
      let mentionCount = 0;
      let canonical: string | undefined;
      let first: Span | undefined;
      if (t.inOrder) {
        // The tables kept by link hold the counts, and the surfaces in order of first mention.
        surfaces = t.surfaces;
        mentionCount = t.total;
        for (const spans of byArticle.values()) {
          for (const s of spans) {
            first ??= s;
            canonical ??= s.canonical;
            if (canonical !== undefined && canonical !== null) break;
          }
          if (canonical !== undefined && canonical !== null) break;
        }
      } else {
        surfaces = new Map<string, number>();
        for (const spans of byArticle.values()) {
          for (const s of spans) {
            mentionCount++;
            surfaces.set(s.text, (surfaces.get(s.text) ?? 0) + 1);
            canonical ??= s.canonical;
            first ??= s;
          }
        }
      }
      if (!first || !isEntityType(first.type)) continue;
      const ranked = surfaces.size === 1 ? [surfaces.keys().next().value as string] : [...surfaces.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([s]) => s);
      out.push({
        id,
        type: first.type,
        key: first.key ?? first.text,
        name: canonical ?? ranked[0],
        surfaces: ranked,
        mentionCount,
        articleCount: byArticle.size,
      });
    }
    return sortByMentionsThenName(out);
  }

  /**
   * Every mention of one entity with corpus propagation: a name recognised in one article (by a
   * cue or the register) is also found where another article writes it without it being
   * recognised there — the same surface between word boundaries, outside that article's own
   * entity spans. Computed on demand from the current texts, so updating one article re-analyses
   * only it and the extra mentions elsewhere follow without further work. `onlyArticle` limits
   * the result (and the scan) to one article, for document highlights.
   */
  allMentions(entity: string, onlyArticle?: string): Mention[] {
    const found = onlyArticle === undefined ? this.mentions(entity) : this.mentions(entity).filter((m) => m.article === onlyArticle);
    const byArticle = this.entityTables.get(entity)?.byArticle;
    if (!byArticle) return found;
    const surfaces = new Set<string>();
    for (const spans of byArticle.values()) {
      for (const s of spans) {
        // Names propagated inside an article and bare short forms stay where they were found.
        if (s.source === 'document' || s.source === 'corpus') continue;
        if (s.text.length >= 4 || /\s/.test(s.text)) surfaces.add(s.text);
      }
    }
    if (surfaces.size === 0) return found;
    const seen = new Set(found.map((m) => `${m.article}\u0000${m.start}`));
    const scope = onlyArticle === undefined ? this.articlesById.values() : [this.articlesById.get(onlyArticle)].filter((a): a is ArticleEntry => !!a);
    for (const a of scope) {
      const spans = a.analysis.spans;
      for (const surface of surfaces) {
        for (let at = a.text.indexOf(surface); at >= 0; at = a.text.indexOf(surface, at + surface.length)) {
          const end = at + surface.length;
          if (WORD_CHAR.test(a.text.charAt(at - 1)) || WORD_CHAR.test(a.text.charAt(end))) continue;
          if (seen.has(`${a.id}\u0000${at}`) || overlapsEntity(spans, at, end)) continue;
          seen.add(`${a.id}\u0000${at}`);
          found.push({ article: a.id, start: at, end, text: surface });
        }
      }
    }
    return found;
  }

  /**
   * Mentions in one article of names that other articles recognise with a strong cue, where this
   * article writes them without one (so its own analysis has no span there): spans typed and
   * keyed as the entity, `source: 'corpus'`, sorted, never overlapping the article's own entity,
   * DATE or FIGURE spans. One pass over the article's words, looked up in the cued-surface table
   * (no scan of other articles); cached until the article or the table changes.
   */
  corpusMentions(id: string): Span[] {
    const entry = this.articlesById.get(id);
    if (!entry || this.cuedSurfaces.size === 0) return [];
    const cached = this.corpusMentionCache.get(id);
    if (cached && cached.version === entry.version && cached.generation === this.cuedGeneration) return cached.spans;
    const text = entry.text;
    const own = entry.analysis.spans;
    const out: Span[] = [];
    let lastEnd = 0;
    for (const t of tokenize(text)) {
      if (t.start < lastEnd || (t.kind !== 'deva' && t.kind !== 'latin')) continue;
      const surfaces = this.cuedByFirstWord.get(t.text);
      if (!surfaces) continue;
      if (WORD_CHAR.test(text.charAt(t.start - 1))) continue;
      let best: string | undefined;
      for (const surface of surfaces) {
        if (best && surface.length <= best.length) continue;
        const end = t.start + surface.length;
        if (text.startsWith(surface, t.start) && !WORD_CHAR.test(text.charAt(end)) && !overlapsEntity(own, t.start, end)) best = surface;
      }
      if (!best) continue;
      let pick: Span | undefined;
      let most = 0;
      for (const { span, count } of this.cuedSurfaces.get(best)!.values()) if (count > most) [pick, most] = [span, count];
      if (!pick) continue;
      const end = t.start + best.length;
      // Not owned by another article's analysis: a copy with this article's offsets.
      out.push({ type: pick.type, start: t.start, end, text: best, value: '', key: pick.key, canonical: pick.canonical, source: 'corpus' });
      lastEnd = end;
    }
    this.corpusMentionCache.set(id, { version: entry.version, generation: this.cuedGeneration, spans: out });
    return out;
  }

  /**
   * An article's spans with its corpus mentions merged in, sorted by start (for semantic tokens
   * and hover); the analysis' own array when there are none.
   */
  spansWithCorpus(id: string): readonly Span[] {
    const own = this.articlesById.get(id)?.analysis.spans ?? [];
    const extra = this.corpusMentions(id);
    if (extra.length === 0) return own;
    const out: Span[] = [];
    let j = 0;
    for (const s of own) {
      while (j < extra.length && extra[j].start < s.start) out.push(extra[j++]);
      out.push(s);
    }
    while (j < extra.length) out.push(extra[j++]);
    return out;
  }

  /**
   * The workspace entity register (`.lekh/entities.json`) applied to every article: ignored names
   * dropped, known ones retyped and given the register's identity, and every written name or alias
   * marked. When its entries differ from the previous register's, the articles already in the index
   * take it at once, from their analysis of the text alone (nothing is analysed again): re-reading
   * an unchanged file would otherwise keep the old register's marks.
   */
  setRegister(register: WorkspaceRegister | undefined): void {
    const signature = JSON.stringify(register?.entities ?? []);
    const changed = signature !== this.registerSignature;
    this.register = register;
    this.registerSignature = signature;
    if (!changed) return;
    for (const a of [...this.articlesById.values()]) this.set(a.id, a.text, a.options, a.baseAnalysis ?? a.analysis);
  }

  private register: WorkspaceRegister | undefined;
  private registerSignature = '[]';

  private withRegister(text: string, analysis: ArticleAnalysis): ArticleAnalysis {
    if (!this.register || (this.register.entities.length === 0 && !analysis.spans.some((s) => s.source === 'workspace'))) return analysis;
    const spans = applyRegister(text, analysis.spans, this.register);
    if (spans === analysis.spans) return analysis;
    let entities = 0;
    for (const s of spans) if (isEntityType(s.type)) entities++;
    return { ...analysis, spans: spans as Span[], counts: { ...analysis.counts, entities } };
  }

  /** Calls `listener` after every change; returns a function that unsubscribes. */
  onDidChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private linkThings(entry: ArticleEntry): void {
    for (const f of figureFacts(entry)) {
      let set = this.articlesByThing.get(f.thing);
      if (!set) this.articlesByThing.set(f.thing, (set = new Set()));
      set.add(entry.id);
    }
  }

  /** The tables of the entity of span `s`, made when `make` and missing. */
  private tablesOf(s: Span, make: boolean): EntityTables | undefined {
    let byKey = this.tablesByTypeKey.get(s.type);
    if (!byKey) {
      if (!make) return undefined;
      this.tablesByTypeKey.set(s.type, (byKey = new Map()));
    }
    const key = s.key ?? s.text;
    let t = byKey.get(key);
    if (!t && make) {
      t = { id: entityId(s), byArticle: new Map(), surfaces: new Map(), total: 0, inOrder: true };
      byKey.set(key, t);
      this.entityTables.set(t.id, t);
    }
    return t;
  }

  private link(entry: ArticleEntry): void {
    if (this.thingsMade) this.linkThings(entry);
    // The article's mentions by entity, gathered in a small map of its own (an entity's map of
    // articles is large: it is written once an entity, not read once a span).
    const mine = new Map<EntityTables, Span[]>();
    for (const s of entry.analysis.spans) {
      if (!isEntityType(s.type)) continue;
      const t = this.tablesOf(s, true)!;
      const list = mine.get(t);
      if (list) list.push(s);
      else mine.set(t, [s]);
      t.surfaces.set(s.text, (t.surfaces.get(s.text) ?? 0) + 1);
      t.total++;
      if (isCued(s)) this.addCued(t.id, s);
    }
    // A list grown by push keeps room for 17 spans; the index holds tens of thousands of them,
    // most with one or two spans, so each is replaced by an exact-size copy (memory, issue 7).
    for (const [t, list] of mine) {
      const size = t.byArticle.size;
      t.byArticle.set(entry.id, list.length > 1 ? list.slice() : list);
      // An article already there (a rename onto an indexed id) is replaced in its old place.
      if (t.byArticle.size === size) t.inOrder = false;
    }
  }

  private addCued(id: string, s: Span): void {
    let byEntity = this.cuedSurfaces.get(s.text);
    if (!byEntity) {
      this.cuedSurfaces.set(s.text, (byEntity = new Map()));
      const first = firstWord(s.text);
      let set = this.cuedByFirstWord.get(first);
      if (!set) this.cuedByFirstWord.set(first, (set = new Set()));
      set.add(s.text);
      this.cuedGeneration++;
    }
    const had = byEntity.get(id);
    if (had) had.count++;
    else {
      byEntity.set(id, { span: s, count: 1 });
      this.cuedGeneration++;
    }
  }

  private removeCued(id: string, s: Span): void {
    const byEntity = this.cuedSurfaces.get(s.text);
    const had = byEntity?.get(id);
    if (!byEntity || !had) return;
    if (--had.count > 0) return;
    byEntity.delete(id);
    this.cuedGeneration++;
    if (byEntity.size > 0) return;
    this.cuedSurfaces.delete(s.text);
    const first = firstWord(s.text);
    const set = this.cuedByFirstWord.get(first);
    set?.delete(s.text);
    if (set && set.size === 0) this.cuedByFirstWord.delete(first);
  }

  private unlink(entry: ArticleEntry): void {
    if (this.thingsMade) {
      for (const f of figureFacts(entry)) {
        const set = this.articlesByThing.get(f.thing);
        if (!set) continue;
        set.delete(entry.id);
        if (set.size === 0) this.articlesByThing.delete(f.thing);
      }
    }
    this.corpusMentionCache.delete(entry.id);
    for (const s of entry.analysis.spans) {
      if (!isEntityType(s.type)) continue;
      const t = this.tablesOf(s, false);
      if (!t) continue;
      if (isCued(s)) this.removeCued(t.id, s);
      t.inOrder = false;
      // Counts first: every span of the article takes its own mention off.
      const n = (t.surfaces.get(s.text) ?? 0) - 1;
      if (n > 0) t.surfaces.set(s.text, n);
      else t.surfaces.delete(s.text);
      t.byArticle.delete(entry.id);
      if (--t.total > 0) continue;
      this.entityTables.delete(t.id);
      const byKey = this.tablesByTypeKey.get(s.type)!;
      byKey.delete(s.key ?? s.text);
      if (byKey.size === 0) this.tablesByTypeKey.delete(s.type);
    }
  }

  private emit(change: CorpusChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch {
        // A failing listener must not stop the others or the index.
      }
    }
  }
}

/** How many edited articles keep their paragraph results (AnalysisMemo) for the next analysis. */
const MEMOS_KEPT = 16;

/** Sources of names that are not found by a strong cue of their own: gazetteer and propagation. */
const UNCUED_SOURCES = new Set(['register', 'country', 'city', 'state', 'demonym', 'document', 'corpus', 'workspace', 'list']);

/** A name recognised by a cue of its own, long enough to be looked for elsewhere. */
function isCued(s: Span): boolean {
  return isEntityType(s.type) && !UNCUED_SOURCES.has(s.source ?? '') && (s.text.length >= 4 || /\s/.test(s.text));
}

/** The first word of a surface, as the tokenizer cuts it. */
function firstWord(surface: string): string {
  // No token crosses a space (what `\s` matches, as for the tokenizer): only the first run of
  // other characters is cut.
  const run = NON_SPACE_RUN.exec(surface);
  if (!run) return surface;
  for (const t of tokenize(surface, run.index, run.index + run[0].length)) if (t.kind !== 'space') return t.text;
  return surface;
}

const NON_SPACE_RUN = /\S+/u;

/** A letter, mark or digit: a surface found inside a longer word is no mention. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;

/** Whether [start, end) overlaps an entity span of an article (spans sorted by start). */
function overlapsEntity(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start < end; i++) if (isEntityType(spans[i].type) || spans[i].type === 'DATE' || spans[i].type === 'FIGURE') return true;
  return false;
}
