/**
 * Lekh's command line, over the same core as the language server.
 *
 *   lekh spans [--dct DCT.json] FILE|DIR...     one JSON span a line
 *   lekh spans --jsonl                          {"id","text","dct"?} lines on stdin → {"id","spans"} lines
 *   lekh check [--format text|json|sarif] [--fix] [--checks JSON] PATH...   problems; exit 1 when an error is found
 *   lekh summary PATH...                        what was found, for people
 *   lekh export --format brat|conll|jsonl|w3c --out DIR [--no-auto] [--root DIR] PATH...
 *   lekh import --format brat|conll|jsonl|w3c [--root DIR] [--dry-run] PATH...
 *
 * Exit codes: 0 done, 1 errors found (check) or a file could not be read (or imported), 2 bad usage.
 */
import { promises as fsp, statSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeArticle, CorpusIndex, describeDate, describeFigure, isEntityType, type ArticleAnalysis, type Finding, type Span, ALL_CHECKS, CHECKS } from './core';
import { readCheckSeverities, settingFor, type CheckSeverities } from './core/checks';
import { figureConflicts } from './core/corpus/figureFacts';
import { applyEdits, safeEdits, safeFix } from './core/checks/fix';
import { LineMap } from './convert';
import { ArticleMatcher, findArticleFiles, readArticleFile } from './workspace/files';
import { DEFAULT_SETTINGS } from './workspace/settings';
import { exportArticles, importFiles } from './workspace/annotationExchange';
import { EXPORT_FORMATS, type ExportFormat } from './core/annotations';

const USAGE = `Usage:
  lekh spans [--dct DCT.json] FILE|DIR...   print recognised spans, one JSON object a line
  lekh spans --jsonl                        read {"id","text","dct"?} lines on stdin, print {"id","spans"} lines
  lekh check [--format text|json|sarif] [--fix] [--checks JSON|FILE] PATH...
                                            print problems (exit 1 when an error is found);
                                            --fix applies the safe fixes and says what it changed;
                                            --checks sets severities: {"residue.*":"off","devanagari.doubled-word":"error"}
  lekh summary PATH...                      print what was found in each article
  lekh export --format brat|conll|jsonl|w3c --out DIR [--no-auto] [--root DIR] PATH...
                                            write each article's annotations (from ROOT/.lekh/annotations/)
                                            and, unless --no-auto, its automatic entities, dates and figures
  lekh import --format brat|conll|jsonl|w3c [--root DIR] [--dry-run] PATH...
                                            read annotations back into ROOT/.lekh/annotations/, merged with
                                            what is there (PATH: files of the format, or folders holding them)
Options:
  --root DIR           the workspace folder (article paths and the store are relative to it; default: .)
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

interface CheckResult {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  code: string;
  severity: string;
  message: string;
  /** Other places that explain the finding (only cross-article findings have them). */
  related?: { file: string; line: number; character: number; endLine: number; endCharacter: number; message: string }[];
}

function checkResults(file: string, text: string, findings: readonly Finding[]): CheckResult[] {
  const lines = new LineMap(text);
  return findings.map((f) => {
    const s = lines.position(f.start);
    const e = lines.position(f.end);
    return { file, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, code: f.code, severity: f.severity, message: f.message };
  });
}

/** Reads `--checks` (a JSON object or a file holding one: check id → severity or "off"). */
async function readChecksOption(v: string | undefined): Promise<CheckSeverities | undefined> {
  if (v === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(v.trimStart().startsWith('{') ? v : await fsp.readFile(v, 'utf8'));
  } catch (e) {
    throw new UsageError(`--checks must be a JSON object (or a file holding one) mapping check ids to error|warning|information|hint|off: ${(e as Error).message}`);
  }
  const { severities, problems } = readCheckSeverities(raw);
  if (problems.length) throw new UsageError(problems.join('\n'));
  return severities;
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0: one run, the catalogue as the tool's rules, one result a finding (columns in UTF-16 code units). */
function sarif(results: CheckResult[], fixesByResult: Map<CheckResult, { title: string; edits: { start: CheckPos; end: CheckPos; newText: string }[] }[]>): unknown {
  const ruleIndex = new Map(ALL_CHECKS.map((c, i) => [c.id, i]));
  const uri = (file: string) => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const region = (s: CheckPos, e: CheckPos) => ({ startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Lekh',
            rules: ALL_CHECKS.map((c) => ({
              id: c.id,
              shortDescription: { text: c.description },
              defaultConfiguration: { level: SARIF_LEVEL[c.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(process.cwd() + path.sep).href } },
        results: results.map((r) => ({
          ruleId: r.code,
          ...(ruleIndex.has(r.code) ? { ruleIndex: ruleIndex.get(r.code) } : {}),
          level: SARIF_LEVEL[r.severity] ?? 'warning',
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(r.file), uriBaseId: 'SRCROOT' },
                region: region({ line: r.line, character: r.character }, { line: r.endLine, character: r.endCharacter }),
              },
            },
          ],
          ...(r.related?.length
            ? {
                relatedLocations: r.related.map((x, i) => ({
                  id: i,
                  message: { text: x.message },
                  physicalLocation: { artifactLocation: { uri: uri(x.file), uriBaseId: 'SRCROOT' }, region: region({ line: x.line, character: x.character }, { line: x.endLine, character: x.endCharacter }) },
                })),
              }
            : {}),
          ...(fixesByResult.get(r)?.length
            ? {
                fixes: fixesByResult.get(r)!.map((f) => ({
                  description: { text: f.title },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: uri(r.file), uriBaseId: 'SRCROOT' },
                      replacements: f.edits.map((e) => ({ deletedRegion: region(e.start, e.end), insertedContent: { text: e.newText } })),
                    },
                  ],
                })),
              }
            : {}),
        })),
      },
    ],
  };
}

interface CheckPos {
  line: number;
  character: number;
}

/**
 * `figure.corpus-mismatch` over the checked files: the same thing counted with different numbers
 * in different articles of one story, each finding with the other articles' figures as related
 * locations. The files form one CorpusIndex, as the server's workspace does.
 */
function corpusMismatches(articles: readonly { file: string; text: string }[], checks: CheckSeverities | undefined): CheckResult[] {
  if (articles.length < 2) return [];
  const id = CHECKS.figureCorpusMismatch.id;
  const setting = checks ? settingFor(id, checks) : undefined;
  if (setting === 'off') return [];
  const severity = setting ?? CHECKS.figureCorpusMismatch.defaultSeverity;
  const corpus = new CorpusIndex();
  for (const { file, text } of articles) corpus.set(file, text);
  const lineMaps = new Map<string, LineMap>();
  const linesOf = (file: string): LineMap => {
    let l = lineMaps.get(file);
    if (!l) lineMaps.set(file, (l = new LineMap(corpus.get(file)?.text ?? '')));
    return l;
  };
  const out: CheckResult[] = [];
  const entries = corpus.articles();
  for (const entry of entries) {
    for (const c of figureConflicts(entries, entry)) {
      const lines = linesOf(entry.id);
      const s = lines.position(c.start);
      const e = lines.position(c.end);
      const related = c.others.map((o) => {
        const ol = linesOf(o.article);
        const os = ol.position(o.start);
        const oe = ol.position(o.end);
        return { file: o.article, line: os.line, character: os.character, endLine: oe.line, endCharacter: oe.character, message: `${o.text} ${o.thingText} here` };
      });
      out.push({ file: entry.id, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, code: id, severity, message: c.message, related });
    }
  }
  return out;
}

async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, fix: { type: 'boolean' }, checks: { type: 'string' }, 'max-file-size': { type: 'string' } },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not ${JSON.stringify(format)}`);
  if (!positionals.length) throw new UsageError('check needs at least one FILE or DIR');
  const checks = await readChecksOption(values.checks);
  const { loaded, failed } = await load(await expand(positionals), maxSize(values['max-file-size']));
  const results: CheckResult[] = [];
  const fixesByResult = new Map<CheckResult, { title: string; edits: { start: CheckPos; end: CheckPos; newText: string }[] }[]>();
  // What --fix changed goes to stdout with text output, to stderr with json/sarif (stdout stays parseable).
  const report = (line: string) => (format === 'text' ? process.stdout.write(line + '\n') : process.stderr.write(line + '\n'));
  let fixedCount = 0;
  let unwritable = 0;
  /** Each article's text after --fix, for the cross-article checks. */
  const finalTexts: { file: string; text: string }[] = [];
  for (const item of loaded) {
    let { text } = item;
    const { file } = item;
    let findings = analyzeArticle(text, { checks }).findings;
    if (values.fix) {
      if (text.includes('\uFFFD')) {
        err(`not fixing ${file}: it is not valid UTF-8, and writing it back would lose bytes`);
      } else {
        const original = text;
        // Fixes that overlap wait for the next round; three rounds settle every case we know.
        for (let round = 0; round < 3; round++) {
          const { edits, fixed } = safeEdits(findings);
          if (!fixed.length) break;
          const lines = new LineMap(text);
          for (const f of fixed) {
            const p = lines.position(f.start);
            report(`${file}:${p.line + 1}:${p.character + 1}: fixed ${f.code}: ${safeFix(f)!.title}`);
          }
          fixedCount += fixed.length;
          text = applyEdits(text, edits);
          findings = analyzeArticle(text, { checks }).findings;
        }
        if (text !== original) {
          try {
            await fsp.writeFile(file, text, 'utf8');
          } catch (e) {
            err(`could not write ${file}: ${(e as Error).message}`);
            unwritable++;
          }
        }
      }
    }
    const rs = checkResults(file, text, findings);
    if (format === 'sarif') {
      const lines = new LineMap(text);
      findings.forEach((f, i) => {
        if (f.fixes?.length) fixesByResult.set(rs[i], f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ start: lines.position(e.start), end: lines.position(e.end), newText: e.newText })) })));
      });
    }
    results.push(...rs);
    finalTexts.push({ file, text });
  }
  results.push(...corpusMismatches(finalTexts, checks));
  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(JSON.stringify(sarif(results, fixesByResult), null, 2) + '\n');
  else {
    for (const r of results) {
      process.stdout.write(`${r.file}:${r.line + 1}:${r.character + 1}: ${r.severity} ${r.code}: ${r.message}\n`);
      for (const x of r.related ?? []) process.stdout.write(`  ${x.file}:${x.line + 1}:${x.character + 1}: ${x.message}\n`);
    }
    const errors = results.filter((r) => r.severity === 'error').length;
    process.stdout.write(`${loaded.length} articles checked: ${errors} errors, ${results.length - errors} other problems.\n`);
  }
  if (values.fix) report(`${fixedCount} problems fixed${fixedCount ? '; the rest need a person' : ''}.`);
  if (results.some((r) => r.severity === 'error')) return 1;
  return failed || unwritable ? 1 : 0;
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

function exchangeFormat(v: string | undefined): ExportFormat {
  if (!v) throw new UsageError(`--format is required: ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be ${EXPORT_FORMATS.join(', ')}, not ${JSON.stringify(v)}`);
  return v as ExportFormat;
}

function exchangeRoot(v: string | undefined): string {
  const root = path.resolve(v ?? '.');
  let ok = false;
  try {
    ok = statSync(root).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`--root ${v} is not a folder`);
  return root;
}

async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, 'no-auto': { type: 'boolean' }, root: { type: 'string' }, 'max-file-size': { type: 'string' } },
  });
  const format = exchangeFormat(values.format);
  if (!values.out) throw new UsageError('export needs --out DIR');
  if (!positionals.length) throw new UsageError('export needs at least one FILE or DIR');
  const root = exchangeRoot(values.root);
  const articles = await expand(positionals);
  const r = await exportArticles({ format, root, articles, out: path.resolve(values.out), auto: !values['no-auto'], maxFileSizeMB: maxSize(values['max-file-size']) });
  for (const line of r.done) process.stdout.write(line + '\n');
  for (const p of r.problems) err(p);
  process.stdout.write(`${count(r.articles, 'article')} exported as ${format} to ${values.out}: ${count(r.annotations, 'annotation')}${values['no-auto'] ? '' : `, ${count(r.automatic, 'automatic span')}`}.\n`);
  return r.problems.length ? 1 : 0;
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, root: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'max-file-size': { type: 'string' } },
  });
  const format = exchangeFormat(values.format);
  if (!positionals.length) throw new UsageError('import needs at least one FILE or DIR');
  const root = exchangeRoot(values.root);
  const r = await importFiles({ format, root, files: positionals, dryRun: values['dry-run'], maxFileSizeMB: maxSize(values['max-file-size']) });
  for (const line of r.done) process.stdout.write(line + '\n');
  for (const p of r.problems) err(p);
  process.stdout.write(`${count(r.articles, 'article')} imported from ${format}: ${r.added} added, ${r.updated} updated, ${r.removed} removed${values['dry-run'] ? ' (dry run: nothing written)' : ''}.\n`);
  return r.problems.length ? 1 : 0;
}

/** `1 article`, `2 articles`: a count with its noun (the export and import reports). */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
      case 'export':
        return await exportCommand(rest);
      case 'import':
        return await importCommand(rest);
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

// A reader that stops early (`lekh summary | head`) closes the pipe: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    err(`internal error: ${(e as Error).stack ?? e}`);
    process.exitCode = 3;
  },
);
