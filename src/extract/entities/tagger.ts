// Tags a tokenised document with the shipped perceptron model and decodes BIO tags into mentions.
import { readFileSync } from 'node:fs';
import {
  contextFeatures, contextKeys, ctxKey, documentInfo, edgeFeatures, MAX_SHAPES, NEIGHBOUR_OFFSETS, NEIGHBOUR_ROLES, ownFeatures,
  padded, trimCaches, type TokInfo,
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

/** BIO tag indices -> spans. */
export function decodeSpans(tags: ArrayLike<number>, sent: number): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]!]!;
    if (tag === 'O' || tag.startsWith('B-') || (cur && cur.type !== tag.slice(2))) {
      if (cur) spans.push(cur);
      cur = null;
    }
    if (tag !== 'O' && !cur) cur = { sent, start: i, end: i + 1, type: tag.slice(2) as EntityType };
    else if (cur) cur.end = i + 1;
  }
  if (cur) spans.push(cur);
  return spans;
}

/**
 * Emission scores with the same features as training, summed through caches: a token's own
 * features depend only on its word, shape and cues; a neighbour's only on its word; the
 * context features only on shapes and cues. Numeric keys avoid building strings per token.
 */
export class Scorer {
  private ctx = new Map<number, Map<number, Float64Array>>();
  private buf: string[] = [];
  constructor(readonly model: PerceptronModel) {
    // Word-level caches hold this model's weights: start them afresh.
    trimCaches(true);
  }

  private vec(feats: string[]): Float64Array {
    const v = new Float64Array(NT);
    this.model.addFeatures(feats, v, 0);
    return v;
  }

  private ownVec(t: TokInfo): Float64Array {
    const w = t.word;
    const key = (t.shapeId * (MAX_SHAPES + 1) + t.docShapeId + 1) * 16 + t.gazId;
    w.own ??= new Map();
    let v = w.own.get(key);
    if (!v) {
      this.buf.length = 0;
      ownFeatures(t, this.buf);
      w.own.set(key, (v = this.vec(this.buf)));
    }
    return v;
  }

  private nearVec(t: TokInfo): Float64Array {
    const w = t.word;
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

  private ctxVec(info: readonly TokInfo[], i: number): Float64Array {
    const keyed = contextKeys(info, i);
    const outer = ctxKey.outer;
    const innerKey = ctxKey.inner;
    let inner = keyed ? this.ctx.get(outer) : undefined;
    let v = inner ? inner.get(innerKey) : undefined;
    if (!v) {
      this.buf.length = 0;
      contextFeatures(info, i, this.buf);
      v = this.vec(this.buf);
      if (keyed) {
        if (this.ctx.size > 100_000) this.ctx.clear();
        if (!inner) this.ctx.set(outer, (inner = new Map()));
        inner.set(innerKey, v);
      }
    }
    return v;
  }

  emissions(info: readonly TokInfo[]): Float64Array {
    const n = info.length;
    const emit = new Float64Array(n * NT);
    for (let i = 0; i < n; i++) {
      const o = i * NT;
      const own = this.ownVec(info[i]!);
      const ctx = this.ctxVec(info, i);
      for (let t = 0; t < NT; t++) emit[o + t] = emit[o + t]! + own[t]! + ctx[t]!;
      // Scatter this word's neighbour-role weights onto the tokens it neighbours (one fetch per word).
      const near = this.nearVec(info[i]!);
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const j = i - NEIGHBOUR_OFFSETS[k]!;
        if (j < 0 || j >= n) continue;
        const oj = j * NT;
        const ok = k * NT;
        for (let t = 0; t < NT; t++) emit[oj + t] = emit[oj + t]! + near[ok + t]!;
      }
      if (i < 2 || i >= n - 2) {
        // Padding neighbours beyond the sentence edges.
        const pad = this.nearVec(padded(info, -1));
        for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
          const j = i + NEIGHBOUR_OFFSETS[k]!;
          if (j >= 0 && j < n) continue;
          for (let t = 0; t < NT; t++) emit[o + t] = emit[o + t]! + pad[k * NT + t]!;
        }
      }
      if (i === 0 || i === n - 1) {
        this.buf.length = 0;
        edgeFeatures(info, i, this.buf);
        this.model.addFeatures(this.buf, emit, i);
      }
    }
    return emit;
  }

  /** Shape ids were reset: cached context keys are stale. */
  reset(): void {
    this.ctx.clear();
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
  const { infos, caps } = documentInfo(sents, lex);
  const tags = infos.map((info) => (info.length ? viterbi(scorer.emissions(info), info.length, model.trans) : new Uint8Array(0)));
  return { tags, caps };
}
