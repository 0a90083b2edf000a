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
import { HEADLINE_WEIGHT, isStopWord, phraseKey, stem, type DocumentText } from './features.js';
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

/** A lexicon cue: topic index and weight. */
type Cue = readonly [number, number];

/** Everything known about one feature (explanations, tests; scoring uses the flat arrays). */
export interface FeatureEntry {
  /** Learned weights, one per trained topic (columns in CompiledModel.trainedCols). */
  learned?: Float64Array;
  /** Lexicon cues for top-level topics (including the children's cues). */
  top?: Cue[];
  /** Lexicon cues for second-level topics. */
  sub?: Cue[];
}

/**
 * The model as scoring uses it. Every feature (a unigram stem or a bigram "stem stem") has an
 * id; what classification needs about an id sits in one record of `rec` (built once at load),
 * so reading a document touches one cache line per distinct feature and no objects.
 * `features` and `entries` (objects per feature, for explanations and tests) are built on first use.
 */
export interface CompiledModel {
  top: readonly TopLevel[];
  sub: readonly SubTopic[];
  /** Sub-topic index -> index of its parent in `top`. */
  subParent: Int16Array;
  /** Feature key ("word" or "word word") -> id. Unigram ids double as the stems' token ids. */
  ids: Map<string, number>;
  /**
   * `recStride` int32 per id (a power of two: 64 bytes for 5 trained topics): the scratch term
   * frequency (zero between calls), 1 when the feature has learned weights, the first cue in
   * `cueIdx`/`cueW` (the top-level cues, then the second-level ones, each in cue order), the cue
   * counts plus a flag for "starts a bigram" (see REC_INFO), then the learned weights as float64
   * (`recF`, a view of the same memory: at recF[id * recStride / 2 + REC_WEIGHTS + k]).
   */
  rec: Int32Array;
  recF: Float64Array;
  recStride: number;
  /** Cue topic indices (into `top` or `sub`) and weights. */
  cueIdx: Int32Array;
  cueW: Float64Array;
  /** Bigrams, open addressing: PAIR_SIZE int32 per slot (first id + 1, 0 = empty; second id; bigram id). */
  pairs: Int32Array;
  pairMask: number;
  /** Surface word -> token code, a bounded cache filled as documents are read (see wordCode). */
  words: WordCache;
  /** Index in `top` of each learned column. */
  trainedCols: Int32Array;
  bias: Float64Array;
  params: ModelParams;
  /** Feature key -> entry (only features with weights or cues); built on first use. */
  readonly features: Map<string, FeatureEntry>;
  /** Id -> entry; built on first use. */
  readonly entries: FeatureEntry[];
}

const REC_TF = 0;
const REC_LEARNED = 1;
const REC_CUES = 2;
/** Number of top-level cues (bits 0-11), of second-level cues (bits 12-23), starts a bigram (bit 24). */
const REC_INFO = 3;
/** Index in the float64 view of a record where its learned weights start (after the four int32). */
const REC_WEIGHTS = 2;
const INFO_COUNT_MASK = 0xfff;
const INFO_SUB_SHIFT = 12;
const INFO_FIRST = 1 << 24;
const PAIR_SIZE = 4;

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

interface CueLists {
  top?: Cue[];
  sub?: Cue[];
}

function addCue(map: Map<string, CueLists>, key: string, which: 'top' | 'sub', idx: number, w: number): void {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = {}));
  const list = (entry[which] ??= []);
  const at = list.findIndex((c) => c[0] === idx);
  if (at < 0) list.push([idx, w]);
  else if ((list[at]?.[1] ?? 0) < w) list[at] = [idx, w];
}

const pairHash = (a: number, b: number): number => {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  return h ^ (h >>> 15);
};

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
  const K = cols.length;
  const bias = new Float64Array(top.length).fill(file.params.untrainedBias);
  cols.forEach((c, j) => (bias[c] = file.bias[j] ?? 0));
  const trainedCols = Int32Array.from(cols);

  const cues = new Map<string, CueLists>();
  top.forEach((t, i) => {
    for (const [k, w] of parseCues(lexicon[t.id] ?? '')) addCue(cues, k, 'top', i, w);
  });
  sub.forEach((s, i) => {
    for (const [k, w] of parseCues(lexicon[s.id] ?? '')) {
      addCue(cues, k, 'sub', i, w);
      // A child's cue is evidence for its parent too.
      addCue(cues, k, 'top', subParent[i] ?? 0, w);
    }
  });

  // Ids: every feature key, and every word of a bigram (a word may be unknown on its own: it
  // gets an id with nothing attached so the pair can be looked up).
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const pairList: number[] = [];
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
    }
    return id;
  };
  const featureOf = (key: string): number => {
    const known = ids.get(key);
    if (known !== undefined) return known;
    const sp = key.indexOf(' ');
    if (sp < 0) return idOf(key);
    const a = idOf(key.slice(0, sp));
    const b = idOf(key.slice(sp + 1));
    const id = idOf(key);
    pairList.push(a, b, id);
    return id;
  };
  const weightKeys = Object.keys(file.weights);
  const weightIds = new Int32Array(weightKeys.length);
  for (let j = 0; j < weightKeys.length; j++) weightIds[j] = featureOf(weightKeys[j] as string);
  const cueIds: number[] = [];
  const cueLists: CueLists[] = [];
  for (const [key, lists] of cues) {
    cueIds.push(featureOf(key));
    cueLists.push(lists);
  }
  const n = keys.length;

  let doubles = 1;
  while (doubles < REC_WEIGHTS + K) doubles *= 2;
  const stride = 2 * doubles;
  const rec = new Int32Array(n * stride);
  const recF = new Float64Array(rec.buffer);
  for (let j = 0; j < weightKeys.length; j++) {
    const ws = file.weights[weightKeys[j] as string] as number[];
    const id = weightIds[j] as number;
    rec[id * stride + REC_LEARNED] = 1;
    const at = id * doubles + REC_WEIGHTS;
    for (let k = 0; k < K; k++) recF[at + k] = ws[k] ?? 0;
  }
  let nCues = 0;
  for (const lists of cueLists) nCues += (lists.top?.length ?? 0) + (lists.sub?.length ?? 0);
  const cueIdx = new Int32Array(nCues);
  const cueW = new Float64Array(nCues);
  let at = 0;
  for (let j = 0; j < cueIds.length; j++) {
    const lists = cueLists[j] as CueLists;
    const r = (cueIds[j] as number) * stride;
    const tops = lists.top ?? [];
    const subs = lists.sub ?? [];
    if (tops.length > INFO_COUNT_MASK || subs.length > INFO_COUNT_MASK) throw new Error('topic model: too many cues for one feature');
    rec[r + REC_CUES] = at;
    rec[r + REC_INFO] = tops.length | (subs.length << INFO_SUB_SHIFT);
    for (const [i, w] of tops) {
      cueIdx[at] = i;
      cueW[at++] = w;
    }
    for (const [i, w] of subs) {
      cueIdx[at] = i;
      cueW[at++] = w;
    }
  }

  let size = 16;
  while (size < (pairList.length / 3) * 2) size *= 2;
  const pairMask = size - 1;
  const pairs = new Int32Array(size * PAIR_SIZE);
  for (let j = 0; j < pairList.length; j += 3) {
    const a = pairList[j] as number;
    const b = pairList[j + 1] as number;
    rec[a * stride + REC_INFO] = (rec[a * stride + REC_INFO] as number) | INFO_FIRST;
    let slot = pairHash(a, b) & pairMask;
    while (pairs[slot * PAIR_SIZE] !== 0) slot = (slot + 1) & pairMask;
    pairs[slot * PAIR_SIZE] = a + 1;
    pairs[slot * PAIR_SIZE + 1] = b;
    pairs[slot * PAIR_SIZE + 2] = pairList[j + 2] as number;
  }

  let features: Map<string, FeatureEntry> | undefined;
  let entries: FeatureEntry[] | undefined;
  const buildEntries = (): void => {
    features = new Map();
    entries = [];
    for (let id = 0; id < n; id++) {
      const r = id * stride;
      const e: FeatureEntry = {};
      if (rec[r + REC_LEARNED] === 1) e.learned = recF.slice(id * doubles + REC_WEIGHTS, id * doubles + REC_WEIGHTS + K);
      const info = rec[r + REC_INFO] as number;
      const nTop = info & INFO_COUNT_MASK;
      const nSub = (info >>> INFO_SUB_SHIFT) & INFO_COUNT_MASK;
      const first = rec[r + REC_CUES] as number;
      const list = (from: number, count: number): Cue[] => Array.from({ length: count }, (_, p) => [cueIdx[from + p] as number, cueW[from + p] as number] as const);
      if (nTop) e.top = list(first, nTop);
      if (nSub) e.sub = list(first + nTop, nSub);
      entries.push(e);
      if (e.learned || e.top || e.sub) features.set(keys[id] as string, e);
    }
  };

  return {
    top,
    sub,
    subParent,
    ids,
    rec,
    recF,
    recStride: stride,
    cueIdx,
    cueW,
    pairs,
    pairMask,
    words: newWordCache(),
    trainedCols,
    bias,
    params: file.params,
    get features(): Map<string, FeatureEntry> {
      if (!features) buildEntries();
      return features as Map<string, FeatureEntry>;
    },
    get entries(): FeatureEntry[] {
      if (!entries) buildEntries();
      return entries as FeatureEntry[];
    },
  };
}

/** Whether a feature has learned weights or cues (a bigram's word alone may have neither). */
function weighs(model: CompiledModel, id: number): boolean {
  const r = id * model.recStride;
  return model.rec[r + REC_LEARNED] === 1 || ((model.rec[r + REC_INFO] as number) & ~INFO_FIRST) !== 0;
}

/** Id of the bigram (a, b), or -1. */
function pairOf(model: CompiledModel, a: number, b: number): number {
  const pairs = model.pairs;
  const mask = model.pairMask;
  let slot = pairHash(a, b) & mask;
  for (;;) {
    const p = slot * PAIR_SIZE;
    const f = pairs[p] as number;
    if (f === 0) return -1;
    if (f === a + 1 && pairs[p + 1] === b) return pairs[p + 2] as number;
    slot = (slot + 1) & mask;
  }
}

// ---------------------------------------------------------------- tokens

/** Token codes: a unigram id (>= 0), a content word the model does not know, or a word features.ts drops. */
const UNKNOWN = -2;
const SKIP = -3;
/**
 * Words of up to 12 letters (nearly all) are cached in a flat table keyed by the letters
 * themselves, packed 5 bits each into two int32 (6 letters each; letters are 1-26, so the
 * packing is exact and no string is built or compared); longer words go through a Map.
 */
const PACKED_MAX = 12;
const PACK_LETTERS = 6;
/** Table slots (a power of two), 4 int32 each: packed letters (2), code, unused. */
const CACHE_SLOTS = 1 << 16;
/** The caches are emptied when this full, which bounds their memory. */
const CACHE_FULL = (CACHE_SLOTS * 3) >> 2;
const LONG_FULL = 1 << 14;
const LONG_WORD_MAX = 40;

interface WordCache {
  table: Int32Array;
  size: number;
  long: Map<string, number>;
}

function newWordCache(): WordCache {
  return { table: new Int32Array(CACHE_SLOTS * 4), size: 0, long: new Map() };
}

/** The code of a surface word as features.ts `stems` would treat it: dropped, unknown, or a unigram id. */
function codeOfWord(model: CompiledModel, w: string): number {
  if (w.length < 2 || isStopWord(w)) return SKIP;
  return model.ids.get(stem(w)) ?? UNKNOWN;
}

/** Code of the word lower[start, end) (lower-case ASCII letters), packed as (a, b) when it has at most 12 letters. */
function wordCode(model: CompiledModel, lower: string, start: number, end: number, a: number, b: number): number {
  const cache = model.words;
  if (end - start > PACKED_MAX) {
    const w = lower.slice(start, end);
    // Very long runs of letters are junk (or hostile): not worth keeping.
    if (w.length > LONG_WORD_MAX) return codeOfWord(model, w);
    let code = cache.long.get(w);
    if (code === undefined) {
      code = codeOfWord(model, w);
      if (cache.long.size >= LONG_FULL) cache.long.clear();
      cache.long.set(w, code);
    }
    return code;
  }
  const table = cache.table;
  const mask = CACHE_SLOTS - 1;
  let slot = pairHash(a, b) & mask;
  for (;;) {
    const p = slot << 2;
    const ka = table[p] as number;
    if (ka === 0) break;
    if (ka === a && table[p + 1] === b) return table[p + 2] as number;
    slot = (slot + 1) & mask;
  }
  const code = codeOfWord(model, lower.slice(start, end));
  if (cache.size >= CACHE_FULL) {
    table.fill(0);
    cache.size = 0;
    slot = pairHash(a, b) & mask;
  }
  const p = slot << 2;
  table[p] = a;
  table[p + 1] = b;
  table[p + 2] = code;
  cache.size++;
  return code;
}

// Scratch for sparseFromText (classification is synchronous).
let touched = new Int32Array(1024);
let nTouched = 0;

function pushTouched(id: number): void {
  if (nTouched === touched.length) {
    const grown = new Int32Array(touched.length * 2);
    grown.set(touched);
    touched = grown;
  }
  touched[nTouched++] = id;
}

/**
 * Reads a text with the token rules of features.ts `stems`, in one pass over the lower-cased
 * text (runs of ASCII letters are words, an apostrophe and the letters after it are dropped,
 * clause punctuation breaks bigrams). With `weight` > 0 it adds the text's features at that
 * weight to the scratch term frequencies and returns the text's mass (unigram and bigram
 * occurrences, weighted); with weight 0 (entity names) it lists each known feature once, in
 * first-seen order, and returns 0.
 */
function readText(model: CompiledModel, text: string, weight: number): number {
  const rec = model.rec;
  const stride = model.recStride;
  const lower = text.toLowerCase();
  const n = lower.length;
  let mass = 0;
  let prev = -1; // id of the previous content word; -2 when it is unknown; -1 at a break
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      const start = i;
      let a = 0;
      let b = 0;
      for (;;) {
        const len = i - start;
        if (len < PACK_LETTERS) a = (a << 5) | (c - 96);
        else if (len < PACKED_MAX) b = (b << 5) | (c - 96);
        if (++i >= n) break;
        c = lower.charCodeAt(i);
        if (c < 97 || c > 122) break;
      }
      const end = i;
      // Skip an apostrophe and the letters after it ("russia's" -> "russia").
      while (i + 1 < n && (c === 39 || c === 0x2019)) {
        const d = lower.charCodeAt(i + 1);
        if (d < 97 || d > 122) break;
        i += 2;
        while (i < n && (c = lower.charCodeAt(i)) >= 97 && c <= 122) i++;
      }
      const code = wordCode(model, lower, start, end, a, b);
      if (code === SKIP) continue;
      mass += weight;
      if (code >= 0) count(rec, code * stride, code, weight);
      if (prev !== -1) {
        mass += weight;
        if (prev >= 0 && code >= 0 && ((rec[prev * stride + REC_INFO] as number) & INFO_FIRST) !== 0) {
          const bid = pairOf(model, prev, code);
          if (bid >= 0) count(rec, bid * stride, bid, weight);
        }
      }
      prev = code >= 0 ? code : UNKNOWN;
      continue;
    }
    // Clause breaks: . , ; : ! ? ( ) " and newline.
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 34 || c === 10) prev = -1;
    i++;
  }
  return mass;
}

/** Adds weight to a feature's term frequency (weight 0: marks it seen, once). */
function count(rec: Int32Array, at: number, id: number, weight: number): void {
  const r = at + REC_TF;
  const tf = rec[r] as number;
  if (weight === 0) {
    if (tf === 0) {
      rec[r] = 1;
      pushTouched(id);
    }
    return;
  }
  if (tf === 0) pushTouched(id);
  rec[r] = tf + weight;
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

/** A document as the model sees it: the ids of its known features and their values. */
export interface SparseDoc {
  ids: Int32Array;
  values: Float64Array;
  /** The features' entries (the model's `entries`, built on first use). */
  readonly entries: FeatureEntry[];
}

class Sparse implements SparseDoc {
  constructor(
    private readonly model: CompiledModel,
    readonly ids: Int32Array,
    readonly values: Float64Array,
  ) {}

  get entries(): FeatureEntry[] {
    const all = this.model.entries;
    return Array.from(this.ids, (id) => all[id] as FeatureEntry);
  }
}

function sparseDoc(model: CompiledModel, ids: Int32Array, values: Float64Array): SparseDoc {
  return new Sparse(model, ids, values);
}

/** Vector (string keys, see features.ts vectorize) -> the model's features. */
export function sparseFromVector(model: CompiledModel, x: ReadonlyMap<string, number>): SparseDoc {
  const ids: number[] = [];
  const values: number[] = [];
  for (const [f, v] of x) {
    const id = model.ids.get(f);
    if (id !== undefined && weighs(model, id)) {
      ids.push(id);
      values.push(v);
    }
  }
  return sparseDoc(model, Int32Array.from(ids), Float64Array.from(values));
}

/**
 * The fast path of features.ts `vectorize`: the same values for the features the model knows,
 * without building strings for bigrams or counting unknown features one by one.
 */
export function sparseFromText(model: CompiledModel, doc: DocumentText): SparseDoc {
  nTouched = 0;
  const mass = readText(model, doc.headline, HEADLINE_WEIGHT) + readText(model, doc.body, 1);
  const { rec, recStride } = model;
  const inv = mass > 0 ? 1 / Math.sqrt(mass) : 0;
  const ids = touched.slice(0, nTouched);
  const values = new Float64Array(nTouched);
  for (let j = 0; j < nTouched; j++) {
    const r = (ids[j] as number) * recStride + REC_TF;
    values[j] = (1 + Math.log(rec[r] as number)) * inv;
    rec[r] = 0;
  }
  return sparseDoc(model, ids, values);
}

/**
 * Ids of the features of entity names in first-seen order, as features.ts `countFeatures` over
 * each name counts them (presence: each once); only the features the model knows.
 */
export function entityFeatureIds(model: CompiledModel, names: readonly string[]): Int32Array {
  nTouched = 0;
  for (const name of names) readText(model, name, 0);
  const ids = touched.slice(0, nTouched);
  for (let j = 0; j < nTouched; j++) model.rec[(ids[j] as number) * model.recStride + REC_TF] = 0;
  return ids;
}

/**
 * Scores a document vector, plus the features of its entity names: a map of features to
 * counts (features.ts countFeatures), or their ids (entityFeatureIds: each counted once).
 */
export function score(
  model: CompiledModel,
  x: ReadonlyMap<string, number> | SparseDoc,
  entityFeatures?: ReadonlyMap<string, number> | Int32Array,
): Scores {
  const doc = x instanceof Map ? sparseFromVector(model, x) : (x as SparseDoc);
  const n = model.top.length;
  const cols = model.trainedCols;
  const K = cols.length;
  const { rec, recF, recStride, cueIdx, cueW } = model;
  const half = recStride >> 1;
  const top = new Float64Array(model.bias);
  const lex = new Float64Array(n);
  const sub = new Float64Array(model.sub.length);
  const { ids, values } = doc;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j] as number;
    const r = id * recStride;
    const v = values[j] as number;
    if (rec[r + REC_LEARNED] === 1) {
      const at = id * half + REC_WEIGHTS;
      for (let k = 0; k < K; k++) {
        const i = cols[k] as number;
        top[i] = (top[i] as number) + v * (recF[at + k] as number);
      }
    }
    const info = rec[r + REC_INFO] as number;
    let p = rec[r + REC_CUES] as number;
    for (const end = p + (info & INFO_COUNT_MASK); p < end; p++) {
      const i = cueIdx[p] as number;
      lex[i] = (lex[i] as number) + v * (cueW[p] as number);
    }
    for (const end = p + ((info >>> INFO_SUB_SHIFT) & INFO_COUNT_MASK); p < end; p++) {
      const i = cueIdx[p] as number;
      sub[i] = (sub[i] as number) + v * (cueW[p] as number);
    }
  }
  const { lexiconScale, entityScale, temperature } = model.params;
  const addEntity = (id: number, c: number): void => {
    const r = id * recStride;
    let p = rec[r + REC_CUES] as number;
    for (const end = p + ((rec[r + REC_INFO] as number) & INFO_COUNT_MASK); p < end; p++) {
      const i = cueIdx[p] as number;
      lex[i] = (lex[i] as number) + (c * (cueW[p] as number) * entityScale) / lexiconScale;
    }
  };
  if (entityFeatures instanceof Int32Array) {
    for (let j = 0; j < entityFeatures.length; j++) addEntity(entityFeatures[j] as number, 1);
  } else if (entityFeatures) {
    for (const [f, c] of entityFeatures) {
      const id = model.ids.get(f);
      if (id !== undefined) addEntity(id, c);
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

/** Indices of the `k` highest `values`, highest first; ties go to the lower index (as a stable sort would). */
function topK(values: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let at = out.length;
    while (at > 0 && (values[out[at - 1] as number] as number) < v) at--;
    if (at < k) {
      out.splice(at, 0, i);
      if (out.length > k) out.length = k;
    }
  }
  return out;
}

/**
 * The topics to report: 1 to 3 top-level topics (the first always; the others when their
 * confidence clears a threshold), then the second-level topics of those parents whose
 * lexicon evidence clears `subMin`, ordered by their parent's rank, then by evidence.
 */
export function decide(model: CompiledModel, s: Scores): Topic[] {
  const p = model.params;
  const chosen: number[] = [];
  for (const i of topK(s.prob, 3)) {
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
  for (let i = 0; i < s.sub.length; i++) {
    const ev = s.sub[i] as number;
    if (ev < p.subMin) continue;
    const rank = chosen.indexOf(model.subParent[i] ?? -1);
    if (rank < 0) continue;
    subs.push({ i, rank, ev });
    bestUnder[rank] = Math.max(bestUnder[rank] as number, ev);
  }
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
