/**
 * The standoff file of one article, as W3C Web Annotation JSON-LD: serialising, parsing (with
 * line and column for every problem), and the three-way merge used when two windows (or a window
 * and a git pull) change the same file.
 *
 * File layout, chosen to merge well in git: an `AnnotationCollection` whose `items` are sorted by
 * id (ids begin with random characters, so additions land at scattered places), one item a block,
 * keys always in the same order, 2-space indent, a final newline. Lekh's own fields sit under the
 * `lekh:` prefix, declared in the context.
 */
import { ENTITY_TYPES, isEntityType } from '../types';
import { lineColumn, parseJsonTree, type JsonNode } from './json';
import { RELIABILITIES, isEmptySource, type ArticleAnnotations, type SourceInfo, type UserAnnotation } from './model';

/** The W3C Web Annotation JSON-LD context. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The namespace of Lekh's own fields (`lekh:` prefix). */
export const LEKH_NAMESPACE = 'https://lekh.invalid/ns/annotations#';
/** Bump when the layout changes in a way older versions cannot read. */
export const STORE_FORMAT = 1;
const ID_PREFIX = 'urn:lekh:annotation:';

/** A problem in an annotation file, with where it is (1-based line and column). */
export interface StoreError {
  /** `path:line:column: what is wrong` */
  message: string;
  path: string;
  line: number;
  column: number;
}

/** What `parseStore` returns: the file, or an error with its position. Never thrown. */
export type ParseResult = { ok: true; file: ArticleAnnotations } | { ok: false; error: StoreError };

const SOURCE_FIELDS = ['publisher', 'url', 'author', 'published', 'accessed', 'reliability', 'note', 'modified'] as const;

function sourceJson(s: SourceInfo): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of SOURCE_FIELDS) if (s[k] !== undefined) out[k] = s[k] as string;
  return out;
}

/** One annotation as a W3C `Annotation` (keys in a fixed order). */
export function annotationToW3C(a: UserAnnotation, article: string): Record<string, unknown> {
  const body: Record<string, string>[] = [];
  if (a.entityType) body.push({ type: 'TextualBody', purpose: 'classifying', value: a.entityType });
  if (a.label !== undefined) body.push({ type: 'TextualBody', purpose: 'tagging', value: a.label });
  if (a.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  const out: Record<string, unknown> = {
    id: ID_PREFIX + a.id,
    type: 'Annotation',
    motivation: a.entityType ? 'classifying' : a.label !== undefined ? 'tagging' : 'commenting',
    created: a.created,
    modified: a.modified,
  };
  if (a.creator !== undefined) out.creator = a.creator;
  if (body.length) out.body = body;
  out.target = {
    source: article,
    selector: [
      { type: 'TextQuoteSelector', exact: a.anchor.exact, prefix: a.anchor.prefix, suffix: a.anchor.suffix },
      { type: 'TextPositionSelector', start: a.anchor.start, end: a.anchor.end },
    ],
  };
  if (a.attribution !== undefined) out['lekh:attribution'] = a.attribution;
  out['lekh:origin'] = a.origin;
  out['lekh:status'] = a.status;
  return out;
}

const byId = (x: UserAnnotation, y: UserAnnotation) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The file's text: W3C JSON-LD, stable order, 2-space indent, trailing newline. */
export function serializeStore(file: ArticleAnnotations): string {
  const doc: Record<string, unknown> = {
    '@context': [W3C_CONTEXT, { lekh: LEKH_NAMESPACE }],
    type: 'AnnotationCollection',
    'lekh:format': STORE_FORMAT,
    'lekh:article': file.article,
  };
  if (file.source && !isEmptySource(file.source)) doc['lekh:source'] = sourceJson(file.source);
  doc.items = [...file.annotations].sort(byId).map((a) => annotationToW3C(a, file.article));
  return JSON.stringify(doc, null, 2) + '\n';
}

class ShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Obj = Extract<JsonNode, { kind: 'object' }>;

function asObject(n: JsonNode, what: string): Obj {
  if (n.kind !== 'object') throw new ShapeError(`${what} must be an object`, n.offset);
  return n;
}
function optString(o: Obj, key: string, what: string): string | undefined {
  const n = o.members.get(key);
  if (!n || n.kind === 'null') return undefined;
  if (n.kind !== 'string') throw new ShapeError(`${what} "${key}" must be a string`, n.offset);
  return n.value;
}
function reqString(o: Obj, key: string, what: string): string {
  const v = optString(o, key, what);
  if (v === undefined) throw new ShapeError(`${what} has no "${key}"`, o.offset);
  return v;
}
function reqOffset(o: Obj, key: string, what: string): number {
  const n = o.members.get(key);
  if (!n) throw new ShapeError(`${what} has no "${key}"`, o.offset);
  if (n.kind !== 'number' || !Number.isInteger(n.value) || n.value < 0) throw new ShapeError(`${what} "${key}" must be a whole number ≥ 0`, n.offset);
  return n.value;
}
/** `type` may be a string or an array of strings (JSON-LD). */
function hasType(o: Obj, t: string): boolean {
  const n = o.members.get('type') ?? o.members.get('@type');
  if (!n) return false;
  if (n.kind === 'string') return n.value === t;
  return n.kind === 'array' && n.items.some((x) => x.kind === 'string' && x.value === t);
}

/** Reads the source record (`lekh:source`). */
function readSource(n: JsonNode): SourceInfo {
  const o = asObject(n, '"lekh:source"');
  const s: SourceInfo = {};
  for (const k of SOURCE_FIELDS) {
    const v = optString(o, k, '"lekh:source"');
    if (v === undefined) continue;
    if (k === 'reliability' && !(RELIABILITIES as readonly string[]).includes(v)) throw new ShapeError(`"reliability" must be one of ${RELIABILITIES.join(', ')}, not ${JSON.stringify(v)}`, o.members.get(k)!.offset);
    if (k === 'published' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ShapeError(`"published" must be a date YYYY-MM-DD, not ${JSON.stringify(v)}`, o.members.get(k)!.offset);
    (s as Record<string, string>)[k] = v;
  }
  return s;
}

/**
 * Reads one W3C `Annotation` (as Lekh writes it, or as another tool does: `body` an object or an
 * array, `target.selector` one selector or several, the id any IRI).
 */
export function annotationFromW3C(node: JsonNode, fallbackTime = ''): UserAnnotation {
  const o = asObject(node, 'an annotation');
  const what = 'the annotation';
  const rawId = reqString(o, 'id', what);
  const id = rawId.startsWith(ID_PREFIX) ? rawId.slice(ID_PREFIX.length) : rawId;
  if (!id) throw new ShapeError('the annotation id is empty', o.members.get('id')!.offset);
  const targetNode = o.members.get('target');
  if (!targetNode) throw new ShapeError(`annotation ${rawId} has no "target"`, o.offset);
  const target = asObject(targetNode, '"target"');
  const selNode = target.members.get('selector');
  if (!selNode) throw new ShapeError(`annotation ${rawId}: "target" has no "selector"`, target.offset);
  const selectors = selNode.kind === 'array' ? selNode.items : [selNode];
  let quote: Obj | undefined;
  let position: Obj | undefined;
  for (const s of selectors) {
    const so = asObject(s, 'a selector');
    if (hasType(so, 'TextQuoteSelector')) quote = so;
    else if (hasType(so, 'TextPositionSelector')) position = so;
  }
  if (!quote) throw new ShapeError(`annotation ${rawId} has no TextQuoteSelector`, selNode.offset);
  if (!position) throw new ShapeError(`annotation ${rawId} has no TextPositionSelector`, selNode.offset);
  const exact = reqString(quote, 'exact', 'TextQuoteSelector');
  if (!exact) throw new ShapeError('TextQuoteSelector "exact" is empty', quote.members.get('exact')!.offset);
  const start = reqOffset(position, 'start', 'TextPositionSelector');
  const end = reqOffset(position, 'end', 'TextPositionSelector');
  if (end <= start) throw new ShapeError(`TextPositionSelector "end" (${end}) must be after "start" (${start})`, position.offset);
  const ann: UserAnnotation = {
    id,
    anchor: { start, end, exact, prefix: optString(quote, 'prefix', 'TextQuoteSelector') ?? '', suffix: optString(quote, 'suffix', 'TextQuoteSelector') ?? '' },
    origin: 'user',
    created: optString(o, 'created', what) ?? fallbackTime,
    modified: '',
    status: 'anchored',
  };
  ann.modified = optString(o, 'modified', what) ?? ann.created;
  const creator = o.members.get('creator');
  if (creator?.kind === 'string') ann.creator = creator.value;
  else if (creator?.kind === 'object') {
    const name = creator.members.get('name');
    if (name?.kind === 'string') ann.creator = name.value;
  }
  const bodyNode = o.members.get('body');
  const bodies = !bodyNode ? [] : bodyNode.kind === 'array' ? bodyNode.items : [bodyNode];
  const motivation = optString(o, 'motivation', what);
  for (const b of bodies) {
    if (b.kind === 'string') {
      ann.note = b.value;
      continue;
    }
    const bo = asObject(b, 'a body');
    const value = optString(bo, 'value', 'the body');
    if (value === undefined) continue;
    const purpose = optString(bo, 'purpose', 'the body') ?? motivation;
    if (purpose === 'classifying') {
      if (!isEntityType(value)) throw new ShapeError(`a classifying body must be one of ${ENTITY_TYPES.join(', ')}, not ${JSON.stringify(value)}`, bo.members.get('value')!.offset);
      ann.entityType = value;
    } else if (purpose === 'tagging') ann.label = value;
    else ann.note = value;
  }
  const attribution = optString(o, 'lekh:attribution', what);
  if (attribution !== undefined) ann.attribution = attribution;
  const origin = optString(o, 'lekh:origin', what);
  if (origin !== undefined) {
    if (origin !== 'user' && origin !== 'accepted' && origin !== 'ignored') throw new ShapeError(`"lekh:origin" must be user, accepted or ignored, not ${JSON.stringify(origin)}`, o.members.get('lekh:origin')!.offset);
    ann.origin = origin;
  }
  const status = optString(o, 'lekh:status', what);
  if (status !== undefined) {
    if (status !== 'anchored' && status !== 'orphaned') throw new ShapeError(`"lekh:status" must be anchored or orphaned, not ${JSON.stringify(status)}`, o.members.get('lekh:status')!.offset);
    ann.status = status;
  }
  return ann;
}

/** An automatic span in an export (`lekh:origin: auto`): not a user annotation. */
function isAuto(n: JsonNode): boolean {
  const o = n.kind === 'object' ? n.members.get('lekh:origin') : undefined;
  return o?.kind === 'string' && o.value === 'auto';
}

/** Reads the collection node of a store file. */
function readCollection(root: JsonNode, skip?: { auto: number }): ArticleAnnotations {
  const o = asObject(root, 'the file');
  const fmt = o.members.get('lekh:format');
  if (fmt && (fmt.kind !== 'number' || fmt.value > STORE_FORMAT)) throw new ShapeError(`written by a newer Lekh (format ${fmt.kind === 'number' ? fmt.value : '?'}; this one reads ${STORE_FORMAT})`, fmt.offset);
  const article = optString(o, 'lekh:article', 'the file') ?? '';
  const itemsNode = o.members.get('items');
  if (!itemsNode) throw new ShapeError('the file has no "items" array', o.offset);
  if (itemsNode.kind !== 'array') throw new ShapeError('"items" must be an array', itemsNode.offset);
  const seen = new Set<string>();
  const annotations: UserAnnotation[] = [];
  for (const it of itemsNode.items) {
    if (skip && isAuto(it)) {
      skip.auto++;
      continue;
    }
    const a = annotationFromW3C(it);
    if (seen.has(a.id)) throw new ShapeError(`duplicate annotation id ${a.id}`, it.offset);
    seen.add(a.id);
    annotations.push(a);
  }
  const file: ArticleAnnotations = { article, annotations };
  const src = o.members.get('lekh:source');
  if (src && src.kind !== 'null') file.source = readSource(src);
  return file;
}

function fail(text: string, path: string, message: string, offset: number): { ok: false; error: StoreError } {
  const { line, column } = lineColumn(text, offset);
  return { ok: false, error: { message: `${path}:${line}:${column}: ${message}`, path, line, column } };
}

/**
 * Parses a store file. A JSON syntax error or a value of the wrong shape gives an error naming
 * the path, line and column; never throws.
 */
export function parseStore(text: string, path: string): ParseResult {
  const t = parseJsonTree(text);
  if (!t.ok) return fail(text, path, `not valid JSON: ${t.problem.message}`, t.problem.offset);
  try {
    return { ok: true, file: readCollection(t.node) };
  } catch (e) {
    if (e instanceof ShapeError) return fail(text, path, e.message, e.offset);
    return fail(text, path, String(e), 0);
  }
}

/**
 * Reads W3C annotations from any of: a Lekh store or export, an AnnotationCollection/Page with
 * `items`, an array of annotations, or one annotation. Automatic spans of an export
 * (`lekh:origin: auto`) are counted and left out.
 */
export function parseW3CAnnotations(text: string, path: string): { ok: true; files: ArticleAnnotations[]; auto: number } | { ok: false; error: StoreError } {
  const t = parseJsonTree(text);
  if (!t.ok) return fail(text, path, `not valid JSON: ${t.problem.message}`, t.problem.offset);
  const skip = { auto: 0 };
  try {
    const root = t.node;
    if (root.kind === 'object' && root.members.has('items')) return { ok: true, files: [readCollection(root, skip)], auto: skip.auto };
    const nodes = root.kind === 'array' ? root.items : [root];
    // Loose annotations: grouped by their target source.
    const byArticle = new Map<string, ArticleAnnotations>();
    for (const n of nodes) {
      if (isAuto(n)) {
        skip.auto++;
        continue;
      }
      const a = annotationFromW3C(n);
      const target = asObject(asObject(n, 'an annotation').members.get('target')!, '"target"');
      const article = optString(target, 'source', '"target"') ?? '';
      const f = byArticle.get(article) ?? { article, annotations: [] };
      f.annotations.push(a);
      byArticle.set(article, f);
    }
    return { ok: true, files: [...byArticle.values()], auto: skip.auto };
  } catch (e) {
    if (e instanceof ShapeError) return fail(text, path, e.message, e.offset);
    return fail(text, path, String(e), 0);
  }
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
const newer = (x: { modified?: string } | undefined, y: { modified?: string } | undefined) => (x?.modified ?? '') >= (y?.modified ?? '');

/**
 * Three-way merge of one article's annotations, by id: additions from both sides are kept, a
 * deletion on either side wins, and where both changed the same annotation the newer `modified`
 * wins (ties: `mine`). `base` is the version both started from (undefined: nothing in common).
 * The source record merges the same way as one unit.
 */
export function mergeStores(base: ArticleAnnotations | undefined, mine: ArticleAnnotations, theirs: ArticleAnnotations): ArticleAnnotations {
  const b = new Map((base?.annotations ?? []).map((a) => [a.id, a]));
  const m = new Map(mine.annotations.map((a) => [a.id, a]));
  const t = new Map(theirs.annotations.map((a) => [a.id, a]));
  const out: UserAnnotation[] = [];
  for (const id of new Set([...m.keys(), ...t.keys()])) {
    const x = m.get(id);
    const y = t.get(id);
    const o = b.get(id);
    if (x && y) {
      if (same(x, y) || (o && same(y, o))) out.push(x);
      else if (o && same(x, o)) out.push(y);
      else out.push(newer(x, y) ? x : y);
    } else if (x) {
      // Only mine has it: added by me, or deleted by them.
      if (!o) out.push(x);
    } else if (y) {
      if (!o) out.push(y);
    }
  }
  const merged: ArticleAnnotations = { article: mine.article || theirs.article, annotations: out.sort(byId) };
  const source = mergeSource(base?.source, mine.source, theirs.source);
  if (source) merged.source = source;
  return merged;
}

function mergeSource(o: SourceInfo | undefined, x: SourceInfo | undefined, y: SourceInfo | undefined): SourceInfo | undefined {
  if (same(x, y)) return x;
  if (same(x, o)) return y;
  if (same(y, o)) return x;
  if (!x) return y;
  if (!y) return x;
  return newer(x, y) ? x : y;
}
