// Structured averaged perceptron (Collins 2002) over BIO tags with first-order Viterbi decoding.
import { gunzipSync, gzipSync } from 'node:zlib';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NT = TAGS.length;
/** Index of the start-of-sentence state in the transition table. */
const START = NT;

/** allowed[p*NT+t]: an I-X tag may only follow B-X or I-X (BIO well-formedness). */
const ALLOWED: boolean[] = (() => {
  const a: boolean[] = [];
  for (let p = 0; p <= NT; p++) {
    for (let t = 0; t < NT; t++) {
      const tt = TAGS[t]!;
      const pt = p === START ? 'O' : TAGS[p]!;
      a[p * NT + t] = !tt.startsWith('I-') || pt.slice(2) === tt.slice(2);
    }
  }
  return a;
})();

/** For each tag, the tags allowed before it (BIO constraint), so Viterbi skips the rest. */
const PREDS: number[][] = Array.from({ length: NT }, (_, t) => [...Array(NT).keys()].filter((p) => ALLOWED[p * NT + t]));
/** The tags allowed after each tag (PREDS inverted), for a predecessor-major Viterbi loop. */
const SUCC: Int32Array[] = Array.from({ length: NT }, (_, p) => Int32Array.from(PREDS.flatMap((ps, t) => (ps.includes(p) ? [t] : []))));
const VIT_BEST = new Float64Array(NT);
const VIT_ARG = new Uint8Array(NT);
/** Start-of-sentence transition allowed, per tag. */
const START_OK = Uint8Array.from({ length: NT }, (_, t) => (ALLOWED[START * NT + t] ? 1 : 0));

let scoreBuf = new Float64Array(256 * NT);
let backBuf = new Uint8Array(256 * NT);

/** Best tag sequence given per-token emission scores (n*NT) and transitions ((NT+1)*NT). */
export function viterbi(emit: Float64Array, n: number, trans: Float64Array): Uint8Array {
  if (scoreBuf.length < n * NT) {
    scoreBuf = new Float64Array(n * NT * 2);
    backBuf = new Uint8Array(n * NT * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let t = 0; t < NT; t++) {
    score[t] = START_OK[t] ? emit[t]! + trans[START * NT + t]! : -Infinity;
  }
  const best = VIT_BEST;
  const arg = VIT_ARG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * NT;
    const cur = i * NT;
    for (let t = 0; t < NT; t++) {
      best[t] = -Infinity;
      arg[t] = 0;
    }
    // Predecessors in ascending order, strictly greater: the first best predecessor wins ties
    // (the same comparisons, in the same order, as a loop over each tag's predecessors).
    for (let p = 0; p < NT; p++) {
      const sp = score[prev + p]!;
      const tp = p * NT;
      const succ = SUCC[p]!;
      for (let k = 0; k < succ.length; k++) {
        const t = succ[k]!;
        const s = sp + trans[tp + t]!;
        if (s > best[t]!) {
          best[t] = s;
          arg[t] = p;
        }
      }
    }
    for (let t = 0; t < NT; t++) {
      score[cur + t] = best[t]! + emit[cur + t]!;
      back[cur + t] = arg[t]!;
    }
  }
  const out = new Uint8Array(n);
  let top = -Infinity;
  const last = (n - 1) * NT;
  for (let t = 0; t < NT; t++) {
    if (score[last + t]! > top) {
      top = score[last + t]!;
      out[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NT + out[i]!]!;
  return out;
}

/** Trainer: feature rows are interned to indices; weights and their running sums for averaging. */
export class PerceptronTrainer {
  readonly index = new Map<string, number>();
  private w: Float64Array<ArrayBuffer> = new Float64Array(1 << 20);
  private u: Float64Array<ArrayBuffer> = new Float64Array(1 << 20);
  readonly trans = new Float64Array((NT + 1) * NT);
  private transU = new Float64Array((NT + 1) * NT);
  private c = 1;

  intern(f: string): number {
    let id = this.index.get(f);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(f, id);
      if ((id + 1) * NT > this.w.length) {
        const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return id;
  }

  emissions(feats: readonly Int32Array[]): Float64Array {
    const n = feats.length;
    const e = new Float64Array(n * NT);
    for (let i = 0; i < n; i++) {
      for (const f of feats[i]!) {
        const o = f * NT;
        for (let t = 0; t < NT; t++) e[i * NT + t] = e[i * NT + t]! + this.w[o + t]!;
      }
    }
    return e;
  }

  /** One structured update for a sentence; returns the predicted tags. */
  train(feats: readonly Int32Array[], gold: Uint8Array): Uint8Array {
    const n = feats.length;
    const pred = viterbi(this.emissions(feats), n, this.trans);
    const c = this.c;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        for (const f of feats[i]!) {
          this.w[f * NT + g] = this.w[f * NT + g]! + 1;
          this.u[f * NT + g] = this.u[f * NT + g]! + c;
          this.w[f * NT + p] = this.w[f * NT + p]! - 1;
          this.u[f * NT + p] = this.u[f * NT + p]! - c;
        }
      }
      const gp = i === 0 ? START : gold[i - 1]!;
      const pp = i === 0 ? START : pred[i - 1]!;
      if (gp !== pp || g !== p) {
        this.trans[gp * NT + g] = this.trans[gp * NT + g]! + 1;
        this.transU[gp * NT + g] = this.transU[gp * NT + g]! + c;
        this.trans[pp * NT + p] = this.trans[pp * NT + p]! - 1;
        this.transU[pp * NT + p] = this.transU[pp * NT + p]! - c;
      }
    }
    this.c++;
    return pred;
  }

  /** Averaged weights, pruned of rows whose largest weight is below `minWeight`. */
  finish(minWeight: number): PerceptronModel {
    const names: string[] = [];
    const rows: number[] = [];
    const c = this.c;
    for (const [f, id] of this.index) {
      let max = 0;
      for (let t = 0; t < NT; t++) max = Math.max(max, Math.abs(this.w[id * NT + t]! - this.u[id * NT + t]! / c));
      if (max >= minWeight) {
        names.push(f);
        rows.push(id);
      }
    }
    const weights = new Float32Array(rows.length * NT);
    rows.forEach((id, r) => {
      for (let t = 0; t < NT; t++) weights[r * NT + t] = this.w[id * NT + t]! - this.u[id * NT + t]! / c;
    });
    const trans = new Float64Array((NT + 1) * NT);
    for (let k = 0; k < trans.length; k++) trans[k] = this.trans[k]! - this.transU[k]! / c;
    return new PerceptronModel(names, weights, trans);
  }
}

/** Inference model: feature name -> row of NT weights. */
export class PerceptronModel {
  readonly index: Map<string, number>;
  constructor(
    names: readonly string[],
    readonly weights: Float32Array,
    readonly trans: Float64Array,
  ) {
    this.index = new Map();
    names.forEach((n, i) => this.index.set(n, i));
  }

  /** Add the weights of the given features to emit[i*NT..]. */
  addFeatures(feats: readonly string[], emit: Float64Array, i: number): void {
    const o = i * NT;
    for (const f of feats) {
      const r = this.index.get(f);
      if (r === undefined) continue;
      const wo = r * NT;
      for (let t = 0; t < NT; t++) emit[o + t] = emit[o + t]! + this.weights[wo + t]!;
    }
  }

  /**
   * Binary form, gzipped: u32 name-bytes length, names joined by \n, f32 scale,
   * int16 quantised weights, f64 transitions. Quantising keeps the file a few MB.
   */
  serialize(): Buffer {
    const names = Buffer.from([...this.index.keys()].join('\n'), 'utf8');
    let max = 0;
    for (const x of this.weights) max = Math.max(max, Math.abs(x));
    const scale = max / 32767 || 1;
    const q = new Int16Array(this.weights.length);
    for (let k = 0; k < q.length; k++) q[k] = Math.round(this.weights[k]! / scale);
    const head = Buffer.alloc(8);
    head.writeUInt32LE(names.length, 0);
    head.writeFloatLE(scale, 4);
    const trans = Buffer.from(new Float64Array(this.trans).buffer);
    return gzipSync(Buffer.concat([head, names, trans, Buffer.from(q.buffer)]), { level: 9 });
  }

  static deserialize(gz: Buffer): PerceptronModel {
    const buf = gunzipSync(gz);
    const nameLen = buf.readUInt32LE(0);
    const scale = buf.readFloatLE(4);
    const names = buf.toString('utf8', 8, 8 + nameLen).split('\n');
    let off = 8 + nameLen;
    const transBytes = (NT + 1) * NT * 8;
    const trans = new Float64Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + transBytes));
    off += transBytes;
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + names.length * NT * 2));
    const weights = new Float32Array(q.length);
    for (let k = 0; k < q.length; k++) weights[k] = q[k]! * scale;
    return new PerceptronModel(names, weights, trans);
  }
}
