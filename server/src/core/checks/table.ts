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
} as const satisfies Record<string, CheckInfo>;

export type CheckId = (typeof CHECKS)[keyof typeof CHECKS]['id'];

/** All checks, in catalogue order. */
export const ALL_CHECKS: readonly CheckInfo[] = Object.values(CHECKS);
