#!/usr/bin/env node
// Summarises a V8 CPU profile (`node --cpu-prof`) as the share of sampled time per function
// (self time) and per source file, so a README or a closing note can quote where the time goes.
//
//   node test/bench/profile-summary.mjs FILE.cpuprofile [--top=N] [--json]
//
// Self time of a node is its sample count times the mean sampling interval. Function names come
// from the profile; with a bundle built with source maps the URL is the bundle's, so files are
// named after the bundle and the function names are what tells the stages apart. "(garbage
// collector)", "(program)" and "(idle)" are V8's own buckets; idle time is left out of the total.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: profile-summary.mjs FILE.cpuprofile [--top=N] [--json]');
  process.exit(2);
}
const top = +(argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const asJson = argv.includes('--json');

let profile;
try {
  profile = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`profile-summary: cannot read ${file}: ${e.message}`);
  process.exit(2);
}
if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples)) {
  console.error(`profile-summary: ${file} is not a V8 CPU profile (no nodes or samples)`);
  process.exit(2);
}

/** Sample counts per node id. */
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const durationUs = (profile.endTime ?? 0) - (profile.startTime ?? 0);
const intervalMs = profile.samples.length ? durationUs / profile.samples.length / 1000 : 0;

const byFunction = new Map();
const byFile = new Map();
let totalSamples = 0;
for (const node of profile.nodes) {
  const n = hits.get(node.id) ?? node.hitCount ?? 0;
  if (!n) continue;
  const cf = node.callFrame ?? {};
  const name = cf.functionName || '(anonymous)';
  if (name === '(idle)') continue;
  totalSamples += n;
  const where = cf.url ? `${path.basename(cf.url)}:${(cf.lineNumber ?? 0) + 1}` : '';
  const key = where ? `${name} ${where}` : name;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n);
  const fileKey = cf.url ? path.basename(cf.url) : name.startsWith('(') ? name : '(native)';
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + n);
}

const rows = (m) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, n]) => ({ what: k, ms: +(n * intervalMs).toFixed(1), share: +((100 * n) / (totalSamples || 1)).toFixed(1) }));

const out = {
  file,
  sampledMs: +(totalSamples * intervalMs).toFixed(1),
  samples: totalSamples,
  functions: rows(byFunction),
  files: rows(byFile),
};
if (asJson) {
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(`${file}: ${out.samples} samples, ${out.sampledMs} ms sampled (idle left out)`);
  console.log('\nself time by function');
  for (const r of out.functions) console.log(`${String(r.share).padStart(5)} %  ${String(r.ms).padStart(8)} ms  ${r.what}`);
  console.log('\nself time by file');
  for (const r of out.files) console.log(`${String(r.share).padStart(5)} %  ${String(r.ms).padStart(8)} ms  ${r.what}`);
}
