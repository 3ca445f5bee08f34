import { InlayHintKind, MarkupKind, type InlayHint } from 'vscode-languageserver';
import { describeDate, type ArticleEntry } from '../core';
import type { LineMap } from '../convert';

/** The date part of a resolved value, or undefined when it has no known year (XXXX…). */
function shown(value: string): string | undefined {
  if (/X/.test(value)) return undefined;
  const [a, b] = value.split('/');
  const part = (v: string) => (/^T/.test(v) ? undefined : v.replace(/T(MO|AF|EV|NI)$/, ''));
  const pa = part(a);
  if (!pa) return undefined;
  if (b === undefined) return pa;
  const pb = part(b);
  return pb ? `${pa} – ${pb}` : pa;
}

/**
 * One hint after each relative date (आज, बुधवार, पिछले साल, 3 दिन पहले) with the date it resolves
 * to against the article's date (`बुधवार` → `2025-09-03`), for the spans between `from` and `to`.
 * Dates without a known year get none: there is nothing to show.
 */
export function inlayHints(entry: ArticleEntry, lines: LineMap, from = 0, to = Number.MAX_SAFE_INTEGER): InlayHint[] {
  const ref = entry.analysis.referenceDate;
  const out: InlayHint[] = [];
  for (const s of entry.analysis.spans) {
    if (s.end < from) continue;
    if (s.start > to) break;
    if (s.type !== 'DATE' || !s.date?.relative) continue;
    const label = shown(s.value);
    if (!label) continue;
    const lines2 = describeDate(s.value, ref);
    out.push({
      position: lines.position(s.end),
      label: `→ ${label}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: [`\`${s.value}\``, ...lines2, ref ? `resolved against the article's date ${ref.value} (${ref.source})` : ''].filter(Boolean).join('\n\n') },
    });
  }
  return out;
}
