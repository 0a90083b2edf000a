/** Records become the archive: dates settled across the collection, entities merged, unique ids, URLs, the entity index. */
import type { ArticleRecord } from '../types.js';
import { applyTopicRules } from '../extract/topics/index.js';
import { noEditorRules, type EditorRules } from './editor-rules.js';
import { resolveArchiveDates } from './dates.js';
import { buildEntityIndex } from './entity-index.js';
import { articleUrl, assignUniqueIds, compareNewestFirst } from './ids.js';
import { reconcileKinds } from './kinds.js';
import { mergeEntities } from './merge.js';
import { resolveShortNames } from './short-names.js';
import type { Archive, ArchiveArticle } from './types.js';

export function buildArchive(records: ArticleRecord[], rules: EditorRules = noEditorRules()): Archive {
  resolveArchiveDates(records);
  const retyped = reconcileKinds(records);
  const shortNames = resolveShortNames(records, rules.aliasRules);
  const notes = mergeEntities(records, rules.aliasRules);
  const mentions = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;
  if (retyped.companies > 0) notes.push(`moved ${mentions(retyped.companies)} of companies from people to organizations (each named with its legal form, e.g. "Corp")`);
  if (retyped.byVote > 0) notes.push(`moved ${mentions(retyped.byVote)} from people to organizations or places (names the archive gives that kind at least twice as often)`);
  const { surnames, acronyms } = shortNames;
  if (surnames > 0) notes.push(`gave ${surnames} bare surname${surnames === 1 ? '' : 's'} that several people share to the one their article's other names point to`);
  if (acronyms > 0) notes.push(`gave ${acronyms} acronym${acronyms === 1 ? '' : 's'} that several organizations share to the one their article's other names point to`);
  if (rules.topicRulesFile) {
    let changed = 0;
    for (const record of records) {
      if (record.topicsSource !== 'classifier') continue;
      const before = JSON.stringify(record.topics);
      record.topics = applyTopicRules(record.topics, `${record.headline}\n${record.body}`, rules.topicRules);
      if (JSON.stringify(record.topics) !== before) changed++;
    }
    notes.push(`${rules.topicRulesFile}: changed the topics of ${changed} article${changed === 1 ? '' : 's'}`);
  }
  assignUniqueIds(records);
  const articles: ArchiveArticle[] = records.map((record) => Object.assign(record, { url: articleUrl(record) }));
  const entities = buildEntityIndex([...articles].sort(compareNewestFirst));
  articles.sort(compareNewestFirst);
  return { articles, entities, notes };
}
