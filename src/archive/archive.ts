/** Records become the archive: dates settled across the collection, entities merged, unique ids, URLs, the entity index. */
import type { ArticleRecord } from '../types.js';
import { emptyAliasRules, type AliasRules } from './alias-rules.js';
import { resolveArchiveDates } from './dates.js';
import { buildEntityIndex } from './entity-index.js';
import { articleUrl, assignUniqueIds, compareNewestFirst } from './ids.js';
import { mergeEntities } from './merge.js';
import type { Archive, ArchiveArticle } from './types.js';

export interface ArchiveOptions {
  /** The editor's entity corrections (`_aliases.yml`). */
  aliasRules?: AliasRules;
}

export function buildArchive(records: ArticleRecord[], options: ArchiveOptions = {}): Archive {
  resolveArchiveDates(records);
  const notes = mergeEntities(records, options.aliasRules ?? emptyAliasRules());
  assignUniqueIds(records);
  const articles: ArchiveArticle[] = records.map((record) => Object.assign(record, { url: articleUrl(record) }));
  const entities = buildEntityIndex([...articles].sort(compareNewestFirst));
  articles.sort(compareNewestFirst);
  return { articles, entities, notes };
}
