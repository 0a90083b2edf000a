/**
 * The editor's files in the content folder that shape the archive after
 * extraction: `_aliases.yml` (entity merges) and `_topics.yml` (custom, renamed
 * and hidden topics). They apply after the extraction cache, so editing them
 * re-runs no extraction. A broken file stops the build with its name and the problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_RULES, parseTopicRules, type TopicRules } from '../extract/topics/index.js';
import { emptyAliasRules, loadAliasRules, type AliasRules } from './alias-rules.js';

export const TOPIC_RULES_FILE = '_topics.yml';

export interface EditorRules {
  aliasRules: AliasRules;
  topicRules: TopicRules;
  /** The topic rules file, when there is one, for the build report. */
  topicRulesFile: string | null;
}

export function noEditorRules(): EditorRules {
  return { aliasRules: emptyAliasRules(), topicRules: EMPTY_RULES, topicRulesFile: null };
}

export function loadEditorRules(contentDir: string): EditorRules {
  const topicFile = join(contentDir, TOPIC_RULES_FILE);
  const hasTopics = existsSync(topicFile);
  let topicRules = EMPTY_RULES;
  if (hasTopics) {
    try {
      topicRules = parseTopicRules(readFileSync(topicFile, 'utf8'), topicFile);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(message.includes(topicFile) ? message : `${topicFile}: ${message}`);
    }
  }
  return { aliasRules: loadAliasRules(contentDir), topicRules, topicRulesFile: hasTopics ? topicFile : null };
}
