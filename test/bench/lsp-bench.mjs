// Points 3, 4 and 5 of the benchmark: dist/server.js over stdio (loopback only, through pipes),
// against a workspace generated in a temporary folder from the corpus.
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient, decodeTokenData, uriOf } from '../lsp/client.mjs';
import { floorPass, makeArticle, median, percentile, utf8Bytes } from './corpus.mjs';

/** Resident set size of a process, in MB (Linux /proc), or NaN elsewhere. */
function rssMB(pid, field = 'VmRSS') {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? +m[1] / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system) a process has used, in ms (Linux /proc, clock ticks of 10 ms), or NaN elsewhere. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (+f[11] + +f[12]) * 10;
  } catch {
    return NaN;
  }
}

/** A deterministic pseudo-random sequence (so runs are comparable). */
function random(seed) {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** Writes the workspace: `count` articles of ~3 KB in folders of 100, and one article of `bigKB`. */
export function makeWorkspace(corpus, count, bigKB = 100) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lekh-bench-ws-'));
  let bytes = 0;
  const files = [];
  for (let k = 0; k < count; k++) {
    const folder = path.join(dir, `desk-${String(Math.floor(k / 100)).padStart(3, '0')}`);
    if (k % 100 === 0) mkdirSync(folder);
    const text = makeArticle(corpus.lines, k);
    const file = path.join(folder, `article-${String(k).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    bytes += utf8Bytes(text);
    files.push(file);
  }
  const big = path.join(dir, 'long-read.txt');
  const bigText = makeArticle(corpus.lines, count + 1, bigKB * 1024);
  writeFileSync(big, bigText);
  bytes += utf8Bytes(bigText);
  return { dir, files, big, bigText, bytes };
}

/** The floor for indexing: reading every file and one regex word pass over it. */
function indexFloor(ws) {
  const t = performance.now();
  const texts = [...ws.files, ws.big].map((f) => readFileSync(f, 'utf8'));
  floorPass(texts);
  return performance.now() - t;
}

async function startServer(wsDir, storagePath) {
  const client = new TestClient({ initializationOptions: { trusted: true, storagePath } });
  const t = performance.now();
  await client.start(wsDir);
  const rssAtStart = rssMB(client.proc.pid);
  await client.waitFor(() => client.statuses.find((s) => s.state === 'ready'), 'index ready', 600000);
  const observedMs = performance.now() - t;
  const line = await client.waitFor(() => client.logs.find((l) => /Indexed \d+ articles in \d+ ms/.test(l)), 'indexing log', 60000);
  const [, articles, ms] = /Indexed (\d+) articles in (\d+) ms/.exec(line);
  return { client, indexMs: +ms, articles: +articles, observedMs, rssAtStart };
}

const cacheSaved = (client) => client.waitFor(() => client.logs.find((l) => /Index cache saved|Could not write the index cache/.test(l)), 'cache saved', 120000);

/** Positions in the middle of each semantic token of a document (line, character). */
const tokenPositions = (data) => decodeTokenData(data).map((t) => ({ line: t.line, character: t.char + (t.length >> 1) }));

/** One editable open document: inserts a word at a line start, then removes it, alternately. */
class Doc {
  static WORD = 'ताज़ा ';
  constructor(client, uri, text) {
    this.client = client;
    this.uri = uri;
    this.lineCount = text.split('\n').length;
    this.version = 1;
    this.inserted = -1;
    client.open(uri, text, 'plaintext', 1);
  }
  edit(rnd) {
    let change;
    if (this.inserted >= 0) {
      change = { range: { start: { line: this.inserted, character: 0 }, end: { line: this.inserted, character: Doc.WORD.length } }, text: '' };
      this.inserted = -1;
    } else {
      this.inserted = rnd(this.lineCount);
      change = { range: { start: { line: this.inserted, character: 0 }, end: { line: this.inserted, character: 0 } }, text: Doc.WORD };
    }
    this.version++;
    this.client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: [change] });
    return this.version;
  }
}

async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Point 3 (and the cold half of point 4). */
export async function lspBench(corpus, opts) {
  const rnd = random(7);
  const genStart = performance.now();
  const ws = makeWorkspace(corpus, opts.articles, opts.bigKB);
  const generateMs = performance.now() - genStart;
  const storage = mkdtempSync(path.join(tmpdir(), 'lekh-bench-store-'));
  const result = { workspace: { articles: ws.files.length + 1, megabytes: ws.bytes / 1048576, generateMs } };
  try {
    result.indexFloorMs = indexFloor(ws);

    // ---- cold start ----
    const cold = await startServer(ws.dir, storage);
    const c = cold.client;
    result.cold = { indexMs: cold.indexMs, observedMs: cold.observedMs, articles: cold.articles };
    result.rssReadyMB = rssMB(c.proc.pid);
    result.rssIdleMB = cold.rssAtStart;
    const saved = await cacheSaved(c);
    result.cacheSave = saved;

    // ---- edit → publishDiagnostics on the long article ----
    const uri = uriOf(ws.big);
    const big = new Doc(c, uri, ws.bigText);
    await c.waitFor(() => c.diagnostics.get(uri)?.version === 1, 'first diagnostics', 60000);
    const bigFloor = [];
    for (let i = 0; i < 9; i++) bigFloor.push(floorPass([ws.bigText]).ms);
    result.bigArticle = { kilobytes: utf8Bytes(ws.bigText) / 1024, floorMs: median(bigFloor) };
    const editMs = [];
    const editCpu = cpuMs(c.proc.pid);
    for (let i = 0; i < opts.edits; i++) {
      const t = performance.now();
      const v = big.edit(rnd);
      await c.waitFor(() => c.diagnostics.get(uri)?.version === v, `diagnostics v${v}`, 30000);
      editMs.push(performance.now() - t);
    }
    // The server's CPU time per edit: what an edit costs, whatever else the machine runs.
    result.edit = { n: editMs.length, p50: percentile(editMs, 50), p99: percentile(editMs, 99), serverCpuMs: (cpuMs(c.proc.pid) - editCpu) / editMs.length };
    if (big.inserted >= 0) {
      const v = big.edit(rnd);
      await c.waitFor(() => c.diagnostics.get(uri)?.version === v, `diagnostics v${v}`, 30000);
    }

    // ---- the transport's floor: a trivial request ----
    const statusMs = [];
    for (let i = 0; i < 100; i++) statusMs.push(await timed(() => c.request('lekh/status')));
    result.roundTrip = { p50: percentile(statusMs, 50), p99: percentile(statusMs, 99) };

    // ---- semantic tokens ----
    const fullMs = [];
    let tokens;
    for (let i = 0; i < opts.fulls; i++) fullMs.push(await timed(async () => (tokens = await c.request('textDocument/semanticTokens/full', { textDocument: { uri } }))));
    result.semanticFull = { n: fullMs.length, tokens: tokens.data.length / 5, p50: percentile(fullMs, 50), p99: percentile(fullMs, 99) };
    const rangeMs = [];
    for (let i = 0; i < opts.ranges; i++) {
      const start = rnd(Math.max(1, big.lineCount - 60));
      rangeMs.push(await timed(() => c.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: start, character: 0 }, end: { line: start + 60, character: 0 } } })));
    }
    result.semanticRange = { n: rangeMs.length, lines: 60, p50: percentile(rangeMs, 50), p99: percentile(rangeMs, 99) };

    // ---- hover: on entities, dates and figures, and anywhere ----
    const spots = tokenPositions(tokens.data);
    const hoverMs = [];
    for (let i = 0; i < opts.hovers; i++) {
      const position = i % 4 === 3 || !spots.length ? { line: rnd(big.lineCount), character: rnd(40) } : spots[rnd(spots.length)];
      hoverMs.push(await timed(() => c.request('textDocument/hover', { textDocument: { uri }, position })));
    }
    result.hover = { n: hoverMs.length, p50: percentile(hoverMs, 50), p99: percentile(hoverMs, 99), max: Math.max(...hoverMs) };
    result.rssAfterRequestsMB = rssMB(c.proc.pid);
    result.rssPeakMB = rssMB(c.proc.pid, 'VmHWM');
    // V8's memory reducer shrinks the heap once the server has been idle for a while.
    const idle = [];
    for (let s = 0; s < opts.idleSeconds; s++) {
      await new Promise((r) => setTimeout(r, 1000));
      idle.push(rssMB(c.proc.pid));
    }
    result.rssIdleAfterMB = idle.length ? Math.min(...idle) : NaN;
    await c.stop();

    // ---- point 4: warm start, the same workspace and storage (the median of several) ----
    const warms = [];
    let warm;
    for (let i = 0; i < opts.warmStarts; i++) {
      if (warm) await warm.client.stop();
      warm = await startServer(ws.dir, storage);
      warms.push(warm.indexMs);
      if (i === 0) result.warm = { reusedLog: warm.client.logs.find((l) => /Index cache: \d+ analyses/.test(l)) ?? null, rssReadyMB: rssMB(warm.client.proc.pid) };
    }
    Object.assign(result.warm, { indexMs: median(warms), runs: warms, observedMs: warm.observedMs, articles: warm.articles });
    const cacheDir = path.join(storage, 'index-cache');
    result.cacheFileMB = readdirSync(cacheDir).reduce((s, f) => s + readFileSync(path.join(cacheDir, f)).length, 0) / 1048576;

    // ---- point 5: soak on the warm server ----
    if (opts.soakOps > 0) result.soak = await soak(warm.client, ws, opts);
    else await warm.client.stop();
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
  return result;
}

/** Random edits, hovers and semantic-token requests across `openDocs` open articles. */
async function soak(c, ws, opts) {
  const rnd = random(11);
  const docs = [];
  for (let i = 0; i < opts.openDocs; i++) {
    const file = ws.files[(i * 97) % ws.files.length];
    docs.push(new Doc(c, uriOf(file), readFileSync(file, 'utf8')));
  }
  await c.request('lekh/status');
  const pid = c.proc.pid;
  let errors = 0;
  const errorSamples = [];
  const counts = { edit: 0, hover: 0, full: 0, range: 0 };
  const rssTrend = [];
  let rssAfter1000 = NaN;
  const started = performance.now();
  let ops = 0;
  const request = async (method, params) => {
    try {
      await c.request(method, params);
    } catch (e) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`${method}: ${e.message}`);
    }
  };
  for (; ops < opts.soakOps && performance.now() - started < opts.soakSeconds * 1000; ops++) {
    if (c.proc.exitCode !== null) break;
    const d = docs[rnd(docs.length)];
    const r = rnd(100);
    if (r < 40) {
      d.edit(rnd);
      counts.edit++;
    } else if (r < 70) {
      counts.hover++;
      await request('textDocument/hover', { textDocument: { uri: d.uri }, position: { line: rnd(d.lineCount), character: rnd(30) } });
    } else if (r < 90) {
      counts.full++;
      await request('textDocument/semanticTokens/full', { textDocument: { uri: d.uri } });
    } else {
      counts.range++;
      const line = rnd(d.lineCount);
      await request('textDocument/semanticTokens/range', { textDocument: { uri: d.uri }, range: { start: { line, character: 0 }, end: { line: line + 5, character: 0 } } });
    }
    if ((ops + 1) % 1000 === 0) {
      await request('lekh/status');
      const rss = rssMB(pid);
      rssTrend.push(+rss.toFixed(1));
      if (ops + 1 === 1000) rssAfter1000 = rss;
    }
  }
  await request('lekh/status');
  const seconds = (performance.now() - started) / 1000;
  const rssEnd = rssMB(pid);
  const crashed = c.proc.exitCode !== null;
  const problems = c.logs.filter((l) => /Unexpected (error|rejection)|Could not analyse/.test(l));
  if (!crashed) await c.stop();
  // Drift: the highest RSS in the second half of the run against the first half (RSS is a sawtooth
  // between major collections, so single samples say little about a leak).
  const half = Math.ceil(rssTrend.length / 2);
  const maxFirst = Math.max(...rssTrend.slice(0, half));
  const maxSecond = Math.max(...rssTrend.slice(half));
  return { ops, seconds, counts, errors, errorSamples, crashed, serverProblems: problems.length, problemSamples: problems.slice(0, 3), rssAfter1000, rssEnd, rssTrend, maxFirstHalf: maxFirst, maxSecondHalf: maxSecond, openDocs: docs.length };
}
