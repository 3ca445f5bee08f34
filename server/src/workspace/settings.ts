/**
 * Lekh's settings as the server sees them: read per workspace folder through
 * `workspace/configuration`, checked, and turned into plain options with defaults filled in.
 * A broken setting never stops the server: it falls back to the default and says so.
 */

export interface CorpusSettings {
  include: string[];
  exclude: string[];
  maxFileSizeMB: number;
}

export const DEFAULT_SETTINGS: CorpusSettings = {
  include: ['**/*.txt', '**/*.article'],
  exclude: [
    '**/node_modules/**',
    '**/.git/**',
    '**/.lekh/**',
    '**/.vscode/**',
    '**/{README,LICENSE,LICENCE,CHANGELOG,NOTICE,COPYING}*',
    '**/requirements*.txt',
    '**/CMakeLists.txt',
    '**/robots.txt',
  ],
  maxFileSizeMB: 5,
};

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Turns the raw `lekh.corpus` section into settings; problems are returned as messages. */
export function readCorpusSettings(raw: unknown): { settings: CorpusSettings; problems: string[] } {
  const problems: string[] = [];
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const pick = <T>(key: keyof CorpusSettings, ok: (v: unknown) => v is T, fallback: T): T => {
    const v = r[key];
    if (v === undefined || v === null) return fallback;
    if (ok(v)) return v;
    problems.push(`Setting lekh.corpus.${key} has an invalid value (${JSON.stringify(v)}); using the default ${JSON.stringify(fallback)}.`);
    return fallback;
  };
  const include = pick('include', isStringArray, DEFAULT_SETTINGS.include);
  const exclude = pick('exclude', isStringArray, DEFAULT_SETTINGS.exclude);
  const maxFileSizeMB = pick('maxFileSizeMB', (v): v is number => typeof v === 'number' && v > 0 && Number.isFinite(v), DEFAULT_SETTINGS.maxFileSizeMB);
  return { settings: { include, exclude, maxFileSizeMB }, problems };
}

/**
 * Turns the raw `lekh.checks` setting (check id, or a family such as `residue.*`, → "error" |
 * "warning" | "information" | "hint" | "off") into severities for the analysis; unknown ids and
 * invalid values are dropped, each with a message, and those checks keep their defaults.
 */
export { readCheckSeverities as readCheckSettings } from '../core/checks';

/** `lekh.inlayHints.*` and `lekh.figures.*`: how dates and figures are shown and checked. */
export interface DateFigureSettings {
  /** `lekh.inlayHints.relativeDates`: an inlay hint after each relative date with the date it resolves to. */
  relativeDateHints: boolean;
  /** `lekh.figures.grouping`: the house style for digit grouping. */
  grouping: 'indian' | 'international' | 'any';
}

export const DEFAULT_DATE_FIGURE_SETTINGS: DateFigureSettings = { relativeDateHints: true, grouping: 'any' };

/** Turns the raw `lekh.inlayHints` and `lekh.figures` sections into settings; problems are returned as messages. */
export function readDateFigureSettings(inlayHints: unknown, figures: unknown): { settings: DateFigureSettings; problems: string[] } {
  const problems: string[] = [];
  const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  let relativeDateHints = DEFAULT_DATE_FIGURE_SETTINGS.relativeDateHints;
  const h = obj(inlayHints).relativeDates;
  if (typeof h === 'boolean') relativeDateHints = h;
  else if (h !== undefined && h !== null) problems.push(`Setting lekh.inlayHints.relativeDates has an invalid value (${JSON.stringify(h)}); using the default true.`);
  let grouping = DEFAULT_DATE_FIGURE_SETTINGS.grouping;
  const g = obj(figures).grouping;
  if (g === 'indian' || g === 'international' || g === 'any') grouping = g;
  else if (g !== undefined && g !== null) problems.push(`Setting lekh.figures.grouping has an invalid value (${JSON.stringify(g)}); use "indian", "international" or "any". Using "any".`);
  return { settings: { relativeDateHints, grouping }, problems };
}
