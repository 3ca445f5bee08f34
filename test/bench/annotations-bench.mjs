// What user annotations cost the language server while typing: an article made of the sample
// corpus (our own writing) with many annotations, edited one keystroke at a time over LSP; each
// keystroke is followed by the requests an editor sends (semantic tokens, lekh/annotations).
// Prints figures; asserts nothing (timing goals live here, not in tests).
// Usage: npm run -s build && node test/bench/annotations-bench.mjs [annotations=500] [keystrokes=200]
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient, uriOf } from '../lsp/client.mjs';
import { median, percentile } from './corpus.mjs';

const N = Number(process.argv[2] ?? 500);
const KEYS = Number(process.argv[3] ?? 200);
const sampleDir = new URL('../../sample/', import.meta.url);
const parts = readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, sampleDir), 'utf8'));
let text = '';
while (text.length < 50_000) text += parts.join('\n\n');

const dir = mkdtempSync(path.join(tmpdir(), 'lekh-ann-bench-'));
const file = path.join(dir, 'long.txt');
writeFileSync(file, text);
const uri = uriOf(file);
const client = new TestClient();
try {
  await client.start(dir);
  await client.ready();
  client.open(uri, text);
  // N annotations on words spread over the text
  const words = [...text.matchAll(/[\p{L}\p{M}]{4,}/gu)];
  const step = Math.max(1, Math.floor(words.length / N));
  const lineOf = (offset) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - before.lastIndexOf('\n') - 1 };
  };
  let t = performance.now();
  for (let i = 0, n = 0; i < words.length && n < N; i += step, n++) {
    const m = words[i];
    await client.request('lekh/annotate', { uri, range: { start: lineOf(m.index), end: lineOf(m.index + m[0].length) }, label: 'BENCH' });
  }
  const annotateMs = (performance.now() - t) / N;
  // keystrokes near the start: every annotation after it shifts
  const keyMs = [];
  let version = 2;
  for (let k = 0; k < KEYS; k++) {
    t = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'क' }] });
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    keyMs.push(performance.now() - t);
  }
  t = performance.now();
  const listed = await client.request('lekh/annotations', { uri });
  const listMs = performance.now() - t;
  const placed = listed[0].annotations.filter((a) => a.status === 'anchored').length;
  console.log(`article ${text.length} UTF-16 code units, ${N} annotations`);
  console.log(`lekh/annotate: ${annotateMs.toFixed(1)} ms each (mean over ${N}, the debounced save included in the wall time)`);
  console.log(`keystroke + semantic tokens: median ${median(keyMs).toFixed(1)} ms, p95 ${percentile(keyMs, 95).toFixed(1)} ms over ${KEYS}`);
  console.log(`lekh/annotations for the article: ${listMs.toFixed(1)} ms; ${placed}/${listed[0].annotations.length} anchored after ${KEYS} keystrokes`);
} finally {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
}
