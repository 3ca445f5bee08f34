/**
 * Groups the Corpus view's articles by the month of their date. Pure (no `vscode` import), so the
 * grouping is unit-tested; the caller passes the localised labels.
 */

/** The least an article needs for grouping: its reference date (`YYYY-MM-DD`, `XXXX-MM-DD`) if any. */
export interface Dated {
  date?: string;
}

/** One group of the Corpus view. */
export interface MonthGroup<T extends Dated> {
  /** `2025-09`, `XXXX-03` (month known, year not) or `undated`. */
  key: string;
  label: string;
  articles: T[];
}

export interface MonthLabels {
  /** "September 2025" for (2025, 9). */
  month(year: number, month: number): string;
  /** "March, year unknown" for 3. */
  monthOnly(month: number): string;
  undated: string;
}

const KEY = /^(\d{4}|XXXX)-(\d{2})/;

/** The group key of a date: `YYYY-MM`, `XXXX-MM`, or `undated`. */
export function monthKey(date: string | undefined): string {
  const m = date ? KEY.exec(date) : null;
  if (!m || m[2] === 'XX' || +m[2] < 1 || +m[2] > 12) return 'undated';
  return `${m[1]}-${m[2]}`;
}

/**
 * Articles grouped by month: dated months newest first, then months whose year is unknown (by
 * month, latest first), then "Undated". Articles keep their order within a group.
 */
export function groupByMonth<T extends Dated>(articles: readonly T[], labels: MonthLabels): MonthGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const a of articles) {
    const k = monthKey(a.date);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(a);
  }
  const rank = (k: string) => (k === 'undated' ? 0 : k.startsWith('XXXX') ? 1 : 2);
  return [...groups.keys()]
    .sort((a, b) => rank(b) - rank(a) || (a < b ? 1 : a > b ? -1 : 0))
    .map((key) => {
      const [y, m] = key.split('-');
      const label = key === 'undated' ? labels.undated : y === 'XXXX' ? labels.monthOnly(+m) : labels.month(+y, +m);
      return { key, label, articles: groups.get(key)! };
    });
}
