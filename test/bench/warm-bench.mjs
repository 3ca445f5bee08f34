#!/usr/bin/env node
// The warm start's CPU time (issue 7), in process: the LSP benchmark's generated workspace is
// indexed once cold (writing the index cache, as the server does), then warm from the cache, each
// in a fresh Node process with the server's flags (server/node-flags.json). CPU time
// (process.cpuUsage) and V8's collection time rather than wall time alone, so a machine shared
// with other work gives comparable figures. No LSP: WorkspaceIndex and IndexCache as main.ts uses them.
//
//   node test/bench/warm-bench.mjs [--articles=N] [--warm=R]
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const bundle = path.join(root, 'dist/bench-warm.js');

if (arg('phase')) {
  // One indexing, in this process: --phase=cold|warm --ws=DIR --store=DIR
  const { WorkspaceIndex, IndexCache } = createRequire(import.meta.url)(bundle);
  let gcMs = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) gcMs += e.duration; }).observe({ entryTypes: ['gc'] });
  const folder = pathToFileURL(arg('ws')).href;
  const wi = new WorkspaceIndex({ log() {}, changed() {} });
  wi.setFolders([{ uri: folder }]);
  wi.useCache(new IndexCache({ storagePath: arg('store'), folders: [folder], writable: true, code: 'warm-bench' }));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const n = await wi.indexAll();
  const c = process.cpuUsage(c0);
  const wallMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 20));
  const heapMB = process.memoryUsage().heapUsed / 1048576;
  await wi.saveCache();
  console.log(JSON.stringify({ phase: arg('phase'), articles: n, cpuMs: Math.round((c.user + c.system) / 1000), wallMs: Math.round(wallMs), gcMs: Math.round(gcMs), heapMB: Math.round(heapMB), rssMB: Math.round(process.memoryUsage().rss / 1048576) }));
  process.exit(0);
}

const { build } = await import('esbuild');
await build({
  stdin: { contents: "export { WorkspaceIndex } from './server/src/workspace/workspaceIndex';\nexport { IndexCache } from './server/src/workspace/cache';\n", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning',
});
const { loadCorpus } = await import('./corpus.mjs');
const { makeWorkspace } = await import('./lsp-bench.mjs');
const shared = path.resolve(process.env.LEKH_SHARED ?? path.join(root, '../shared'));
const ws = makeWorkspace(loadCorpus(process.env.LEKH_BENCH_DIR ?? path.join(shared, 'eval/external/hindi-text-corpus')), +arg('articles', 2000));
const store = mkdtempSync(path.join(tmpdir(), 'lekh-warm-bench-'));
const flags = JSON.parse(readFileSync(path.join(root, 'server/node-flags.json'), 'utf8')).execArgv;
const run = (phase) => JSON.parse(execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url), `--phase=${phase}`, `--ws=${ws.dir}`, `--store=${store}`], { encoding: 'utf8' }));
try {
  const cold = run('cold');
  const cacheMB = readdirSync(path.join(store, 'index-cache')).reduce((s, f) => s + statSync(path.join(store, 'index-cache', f)).size, 0) / 1048576;
  const warm = Array.from({ length: +arg('warm', 3) }, () => run('warm'));
  const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
  const warmCpu = median(warm.map((w) => w.cpuMs));
  console.log(JSON.stringify({ megabytes: +(ws.bytes / 1048576).toFixed(1), cacheMB: +cacheMB.toFixed(1), cold, warm, warmCpuOverCold: +(warmCpu / cold.cpuMs).toFixed(3) }, null, 2));
} finally {
  rmSync(ws.dir, { recursive: true, force: true });
  rmSync(store, { recursive: true, force: true });
}
