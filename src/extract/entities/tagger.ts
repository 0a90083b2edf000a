// Tags a tokenised document with the shipped perceptron model and decodes BIO tags into mentions.
import { readFileSync } from 'node:fs';
import {
  contextFeatures, documentTokens, MAX_SHAPES, NEIGHBOUR_ROLES, ownFeatures, padded, tokInfo, trimCaches,
  type DocTokens, type TokInfo, type WordInfo,
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

/**
 * Emission scores with the same features as training, summed through caches: a token's own
 * features depend only on its word, shape and cues (cached on the word); a neighbour's only
 * on its word (cached on the word); the context features only on shapes and cues (a
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
  /** Context cache: two int keys per slot (-1: empty) and NT sums per slot. */
  private ctxA = new Int32Array(CTX_SLOTS).fill(-1);
  private ctxB = new Int32Array(CTX_SLOTS);
  private ctxV = new Float64Array(CTX_SLOTS * NT);
  /** Scratch sums for contexts that cannot be keyed. */
  private ctxTmp = new Float64Array(NT);
  /** Rows of the edge features 'fs=' (by short and document shape ids) and 'last=' (by short id); -1 when unknown. */
  private firstRows = new Map<number, number>();
  private lastRows = new Map<number, number>();
  private padNear: Float64Array;
  constructor(readonly model: PerceptronModel) {
    // Word-level caches hold this model's weights: start them afresh.
    trimCaches(true);
    const padWord = padded([], -1).word;
    padWord.near = null;
    this.padNear = this.nearVec(padWord);
  }

  private vec(feats: string[]): Float64Array {
    const v = new Float64Array(NT);
    this.model.addFeatures(feats, v, 0);
    return v;
  }

  /** Sums of token i's own features (i a document index of sentence k). */
  private ownVec(d: DocTokens, k: number, i: number): Float64Array {
    const w = d.words[i]!;
    const shape = d.shape[i]!;
    const docShape = d.docShape[i]!;
    if (shape >= MAX_SHAPES || docShape >= MAX_SHAPES) {
      this.buf.length = 0;
      ownFeatures(tokInfo(d, k, i), this.buf);
      return this.vec(this.buf);
    }
    const key = (shape * (MAX_SHAPES + 1) + docShape + 1) * 16 + d.gaz[i]!;
    if (w.ownKey === key) return w.ownVec!;
    let v = w.own?.get(key);
    if (!v) {
      this.buf.length = 0;
      ownFeatures(tokInfo(d, k, i), this.buf);
      v = this.vec(this.buf);
      if (w.ownKey < 0) {
        w.ownKey = key;
        w.ownVec = v;
      } else (w.own ??= new Map()).set(key, v);
    }
    return v;
  }

  private nearVec(w: WordInfo): Float64Array {
    if (!w.near) {
      const v = new Float64Array(NT * NEIGHBOUR_ROLES.length);
      for (let k = 0; k < NEIGHBOUR_ROLES.length; k++) {
        this.buf.length = 0;
        this.buf.push(NEIGHBOUR_ROLES[k] + w.lower);
        this.model.addFeatures(this.buf, v, k);
      }
      w.near = v;
    }
    return w.near;
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
    const from = d.sentStart[k]!;
    const to = d.sentStart[k + 1]!;
    const n = to - from;
    if (this.emit.length < n * NT) this.emit = new Float64Array(n * NT * 2);
    const emit = this.emit;
    const w = this.model.weights;
    const pad = this.padNear;
    // Neighbour vectors of tokens j-2 .. j+2 (null beyond the edges), shifted along as j advances.
    let p2: Float64Array | null = null;
    let p1: Float64Array | null = null;
    let n1: Float64Array | null = n > 1 ? this.nearVec(d.words[from + 1]!) : null;
    let n2: Float64Array | null = n > 2 ? this.nearVec(d.words[from + 2]!) : null;
    for (let j = 0; j < n; j++) {
      const i = from + j;
      const o = j * NT;
      const own = this.ownVec(d, k, i);
      let co = this.ctxSlot(d, k, i, from, to);
      let cv = this.ctxV;
      if (co < 0) {
        cv = this.ctxTmp;
        co = 0;
      }
      if (p2 && p1 && n1 && n2) {
        // Inside the sentence (neither edge nor padding): the same order, without the branches.
        for (let t = 0; t < NT; t++) emit[o + t] = p2[t]! + p1[NT + t]! + own[t]! + cv[co + t]! + n1[2 * NT + t]! + n2[3 * NT + t]!;
      } else {
        const fr = j === 0 ? this.edgeRow(d, k, i, true) * NT : -1;
        const lr = j === n - 1 ? this.edgeRow(d, k, i, false) * NT : -1;
        for (let t = 0; t < NT; t++) {
          let e = 0;
          if (p2) e += p2[t]!;
          if (p1) e += p1[NT + t]!;
          e = e + own[t]! + cv[co + t]!;
          if (!p2) e += pad[t]!;
          if (!p1) e += pad[NT + t]!;
          if (!n1) e += pad[2 * NT + t]!;
          if (!n2) e += pad[3 * NT + t]!;
          if (fr >= 0) e += w[fr + t]!;
          if (lr >= 0) e += w[lr + t]!;
          if (n1) e += n1[2 * NT + t]!;
          if (n2) e += n2[3 * NT + t]!;
          emit[o + t] = e;
        }
      }
      p2 = p1;
      p1 = this.nearVec(d.words[i]!);
      n1 = n2;
      n2 = j + 3 < n ? this.nearVec(d.words[i + 3]!) : null;
    }
    return emit;
  }

  /** Shape ids were reset: cached context and edge keys are stale. */
  reset(): void {
    this.ctxA.fill(-1);
    this.firstRows.clear();
    this.lastRows.clear();
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
  if (trimCaches()) scorer.reset();
  const d = documentTokens(sents, lex);
  const tags: Uint8Array[] = [];
  for (let k = 0; k < d.sentences; k++) {
    const n = d.sentStart[k + 1]! - d.sentStart[k]!;
    tags.push(n ? viterbi(scorer.emissions(d, k), n, model.trans) : new Uint8Array(0));
  }
  return { tags, caps: d.caps.slice() };
}
