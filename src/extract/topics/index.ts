/**
 * Topics in the IPTC Media Topics taxonomy (issue 5).
 *
 * `classifyTopics` returns 1 to 3 ranked top-level topics (topics[0] is the article's main
 * subject), followed by second-level topics of those parents when their cues are strong
 * enough; a second-level topic carries `parent` = the id of its top-level topic.
 * `explainTopics` says why, feature by feature. Editors' rules (content/_topics.yml) are
 * parsed and applied by `parseTopicRules` / `applyTopicRules` (rules.ts).
 */
import type { Topic } from '../../types.js';
import { countFeatures, vectorize } from './features.js';
import { decide, defaultModel, entityFeatureIds, score, sparseFromText, sparseFromVector, type CompiledModel } from './classifier.js';

export { applyTopicRules, parseTopicRules, EMPTY_RULES, TopicRulesError, type TopicRules, type CustomTopicRule } from './rules.js';
export { TOP_LEVEL, SUB_TOPICS, TOPIC_BY_ID, slugify } from './taxonomy.js';

export interface TopicInput {
  headline: string;
  body: string;
  people?: string[];
  places?: string[];
  organizations?: string[];
  /** A model other than the shipped one (tests, experiments). */
  model?: CompiledModel;
}

/** Features of the entity names: "NATO", "Premier League", "NHS" are lexicon cues. */
function entityFeatures(input: TopicInput): Map<string, number> | undefined {
  const names = [...(input.people ?? []), ...(input.places ?? []), ...(input.organizations ?? [])];
  if (names.length === 0) return undefined;
  const counts = new Map<string, number>();
  // Presence, not frequency: the tagger's lists have one entry per entity.
  for (const n of names) countFeatures(n, counts);
  return counts;
}

export function classifyTopics(input: TopicInput): Topic[] {
  const model = input.model ?? defaultModel();
  const doc = sparseFromText(model, input);
  const { people, places, organizations } = input;
  const hasNames = !!(people?.length || places?.length || organizations?.length);
  // No known word and no entity: nothing to say, rather than the model's prior.
  if (doc.ids.length === 0 && !hasNames) return [];
  const ents = hasNames ? entityFeatureIds(model, [...(people ?? []), ...(places ?? []), ...(organizations ?? [])]) : undefined;
  return decide(model, score(model, doc, ents));
}

export interface TopicEvidence {
  /** The feature: a word stem, a two-word phrase, or `entity:<stem>`. */
  feature: string;
  /** Where the weight comes from: the trained model or the hand-written lexicon. */
  source: 'model' | 'lexicon' | 'entity';
  /** Contribution to the topic's score (feature value × weight × scale). */
  weight: number;
}

export interface TopicExplanation {
  topic: Topic;
  /** Raw score before the softmax (top-level topics) or lexicon evidence (second-level). */
  raw: number;
  /** The largest contributions, highest first. */
  evidence: TopicEvidence[];
}

const r3 = (v: number): number => Math.round(v * 1000) / 1000;

/** Why each topic was chosen: the top `limit` contributing features per topic. */
export function explainTopics(input: TopicInput, limit = 8): TopicExplanation[] {
  const model = input.model ?? defaultModel();
  const x = vectorize(input);
  const ents = entityFeatures(input);
  if (sparseFromVector(model, x).ids.length === 0 && !ents) return [];
  const s = score(model, x, ents);
  const { lexiconScale, entityScale } = model.params;
  return decide(model, s).map((topic) => {
    const evidence: TopicEvidence[] = [];
    if (topic.parent === undefined) {
      const i = model.top.findIndex((t) => t.id === topic.id);
      for (const [f, v] of x) {
        const col = model.trainedCols.indexOf(i);
        const learned = col >= 0 ? (model.features.get(f)?.learned?.[col] ?? 0) : 0;
        if (learned !== 0) evidence.push({ feature: f, source: 'model', weight: v * learned });
        const cue = model.features.get(f)?.top?.find((c) => c[0] === i);
        if (cue) evidence.push({ feature: f, source: 'lexicon', weight: v * cue[1] * lexiconScale });
      }
      for (const [f, c] of ents ?? []) {
        const cue = model.features.get(f)?.top?.find((q) => q[0] === i);
        if (cue) evidence.push({ feature: `entity:${f}`, source: 'entity', weight: c * cue[1] * entityScale });
      }
      evidence.sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature));
      return { topic, raw: r3(s.top[i] ?? 0), evidence: evidence.slice(0, limit).map((e) => ({ ...e, weight: r3(e.weight) })) };
    }
    const i = model.sub.findIndex((t) => t.id === topic.id);
    for (const [f, v] of x) {
      const cue = model.features.get(f)?.sub?.find((c) => c[0] === i);
      if (cue) evidence.push({ feature: f, source: 'lexicon', weight: v * cue[1] });
    }
    evidence.sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature));
    return { topic, raw: r3(s.sub[i] ?? 0), evidence: evidence.slice(0, limit).map((e) => ({ ...e, weight: r3(e.weight) })) };
  });
}
