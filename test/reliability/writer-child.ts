/**
 * The process the kill test kills: saves an article's annotations through `AnnotationStore` in a
 * loop, adding annotation n+1 and removing annotation n+1-KEEP each time, and prints n after each
 * save has returned. So after a kill the file must hold exactly the annotations of the last printed
 * n, or of n+1 (saved, not yet printed).
 * With PREFIX (two writers on one file), a writer touches only the ids that begin with it.
 * Usage (bundled by kill-writer.mjs): node writer-child.js ROOT [PREFIX]
 */
import { AnnotationStore } from '../../server/src/workspace/annotationStore';
import { ARTICLE, KEEP, annotation, numberOf } from './writerState';

async function main(root: string, prefix: string): Promise<void> {
  const store = new AnnotationStore(root);
  for (;;) {
    const { file, error } = await store.load(ARTICLE);
    if (error) {
      process.stderr.write(`corrupt: ${error.message}\n`);
      process.exit(3);
    }
    const mine = file.annotations.filter((a) => numberOf(a.id, prefix) !== undefined);
    const n = mine.reduce((m, a) => Math.max(m, numberOf(a.id, prefix)!), 0) + 1;
    const annotations = file.annotations.filter((a) => !mine.includes(a) || numberOf(a.id, prefix)! > n - KEEP);
    annotations.push(annotation(n, prefix));
    const r = await store.save(ARTICLE, { ...file, annotations });
    if (!r.ok) {
      process.stderr.write(`${r.reason}\n`);
      process.exit(4);
    }
    process.stdout.write(`${n}\n`);
  }
}

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: writer ROOT\n');
  process.exit(2);
}
void main(root, process.argv[3] ?? 'w');
