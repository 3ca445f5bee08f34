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
