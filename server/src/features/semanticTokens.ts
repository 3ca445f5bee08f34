import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Span, SpanType } from '../core';
import type { LineMap } from '../convert';

/** One token type per span type, in the order package.json's semanticTokenTypes lists them. */
const TYPE_NAMES: Record<SpanType, string> = {
  PERSON: 'person',
  LOCATION: 'location',
  ORGANIZATION: 'organization',
  NORP: 'norp',
  EVENT: 'event',
  DATE: 'date',
  FIGURE: 'figure',
};
const TOKEN_TYPES = Object.values(TYPE_NAMES);
/** `annotated`: the span is a user annotation (shown distinctly from the automatic ones). */
const TOKEN_MODIFIERS = ['relative', 'corpus', 'annotated'];

export const LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

const typeIndex = new Map<SpanType, number>(Object.entries(TYPE_NAMES).map(([k, v]) => [k as SpanType, TOKEN_TYPES.indexOf(v)]));

/**
 * Semantic tokens for the spans that touch [from, to). A span that crosses a line break is split
 * into one token a line, since LSP tokens cannot span lines.
 */
export function semanticTokens(spans: readonly Span[], lines: LineMap, from = 0, to = Infinity): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const s of spans) {
    if (s.end <= from) continue;
    if (s.start >= to) break;
    const type = typeIndex.get(s.type);
    if (type === undefined) continue;
    const modifiers = (s.date?.relative ? 1 : 0) | (s.source === 'corpus' ? 2 : 0) | (s.source === 'user' ? 4 : 0);
    const start = lines.position(s.start);
    const end = lines.position(s.end);
    for (let line = start.line; line <= end.line; line++) {
      const lineStart = lines.starts[line];
      const a = line === start.line ? start.character : 0;
      let b: number;
      if (line === end.line) b = end.character;
      else {
        const next = lines.starts[line + 1];
        let e = next;
        while (e > lineStart && (lines.text[e - 1] === '\n' || lines.text[e - 1] === '\r')) e--;
        b = e - lineStart;
      }
      if (b > a) builder.push(line, a, b - a, type, modifiers);
    }
  }
  return builder.build();
}
