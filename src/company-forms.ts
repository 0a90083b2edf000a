/**
 * Legal company forms: one vocabulary for every stage that reads company names, from the
 * tagger's clean-up and sentence splitting (src/extract/entities) to merging across articles
 * (src/archive/merge.ts). Each stage adds the words its own job needs, where it uses them.
 */

/** The forms every stage knows, lowercase: "Acme Inc", "Acme Corporation", "Acme AG". */
export const LEGAL_FORMS: readonly string[] = ['co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'cos', 'corporation', 'incorporated', 'limited'];

/** The same abbreviated with a period ("Co.", "N.V."), as tokens keep it. */
export const DOTTED_LEGAL_FORMS: readonly string[] = ['co.', 'corp.', 'inc.', 'ltd.', 'n.v.'];
