/**
 * W3C Web Annotation JSON-LD export: the store's own format, with the automatic spans added as
 * annotations whose `lekh:origin` is `auto` and whose creator is the software. Import reads any
 * W3C annotation JSON (a collection, an array or one annotation), keeps every field Lekh knows,
 * and leaves the `auto` ones out (the analyser makes them again).
 */
import type { Span } from '../../types';
import { isEntityType } from '../../types';
import { parseW3CAnnotations, serializeStore, type StoreError } from '../store';
import { prefixOf, suffixOf } from '../anchor';
import type { ArticleAnnotations } from '../model';
import type { ExportInput } from './common';

function autoItem(text: string, article: string, s: Span, i: number): Record<string, unknown> {
  return {
    id: `urn:lekh:auto:${s.type.toLowerCase()}-${s.start}-${s.end}`,
    type: 'Annotation',
    motivation: isEntityType(s.type) ? 'classifying' : 'tagging',
    creator: { type: 'Software', name: 'Lekh' },
    body: [{ type: 'TextualBody', purpose: isEntityType(s.type) ? 'classifying' : 'tagging', value: s.type }, ...(s.value ? [{ type: 'TextualBody', purpose: 'describing', value: s.value }] : [])],
    target: {
      source: article,
      selector: [
        { type: 'TextQuoteSelector', exact: text.slice(s.start, s.end), prefix: prefixOf(text, s.start), suffix: suffixOf(text, s.end) },
        { type: 'TextPositionSelector', start: s.start, end: s.end },
      ],
    },
    'lekh:origin': 'auto',
    'lekh:index': i,
  };
}

/** The JSON-LD document of an article: the store plus (unless left out) the automatic spans. */
export function exportW3C(input: ExportInput): string {
  const doc = JSON.parse(serializeStore({ ...input.file, article: input.article })) as { items: unknown[] };
  const ignored = input.file.annotations.filter((a) => a.origin === 'ignored' && a.status === 'anchored').map((a) => a.anchor);
  const user = input.file.annotations.filter((a) => a.status === 'anchored' && a.origin !== 'ignored').map((a) => a.anchor);
  const auto = (input.auto ?? []).filter((s) => !ignored.some((g) => g.start < s.end && s.start < g.end) && !user.some((u) => u.start < s.end && s.start < u.end));
  doc.items.push(...auto.map((s, i) => autoItem(input.text, input.article, s, i)));
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Reads W3C annotations (any W3C annotation JSON); the automatic ones are counted and left out. */
export function importW3C(text: string, path: string): { ok: true; files: ArticleAnnotations[]; auto: number } | { ok: false; error: StoreError } {
  return parseW3CAnnotations(text, path);
}
