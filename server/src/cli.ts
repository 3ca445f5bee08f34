/**
 * Lekh's command line, over the same core as the language server.
 *
 *   lekh spans [--dct DCT.json] FILE|DIR...     one JSON span a line
 *   lekh spans --jsonl                          {"id","text","dct"?} lines on stdin → {"id","spans"} lines
 *   lekh check [--format text|json] PATH...     problems; exit 1 when an error is found
 *   lekh summary PATH...                        what was found, for people
 *
 * Exit codes: 0 done, 1 errors found (check) or a file could not be read, 2 bad usage.
 */
import { promises as fsp, statSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyzeArticle, CorpusIndex, describeDate, describeFigure, isEntityType, type ArticleAnalysis, type Span } from './core';
import { LineMap } from './convert';
import { ArticleMatcher, findArticleFiles, readArticleFile } from './workspace/files';
import { DEFAULT_SETTINGS } from './workspace/settings';

const USAGE = `Usage:
  lekh spans [--dct DCT.json] FILE|DIR...   print recognised spans, one JSON object a line
  lekh spans --jsonl                        read {"id","text","dct"?} lines on stdin, print {"id","spans"} lines
  lekh check [--format text|json] PATH...   print problems (exit 1 when an error is found)
  lekh summary PATH...                      print what was found in each article
Options:
  --max-file-size MB   skip larger files (default ${DEFAULT_SETTINGS.maxFileSizeMB})
  -h, --help           show this help`;

class UsageError extends Error {}

const err = (line: string) => process.stderr.write(`lekh: ${line}\n`);

/** Expands files and folders into article files (folders with the default include/exclude globs). */
async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const matcher = new ArticleMatcher(DEFAULT_SETTINGS);
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      out.push(p); // reported when read
      continue;
    }
    if (isDir) out.push(...(await findArticleFiles(p, matcher, err)));
    else out.push(p);
  }
  return out;
}

interface Loaded {
  file: string;
  text: string;
}

async function load(files: string[], maxMB: number): Promise<{ loaded: Loaded[]; failed: number }> {
  const loaded: Loaded[] = [];
  let failed = 0;
  for (const file of files) {
    const r = await readArticleFile(file, maxMB);
    if (!r.ok) {
      err(`skipped ${file}: ${r.reason}`);
      failed++;
      continue;
    }
    if (r.decoded.invalidUtf8At !== undefined) err(`${file} is not valid UTF-8 (first bad byte at ${r.decoded.invalidUtf8At}); analysed with U+FFFD in its place`);
    loaded.push({ file, text: r.decoded.text });
  }
  return { loaded, failed };
}

const spanJson = (doc: string, s: Span) => ({ doc, type: s.type, start: s.start, end: s.end, text: s.text, value: s.value });

async function readDct(file: string | undefined): Promise<Record<string, string>> {
  if (!file) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(await fsp.readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read --dct ${file}: ${(e as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`--dct ${file} must be a JSON object mapping file names to YYYY-MM-DD`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--dct ${file}: the date for ${k} must be YYYY-MM-DD, not ${JSON.stringify(v)}`);
    out[k] = v;
  }
  return out;
}

async function spansCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { dct: { type: 'string' }, jsonl: { type: 'boolean' }, 'max-file-size': { type: 'string' } } });
  if (values.jsonl) {
    if (positionals.length) throw new UsageError('spans --jsonl reads stdin and takes no files');
    return spansJsonl();
  }
  if (!positionals.length) throw new UsageError('spans needs at least one FILE or DIR (or --jsonl)');
  const dct = await readDct(values.dct);
  const { loaded, failed } = await load(await expand(positionals), maxSize(values['max-file-size']));
  for (const { file, text } of loaded) {
    const doc = path.basename(file);
    const a = analyzeArticle(text, { referenceDate: dct[doc] });
    process.stdout.write(a.spans.map((s) => JSON.stringify(spanJson(doc, s)) + '\n').join(''));
  }
  return failed ? 1 : 0;
}

async function spansJsonl(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; dct?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      err(`stdin line ${n}: not JSON; skipped`);
      bad++;
      continue;
    }
    if (typeof item.text !== 'string') {
      err(`stdin line ${n}: no "text" string; skipped`);
      bad++;
      continue;
    }
    const dct = typeof item.dct === 'string' && /^\d{4}-\d{2}-\d{2}/.test(item.dct) ? item.dct.slice(0, 10) : undefined;
    const a = analyzeArticle(item.text, { referenceDate: dct });
    const spans = a.spans.map((s) => ({ type: s.type, start: s.start, end: s.end, text: s.text, value: s.value, ...(s.figure ? { figure: s.figure } : {}), ...(s.date ? { date: s.date } : {}) }));
    process.stdout.write(JSON.stringify({ id: item.id ?? n, spans }) + '\n');
  }
  return bad ? 1 : 0;
}

function maxSize(v: string | undefined): number {
  if (v === undefined) return DEFAULT_SETTINGS.maxFileSizeMB;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--max-file-size must be a positive number of megabytes, not ${JSON.stringify(v)}`);
  return n;
}

async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, 'max-file-size': { type: 'string' } } });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  if (!positionals.length) throw new UsageError('check needs at least one FILE or DIR');
  const { loaded, failed } = await load(await expand(positionals), maxSize(values['max-file-size']));
  const results: { file: string; line: number; character: number; endLine: number; endCharacter: number; code: string; severity: string; message: string }[] = [];
  for (const { file, text } of loaded) {
    const lines = new LineMap(text);
    for (const f of analyzeArticle(text).findings) {
      const s = lines.position(f.start);
      const e = lines.position(f.end);
      results.push({ file, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, code: f.code, severity: f.severity, message: f.message });
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else {
    for (const r of results) process.stdout.write(`${r.file}:${r.line + 1}:${r.character + 1}: ${r.severity} ${r.code}: ${r.message}\n`);
    const errors = results.filter((r) => r.severity === 'error').length;
    process.stdout.write(`${loaded.length} articles checked: ${errors} errors, ${results.length - errors} other problems.\n`);
  }
  if (results.some((r) => r.severity === 'error')) return 1;
  return failed ? 1 : 0;
}

function summarise(file: string, a: ArticleAnalysis, corpus: CorpusIndex): string {
  const out: string[] = [];
  out.push(`\n${file}`, `  ${a.title}`);
  out.push(`  date: ${a.referenceDate ? `${a.referenceDate.value} (${a.referenceDate.source})` : 'unknown'} · ${a.counts.entities} entities, ${a.counts.dates} dates, ${a.counts.figures} figures`);
  const ents = new Map<string, { type: string; n: number; articles: number }>();
  for (const s of a.spans) {
    if (!isEntityType(s.type)) continue;
    const k = `${s.type}\t${s.canonical ?? s.text}`;
    const e = ents.get(k) ?? { type: s.type, n: 0, articles: corpus.articleCount(s) };
    e.n++;
    ents.set(k, e);
  }
  if (ents.size) {
    out.push('  entities:');
    const byType = new Map<string, string[]>();
    for (const [k, e] of ents) {
      const name = k.split('\t')[1];
      const list = byType.get(e.type) ?? [];
      list.push(`${name}${e.n > 1 ? ` ×${e.n}` : ''}${e.articles > 1 ? ` (in ${e.articles} articles)` : ''}`);
      byType.set(e.type, list);
    }
    for (const [t, list] of byType) out.push(`    ${t.padEnd(12)} ${list.join(', ')}`);
  }
  const dates = a.spans.filter((s) => s.type === 'DATE');
  if (dates.length) {
    out.push('  dates:');
    for (const d of dates) out.push(`    ${d.text} → ${d.value}${d.date?.relative ? ' (relative)' : ''}${describeDate(d.value)[0] ? ` · ${describeDate(d.value)[0]}` : ''}`);
  }
  const figs = a.spans.filter((s) => s.type === 'FIGURE');
  if (figs.length) {
    out.push('  figures:');
    for (const f of figs) out.push(`    ${f.text} → ${f.value}${f.figure?.noun ? ` (${f.figure.noun})` : ''}${describeFigure(f)[0] && Number(f.value.split(' ')[0]) >= 1000 ? ` · ${describeFigure(f)[0]}` : ''}`);
  }
  if (a.findings.length) {
    const lines = new LineMap(corpus.get(file)?.text ?? '');
    out.push('  problems:');
    for (const f of a.findings) {
      const p = lines.position(f.start);
      out.push(`    ${p.line + 1}:${p.character + 1} ${f.severity} ${f.code}: ${f.message}`);
    }
  }
  return out.join('\n');
}

async function summaryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'max-file-size': { type: 'string' } } });
  if (!positionals.length) throw new UsageError('summary needs at least one FILE or DIR');
  const { loaded, failed } = await load(await expand(positionals), maxSize(values['max-file-size']));
  const corpus = new CorpusIndex();
  for (const { file, text } of loaded) corpus.set(file, text);
  for (const { file } of loaded) process.stdout.write(summarise(path.relative(process.cwd(), file), corpus.get(file)!.analysis, corpus) + '\n');
  const top = corpus.entities().filter((e) => e.articleCount > 1).slice(0, 12);
  const problems = corpus.articles().reduce((n, a) => n + a.analysis.findings.length, 0);
  process.stdout.write(`\n${loaded.length} articles · ${corpus.entities().length} distinct entities · ${problems} problems\n`);
  if (top.length) process.stdout.write(`across articles: ${top.map((e) => `${e.name} (${e.type}, ${e.articleCount} articles)`).join(', ')}\n`);
  return failed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'spans':
        return await spansCommand(rest);
      case 'check':
        return await checkCommand(rest);
      case 'summary':
        return await summaryCommand(rest);
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      default:
        throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err((e as Error).message);
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    err(`internal error: ${(e as Error).stack ?? e}`);
    process.exitCode = 3;
  },
);
