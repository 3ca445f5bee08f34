import { InlayHintKind, MarkupKind, type InlayHint } from 'vscode-languageserver';
import { describeDate, partialDateLabel, type ArticleEntry } from '../core';
import type { LineMap } from '../convert';

/**
 * The label of a resolved value: the date part of a known date, or what is known of a date
 * without a year (`9 Mar (year unknown)`); undefined when nothing readable is known (XXXX-XX-XX).
 */
function shown(value: string, surface: string): string | undefined {
  if (/X/.test(value)) return partialDateLabel(value, surface);
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
 * Dates without a known year show what is known (`9 Mar (year unknown)`, `a Friday`), or nothing.
 */
export function inlayHints(entry: ArticleEntry, lines: LineMap, from = 0, to = Number.MAX_SAFE_INTEGER): InlayHint[] {
  const ref = entry.analysis.referenceDate;
  const out: InlayHint[] = [];
  for (const s of entry.analysis.spans) {
    if (s.end < from) continue;
    if (s.start > to) break;
    if (s.type !== 'DATE' || !s.date?.relative) continue;
    const label = shown(s.value, s.text);
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
