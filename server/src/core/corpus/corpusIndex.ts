import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis } from '../analyze';
import type { EntityType, Span } from '../types';
import { isEntityType } from '../types';

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
  /** entity id → article id → mentions in that article. */
  private readonly mentionsByEntity = new Map<string, Map<string, Span[]>>();
  private readonly listeners = new Set<Listener>();

  /** Analyses `text` as article `id` (replacing what was there) and returns its entry. */
  set(id: string, text: string, options: AnalyzeOptions = {}): ArticleEntry {
    const previous = this.articlesById.get(id);
    const analysis = analyzeArticle(text, options);
    const entry: ArticleEntry = { id, text, version: (previous?.version ?? 0) + 1, analysis, options };
    if (previous) this.unlink(previous);
    this.articlesById.set(id, entry);
    this.link(entry);
    this.emit({ kind: 'set', id });
    return entry;
  }

  /** Removes an article; returns whether it was there. */
  delete(id: string): boolean {
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
    return this.mentionsByEntity.get(entityId(span))?.size ?? 0;
  }

  /** Every mention of one entity, article by article. */
  mentions(entity: string): Mention[] {
    const byArticle = this.mentionsByEntity.get(entity);
    if (!byArticle) return [];
    const out: Mention[] = [];
    for (const [article, spans] of byArticle) for (const s of spans) out.push({ article, start: s.start, end: s.end, text: s.text });
    return out;
  }

  /** One record per entity across the corpus, most mentioned first. */
  entities(): EntityRecord[] {
    const out: EntityRecord[] = [];
    for (const [id, byArticle] of this.mentionsByEntity) {
      const surfaces = new Map<string, number>();
      let mentionCount = 0;
      let canonical: string | undefined;
      let first: Span | undefined;
      for (const spans of byArticle.values()) {
        for (const s of spans) {
          mentionCount++;
          surfaces.set(s.text, (surfaces.get(s.text) ?? 0) + 1);
          canonical ??= s.canonical;
          first ??= s;
        }
      }
      if (!first || !isEntityType(first.type)) continue;
      const ranked = [...surfaces.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([s]) => s);
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
    return out.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  }

  /** Calls `listener` after every change; returns a function that unsubscribes. */
  onDidChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private link(entry: ArticleEntry): void {
    for (const s of entry.analysis.spans) {
      if (!isEntityType(s.type)) continue;
      const id = entityId(s);
      let byArticle = this.mentionsByEntity.get(id);
      if (!byArticle) this.mentionsByEntity.set(id, (byArticle = new Map()));
      let list = byArticle.get(entry.id);
      if (!list) byArticle.set(entry.id, (list = []));
      list.push(s);
    }
  }

  private unlink(entry: ArticleEntry): void {
    for (const s of entry.analysis.spans) {
      if (!isEntityType(s.type)) continue;
      const id = entityId(s);
      const byArticle = this.mentionsByEntity.get(id);
      if (!byArticle) continue;
      byArticle.delete(entry.id);
      if (byArticle.size === 0) this.mentionsByEntity.delete(id);
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
