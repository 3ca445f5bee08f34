// Shared by the figure tests: the FIGURE spans of a sentence, with its dates found against a fixed
// reference date (3 September 2025), as the pipeline does before figures.
import { tokenize } from '../../server/src/core/text/tokens';
import { findDates } from '../../server/src/core/recognize/dates';
import { findFigures } from '../../server/src/core/recognize/figures';
import type { Span } from '../../server/src/core/types';

export function figureSpans(text: string): Span[] {
  const tokens = tokenize(text);
  return findFigures(text, tokens, findDates(text, tokens, { value: '2025-09-03', source: 'override' }));
}

/** [surface, value] of each figure. */
export function figures(text: string): [string, string][] {
  return figureSpans(text).map((s) => [s.text, s.value]);
}
