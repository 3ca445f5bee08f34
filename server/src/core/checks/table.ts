import type { Severity } from '../types';

/** One entry of the check catalogue: every diagnostic Lekh reports has exactly one. */
export interface CheckInfo {
  /** Dotted id, shown as the diagnostic's code and used in settings. */
  id: string;
  defaultSeverity: Severity;
  /** One sentence for documentation and settings descriptions. */
  description: string;
}

/**
 * The catalogue of checks (the vscode-css-languageservice `lintRules` pattern): one table,
 * one file a check. Messages are built by each check; the table names and grades them.
 */
export const CHECKS = {
  doubleVowelSign: {
    id: 'devanagari.double-vowel-sign',
    defaultSeverity: 'error',
    description: 'Two dependent vowel signs (matras) in a row, as in रूीसी: no Hindi word is spelt so.',
  },
  vowelSignAtWordStart: {
    id: 'devanagari.vowel-sign-at-word-start',
    defaultSeverity: 'error',
    description: 'A dependent vowel sign or virama that begins a word, with no consonant to attach to.',
  },
  invalidNukta: {
    id: 'devanagari.invalid-nukta',
    defaultSeverity: 'warning',
    description: 'A nukta (◌़) on a letter that takes none in Hindi (स़, ी़); only क ख ग ज ड ढ फ य take one.',
  },
  doubledSign: {
    id: 'devanagari.doubled-sign',
    defaultSeverity: 'error',
    description: 'The same virama (◌्) or nukta (◌़) twice in a row.',
  },
  strayJoiner: {
    id: 'devanagari.stray-joiner',
    defaultSeverity: 'warning',
    description: 'An invisible ZWJ/ZWNJ where it joins nothing (anywhere but after a virama or in eyelash र‍्).',
  },
  mixedScript: {
    id: 'devanagari.mixed-script',
    defaultSeverity: 'warning',
    description: 'Latin letters inside a Devanagari word (सरकाrर, GDPके).',
  },
  mixedDigits: {
    id: 'devanagari.mixed-digits',
    defaultSeverity: 'warning',
    description: 'One number written with both Devanagari (०–९) and ASCII (0–9) digits.',
  },
  doubledWord: {
    id: 'devanagari.doubled-word',
    defaultSeverity: 'warning',
    description: 'A word that is never repeated on purpose written twice in a row (के के, the the).',
  },
  boilerplateLine: {
    id: 'residue.boilerplate',
    defaultSeverity: 'warning',
    description: 'A line of website furniture (Loading..., Related posts, Tags:, ये भी पढ़ें, टॉप हेडलाइंस) left by scraping.',
  },
  image: {
    id: 'residue.image',
    defaultSeverity: 'warning',
    description: 'A markdown image copied with the text.',
  },
  bareLink: {
    id: 'residue.bare-link',
    defaultSeverity: 'warning',
    description: 'A line that is only a link: a share or navigation link from the page.',
  },
  tagList: {
    id: 'residue.tag-list',
    defaultSeverity: 'warning',
    description: 'The page’s tags run together into one line (Ukraine warMilitary Cooperation…).',
  },
  gluedByline: {
    id: 'residue.glued-byline',
    defaultSeverity: 'warning',
    description: 'A byline or site name with its logo’s letter glued on (Dainik HawkD).',
  },
  repeatedParagraph: {
    id: 'residue.repeated-paragraph',
    defaultSeverity: 'warning',
    description: 'The headline or a paragraph repeated word for word.',
  },
  unbalancedQuotes: {
    id: 'consistency.unbalanced-quotes',
    defaultSeverity: 'warning',
    description: 'Quotation marks that do not balance within a paragraph.',
  },
  dateContradiction: {
    id: 'consistency.date-contradiction',
    defaultSeverity: 'warning',
    description: 'The article’s dateline and a date line of the page (or two date lines) name different days.',
  },
  weekdayMismatch: {
    id: 'date.weekday-mismatch',
    defaultSeverity: 'warning',
    description: 'A weekday written beside a date falls on another day of the week.',
  },
  noReferenceDate: {
    id: 'date.no-reference-date',
    defaultSeverity: 'information',
    description: 'The article has relative dates (आज, बुधवार, पिछले साल) but no date of its own to resolve them against.',
  },
  dateAfterArticle: {
    id: 'date.after-article-date',
    defaultSeverity: 'warning',
    description: 'A date later than the article’s own date, told in the past tense (… 15 सितंबर 2025 को हुआ था in an article of 3 September 2025).',
  },
  figureGrouping: {
    id: 'figure.grouping',
    defaultSeverity: 'information',
    description: 'A number grouped against the house style (lekh.figures.grouping: 12,50,000 Indian, 1,250,000 international), or both styles mixed in one article.',
  },
  figureCorpusMismatch: {
    id: 'figure.corpus-mismatch',
    defaultSeverity: 'information',
    description: 'The same quantity of the same thing (लोगों की मौत, घायल) reported with a different number in another article of the same story.',
  },
  entitySpellingVariant: {
    id: 'entity.spelling-variant',
    defaultSeverity: 'warning',
    description: 'A name written in a variant of its house spelling (.lekh/entities.json) or of the spelling most of the corpus uses, differing only in nukta, nasal signs, joiners or a hyphen (किम जोंग उन for किम जोंग-उन).',
  },
  entitySurnameFirst: {
    id: 'entity.surname-first',
    defaultSeverity: 'hint',
    description: 'A person named by a short form (पुतिन) before the article gives the full name (व्लादिमीर पुतिन).',
  },
} as const satisfies Record<string, CheckInfo>;

export type CheckId = (typeof CHECKS)[keyof typeof CHECKS]['id'];

/** A check's severity as configured: one of the four, or `off`. */
export type CheckSetting = Severity | 'off';

/** All checks, in catalogue order. */
export const ALL_CHECKS: readonly CheckInfo[] = Object.values(CHECKS);
