// Tags a tokenised document with the shipped perceptron model and decodes BIO tags into mentions.
import { readFileSync } from 'node:fs';
import {
  cacheEpoch, contextFeatures, documentTokens, MAX_SHAPES, NEIGHBOUR_ROLES, ownFeatures, padded, tokInfo, trimCaches,
  wordById, wordCount, type DocTokens, type TokInfo,
} from './features.js';
import { loadLexicon, type Lexicon } from './gazetteer.js';
import { NT, PerceptronModel, TAGS, viterbi } from './perceptron.js';

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A tagged span: tokens [start, end) of sentence `sent`. */
export interface Span {
  sent: number;
  start: number;
  end: number;
  type: EntityType;
}

export const MODEL_FILE = new URL('./model/ner.bin.gz', import.meta.url);

let cachedModel: PerceptronModel | null = null;

export function loadModel(): PerceptronModel {
  cachedModel ??= PerceptronModel.deserialize(readFileSync(MODEL_FILE));
  return cachedModel;
}

const TAG_TYPE: readonly string[] = TAGS.map((t) => t.slice(2));
const TAG_BEGIN: readonly boolean[] = TAGS.map((t) => t.startsWith('B-'));

/** BIO tag indices -> spans. */
export function decodeSpans(tags: ArrayLike<number>, sent: number): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const type = TAG_TYPE[tag]!;
    if (tag === 0 || TAG_BEGIN[tag] || (cur && cur.type !== type)) {
      if (cur) spans.push(cur);
      cur = null;
    }
    if (tag !== 0 && !cur) cur = { sent, start: i, end: i + 1, type: type as EntityType };
    else if (cur) cur.end = i + 1;
  }
  if (cur) spans.push(cur);
  return spans;
}

/** Slots (a power of two) of the direct-mapped cache of context-feature sums. */
const CTX_BITS = 15;
const CTX_SLOTS = 1 << CTX_BITS;
/** Floats per word of neighbour-role weights (p2, p1, n1, n2). */
const NEAR = NT * NEIGHBOUR_ROLES.length;
/** Floats per word of own-feature sums: a key, then NT sums. */
const OWN = NT + 1;

/**
 * Emission scores with the same features as training, summed through caches: a token's own
 * features depend only on its word, shape and cues (cached per word id); a neighbour's only
 * on its word (cached per word id); the context features only on shapes and cues (a
 * direct-mapped cache keyed by their ids). Strings are built only on a cache miss.
 *
 * Floating-point sums are not associative, so every token's scores are added up in one fixed
 * order (the order the tagger has always used, which the shipped accuracy figures are of):
 * p2 and p1 neighbours, own features, context features, padding beyond the sentence edges,
 * edge features, then n1 and n2 neighbours.
 */
export class Scorer {
  private buf: string[] = [];
  private emit = new Float64Array(256 * NT);
  private epoch = -1;
  /**
   * Per word id: neighbour-role weights (exact in float32: each is 0 + one weight; NaN until
   * filled), and a block of OWN floats: the key of its first own-feature set (-1: none), then
   * their sums. Further sets of the same word go to `ownMore`.
   */
  private near = new Float32Array(0);
  private ownBlock = new Float64Array(0);
  private ownMore = new Map<number, Map<number, Float64Array>>();
  /** Context cache: two int keys per slot (-1: empty) and NT sums per slot. */
  private ctxA = new Int32Array(CTX_SLOTS).fill(-1);
  private ctxB = new Int32Array(CTX_SLOTS);
  private ctxV = new Float64Array(CTX_SLOTS * NT);
  /** Scratch sums for contexts that cannot be keyed. */
  private ctxTmp = new Float64Array(NT);
  /** Rows of the edge features 'fs=' (by short and document shape ids) and 'last=' (by short id); -1 when unknown. */
  private firstRows = new Map<number, number>();
  private lastRows = new Map<number, number>();
  /** Neighbour-role weights of the padding beyond the sentence edges. */
  private padNear: Float64Array;
  constructor(readonly model: PerceptronModel) {
    this.padNear = this.nearOf(padded([], -1).lower);
  }

  private vec(feats: string[]): Float64Array {
    const v = new Float64Array(NT);
    this.model.addFeatures(feats, v, 0);
    return v;
  }

  /** The four neighbour-role rows of a lowercased word, each 0 + its one weight (as the tagger always summed them). */
  private nearOf(lower: string): Float64Array {
    const v = new Float64Array(NEAR);
    for (let k = 0; k < NEIGHBOUR_ROLES.length; k++) {
      this.buf.length = 0;
      this.buf.push(NEIGHBOUR_ROLES[k] + lower);
      this.model.addFeatures(this.buf, v, k);
    }
    return v;
  }

  /** Size the per-word tables for the ids in use; start afresh when the ids were reset. */
  private prepare(): void {
    if (this.epoch !== cacheEpoch) {
      this.epoch = cacheEpoch;
      this.near.fill(NaN);
      for (let o = 0; o < this.ownBlock.length; o += OWN) this.ownBlock[o] = -1;
      this.ownMore.clear();
      this.ctxA.fill(-1);
      this.firstRows.clear();
      this.lastRows.clear();
    }
    const n = wordCount();
    const have = this.ownBlock.length / OWN;
    if (n <= have) return;
    const size = Math.max(1024, have * 2, n);
    const near = new Float32Array(size * NEAR).fill(NaN);
    near.set(this.near);
    this.near = near;
    const own = new Float64Array(size * OWN);
    own.set(this.ownBlock);
    for (let o = have * OWN; o < own.length; o += OWN) own[o] = -1;
    this.ownBlock = own;
  }

  /** Offset of word id's neighbour-role weights in `this.near`. */
  private nearAt(id: number): number {
    const o = id * NEAR;
    if (Number.isNaN(this.near[o])) this.near.set(this.nearOf(wordById(id).lower), o);
    return o;
  }

  /** Sums of token i's own features (i a document index of sentence k): `ownOut`/`ownAt` point at them. */
  private ownOut: Float64Array = this.ownBlock;
  private ownAt = 0;
  private own(d: DocTokens, k: number, i: number): void {
    const id = d.ids[i]!;
    const shape = d.shape[i]!;
    const docShape = d.docShape[i]!;
    if (shape >= MAX_SHAPES || docShape >= MAX_SHAPES) {
      this.buf.length = 0;
      ownFeatures(tokInfo(d, k, i), this.buf);
      this.ownOut = this.vec(this.buf);
      this.ownAt = 0;
      return;
    }
    const key = (shape * (MAX_SHAPES + 1) + docShape + 1) * 16 + d.gaz[i]!;
    const b = id * OWN;
    const slot = this.ownBlock[b]!;
    if (slot === key) {
      this.ownOut = this.ownBlock;
      this.ownAt = b + 1;
      return;
    }
    let more = this.ownMore.get(id);
    let v = more?.get(key);
    if (!v) {
      this.buf.length = 0;
      ownFeatures(tokInfo(d, k, i), this.buf);
      v = this.vec(this.buf);
      if (slot < 0) {
        this.ownBlock[b] = key;
        this.ownBlock.set(v, b + 1);
      } else {
        if (!more) this.ownMore.set(id, (more = new Map()));
        more.set(key, v);
      }
    }
    this.ownOut = v;
    this.ownAt = 0;
  }

  /** Context-feature sums of token i of sentence k [from, to): their offset in `this.ctxV`, or -1 for `this.ctxTmp`. */
  private ctxSlot(d: DocTokens, k: number, i: number, from: number, to: number): number {
    const hasP = i > from;
    const hasN = i + 1 < to;
    // Ids + 1, with 0 for the padding beyond the sentence edges (cue id 0 there, as the padding token's).
    const a = hasP ? d.short[i - 1]! + 1 : 0;
    const b = d.short[i]! + 1;
    const c = hasN ? d.short[i + 1]! + 1 : 0;
    let slot = -1;
    let ka = 0;
    let kb = 0;
    if (a <= MAX_SHAPES && b <= MAX_SHAPES && c <= MAX_SHAPES) {
      ka = a * 8192 + b;
      kb = c * 4096 + (hasP ? d.gaz[i - 1]! : 0) * 256 + d.gaz[i]! * 16 + (hasN ? d.gaz[i + 1]! : 0);
      slot = (Math.imul(ka, 0x9e3779b1) ^ Math.imul(kb, 0x85ebca77)) >>> (32 - CTX_BITS);
      if (this.ctxA[slot] === ka && this.ctxB[slot] === kb) return slot * NT;
    }
    // Miss: the features' strings, from the three tokens as TokInfo.
    const toks: TokInfo[] = [];
    if (hasP) toks.push(tokInfo(d, k, i - 1));
    toks.push(tokInfo(d, k, i));
    if (hasN) toks.push(tokInfo(d, k, i + 1));
    this.buf.length = 0;
    contextFeatures(toks, hasP ? 1 : 0, this.buf);
    const v = this.vec(this.buf);
    if (slot < 0) {
      this.ctxTmp.set(v);
      return -1;
    }
    this.ctxA[slot] = ka;
    this.ctxB[slot] = kb;
    this.ctxV.set(v, slot * NT);
    return slot * NT;
  }

  /** Model row of one edge feature of token i ('fs=' when first, else 'last='), cached by shape ids. */
  private edgeRow(d: DocTokens, k: number, i: number, first: boolean): number {
    const cache = first ? this.firstRows : this.lastRows;
    const short = d.short[i]!;
    const docShape = d.docShape[i]!;
    const key = first ? short * (MAX_SHAPES + 1) + docShape : short;
    const cacheable = short < MAX_SHAPES && docShape < MAX_SHAPES;
    let r = cacheable ? cache.get(key) : undefined;
    if (r === undefined) {
      const t = tokInfo(d, k, i);
      r = this.model.index.get(first ? 'fs=' + t.short + '|' + t.docShape : 'last=' + t.short) ?? -1;
      if (cacheable) cache.set(key, r);
    }
    return r;
  }

  /** Scores of every tag for every token of sentence k (n*NT, in a buffer reused by the next call). */
  emissions(d: DocTokens, k: number): Float64Array {
    this.prepare();
    const from = d.sentStart[k]!;
    const to = d.sentStart[k + 1]!;
    const n = to - from;
    if (this.emit.length < n * NT) this.emit = new Float64Array(n * NT * 2);
    const emit = this.emit;
    const w = this.model.weights;
    const pad = this.padNear;
    const near = this.near;
    const ids = d.ids;
    // Offsets of the neighbour-role weights of tokens j-2 .. j+2 (-1 beyond the edges), shifted as j advances.
    let p2 = -1;
    let p1 = -1;
    let n1 = n > 1 ? this.nearAt(ids[from + 1]!) : -1;
    let n2 = n > 2 ? this.nearAt(ids[from + 2]!) : -1;
    for (let j = 0; j < n; j++) {
      const i = from + j;
      const o = j * NT;
      this.own(d, k, i);
      const own = this.ownOut;
      const oo = this.ownAt;
      let co = this.ctxSlot(d, k, i, from, to);
      let cv = this.ctxV;
      if (co < 0) {
        cv = this.ctxTmp;
        co = 0;
      }
      if (p2 >= 0 && n2 >= 0) {
        // Inside the sentence (no padding, no edge features): the same order, without the branches.
        const a = p2;
        const b = p1 + NT;
        const c = n1 + 2 * NT;
        const e = n2 + 3 * NT;
        for (let t = 0; t < NT; t++) emit[o + t] = near[a + t]! + near[b + t]! + own[oo + t]! + cv[co + t]! + near[c + t]! + near[e + t]!;
      } else {
        const fr = j === 0 ? this.edgeRow(d, k, i, true) * NT : -1;
        const lr = j === n - 1 ? this.edgeRow(d, k, i, false) * NT : -1;
        for (let t = 0; t < NT; t++) {
          let e = 0;
          if (p2 >= 0) e += near[p2 + t]!;
          if (p1 >= 0) e += near[p1 + NT + t]!;
          e = e + own[oo + t]! + cv[co + t]!;
          if (p2 < 0) e += pad[t]!;
          if (p1 < 0) e += pad[NT + t]!;
          if (n1 < 0) e += pad[2 * NT + t]!;
          if (n2 < 0) e += pad[3 * NT + t]!;
          if (fr >= 0) e += w[fr + t]!;
          if (lr >= 0) e += w[lr + t]!;
          if (n1 >= 0) e += near[n1 + 2 * NT + t]!;
          if (n2 >= 0) e += near[n2 + 3 * NT + t]!;
          emit[o + t] = e;
        }
      }
      p2 = p1;
      p1 = this.nearAt(ids[i]!);
      n1 = n2;
      n2 = j + 3 < n ? this.nearAt(ids[i + 3]!) : -1;
    }
    return emit;
  }
}

let cachedScorer: Scorer | null = null;

/** Tag every sentence of a document; returns the tag indices and the ALL-CAPS flag per sentence. */
export function tagDocument(
  sents: readonly (readonly string[])[],
  model: PerceptronModel = loadModel(),
  lex: Lexicon = loadLexicon(),
): { tags: Uint8Array[]; caps: boolean[] } {
  if (!cachedScorer || cachedScorer.model !== model) cachedScorer = new Scorer(model);
  const scorer = cachedScorer;
  trimCaches();
  const d = documentTokens(sents, lex);
  const tags: Uint8Array[] = [];
  for (let k = 0; k < d.sentences; k++) {
    const n = d.sentStart[k + 1]! - d.sentStart[k]!;
    tags.push(n ? viterbi(scorer.emissions(d, k), n, model.trans) : new Uint8Array(0));
  }
  return { tags, caps: d.caps.slice() };
}
