// Kills a process that is writing the annotation store, at random moments, many times, and checks
// after every kill that the store file parses and holds exactly the last acknowledged state or
// the one after it: 0 corrupt, 0 lost is the requirement.
// Run: node test/reliability/kill-writer.mjs [kills] [parallel]   (npm run reliability: 1,000 kills)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles the writer (and a checker with the store parser) into a temporary folder. */
async function bundle(dir) {
  await esbuild.build({ entryPoints: { writer: path.join(here, 'writer-child.ts') }, outdir: dir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  await esbuild.build({
    stdin: { contents: "export { parseStore } from './server/src/core/annotations'; export { idOf, numberOf, KEEP, ARTICLE } from './test/reliability/writerState';", resolveDir: path.join(here, '..', '..'), loader: 'ts' },
    outfile: path.join(dir, 'check.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error',
  });
  return { writer: path.join(dir, 'writer.js'), check: await import(pathToFileURL(path.join(dir, 'check.mjs')).href) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One writer process: started, killed after `delay` ms past its first save; resolves with the last n it printed. */
function killOnce(writer, root, delay, prefix = 'w') {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, root, prefix], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let buf = '';
    let err = '';
    let timer;
    child.stdout.on('data', (d) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const l of lines) if (l) last = Number(l);
      if (!timer) timer = setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.stderr.on('data', (d) => (err += d));
    // A writer that never saves (a lock it cannot break) is killed after 10 s and reported.
    const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      clearTimeout(timer);
      resolve({ last, signal, code, err });
    });
  });
}

/**
 * Runs `kills` kills over `parallel` workers (each its own store folder).
 * Returns { kills, corrupt, lost, saves, stalls, problems, seconds }.
 */
export async function runKillTest({ kills = 1000, parallel = 4, maxDelayMs = 25 } = {}) {
  const work = mkdtempSync(path.join(tmpdir(), 'lekh-kill-'));
  const t0 = performance.now();
  const { writer, check } = await bundle(work);
  const result = { kills: 0, corrupt: 0, lost: 0, saves: 0, stalls: 0, problems: [] };
  let remaining = kills;
  const worker = async (w) => {
    const root = path.join(work, `root${w}`);
    const file = path.join(root, '.lekh', 'annotations', ...check.ARTICLE.split('/')) + '.json';
    let acked = 0;
    while (remaining > 0) {
      remaining--;
      const before = acked;
      const r = await killOnce(writer, root, Math.random() * maxDelayMs);
      result.kills++;
      if (r.signal !== 'SIGKILL') result.problems.push(`writer exited by itself (code ${r.code}): ${r.err.trim()}`);
      if (r.last === 0) result.stalls++;
      acked = Math.max(acked, r.last);
      result.saves += Math.max(0, r.last - before);
      if (!existsSync(file)) {
        if (acked > 0) {
          result.lost++;
          result.problems.push(`${file} is missing after ${acked} acknowledged saves`);
        }
        continue;
      }
      const parsed = check.parseStore(readFileSync(file, 'utf8'), file);
      if (!parsed.ok) {
        result.corrupt++;
        result.problems.push(parsed.error.message);
        continue;
      }
      const ids = parsed.file.annotations.map((a) => a.id).sort();
      const state = (n) => Array.from({ length: Math.min(n, check.KEEP) }, (_, i) => check.idOf(n - Math.min(n, check.KEEP) + 1 + i));
      const n = ids.length ? Number(ids[ids.length - 1].slice(1)) : 0;
      if (n < acked || n > acked + 1 || JSON.stringify(ids) !== JSON.stringify(state(n))) {
        result.lost++;
        result.problems.push(`after ack ${acked} the file holds ${ids.join(',')}`);
      }
      acked = Math.max(acked, n);
    }
  };
  await Promise.all(Array.from({ length: parallel }, (_, w) => worker(w)));
  rmSync(work, { recursive: true, force: true });
  result.seconds = (performance.now() - t0) / 1000;
  return result;
}

/**
 * Two writers on ONE store file (two VS Code windows): each adds and removes only its own
 * annotations, both are killed at random moments; afterwards each writer's annotations must be
 * exactly its last acknowledged state or the next one: neither loses the other's work.
 */
export async function runTwoWritersTest({ rounds = 20, maxDelayMs = 400 } = {}) {
  const work = mkdtempSync(path.join(tmpdir(), 'lekh-two-'));
  const { writer, check } = await bundle(work);
  const root = path.join(work, 'root');
  const file = path.join(root, '.lekh', 'annotations', ...check.ARTICLE.split('/')) + '.json';
  const result = { rounds: 0, corrupt: 0, lost: 0, saves: 0, problems: [] };
  const acked = { a: 0, b: 0 };
  for (let i = 0; i < rounds; i++) {
    const runs = await Promise.all(['a', 'b'].map((p) => killOnce(writer, root, Math.random() * maxDelayMs, p)));
    result.rounds++;
    ['a', 'b'].forEach((p, k) => {
      if (runs[k].signal !== 'SIGKILL') result.problems.push(`writer ${p} exited by itself (code ${runs[k].code}): ${runs[k].err.trim()}`);
      result.saves += Math.max(0, runs[k].last - acked[p]);
      acked[p] = Math.max(acked[p], runs[k].last);
    });
    const parsed = check.parseStore(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) {
      result.corrupt++;
      result.problems.push(parsed.error.message);
      continue;
    }
    for (const p of ['a', 'b']) {
      const nums = parsed.file.annotations.map((a) => check.numberOf(a.id, p)).filter((x) => x !== undefined).sort((x, y) => x - y);
      const n = nums.length ? nums[nums.length - 1] : 0;
      const want = Array.from({ length: Math.min(n, check.KEEP) }, (_, j) => n - Math.min(n, check.KEEP) + 1 + j);
      if (n < acked[p] || n > acked[p] + 1 || JSON.stringify(nums) !== JSON.stringify(want)) {
        result.lost++;
        result.problems.push(`writer ${p}: after ack ${acked[p]} the file holds ${nums.join(',')}`);
      }
      acked[p] = Math.max(acked[p], n);
    }
  }
  rmSync(work, { recursive: true, force: true });
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const kills = Number(process.argv[2] ?? 1000);
  const parallel = Number(process.argv[3] ?? 4);
  const r = await runKillTest({ kills, parallel });
  console.log(`kill test: ${r.kills} writers killed with SIGKILL at random moments (${parallel} in parallel, ${r.saves} acknowledged saves, ${r.seconds.toFixed(1)} s)`);
  console.log(`corrupt stores: ${r.corrupt} · lost saves: ${r.lost} · writers that made no save before the kill: ${r.stalls}`);
  for (const p of r.problems.slice(0, 10)) console.log(`  ${p}`);
  const two = await runTwoWritersTest({ rounds: 30 });
  console.log(`two writers on one file (two windows): ${two.rounds} rounds, both killed at random moments, ${two.saves} acknowledged saves; corrupt: ${two.corrupt} · lost: ${two.lost}`);
  for (const p of two.problems.slice(0, 10)) console.log(`  ${p}`);
  process.exitCode = r.corrupt === 0 && r.lost === 0 && r.problems.length === 0 && two.corrupt === 0 && two.lost === 0 && two.problems.length === 0 ? 0 : 1;
}
