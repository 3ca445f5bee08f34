import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { CHECKS, type ArticleEntry } from '../core';
import { figureConflicts, type FactArticle } from '../core/corpus/figureFacts';
import type { LineMap } from '../convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/**
 * `figure.corpus-mismatch`: the figures of one article that other articles of the same story give
 * with another number, as information diagnostics whose related locations are those figures.
 */
export function figureConflictDiagnostics(entry: ArticleEntry, articles: Iterable<FactArticle>, lines: LineMap, linesOf: (article: string) => LineMap | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of figureConflicts(articles, entry)) {
    const related = [];
    for (const o of c.others) {
      const l = linesOf(o.article);
      if (l) related.push({ location: { uri: o.article, range: l.range(o.start, o.end) }, message: `${o.text} ${o.thingText} here` });
    }
    out.push({
      range: lines.range(c.start, c.end),
      severity: DiagnosticSeverity.Information,
      code: CHECKS.figureCorpusMismatch.id,
      source: DIAGNOSTIC_SOURCE,
      message: c.message,
      relatedInformation: related,
    });
  }
  return out;
}
