// The benchmark's input and its floor: the external Hindi corpus (never copied into the repo),
// cut into article-sized texts, and one regex word pass over the same text.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';

/** The floor every figure is compared with: one regex word pass, counting matches. */
export function floorPass(texts) {
  const t = performance.now();
  let words = 0;
  for (const a of texts) {
    const re = /[\p{L}\p{M}\p{N}]+/gu;
    while (re.exec(a)) words++;
  }
  return { ms: performance.now() - t, words };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[(s.length - 1) >> 1] : NaN;
};
/** Nearest-rank percentile. */
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
export const utf8Bytes = (s) => Buffer.byteLength(s);

/** Runs `fn` `n` times (after one warm-up) and returns the run with the median `ms`. */
export function medianRun(fn, n = 3) {
  fn();
  const runs = Array.from({ length: n }, fn).sort((a, b) => a.ms - b.ms);
  return runs[(n - 1) >> 1];
}

/**
 * Loads the corpus: its files, its non-empty lines, and article-sized chunks (~3,000 characters
 * of consecutive lines, as the first version of this benchmark cut them).
 */
export function loadCorpus(dir) {
  if (!existsSync(dir)) throw new Error(`no corpus at ${dir}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const articles = [];
  const lines = [];
  let bytes = 0;
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    bytes += utf8Bytes(text);
    let chunk = [];
    let len = 0;
    for (const line of text.split('\n')) {
      chunk.push(line);
      len += line.length;
      if (line.trim()) lines.push(line.trim());
      if (len > 3000) {
        articles.push(chunk.join('\n'));
        chunk = [];
        len = 0;
      }
    }
    if (chunk.length) articles.push(chunk.join('\n'));
  }
  return { dir, files, bytes, articles, lines };
}

const MONTHS = ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
const PLACES = ['नई दिल्ली', 'मुंबई', 'लखनऊ', 'पटना', 'जयपुर', 'भोपाल', 'कोलकाता', 'चेन्नई'];

/**
 * Article `k` of a generated workspace: a headline, a dateline of our own, then corpus lines from
 * a position that depends on `k` until the article holds `targetBytes` (UTF-8). Every article
 * differs, so a content-hashed cache cannot share entries between them.
 */
export function makeArticle(lines, k, targetBytes = 3000) {
  const n = lines.length;
  let at = (k * 7919 + 13) % n;
  const head = lines[at];
  at = (at + 1) % n;
  const dateline = `${PLACES[k % PLACES.length]}, ${1 + (k % 28)} ${MONTHS[k % 12]} ${2020 + (k % 6)}: `;
  let body = dateline;
  let bytes = utf8Bytes(head) + utf8Bytes(dateline) + 2;
  let sentences = 0;
  while (bytes < targetBytes) {
    const l = lines[at];
    at = (at + 1) % n;
    const sep = sentences > 0 && sentences % 4 === 0 ? '\n\n' : sentences > 0 ? ' ' : '';
    body += sep + l;
    bytes += utf8Bytes(l) + sep.length;
    sentences++;
  }
  return `${head}\n\n${body}\n`;
}
