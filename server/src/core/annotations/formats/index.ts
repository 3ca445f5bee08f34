/** Export and import formats: brat standoff, CoNLL BIO, JSONL (doccano/Prodigy), W3C JSON-LD. */
export { spansForExport, applyImport, companionJson, parseCompanion, CodePoints, longLabel, shortLabel } from './common';
export type { ExportInput, LabeledSpan, ImportedDoc, ImportedSpan, ImportOptions, ImportOutcome } from './common';
export { exportBrat, importBrat } from './brat';
export { exportConll, importConll } from './conll';
export { exportJsonl, importJsonlLine } from './jsonl';
export { exportW3C, importW3C } from './w3c';

/** The formats the CLI and the command palette offer. */
export const EXPORT_FORMATS = ['brat', 'conll', 'jsonl', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
