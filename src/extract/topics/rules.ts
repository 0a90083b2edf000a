/**
 * Editors' topic rules: a YAML file in the content folder (`content/_topics.yml`) that adds
 * custom topics with keyword rules, renames built-in topics, or hides them. Pure functions:
 * the build reads the file and calls `parseTopicRules` once, then `applyTopicRules` on each
 * article's classified topics. (Front-matter `topics` override all of this, elsewhere.)
 *
 * File format (every key optional):
 *
 *   # Custom topics, listed when their keywords occur often enough in headline + body.
 *   topics:
 *     - name: Brexit                  # display name (required)
 *       id: brexit                    # default: slug of the name
 *       parent: politics              # id of a top-level topic (built-in or custom): makes it
 *                                     # second-level, listed only when that parent is listed
 *       iptc: medtop:20000621         # default: none (null)
 *       keywords: [brexit, article 50, withdrawal agreement]   # required; words or phrases,
 *                                     # case-insensitive, whole words
 *       min: 2                        # keyword occurrences needed (default 2)
 *       score: 0.9                    # reported confidence (default 0.5 + 0.1 per occurrence, max 0.95)
 *   # Display names for built-in topics, by id (the id and IPTC code stay).
 *   rename:
 *     economy-business-and-finance: business
 *   # Built-in or custom topic ids never to list; hiding a top-level topic hides its children.
 *   hide: [human-interest]
 *
 * Placement: a matched custom top-level topic is ranked among the top-level topics by its
 * score (so it can become topics[0]); at most 3 top-level topics are kept, custom ones first
 * to survive; second-level topics follow, custom ones after the built-in children of the
 * same parent. Invalid files raise a TopicRulesError naming the problem.
 */
import { load } from 'js-yaml';
import type { Topic } from '../../types.js';
import { slugify, TOP_LEVEL, TOPIC_BY_ID } from './taxonomy.js';

export interface CustomTopicRule {
  id: string;
  name: string;
  parent?: string;
  iptc: string | null;
  keywords: string[];
  min: number;
  score?: number;
  /** The keywords compiled into one case-insensitive, whole-word pattern. */
  pattern: RegExp;
}

export interface TopicRules {
  topics: CustomTopicRule[];
  rename: Record<string, string>;
  hide: string[];
}

export class TopicRulesError extends Error {
  override name = 'TopicRulesError';
}

export const EMPTY_RULES: TopicRules = { topics: [], rename: {}, hide: [] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function keywordPattern(keywords: string[]): RegExp {
  const alts = keywords.map((k) =>
    k
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function str(v: unknown, where: string): string {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  throw new TopicRulesError(`${where}: expected a non-empty string`);
}

/** Parses the YAML text of a rules file; an empty file means no rules. */
export function parseTopicRules(yamlText: string, source = '_topics.yml'): TopicRules {
  // An empty file (or one with only comments) means no rules; js-yaml rejects an empty document.
  if (!yamlText.replace(/#[^\n]*/g, '').trim()) return { topics: [], rename: {}, hide: [] };
  let data: unknown;
  try {
    data = load(yamlText);
  } catch (e) {
    throw new TopicRulesError(`${source}: not valid YAML (${e instanceof Error ? e.message : String(e)})`);
  }
  if (data === undefined || data === null) return { topics: [], rename: {}, hide: [] };
  if (!isRecord(data)) throw new TopicRulesError(`${source}: expected a mapping with topics, rename and hide`);
  for (const key of Object.keys(data)) {
    if (!['topics', 'rename', 'hide'].includes(key)) throw new TopicRulesError(`${source}: unknown key "${key}" (expected topics, rename, hide)`);
  }

  const topics: CustomTopicRule[] = [];
  const rawTopics = data['topics'] ?? [];
  if (!Array.isArray(rawTopics)) throw new TopicRulesError(`${source}: topics must be a list`);
  rawTopics.forEach((t: unknown, n) => {
    const where = `${source}: topics[${n}]`;
    if (!isRecord(t)) throw new TopicRulesError(`${where}: expected a mapping`);
    const name = str(t['name'], `${where}.name`);
    const id = t['id'] === undefined ? slugify(name) : slugify(str(t['id'], `${where}.id`));
    if (!id) throw new TopicRulesError(`${where}: the name gives an empty id`);
    if (TOPIC_BY_ID.has(id)) throw new TopicRulesError(`${where}: id "${id}" is a built-in topic (use rename)`);
    if (topics.some((c) => c.id === id)) throw new TopicRulesError(`${where}: duplicate id "${id}"`);
    const kw = t['keywords'];
    const keywords = (Array.isArray(kw) ? kw : typeof kw === 'string' ? [kw] : []).map((k: unknown, i) => str(k, `${where}.keywords[${i}]`));
    if (keywords.length === 0) throw new TopicRulesError(`${where}: keywords must list at least one word or phrase`);
    const min = t['min'] === undefined ? 2 : Number(t['min']);
    if (!Number.isInteger(min) || min < 1) throw new TopicRulesError(`${where}.min: expected a whole number >= 1`);
    const rule: CustomTopicRule = { id, name, iptc: null, keywords, min, pattern: keywordPattern(keywords) };
    if (t['iptc'] !== undefined && t['iptc'] !== null) {
      const code = str(t['iptc'], `${where}.iptc`);
      if (!/^medtop:\d{8}$/.test(code)) throw new TopicRulesError(`${where}.iptc: expected medtop:NNNNNNNN`);
      rule.iptc = code;
    }
    if (t['parent'] !== undefined) rule.parent = str(t['parent'], `${where}.parent`);
    if (t['score'] !== undefined) {
      const s = Number(t['score']);
      if (!(s >= 0 && s <= 1)) throw new TopicRulesError(`${where}.score: expected a number from 0 to 1`);
      rule.score = s;
    }
    topics.push(rule);
  });
  const topIds = new Set([...TOP_LEVEL.map((t) => t.id), ...topics.filter((t) => !t.parent).map((t) => t.id)]);
  for (const t of topics) {
    if (t.parent !== undefined && !topIds.has(t.parent)) {
      throw new TopicRulesError(`${source}: topic "${t.id}" has parent "${t.parent}", which is not a top-level topic id`);
    }
  }

  const rename: Record<string, string> = {};
  const rawRename = data['rename'] ?? {};
  if (!isRecord(rawRename)) throw new TopicRulesError(`${source}: rename must map topic ids to names`);
  for (const [id, name] of Object.entries(rawRename)) {
    if (!TOPIC_BY_ID.has(id)) throw new TopicRulesError(`${source}: rename: "${id}" is not a built-in topic id`);
    rename[id] = str(name, `${source}: rename.${id}`);
  }

  const rawHide = data['hide'] ?? [];
  const hideList = Array.isArray(rawHide) ? rawHide : [rawHide];
  const hide = hideList.map((h: unknown, i) => str(h, `${source}: hide[${i}]`));
  for (const id of hide) {
    if (!TOPIC_BY_ID.has(id) && !topics.some((t) => t.id === id)) throw new TopicRulesError(`${source}: hide: "${id}" is not a topic id`);
  }
  return { topics, rename, hide };
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/**
 * Applies the rules to one article's classified topics. `text` is what the keywords are
 * matched against (headline and body). Returns a new list; the input is not changed.
 */
export function applyTopicRules(topics: readonly Topic[], text: string, rules: TopicRules): Topic[] {
  const hidden = new Set(rules.hide);
  const top: Array<Topic & { custom?: boolean }> = [];
  const sub: Array<Topic & { custom?: boolean }> = [];
  for (const t of topics) {
    if (hidden.has(t.id) || (t.parent !== undefined && hidden.has(t.parent))) continue;
    const renamed = rules.rename[t.id];
    const copy = renamed ? { ...t, name: renamed } : { ...t };
    (t.parent === undefined ? top : sub).push(copy);
  }
  for (const rule of rules.topics) {
    if (hidden.has(rule.id) || (rule.parent !== undefined && hidden.has(rule.parent))) continue;
    const hits = countMatches(rule.pattern, text);
    if (hits < rule.min) continue;
    const score = rule.score ?? Math.min(0.95, 0.5 + 0.1 * hits);
    const t: Topic & { custom?: boolean } = { id: rule.id, name: rule.name, iptc: rule.iptc, score, custom: true };
    if (rule.parent !== undefined) sub.push({ ...t, parent: rule.parent });
    else top.push(t);
  }
  // Custom topics first among equals so that trimming to 3 drops a built-in one.
  top.sort((a, b) => b.score - a.score || Number(b.custom ?? false) - Number(a.custom ?? false));
  const keptTop: Array<Topic & { custom?: boolean }> = [];
  for (const t of top) if (keptTop.length < 3 || t.custom) keptTop.push(t);
  while (keptTop.length > 3) {
    const drop = keptTop.map((t) => !t.custom).lastIndexOf(true);
    if (drop < 0) break;
    keptTop.splice(drop, 1);
  }
  const rank = new Map(keptTop.map((t, i) => [t.id, i]));
  const keptSub = sub
    .filter((t) => rank.has(t.parent ?? ''))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (rank.get(a.t.parent ?? '') ?? 0) - (rank.get(b.t.parent ?? '') ?? 0) || Number(a.t.custom ?? false) - Number(b.t.custom ?? false) || a.i - b.i)
    .map(({ t }) => t);
  return [...keptTop, ...keptSub].map(({ custom: _custom, ...t }) => t);
}
