import { entityId, isEntityType, type ArticleEntry, type CorpusIndex, type Finding, type Span } from '../core';
import { CHECKS } from '../core/checks/table';
import { matchKey } from '../core/text/matchKey';
import type { WorkspaceRegister } from '../core/corpus/register';

/**
 * Entity findings of one article against the corpus and the workspace register:
 * - `entity.spelling-variant` (warning): a name written in a variant of its house spelling (the
 *   register's `house`, else its name) or of the spelling most of the corpus uses, when the two
 *   differ only in what the match key folds (nukta, chandrabindu/anusvara, half-nasals, ZWJ/ZWNJ,
 *   hyphen/space): `किम जोंग उन` where the house writes `किम जोंग-उन`. Quick fix: the house spelling.
 * - `entity.surname-first` (hint): a person named by a short form (पुतिन) before the article
 *   gives the full name (व्लादिमीर पुतिन), with the full name as related information.
 */
export function entityFindings(entry: ArticleEntry, corpus: CorpusIndex, register?: WorkspaceRegister): Finding[] {
  const out: Finding[] = [];
  const spans = entry.analysis.spans.filter((s) => isEntityType(s.type));
  for (const s of spans) {
    const key = matchKey(s.text);
    let preferred: string | undefined;
    let why = '';
    const reg = register?.findByKey(s.text);
    const house = reg ? reg.house ?? reg.name : undefined;
    if (house && !reg?.ignore && matchKey(house) === key) {
      preferred = house;
      why = 'the house spelling (.lekh/entities.json)';
    } else {
      // Spellings counted by the index as articles change: no walk over the mentions per publish.
      const counts = corpus.mentionCounts(entityId(s)).surfaces;
      const mine = counts.get(s.text) ?? 0;
      let best: string | undefined;
      let bestN = 0;
      for (const [text, n] of counts) if (text !== s.text && n > bestN && matchKey(text) === key) [best, bestN] = [text, n];
      if (best && bestN >= 3 && bestN >= 2 * mine) {
        preferred = best;
        why = `the spelling of ${bestN} of its mentions in the corpus`;
      }
    }
    if (preferred && preferred !== s.text) {
      out.push({
        code: CHECKS.entitySpellingVariant.id,
        severity: CHECKS.entitySpellingVariant.defaultSeverity,
        start: s.start,
        end: s.end,
        message: `“${s.text}” is a variant spelling of “${preferred}”, ${why}.`,
        fixes: [{ title: `Write “${preferred}”`, edits: [{ start: s.start, end: s.end, newText: preferred }] }],
      });
    }
  }
  // A short form of a person before the full name, within the article.
  const firstOf = new Map<string, Span>();
  const fullOf = new Map<string, Span>();
  const words = (t: string) => t.trim().split(/\s+/).length;
  for (const s of spans) {
    if (s.type !== 'PERSON') continue;
    const id = entityId(s);
    const first = firstOf.get(id);
    if (!first) {
      firstOf.set(id, s);
      continue;
    }
    if (!fullOf.has(id) && words(s.text) > words(first.text)) fullOf.set(id, s);
  }
  for (const [id, full] of fullOf) {
    const first = firstOf.get(id)!;
    out.push({
      code: CHECKS.entitySurnameFirst.id,
      severity: CHECKS.entitySurnameFirst.defaultSeverity,
      start: first.start,
      end: first.end,
      message: `“${first.text}” is used before the article gives the full name “${full.text}”.`,
      related: [{ start: full.start, end: full.end, message: 'the full name, first given here' }],
    });
  }
  return out;
}
