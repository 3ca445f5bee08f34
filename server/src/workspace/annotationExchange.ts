/**
 * Exporting annotations to files and importing them back (the CLI's `export` and `import`, and
 * the command palette's): brat, CoNLL, JSONL, W3C. Reads articles and the store from disk,
 * writes export files into a folder, and writes imports into the store (merging with what is
 * there). Problems are collected per file; one bad file never stops the others.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, USER_SPAN_SOURCE, type Span } from '../core';
import {
  annotationOverrides,
  applyImport,
  companionJson,
  exportBrat,
  exportConll,
  exportJsonl,
  exportW3C,
  importBrat,
  importConll,
  importJsonlLine,
  importW3C,
  parseCompanion,
  reanchorAll,
  sourceReferenceDate,
  type ArticleAnnotations,
  type ExportFormat,
  type ImportedDoc,
} from '../core/annotations';
import { AnnotationStore } from './annotationStore';
import { readArticleFile } from './files';

/** What an export or import did, for the CLI and the commands to show. */
export interface ExchangeReport {
  /** One line a thing done, for people. */
  done: string[];
  /** One line a problem, naming the file (and line). */
  problems: string[];
}

/** What to export, where. */
export interface ExportOptions {
  format: ExportFormat;
  /** The workspace root: article paths and the store are relative to it. */
  root: string;
  /** Absolute paths of the articles. */
  articles: string[];
  out: string;
  /** Include the automatic entities, dates and figures (default true). */
  auto?: boolean;
  maxFileSizeMB?: number;
}

/**
 * The automatic spans of an article as the user sees them: analysed with the article's source date
 * and with its annotations as overrides (a rejected span is gone); the user's own spans, which the
 * overrides add, are left out (they are exported as annotations).
 */
function automaticSpans(text: string, file: ArticleAnnotations): Span[] {
  const a = analyzeArticle(text, { referenceDate: sourceReferenceDate(file.source), overrides: annotationOverrides(file) });
  return a.spans.filter((s) => s.source !== USER_SPAN_SOURCE);
}

/** The article path relative to the root, '/'-separated, or undefined when outside it. */
export function relativeArticle(root: string, file: string): string | undefined {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

const withoutExt = (rel: string) => rel.replace(/\.[^./]+$/, '');

async function writeFileIn(out: string, rel: string, content: string): Promise<string> {
  const target = path.join(out, ...rel.split('/'));
  await fsp.mkdir(path.dirname(target), { recursive: true });
  await fsp.writeFile(target, content, 'utf8');
  return target;
}

/** Exports articles with their annotations (and the automatic spans unless `auto` is false). */
export async function exportArticles(o: ExportOptions): Promise<ExchangeReport & { articles: number; annotations: number; automatic: number }> {
  const report = { done: [] as string[], problems: [] as string[], articles: 0, annotations: 0, automatic: 0 };
  const store = new AnnotationStore(o.root, { readOnly: 'export only reads the store' });
  const jsonl: string[] = [];
  await fsp.mkdir(o.out, { recursive: true });
  if (o.format === 'brat' && relativeArticle(o.root, path.join(o.out, 'x.txt'))) {
    report.done.push(`note: ${o.out} is inside ${o.root}; the .txt copies brat needs will be read as articles there unless lekh.corpus.exclude leaves that folder out`);
  }
  for (const file of o.articles) {
    const rel = relativeArticle(o.root, file);
    if (!rel) {
      report.problems.push(`${file}: not inside the root ${o.root} (use --root)`);
      continue;
    }
    const read = await readArticleFile(file, o.maxFileSizeMB ?? 5);
    if (!read.ok) {
      report.problems.push(`${file}: ${read.reason}`);
      continue;
    }
    const text = read.decoded.text;
    const loaded = await store.load(rel, text);
    if (loaded.error) {
      report.problems.push(`${loaded.error.message} (not exported: fix that file first)`);
      continue;
    }
    const auto: Span[] = o.auto === false ? [] : automaticSpans(text, loaded.file);
    const input = { article: rel, text, file: loaded.file, auto };
    const base = withoutExt(rel);
    let userCount = 0;
    let autoCount = 0;
    if (o.format === 'brat') {
      const { ann, spans } = exportBrat(input);
      const txt = path.join(o.out, ...`${base}.txt`.split('/'));
      // Never write over the article itself (an export into the articles' own folder).
      if (path.resolve(txt) !== path.resolve(file)) await writeFileIn(o.out, `${base}.txt`, text);
      await writeFileIn(o.out, `${base}.ann`, ann);
      await writeFileIn(o.out, `${base}.lekh.json`, companionJson(input, spans));
      userCount = spans.filter((s) => s.annotation).length;
      autoCount = spans.length - userCount;
    } else if (o.format === 'conll') {
      const { conll, spans } = exportConll(input);
      await writeFileIn(o.out, `${base}.conll`, conll);
      await writeFileIn(o.out, `${base}.lekh.json`, companionJson(input, spans));
      userCount = spans.filter((s) => s.annotation).length;
      autoCount = spans.length - userCount;
    } else if (o.format === 'jsonl') {
      const line = exportJsonl(input);
      jsonl.push(line);
      const spans = (JSON.parse(line) as { spans: { id?: string }[] }).spans;
      userCount = spans.filter((s) => s.id).length;
      autoCount = spans.length - userCount;
    } else {
      const doc = exportW3C(input);
      await writeFileIn(o.out, `${base}.jsonld`, doc);
      const items = (JSON.parse(doc) as { items: { 'lekh:origin'?: string }[] }).items;
      autoCount = items.filter((i) => i['lekh:origin'] === 'auto').length;
      userCount = items.length - autoCount;
    }
    report.articles++;
    report.annotations += userCount;
    report.automatic += autoCount;
    report.done.push(`${rel}: ${userCount} annotations${o.auto === false ? '' : `, ${autoCount} automatic spans`}`);
  }
  if (o.format === 'jsonl') await writeFileIn(o.out, 'annotations.jsonl', jsonl.length ? jsonl.join('\n') + '\n' : '');
  return report;
}

/** What to import, into which root. */
export interface ImportOptions {
  format: ExportFormat;
  root: string;
  /** Files of the format (folders are searched for them). */
  files: string[];
  /** Show what would change without writing. */
  dryRun?: boolean;
  maxFileSizeMB?: number;
  now?: string;
  /** Refuse to write (untrusted workspace). */
  readOnly?: boolean | string;
}

const EXTENSIONS: Record<ExportFormat, string[]> = { brat: ['.ann'], conll: ['.conll'], jsonl: ['.jsonl'], w3c: ['.jsonld', '.json'] };

/** The files of a format under the given paths (folders walked; `.lekh.json` companions are not imports). */
export async function findFormatFiles(format: ExportFormat, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const ok = (name: string) => EXTENSIONS[format].some((e) => name.endsWith(e)) && !name.endsWith('.lekh.json');
  const walk = async (p: string, explicit: boolean) => {
    let st;
    try {
      st = await fsp.stat(p);
    } catch {
      out.push(p); // reported when read
      return;
    }
    if (st.isDirectory()) {
      for (const e of (await fsp.readdir(p)).sort()) if (e !== '.lekh' && e !== 'node_modules' && e !== '.git') await walk(path.join(p, e), false);
    } else if (explicit || ok(p)) out.push(p);
  };
  for (const p of paths) await walk(p, true);
  return out;
}

interface PendingDoc {
  from: string;
  doc: ImportedDoc;
  /** The article path relative to the root. */
  article: string;
}

async function readCompanion(file: string, report: ExchangeReport): Promise<ImportedDoc['known'] | undefined> {
  const companion = file.replace(/\.[^./\\]+$/, '.lekh.json');
  let raw: string;
  try {
    raw = await fsp.readFile(companion, 'utf8');
  } catch {
    return undefined;
  }
  const r = parseCompanion(raw, companion);
  if (!r.ok) {
    report.problems.push(`${r.error.message} (companion ignored: ids and notes not restored)`);
    return undefined;
  }
  return r.known;
}

/** Reads import files into documents, each with the article it belongs to. */
async function readImports(o: ImportOptions, report: ExchangeReport): Promise<PendingDoc[]> {
  const docs: PendingDoc[] = [];
  for (const file of await findFormatFiles(o.format, o.files)) {
    let raw: string;
    try {
      raw = await fsp.readFile(file, 'utf8');
    } catch (e) {
      report.problems.push(`${file}: cannot be read: ${(e as Error).message}`);
      continue;
    }
    if (o.format === 'jsonl') {
      raw.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim()) return;
        const r = importJsonlLine(line, i + 1);
        if (!r.ok) report.problems.push(`${file}: ${r.message}`);
        else if (!r.doc.article) report.problems.push(`${file}: line ${i + 1}: no "meta.article" saying which article it belongs to`);
        else docs.push({ from: `${file}:${i + 1}`, doc: r.doc, article: r.doc.article });
      });
      continue;
    }
    if (o.format === 'w3c') {
      const r = importW3C(raw, file);
      if (!r.ok) {
        report.problems.push(r.error.message);
        continue;
      }
      if (r.auto) report.done.push(`${file}: ${r.auto} automatic spans left out (the analyser finds them again)`);
      for (const f of r.files) {
        if (!f.article) report.problems.push(`${file}: no "lekh:article" or target "source" saying which article it belongs to`);
        else docs.push({ from: file, doc: { spans: [], known: { file: f, exported: [] }, ...(f.source ? { source: f.source } : {}) }, article: f.article });
      }
      continue;
    }
    const known = await readCompanion(file, report);
    const txtPath = file.replace(/\.[^./\\]+$/, '.txt');
    const article = known?.file.article || relativeArticle(o.root, txtPath);
    if (!article) {
      report.problems.push(`${file}: no companion .lekh.json naming the article, and ${txtPath} is not inside the root ${o.root}`);
      continue;
    }
    if (o.format === 'brat') {
      let text: string;
      try {
        text = await fsp.readFile(txtPath, 'utf8');
      } catch {
        report.problems.push(`${file}: brat needs the text beside it (${txtPath})`);
        continue;
      }
      const r = importBrat(raw, text);
      for (const p of r.problems) report.problems.push(`${file}:${p.line}: ${p.message}`);
      if (r.skipped) report.done.push(`${file}: ${r.skipped} relation, event or attribute lines skipped (Lekh stores text spans)`);
      docs.push({ from: file, doc: { ...r.doc, ...(known ? { known } : {}) }, article });
    } else {
      // CoNLL has no offsets: its tokens are aligned with the article's current text later.
      docs.push({ from: file, doc: { spans: [], ...(known ? { known } : {}) }, article, conll: raw } as PendingDoc & { conll: string });
    }
  }
  return docs;
}

/** Imports files into the store of `root`, merging with what is there. */
export async function importFiles(o: ImportOptions): Promise<ExchangeReport & { articles: number; added: number; updated: number; removed: number }> {
  const report = { done: [] as string[], problems: [] as string[], articles: 0, added: 0, updated: 0, removed: 0 };
  const store = new AnnotationStore(o.root, o.dryRun ? { readOnly: 'dry run' } : { readOnly: o.readOnly });
  const now = o.now ?? new Date().toISOString();
  for (const p of await readImports(o, report)) {
    let key: string;
    try {
      key = AnnotationStore.articleKey(p.article);
    } catch (e) {
      report.problems.push(`${p.from}: ${(e as Error).message}`);
      continue;
    }
    const articleFile = path.join(o.root, ...key.split('/'));
    const read = await readArticleFile(articleFile, o.maxFileSizeMB ?? 5);
    if (!read.ok) {
      report.problems.push(`${p.from}: the article ${articleFile} ${read.reason}`);
      continue;
    }
    const text = read.decoded.text;
    const existing = await store.load(key, text);
    if (existing.error) {
      report.problems.push(`${existing.error.message} (nothing imported for ${key}: fix that file first)`);
      continue;
    }
    let doc = p.doc;
    const conll = (p as PendingDoc & { conll?: string }).conll;
    if (conll !== undefined) {
      const r = importConll(conll, text);
      for (const x of r.problems) report.problems.push(`${p.from}:${x.line}: ${x.message}`);
      doc = { ...doc, spans: r.doc.spans };
    }
    if (doc.known) doc = { ...doc, known: { ...doc.known, file: reanchorAll(text, { ...doc.known.file, article: key }) } };
    const auto = automaticSpans(text, { ...existing.file, source: doc.source ?? existing.file.source });
    const outcome = applyImport(doc, { text, existing: existing.file, auto, now });
    const file: ArticleAnnotations = { ...outcome.file, article: key };
    report.articles++;
    report.added += outcome.added;
    report.updated += outcome.updated;
    report.removed += outcome.removed;
    const summary = `${key}: ${outcome.added} added, ${outcome.updated} updated, ${outcome.removed} removed, ${outcome.automatic} automatic spans not stored${outcome.orphaned ? `, ${outcome.orphaned} orphaned (text not found)` : ''}`;
    if (o.dryRun) {
      report.done.push(`${summary} (dry run: nothing written)`);
      continue;
    }
    const saved = await store.save(key, file);
    if (!saved.ok) report.problems.push(`${key}: ${saved.reason}`);
    else report.done.push(summary);
  }
  return report;
}
