import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core';
import type { LineMap } from '../convert';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'Lekh';

/** Findings of the core as LSP diagnostics. Entity marks are never diagnostics: only problems are. */
export function toDiagnostics(findings: readonly Finding[], lines: LineMap, uri: string): Diagnostic[] {
  return findings.map((f) => ({
    range: lines.range(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    relatedInformation: f.related?.map((r) => ({ location: { uri, range: lines.range(r.start, r.end) }, message: r.message })),
  }));
}
