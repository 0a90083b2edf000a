export { buildArchive } from './archive.js';
export { loadEditorRules, noEditorRules, TOPIC_RULES_FILE, type EditorRules } from './editor-rules.js';
export { buildEntityIndex } from './entity-index.js';
export { assignUniqueIds, articleUrl, articleSlug, compareNewestFirst, compareOldestFirst } from './ids.js';
export { resolveArchiveDates } from './dates.js';
export { mergeEntities, foldName, skeleton, acronym, withoutLegalForm } from './merge.js';
export { reconcileKinds } from './kinds.js';
export { loadAliasRules, parseAliasRules, emptyAliasRules, ALIAS_FILE, type AliasRules } from './alias-rules.js';
export { ENTITY_KINDS, type Archive, type ArchiveArticle, type EntityEntry, type EntityKind } from './types.js';
