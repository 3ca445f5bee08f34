import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit } from 'vscode-languageserver';
import type { Finding } from '../core';
import { safeEdits } from '../core/checks/fix';
import type { LineMap } from '../convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** `source.fixAll.lekh`: every safe fix in the article, on save or from the Source Action menu. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.lekh`;

/** Kinds the server offers, for the `codeActionProvider` capability. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

const wants = (only: string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

/** A family of checks (`residue`) removed together: one fix clears all page residue. */
const familyOf = (code: string) => (code.startsWith('residue.') ? 'residue.' : undefined);

function toEdits(edits: { start: number; end: number; newText: string }[], lines: LineMap): TextEdit[] {
  return edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
}

/**
 * Quick fixes for the Lekh diagnostics in the request's context; for each kind with more than
 * one safe fix, one action fixing all of that kind in the article (all page residue, for the
 * residue family); and `source.fixAll.lekh`, every safe fix at once.
 */
export function codeActions(params: CodeActionParams, findings: readonly Finding[], lines: LineMap): CodeAction[] {
  const out: CodeAction[] = [];
  const uri = params.textDocument.uri;
  const only = params.context.only;
  if (wants(only, CodeActionKind.QuickFix)) {
    const offered = new Set<string>();
    for (const d of params.context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const start = lines.offset(d.range.start);
      const end = lines.offset(d.range.end);
      const f = findings.find((x) => x.code === d.code && x.start === start && x.end === end);
      if (!f?.fixes) continue;
      f.fixes.forEach((fix, i) => {
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: f.fixes!.length === 1 && i === 0,
          edit: { changes: { [uri]: toEdits(fix.edits, lines) } },
        });
      });
      if (!f.fixes.some((x) => x.safe)) continue;
      const family = familyOf(f.code);
      const key = family ?? f.code;
      if (offered.has(key)) continue;
      offered.add(key);
      const same = findings.filter((x) => (family ? x.code.startsWith(family) : x.code === f.code));
      const { edits, fixed } = safeEdits(same);
      if (fixed.length < 2) continue;
      out.push({
        title: family ? `Remove all page residue in the article (${fixed.length})` : `Fix all “${f.code}” in the article (${fixed.length})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: params.context.diagnostics.filter((x) => x.source === DIAGNOSTIC_SOURCE && typeof x.code === 'string' && (family ? x.code.startsWith(family) : x.code === f.code)),
        edit: { changes: { [uri]: toEdits(edits, lines) } },
      });
    }
  }
  if (only && wants(only, FIX_ALL_KIND) && only.some((k) => k !== CodeActionKind.QuickFix && FIX_ALL_KIND.startsWith(k))) {
    const { edits, fixed } = safeEdits(findings);
    if (fixed.length) out.push({ title: `Fix all safe Lekh problems (${fixed.length})`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: toEdits(edits, lines) } } });
  }
  return out;
}
