import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AnnotationStore } from '../../server/src/workspace/annotationStore';
import { makeAnchor, type ArticleAnnotations, type UserAnnotation } from '../../server/src/core/annotations';

const TEXT = 'पुणे, 8 अप्रैल: महाराष्ट्र के पुणे ज़िले में लू से 14 लोग अस्पताल में भर्ती हुए।';
let root: string;
before(() => {
  root = mkdtempSync(path.join(tmpdir(), 'lekh-store-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function ann(quote: string, extra: Partial<UserAnnotation> = {}): UserAnnotation {
  const s = TEXT.indexOf(quote);
  return { id: `id${++n}`, anchor: makeAnchor(TEXT, s, s + quote.length), label: 'X', origin: 'user', created: '2026-04-08T00:00:00.000Z', modified: '2026-04-08T00:00:00.000Z', status: 'anchored', ...extra };
}
const file = (rel: string, ...anns: UserAnnotation[]): ArticleAnnotations => ({ article: rel, annotations: anns });

test('the store file sits under .lekh/annotations/ at the article path; a missing file loads empty', async () => {
  const store = new AnnotationStore(root);
  assert.equal(store.pathFor('news/पुणे.txt'), path.join(root, '.lekh', 'annotations', 'news', 'पुणे.txt.json'));
  const r = await store.load('news/पुणे.txt');
  assert.equal(r.error, undefined);
  assert.deepEqual(r.file, { article: 'news/पुणे.txt', annotations: [] });
  for (const bad of ['../x.txt', '/etc/x', 'a//b', '', 'C:/x']) assert.throws(() => store.pathFor(bad), /not a path inside the workspace/);
});

test('save writes atomically (no temporary or lock file left) and load reads it back, re-anchored', async () => {
  const store = new AnnotationStore(root);
  const a = ann('पुणे ज़िले');
  const r = await store.save('a.txt', file('a.txt', a));
  assert.ok(r.ok && r.written);
  const dir = path.join(root, '.lekh', 'annotations');
  assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('a.txt')), ['a.txt.json']);
  const again = await new AnnotationStore(root).load('a.txt', 'ताज़ा: ' + TEXT);
  assert.equal(again.file.annotations[0].anchor.start, a.anchor.start + 'ताज़ा: '.length);
  // Saving the same content does not rewrite the file.
  const same = await store.save('a.txt', file('a.txt', a));
  assert.ok(same.ok && !same.written);
});

test('a corrupt file: error with path:line:column, left untouched, never overwritten; other articles unaffected', async () => {
  const store = new AnnotationStore(root);
  await store.save('b.txt', file('b.txt', ann('लू')));
  const p = store.pathFor('b.txt');
  const broken = readFileSync(p, 'utf8').replace('"items": [', '"items": [,');
  writeFileSync(p, broken);
  const r = await store.load('b.txt');
  assert.ok(r.error);
  assert.match(r.error.message, new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: not valid JSON`));
  const refused = await store.save('b.txt', file('b.txt', ann('14 लोग')));
  assert.ok(!refused.ok);
  assert.match(refused.reason, /will not overwrite/);
  assert.equal(readFileSync(p, 'utf8'), broken, 'byte for byte untouched');
  const other = await store.save('c.txt', file('c.txt', ann('अस्पताल')));
  assert.ok(other.ok);
  // Fixed by hand: it can be written again.
  writeFileSync(p, broken.replace('"items": [,', '"items": ['));
  assert.ok((await store.save('b.txt', file('b.txt', ann('14 लोग')))).ok);
});

test('read-only (untrusted workspace): every write refused with a reason, reading works', async () => {
  const ro = new AnnotationStore(root, { readOnly: true });
  const r = await ro.save('d.txt', file('d.txt', ann('पुणे')));
  assert.ok(!r.ok);
  assert.match(r.reason, /not trusted/);
  assert.ok(!existsSync(ro.pathFor('d.txt')));
  assert.ok(!(await ro.delete('c.txt')).ok);
  assert.ok(existsSync(ro.pathFor('c.txt')));
  assert.equal((await ro.load('c.txt')).file.annotations.length, 1);
});

test('two windows on one folder keep each other’s annotations (and deletions)', async () => {
  const w1 = new AnnotationStore(root);
  const w2 = new AnnotationStore(root);
  const shared = ann('महाराष्ट्र');
  await w1.save('e.txt', file('e.txt', shared));
  const l1 = (await w1.load('e.txt')).file;
  const l2 = (await w2.load('e.txt')).file;
  const a1 = ann('पुणे');
  const a2 = ann('लू');
  assert.ok((await w1.save('e.txt', { ...l1, annotations: [...l1.annotations, a1] })).ok);
  // Window 2 has not seen a1; it adds a2 and deletes the shared one.
  const r2 = await w2.save('e.txt', { ...l2, annotations: [a2] });
  assert.ok(r2.ok);
  const final = await new AnnotationStore(root).load('e.txt');
  assert.deepEqual(final.file.annotations.map((x) => x.id).sort(), [a1.id, a2.id].sort());
});

test('a lock left by a dead process is broken; a live one makes save wait, then give up with a reason', async () => {
  const store = new AnnotationStore(root, { lockTimeoutMs: 200 });
  const p = store.pathFor('f.txt');
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(`${p}.lock`, '999999999');
  writeFileSync(`${p}.999999999.abc123.tmp`, '{"half": ');
  assert.ok((await store.save('f.txt', file('f.txt', ann('पुणे')))).ok);
  assert.ok(!existsSync(`${p}.lock`) && !existsSync(`${p}.999999999.abc123.tmp`), 'stale lock and temporary file cleaned');
  writeFileSync(`${p}.lock`, String(process.pid));
  const r = await store.save('f.txt', file('f.txt', ann('लू')));
  assert.ok(!r.ok);
  assert.match(r.reason, /another process holds/);
  rmSync(`${p}.lock`);
});

test('list, rename and delete', async () => {
  const store = new AnnotationStore(root);
  await store.save('news/x/g.txt', file('news/x/g.txt', ann('पुणे')));
  assert.ok((await store.list()).includes('news/x/g.txt'));
  assert.ok((await store.rename('news/x/g.txt', 'news/h.txt')).ok);
  const list = await store.list();
  assert.ok(list.includes('news/h.txt') && !list.includes('news/x/g.txt'));
  assert.equal((await store.load('news/h.txt')).file.article, 'news/h.txt');
  assert.ok((await store.delete('news/h.txt')).ok);
  assert.ok(!(await store.list()).includes('news/h.txt'));
  // Saving an empty file removes it rather than keeping an empty store.
  await store.save('i.txt', file('i.txt', ann('पुणे')));
  await store.save('i.txt', file('i.txt'));
  assert.ok(!existsSync(store.pathFor('i.txt')));
});

test('git merges two people’s additions to one store file cleanly (random-first ids, sorted)', async () => {
  const { spawnSync } = await import('node:child_process');
  const { serializeStore, parseStore, newAnnotationId } = await import('../../server/src/core/annotations');
  // A seeded generator, so the figure below is the same on every run.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const mk = (q: string, t: number) => ({ ...ann(q), id: newAnnotationId(1_770_000_000_000 + t, rand) });
  const dir = mkdtempSync(path.join(tmpdir(), 'lekh-merge-'));
  const quotes = ['पुणे', 'महाराष्ट्र', 'लू', '14 लोग', 'अस्पताल', 'भर्ती'];
  let clean = 0;
  const trials = 40;
  for (let t = 0; t < trials; t++) {
    const base = file('a.txt', ...Array.from({ length: 20 }, (_, i) => mk(quotes[i % quotes.length], i)));
    const mine = { ...base, annotations: [...base.annotations, mk('पुणे ज़िले', 100)] };
    const theirs = { ...base, annotations: [...base.annotations, mk('लू से', 101)] };
    const files = { base: serializeStore(base), mine: serializeStore(mine), theirs: serializeStore(theirs) };
    for (const [k, v] of Object.entries(files)) writeFileSync(path.join(dir, k), v);
    const r = spawnSync('git', ['merge-file', '-p', path.join(dir, 'mine'), path.join(dir, 'base'), path.join(dir, 'theirs')], { encoding: 'utf8' });
    if (r.status !== 0) continue;
    const merged = parseStore(r.stdout, 'merged');
    assert.ok(merged.ok, 'a clean merge is a valid store');
    assert.equal(merged.file.annotations.length, 22, 'both additions kept');
    clean++;
  }
  rmSync(dir, { recursive: true, force: true });
  if (process.env.LEKH_SHOW_FIGURES) console.log(`git merge-file: ${clean} of ${trials} merges clean`);
  // Conflicts remain when both additions fall between the same two items (or both at the end).
  assert.ok(clean >= trials * 0.85, `${clean} of ${trials} merges clean`);
});

test('two stores saving at the same moment, many times, keep every annotation', async () => {
  const w1 = new AnnotationStore(root);
  const w2 = new AnnotationStore(root);
  const add = async (w: AnnotationStore, q: string) => {
    const { file: f } = await w.load('j.txt');
    const r = await w.save('j.txt', { ...f, annotations: [...f.annotations, ann(q)] });
    assert.ok(r.ok, !r.ok ? r.reason : '');
  };
  // Each window works in order (it saves what it last loaded or saved); the two run at once.
  const window = async (w: AnnotationStore, q: string) => {
    for (let i = 0; i < 30; i++) await add(w, q);
  };
  await Promise.all([window(w1, 'पुणे'), window(w2, 'लू')]);
  const final = await new AnnotationStore(root).load('j.txt');
  assert.equal(final.file.annotations.length, 60);
  assert.equal(new Set(final.file.annotations.map((a) => a.id)).size, 60);
});
