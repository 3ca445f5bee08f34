/**
 * User annotations: the model, anchoring, live-edit shifting, the standoff store format and the
 * export/import formats. Pure: no node:*.
 */
export * from './model';
export { CONTEXT_LENGTH, makeAnchor, reanchor, reanchorAll, refreshContext, locate, snapRange, prefixOf, suffixOf } from './anchor';
export { applyEdit, applyEdits as applyAnnotationEdits, shiftAnnotation } from './shift';
export type { TextEdit } from './shift';
export { serializeStore, parseStore, parseW3CAnnotations, mergeStores, annotationToW3C, annotationFromW3C, STORE_FORMAT, W3C_CONTEXT, LEKH_NAMESPACE } from './store';
export type { StoreError, ParseResult } from './store';
export * from './formats';
export { annotationOverrides } from './overrides';
