/**
 * The topic model: a linear scorer over the document vector (features.ts).
 *
 *   score(t) = bias(t) + Σ_f x_f · learned(f, t) + lexiconScale · Σ_f x_f · lexicon(f, t)
 *                      + entityScale · Σ_{f in entity names} lexicon(f, t)
 *
 * `lexicon` is the hand-written prior of lexicon.ts, which all 17 topics have, so the topics
 * without training data stay reachable. `learned` exists for the 5 topics the BBC sections
 * label; it is trained against the lexicon-scored competitors and centred across the 5, so it
 * corrects the lexicon between them without shutting the other 12 out (scripts/train-topics.ts
 * writes it to model.json). Scores become confidences through a softmax; second-level topics
 * are scored by their lexicon alone and listed only under a listed parent.
 */
import { readFileSync } from 'node:fs';
import type { Topic } from '../../types.js';
import { HEADLINE_WEIGHT, phraseKey, stems, type DocumentText } from './features.js';
import { LEXICON } from './lexicon.js';
import { SUB_TOPICS, TOP_LEVEL, type SubTopic, type TopLevel } from './taxonomy.js';

/** Decision parameters, tuned by scripts/train-topics.ts and stored with the weights. */
export interface ModelParams {
  /** How much one unit of lexicon evidence is worth against the learned weights. */
  lexiconScale: number;
  /** Weight of each lexicon cue found in the article's entity names. */
  entityScale: number;
  /** Bias of the topics without training data (they have no learned bias). */
  untrainedBias: number;
  /** Softmax temperature turning scores into confidences. */
  temperature: number;
  /** Confidence a second top-level topic needs to be listed. */
  secondMin: number;
  /** Confidence a third top-level topic needs to be listed. */
  thirdMin: number;
  /** Lexicon evidence a second-level topic needs to be listed. */
  subMin: number;
  /** At most this many second-level topics per article. */
  maxSub: number;
}

/** model.json as written by scripts/train-topics.ts. */
export interface ModelFile {
  version: 1;
  /** Top-level ids that have learned weights, in the column order of `weights` and `bias`. */
  trained: string[];
  bias: number[];
  /** Feature -> one weight per trained topic (pruned, rounded). */
  weights: Record<string, number[]>;
  params: ModelParams;
  /** How the model was built and what it measured, for people reading the file. */
  meta: Record<string, string | number>;
}

const BIGRAM_SHIFT = 2 ** 21;

/** A lexicon cue: topic index and weight. */
type Cue = readonly [number, number];

/** Everything known about one feature, so scoring needs a single map lookup per feature. */
export interface FeatureEntry {
  /** Learned weights, one per trained topic (columns in CompiledModel.trainedCols). */
  learned?: Float64Array;
  /** Lexicon cues for top-level topics (including the children's cues). */
  top?: Cue[];
  /** Lexicon cues for second-level topics. */
  sub?: Cue[];
}

export interface CompiledModel {
  top: readonly TopLevel[];
  sub: readonly SubTopic[];
  /** Sub-topic index -> index of its parent in `top`. */
  subParent: Int16Array;
  /** Feature key ("word" or "word word") -> entry; for training and explanations. */
  features: Map<string, FeatureEntry>;
  /** Run-time index: unigram -> id; bigram (id1 * 2^21 + id2) -> id; id -> entry. */
  unigramId: Map<string, number>;
  bigramId: Map<number, number>;
  entries: FeatureEntry[];
  /** Scratch term frequencies by id, reused between calls (classification is synchronous). */
  tf: Float64Array;
  /** Index in `top` of each learned column. */
  trainedCols: Int32Array;
  bias: Float64Array;
  params: ModelParams;
}

/** Parses a lexicon entry: `!word, two words` -> [[key, weight]]. Exported for the tests. */
export function parseCues(entry: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const raw of entry.split(',')) {
    const t = raw.trim();
    if (!t) continue;
    const strong = t.startsWith('!');
    const key = phraseKey(strong ? t.slice(1) : t);
    if (key) out.push([key, strong ? 2 : 1]);
  }
  return out;
}

function addCue(map: Map<string, FeatureEntry>, key: string, which: 'top' | 'sub', idx: number, w: number): void {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = {}));
  const list = (entry[which] ??= []);
  const at = list.findIndex((c) => c[0] === idx);
  if (at < 0) list.push([idx, w]);
  else if ((list[at]?.[1] ?? 0) < w) list[at] = [idx, w];
}

export function compileModel(file: ModelFile, lexicon: Readonly<Record<string, string>> = LEXICON): CompiledModel {
  const top = TOP_LEVEL;
  const sub = SUB_TOPICS;
  const topIdx = new Map(top.map((t, i) => [t.id, i]));
  const subParent = new Int16Array(sub.length);
  sub.forEach((s, i) => (subParent[i] = topIdx.get(s.parent) ?? -1));

  const cols = file.trained.map((id) => {
    const i = topIdx.get(id);
    if (i === undefined) throw new Error(`topic model: unknown trained topic ${id}`);
    return i;
  });
  const features = new Map<string, FeatureEntry>();
  for (const [f, ws] of Object.entries(file.weights)) features.set(f, { learned: Float64Array.from(cols, (_, j) => ws[j] ?? 0) });
  const bias = new Float64Array(top.length).fill(file.params.untrainedBias);
  cols.forEach((c, j) => (bias[c] = file.bias[j] ?? 0));
  const trainedCols = Int32Array.from(cols);

  top.forEach((t, i) => {
    for (const [k, w] of parseCues(lexicon[t.id] ?? '')) addCue(features, k, 'top', i, w);
  });
  sub.forEach((s, i) => {
    for (const [k, w] of parseCues(lexicon[s.id] ?? '')) {
      addCue(features, k, 'sub', i, w);
      // A child's cue is evidence for its parent too.
      addCue(features, k, 'top', subParent[i] ?? 0, w);
    }
  });
  const unigramId = new Map<string, number>();
  const bigramId = new Map<number, number>();
  const entries: FeatureEntry[] = [];
  const idOf = (w: string): number => {
    let id = unigramId.get(w);
    if (id === undefined) {
      id = entries.length;
      unigramId.set(w, id);
      // A bigram's word may be unknown on its own: it gets an empty entry so the pair can be looked up.
      entries.push(features.get(w) ?? {});
    }
    return id;
  };
  for (const [key, entry] of [...features].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sp = key.indexOf(' ');
    if (sp < 0) {
      idOf(key);
      continue;
    }
    const pair = idOf(key.slice(0, sp)) * BIGRAM_SHIFT + idOf(key.slice(sp + 1));
    bigramId.set(pair, entries.length);
    entries.push(entry);
  }
  return { top, sub, subParent, features, unigramId, bigramId, entries, tf: new Float64Array(entries.length), trainedCols, bias, params: file.params };
}

export interface Scores {
  /** Raw top-level scores, one per TOP_LEVEL entry. */
  top: Float64Array;
  /** Softmax confidences of the top-level topics. */
  prob: Float64Array;
  /** Lexicon evidence per top-level topic (before scaling). */
  lex: Float64Array;
  /** Lexicon evidence per second-level topic. */
  sub: Float64Array;
}

/** A document as the model sees it: the entries of its known features and their values. */
export interface SparseDoc {
  entries: FeatureEntry[];
  values: number[];
}

/** Vector (string keys, see features.ts vectorize) -> the model's entries. */
export function sparseFromVector(model: CompiledModel, x: ReadonlyMap<string, number>): SparseDoc {
  const entries: FeatureEntry[] = [];
  const values: number[] = [];
  for (const [f, v] of x) {
    const e = model.features.get(f);
    if (e) {
      entries.push(e);
      values.push(v);
    }
  }
  return { entries, values };
}

/**
 * The fast path of features.ts `vectorize`: the same values for the features the model knows,
 * without building strings for bigrams or counting unknown features one by one.
 */
export function sparseFromText(model: CompiledModel, doc: DocumentText): SparseDoc {
  const { unigramId, bigramId, entries: all, tf } = model;
  const touched: number[] = [];
  let mass = 0;
  const add = (id: number, w: number): void => {
    if (tf[id] === 0) touched.push(id);
    tf[id] = (tf[id] as number) + w;
  };
  for (const [text, weight] of [
    [doc.headline, HEADLINE_WEIGHT],
    [doc.body, 1],
  ] as const) {
    let prev = -1; // id of the previous stem; -2 when it is unknown; -1 at a break
    for (const w of stems(text)) {
      if (w === '') {
        prev = -1;
        continue;
      }
      mass += weight;
      const id = unigramId.get(w);
      if (id !== undefined) add(id, weight);
      if (prev !== -1) {
        mass += weight;
        if (prev >= 0 && id !== undefined) {
          const bid = bigramId.get(prev * BIGRAM_SHIFT + id);
          if (bid !== undefined) add(bid, weight);
        }
      }
      prev = id ?? -2;
    }
  }
  const inv = mass > 0 ? 1 / Math.sqrt(mass) : 0;
  const entries: FeatureEntry[] = [];
  const values: number[] = [];
  for (const id of touched) {
    entries.push(all[id] as FeatureEntry);
    values.push((1 + Math.log(tf[id] as number)) * inv);
    tf[id] = 0;
  }
  return { entries, values };
}

/** Scores a document vector (and the features of its entity names, if any). */
export function score(model: CompiledModel, x: ReadonlyMap<string, number> | SparseDoc, entityFeatures?: ReadonlyMap<string, number>): Scores {
  const doc = x instanceof Map ? sparseFromVector(model, x) : (x as SparseDoc);
  const n = model.top.length;
  const cols = model.trainedCols;
  const top = new Float64Array(model.bias);
  const lex = new Float64Array(n);
  const sub = new Float64Array(model.sub.length);
  for (let j = 0; j < doc.entries.length; j++) {
    const e = doc.entries[j] as FeatureEntry;
    const v = doc.values[j] as number;
    const row = e.learned;
    if (row) {
      for (let k = 0; k < row.length; k++) {
        const i = cols[k] as number;
        top[i] = (top[i] as number) + v * (row[k] as number);
      }
    }
    if (e.top) for (const [i, w] of e.top) lex[i] = (lex[i] as number) + v * w;
    if (e.sub) for (const [i, w] of e.sub) sub[i] = (sub[i] as number) + v * w;
  }
  const { lexiconScale, entityScale, temperature } = model.params;
  if (entityFeatures) {
    for (const [f, c] of entityFeatures) {
      const cues = model.features.get(f)?.top;
      if (cues) for (const [i, w] of cues) lex[i] = (lex[i] as number) + (c * w * entityScale) / lexiconScale;
    }
  }
  for (let i = 0; i < n; i++) top[i] = (top[i] as number) + lexiconScale * (lex[i] as number);
  return { top, prob: softmax(top, temperature), lex, sub };
}

export function softmax(s: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (const v of s) max = Math.max(max, v);
  const out = new Float64Array(s.length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const e = Math.exp(((s[i] ?? 0) - max) / temperature);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / sum;
  return out;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

/** At most this many second-level topics under one top-level topic. */
const SUBS_PER_PARENT = 2;
/** A second-level topic needs this share of its best sibling's evidence. */
const SIBLING_SHARE = 0.4;

/** Indices of `values` sorted by value, highest first; ties go to the lower index (stable). */
function ranked(values: Float64Array): number[] {
  return Array.from(values.keys()).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
}

/**
 * The topics to report: 1 to 3 top-level topics (the first always; the others when their
 * confidence clears a threshold), then the second-level topics of those parents whose
 * lexicon evidence clears `subMin`, ordered by their parent's rank, then by evidence.
 */
export function decide(model: CompiledModel, s: Scores): Topic[] {
  const p = model.params;
  const order = ranked(s.prob);
  const chosen: number[] = [];
  for (const i of order.slice(0, 3)) {
    const conf = s.prob[i] ?? 0;
    const min = chosen.length === 0 ? -1 : chosen.length === 1 ? p.secondMin : p.thirdMin;
    if (conf < min) break;
    chosen.push(i);
  }
  const out: Topic[] = chosen.map((i) => {
    const t = model.top[i] as TopLevel;
    return { id: t.id, name: t.name, iptc: t.iptc, score: round(s.prob[i] ?? 0) };
  });

  // Candidates: enough evidence, a listed parent, and a fair share of the evidence of the best
  // sibling (a story about one sport is not also about the others that share a word).
  const subs: Array<{ i: number; rank: number; ev: number }> = [];
  const bestUnder = new Float64Array(chosen.length);
  s.sub.forEach((ev, i) => {
    if (ev < p.subMin) return;
    const rank = chosen.indexOf(model.subParent[i] ?? -1);
    if (rank < 0) return;
    subs.push({ i, rank, ev });
    bestUnder[rank] = Math.max(bestUnder[rank] as number, ev);
  });
  const kept = subs.filter((c) => c.ev >= SIBLING_SHARE * (bestUnder[c.rank] as number));
  kept.sort((a, b) => a.rank - b.rank || b.ev - a.ev || a.i - b.i);
  const perParent = new Int32Array(chosen.length);
  const picked = kept.filter((c) => (perParent[c.rank] = (perParent[c.rank] as number) + 1) <= SUBS_PER_PARENT);
  for (const { i, rank, ev } of picked.slice(0, p.maxSub)) {
    const t = model.sub[i] as SubTopic;
    const parentConf = s.prob[chosen[rank] ?? 0] ?? 0;
    // Confidence: the parent's, discounted until the evidence is twice the threshold.
    const conf = parentConf * Math.min(1, 0.5 + ev / (4 * p.subMin));
    out.push({ id: t.id, name: t.name, iptc: t.iptc, score: round(conf), parent: t.parent });
  }
  return out;
}

/** Reads and checks model.json; throws with the path when it is missing or malformed. */
export function readModelFile(path: string | URL): ModelFile {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isModelFile(data)) throw new Error(`topic model: ${String(path)} is not a version-1 topic model`);
  return data;
}

function isModelFile(d: unknown): d is ModelFile {
  if (typeof d !== 'object' || d === null) return false;
  const m = d as Partial<ModelFile>;
  return (
    m.version === 1 &&
    Array.isArray(m.trained) &&
    Array.isArray(m.bias) &&
    typeof m.weights === 'object' &&
    m.weights !== null &&
    typeof m.params === 'object' &&
    m.params !== null &&
    typeof m.params.lexiconScale === 'number'
  );
}

export const MODEL_URL = new URL('./model.json', import.meta.url);

let cached: CompiledModel | undefined;

/** The shipped model, loaded once on first use. */
export function defaultModel(): CompiledModel {
  cached ??= compileModel(readModelFile(MODEL_URL));
  return cached;
}
