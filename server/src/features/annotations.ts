/**
 * User annotations in the editor: their hover block, the Accept / Reject code actions on automatic
 * entities, and their shape in `lekh/annotations` answers. (How they change the spans — a user
 * entity overrides the automatic span at its place, an ignore rule removes it — is the analysis's
 * business: `AnalyzeOptions.overrides`.)
 */
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { isEntityType, USER_SPAN_SOURCE, type Span } from '../core';
import type { UserAnnotation } from '../core/annotations';
import type { LineMap } from '../convert';
import type { AnnotationInfo } from '../protocol';

/** A span that comes from a user annotation (its `source`), for the `annotated` token modifier. */
export const USER_SOURCE = USER_SPAN_SOURCE;

/** Server-side commands behind the Accept / Reject code actions (`workspace/executeCommand`). */
export const ACCEPT_ENTITY_COMMAND = 'lekh.server.acceptEntity';
export const REJECT_ENTITY_COMMAND = 'lekh.server.rejectEntity';

/** Arguments of the accept / reject commands. */
export interface EntityCommandArgs {
  uri: string;
  start: number;
  end: number;
  entityType: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The anchored annotations, sorted by start. */
function anchored(annotations: readonly UserAnnotation[]): UserAnnotation[] {
  return annotations.filter((a) => a.status === 'anchored').sort((x, y) => x.anchor.start - y.anchor.start);
}

const md = (s: string) => s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');

const ORIGIN_TEXT: Record<UserAnnotation['origin'], string> = {
  user: 'your annotation',
  accepted: 'automatic entity, accepted',
  ignored: 'automatic entity rejected (ignore rule)',
};

/** Markdown lines describing the user annotations at `offset` (empty when none). */
export function annotationHover(annotations: readonly UserAnnotation[], offset: number): string[] {
  const here = anchored(annotations).filter((a) => a.anchor.start <= offset && offset <= a.anchor.end);
  const out: string[] = [];
  for (const a of here) {
    const label = a.origin === 'ignored' ? 'not an entity' : a.entityType ?? a.label ?? 'note';
    out.push(`**Annotation** · ${md(a.anchor.exact)} — ${md(label)} (${ORIGIN_TEXT[a.origin]})`);
    if (a.label && a.entityType) out.push('', `Label: ${md(a.label)}`);
    if (a.note) out.push('', `Note: ${md(a.note)}`);
    if (a.attribution) out.push('', `Attributed to: ${md(a.attribution)}`);
    out.push('', '---', '');
  }
  return out;
}

/**
 * "Accept entity" and "Reject entity" for the automatic entity spans in `range` that no user
 * annotation covers yet: accepting makes it a user annotation (origin `accepted`), rejecting an
 * ignore rule. Only when the workspace can be written.
 */
export function annotationCodeActions(uri: string, spans: readonly Span[], annotations: readonly UserAnnotation[], lines: LineMap, range: Range, only: string[] | undefined): CodeAction[] {
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix)) return [];
  const from = lines.offset(range.start);
  const to = lines.offset(range.end);
  const list = anchored(annotations);
  const out: CodeAction[] = [];
  for (const s of spans) {
    if (s.start > to) break;
    if (s.end < from || !isEntityType(s.type) || s.source === USER_SOURCE) continue;
    if (list.some((a) => overlaps(a.anchor, s))) continue;
    const args: EntityCommandArgs = { uri, start: s.start, end: s.end, entityType: s.type };
    out.push({ title: `Accept entity “${s.text}” (${s.type}) as an annotation`, kind: CodeActionKind.QuickFix, command: { title: 'Accept entity', command: ACCEPT_ENTITY_COMMAND, arguments: [args] } });
    out.push({ title: `Reject entity “${s.text}” (not a ${s.type})`, kind: CodeActionKind.QuickFix, command: { title: 'Reject entity', command: REJECT_ENTITY_COMMAND, arguments: [args] } });
  }
  return out;
}

/** An annotation as `lekh/annotations` answers it. */
export function annotationInfo(a: UserAnnotation, uri: string, relativePath: string, lines: LineMap | undefined): AnnotationInfo {
  const valid = lines && a.anchor.end <= lines.text.length;
  const zero = { line: 0, character: 0 };
  return {
    id: a.id,
    uri,
    relativePath,
    range: valid ? lines.range(a.anchor.start, a.anchor.end) : { start: zero, end: zero },
    text: a.anchor.exact,
    ...(a.entityType ? { entityType: a.entityType } : {}),
    ...(a.label ? { label: a.label } : {}),
    ...(a.note ? { note: a.note } : {}),
    ...(a.attribution ? { attribution: a.attribution } : {}),
    origin: a.origin,
    status: a.status,
    created: a.created,
    modified: a.modified,
    preview: valid && a.status === 'anchored' ? lines.preview(a.anchor.start) : '',
  };
}
