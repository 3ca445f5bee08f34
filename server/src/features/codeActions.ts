import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { Finding } from '../core';
import type { LineMap } from '../convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** Quick fixes for the Lekh diagnostics in the request's context. */
export function codeActions(params: CodeActionParams, findings: readonly Finding[], lines: LineMap): CodeAction[] {
  const out: CodeAction[] = [];
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
        edit: {
          changes: {
            [params.textDocument.uri]: fix.edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText })),
          },
        },
      });
    });
  }
  return out;
}
