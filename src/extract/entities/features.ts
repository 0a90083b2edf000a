// Feature extraction for the sequence tagger: per-token word, shape, affix, gazetteer and document-casing cues.
//
// Speed: every word type gets a small integer id (kept across documents), and what the tagger needs per
// word sits in typed arrays indexed by that id; a document becomes flat per-token arrays of ids
// (`DocTokens`). Feature strings are only built for training and on the tagger's cache misses, from
// `TokInfo` views that say exactly what the strings are.
import { TOWN_POP, type Lexicon } from './gazetteer.js';

/** What is known of a word type whatever its context (cached across documents). */
export interface WordInfo {
  /** Index into the per-word tables (valid until the caches are trimmed). */
  id: number;
  text: string;
  lower: string;
  shape: string;
  /** Shape marked as seen in an ALL-CAPS line with no body evidence. */
  capsShape: string;
  short: string;
  hasLetter: boolean;
  hasLower: boolean;
  upperInitial: boolean;
  /** Gazetteer kind of the word alone ('' when none) and whether it starts a longer name. */
  gazKind: string;
  gazPrefix: boolean;
  firstName: boolean;
}

/** What the tagger knows of one token before features are built. */
export interface TokInfo {
  word: WordInfo;
  lower: string;
  /** Shape of the token, or of its document casing when the line is ALL CAPS. */
  shape: string;
  short: string;
  /** Short shape of the casing the document mostly uses for this word mid-sentence, or '-'. */
  docShape: string;
  /** Gazetteer cue, e.g. `B-country`, `I-city`, `B-dem`, `fn`, or ''. */
  gaz: string;
  first: boolean;
  shapeId: number;
  shortId: number;
  docShapeId: number;
  gazId: number;
}

/** Word shape: X for upper, x for lower, d for digit, other characters kept; runs capped at 4. */
export function wordShape(s: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code < 128) {
      // ASCII: only A-Z and a-z change case.
      c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
    } else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      c = ch !== lo ? 'X' : ch !== up ? 'x' : ch;
    }
    if (c === last) {
      run++;
      if (run > 4) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

export function shortShape(shape: string): string {
  let out = '';
  let last = '';
  for (const c of shape) {
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/** An ALL-CAPS line (headline, wire slug): casing says nothing about names there. */
export function isCapsLine(words: readonly WordInfo[]): boolean {
  let alpha = 0;
  let caps = 0;
  for (const w of words) {
    if (w.text.length < 2 || !w.hasLetter) continue;
    alpha++;
    if (!w.hasLower) caps++;
  }
  return alpha >= 2 && caps / alpha >= 0.8;
}

const MAX_GAZ = 5;

/** Gazetteer cue kinds, in id order (see `GAZ_NAMES`). */
const GAZ_KINDS = ['country', 'region', 'city', 'dem'] as const;
/** Cue strings by id: '' (0), 'fn' (1), then B-/I- of each kind; ids stay below 16. */
export const GAZ_NAMES: readonly string[] = ['', 'fn', ...GAZ_KINDS.flatMap((k) => ['B-' + k, 'I-' + k])];
const GAZ_FN = 1;
/** Cue id of 'B-' + kind (`I-` is one more); 0 when the kind is ''. */
function gazBegin(kind: string): number {
  const k = (GAZ_KINDS as readonly string[]).indexOf(kind);
  return k < 0 ? 0 : 2 + 2 * k;
}

/** Gazetteer cue kind of a lowercased name: country, region, city (15k+ people), demonym, or ''. */
function gazKindOf(key: string, lex: Lexicon): string {
  const p = lex.places.get(key);
  if (p && (p.kind !== 'city' || p.pop >= TOWN_POP)) return p.kind;
  return lex.demonyms.has(key) ? 'dem' : '';
}

// ---- Shapes: a small integer per distinct shape string.

const shapeIds = new Map<string, number>();
const shapeNames: string[] = [];
/** Shape ids stay below this so numeric cache keys stay exact. */
export const MAX_SHAPES = 4096;

/** A small integer per distinct shape string (shapes, short shapes, document shapes). */
export function shapeId(shape: string): number {
  let id = shapeIds.get(shape);
  if (id === undefined) {
    shapeIds.set(shape, (id = shapeIds.size));
    shapeNames.push(shape);
  }
  return id;
}

// ---- Words: an id per distinct token text, with per-id tables.

/** Per-word flag bits. */
const F_LETTER = 1;
const F_LOWER = 2;
const F_UPPER_INITIAL = 4;
const F_FIRST_NAME = 8;
const F_GAZ_PREFIX = 16;
/** Two characters or more (ALL-CAPS lines count only those). */
const F_LONG = 32;
/** Gazetteer kind of the word alone. */
const F_GAZ_KIND = 64;

/** The most words kept before the caches are dropped (between documents). */
export const MAX_WORDS = 200_000;

const wordIds = new Map<string, number>();
/**
 * The frequent words again, in a map small enough to stay in the processor's caches: most tokens
 * are a few hundred common words, and a lookup in the big map costs cache misses.
 */
const hotIds = new Map<string, number>();
const HOT_MAX = 2048;
/** Sightings in the big map before a word moves to the hot one. */
const HOT_MIN = 4;
let seen = new Int32Array(0);
const lowerIds = new Map<string, number>();
const words: WordInfo[] = [];
let capacity = 0;
/**
 * Per word id, W_STRIDE ints side by side (one cache line or two per word, as the tokens of a
 * document visit words at random): flag bits and lowercased-word id, shape ids, and the
 * document casing votes (see `countCasings`).
 */
const W_STRIDE = 8;
const W_LOWER_FLAGS = 0;
const W_SHAPE = 1;
const W_SHORT = 2;
const W_CAPS_SHAPE = 3;
const W_CAPS_SHORT = 4;
const W_GEN = 5;
const W_COUNT = 6;
const W_SEQ = 7;
/** Lowercased-word ids take the low 24 bits of W_LOWER_FLAGS, flags the high 8 (MAX_WORDS < 2^24). */
const LOWER_MASK = 0xffffff;
const FLAG_SHIFT = 24;
let W = new Int32Array(0);
/** Per lowercased-word id: the generation, and the word (casing) the document uses most. */
let L = new Int32Array(0);

function ensureCapacity(n: number): void {
  if (n <= capacity) return;
  const size = Math.max(1024, capacity * 2, n);
  const w = new Int32Array(size * W_STRIDE);
  w.set(W);
  W = w;
  const l = new Int32Array(size * 2);
  l.set(L);
  L = l;
  const f = new Int32Array(size);
  f.set(seen);
  seen = f;
  capacity = size;
}

/** Bumped whenever the caches are dropped: word and shape ids from before are void. */
export let cacheEpoch = 0;

/** Id of the document-shape '-' (no mid-sentence casing in the document), kept across trims. */
let noDocShapeId = shapeId('-');

/** Drop the caches when they grow large (between documents only: ids must stay stable within one). */
export function trimCaches(force = false): boolean {
  if (!force && words.length < MAX_WORDS && shapeIds.size < MAX_SHAPES / 2) return false;
  wordIds.clear();
  hotIds.clear();
  lowerIds.clear();
  words.length = 0;
  shapeIds.clear();
  shapeNames.length = 0;
  noDocShapeId = shapeId('-');
  cacheEpoch++;
  return true;
}

/** How many word ids are in use (ids are below this). */
export function wordCount(): number {
  return words.length;
}

export function wordById(id: number): WordInfo {
  return words[id]!;
}

function newWord(text: string, lex: Lexicon): number {
  const id = words.length;
  ensureCapacity(id + 1);
  const lower = text.toLowerCase();
  const shape = wordShape(text);
  const short = shortShape(shape);
  let lid = lowerIds.get(lower);
  if (lid === undefined) {
    lowerIds.set(lower, (lid = lowerIds.size));
    L[2 * lid] = 0;
  }
  const w: WordInfo = {
    id,
    text,
    lower,
    shape,
    capsShape: 'C' + shape,
    short,
    hasLetter: LETTER.test(text),
    hasLower: LOWER.test(text),
    upperInitial: UPPER_START.test(text),
    gazKind: gazKindOf(lower, lex),
    gazPrefix: lex.prefixes.has(lower),
    firstName: lex.firstNames.has(lower),
  };
  words.push(w);
  wordIds.set(text, id);
  const flags =
    (w.hasLetter ? F_LETTER : 0) | (w.hasLower ? F_LOWER : 0) | (w.upperInitial ? F_UPPER_INITIAL : 0) |
    (w.firstName ? F_FIRST_NAME : 0) | (w.gazPrefix ? F_GAZ_PREFIX : 0) | (text.length >= 2 ? F_LONG : 0) |
    (w.gazKind ? F_GAZ_KIND : 0);
  const o = id * W_STRIDE;
  W[o + W_LOWER_FLAGS] = lid | (flags << FLAG_SHIFT);
  W[o + W_SHAPE] = shapeId(shape);
  W[o + W_SHORT] = shapeId(short);
  W[o + W_CAPS_SHAPE] = -1;
  W[o + W_CAPS_SHORT] = -1;
  W[o + W_GEN] = 0;
  W[o + W_COUNT] = 0;
  W[o + W_SEQ] = 0;
  seen[id] = 0;
  return id;
}

/** The id of a (normalised) token text, made on first sight. */
export function wordId(text: string, lex: Lexicon): number {
  let id = hotIds.get(text);
  if (id !== undefined) return id;
  id = wordIds.get(text);
  if (id === undefined) return newWord(text, lex);
  if (++seen[id]! >= HOT_MIN && hotIds.size < HOT_MAX) hotIds.set(text, id);
  return id;
}

export function wordInfo(text: string, lex: Lexicon): WordInfo {
  return words[wordId(text, lex)]!;
}

/** The ids of a word's ALL-CAPS-line shape and its short shape, made on first use. */
function capsIds(id: number): void {
  const o = id * W_STRIDE;
  if (W[o + W_CAPS_SHAPE]! >= 0) return;
  const capsShape = words[id]!.capsShape;
  W[o + W_CAPS_SHAPE] = shapeId(capsShape);
  W[o + W_CAPS_SHORT] = shapeId(shortShape(capsShape));
}

const flagsOf = (id: number): number => W[id * W_STRIDE + W_LOWER_FLAGS]! >>> FLAG_SHIFT;

// ---- Documents.

/**
 * A document's tokens as flat per-token arrays of ids (what `TokInfo` holds, without an object
 * per token). The buffers are shared: valid until the next `documentTokens` call.
 */
export interface DocTokens {
  /** Tokens and sentences in the document. */
  n: number;
  sentences: number;
  /** Sentence k is tokens [sentStart[k], sentStart[k+1]). */
  sentStart: Int32Array;
  caps: boolean[];
  /** Word id per token (see `wordById`). */
  ids: Int32Array;
  /** Shape ids (see `shapeId`) of the token's shape, its short shape and its document shape. */
  shape: Int32Array;
  short: Int32Array;
  docShape: Int32Array;
  /** Gazetteer cue ids (see `GAZ_NAMES`). */
  gaz: Uint8Array;
}

const doc: DocTokens = {
  n: 0,
  sentences: 0,
  sentStart: new Int32Array(64),
  caps: [],
  ids: new Int32Array(1024),
  shape: new Int32Array(1024),
  short: new Int32Array(1024),
  docShape: new Int32Array(1024),
  gaz: new Uint8Array(1024),
};

let generation = 0;
let sequence = 0;

/**
 * Count, for each word, the casings it has mid-sentence in the document's mixed-case lines
 * (the body's evidence for ALL-CAPS headlines and for sentence-initial words), keeping per
 * lowercased word the casing seen most, the first seen winning ties.
 */
function countCasings(d: DocTokens): number {
  const gen = ++generation;
  sequence = 0;
  const ids = d.ids;
  for (let k = 0; k < d.sentences; k++) {
    if (d.caps[k]) continue;
    for (let i = d.sentStart[k]! + 1, end = d.sentStart[k + 1]!; i < end; i++) {
      const id = ids[i]!;
      const o = id * W_STRIDE;
      const lf = W[o + W_LOWER_FLAGS]!;
      if (!((lf >>> FLAG_SHIFT) & F_LETTER)) continue;
      if (W[o + W_GEN] !== gen) {
        W[o + W_GEN] = gen;
        W[o + W_COUNT] = 0;
        W[o + W_SEQ] = sequence++;
      }
      const c = ++W[o + W_COUNT]!;
      const lo = 2 * (lf & LOWER_MASK);
      if (L[lo] !== gen) {
        L[lo] = gen;
        L[lo + 1] = id;
      } else {
        const b = L[lo + 1]! * W_STRIDE;
        if (c > W[b + W_COUNT]! || (c === W[b + W_COUNT] && W[o + W_SEQ]! < W[b + W_SEQ]!)) L[lo + 1] = id;
      }
    }
  }
  return gen;
}

/** Mark gazetteer matches (longest first) over capitalised tokens [from, to) as B-/I- cue ids. */
function gazetteerCues(d: DocTokens, from: number, to: number, caps: boolean, lex: Lexicon): void {
  const ids = d.ids;
  const out = d.gaz;
  out.fill(0, from, to);
  let i = from;
  while (i < to) {
    let matched = 0;
    let kind = '';
    const id = ids[i]!;
    const f = flagsOf(id);
    if ((caps || f & F_UPPER_INITIAL) && f & (F_GAZ_KIND | F_GAZ_PREFIX)) {
      const w = words[id]!;
      if (w.gazKind) {
        matched = 1;
        kind = w.gazKind;
      }
      let key = w.lower;
      for (let n = 2; n <= MAX_GAZ && i + n <= to && (n > 2 || w.gazPrefix); n++) {
        if (n > 2 && !lex.prefixes.has(key)) break;
        key = key + ' ' + words[ids[i + n - 1]!]!.lower;
        const k = gazKindOf(key, lex);
        if (k) {
          matched = n;
          kind = k;
        }
      }
    }
    if (matched) {
      const b = gazBegin(kind);
      for (let k = 0; k < matched; k++) out[i + k] = k === 0 ? b : b + 1;
      i += matched;
    } else i++;
  }
}

/** Per-token ids of a document's sentences (normalised token texts). */
export function documentTokens(sents: readonly (readonly string[])[], lex: Lexicon): DocTokens {
  const d = doc;
  let n = 0;
  for (const s of sents) n += s.length;
  if (d.ids.length < n) {
    const size = n * 2;
    d.ids = new Int32Array(size);
    d.shape = new Int32Array(size);
    d.short = new Int32Array(size);
    d.docShape = new Int32Array(size);
    d.gaz = new Uint8Array(size);
  }
  if (d.sentStart.length < sents.length + 1) d.sentStart = new Int32Array(sents.length * 2 + 1);
  d.n = n;
  d.sentences = sents.length;
  d.caps.length = sents.length;
  const ids = d.ids;
  let at = 0;
  for (let k = 0; k < sents.length; k++) {
    d.sentStart[k] = at;
    const s = sents[k]!;
    // An ALL-CAPS line: at least two words of two letters or more, 80% of them without lowercase.
    let alpha = 0;
    let upper = 0;
    for (let i = 0; i < s.length; i++) {
      const id = wordId(s[i]!, lex);
      ids[at++] = id;
      const f = flagsOf(id);
      if ((f & (F_LONG | F_LETTER)) === (F_LONG | F_LETTER)) {
        alpha++;
        if (!(f & F_LOWER)) upper++;
      }
    }
    d.caps[k] = alpha >= 2 && upper / alpha >= 0.8;
  }
  d.sentStart[sents.length] = at;
  const gen = countCasings(d);
  for (let k = 0; k < sents.length; k++) {
    const from = d.sentStart[k]!;
    const to = d.sentStart[k + 1]!;
    const caps = d.caps[k]!;
    gazetteerCues(d, from, to, caps, lex);
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      const o = id * W_STRIDE;
      const lf = W[o + W_LOWER_FLAGS]!;
      const f = lf >>> FLAG_SHIFT;
      const lo = 2 * (lf & LOWER_MASK);
      // The casing the document mostly uses for the word mid-sentence, or -1.
      const dw = L[lo] === gen ? L[lo + 1]! : -1;
      // In an ALL-CAPS line the body's casing of the word stands in for its own; unknown words keep a marked shape.
      let sid = W[o + W_SHAPE]!;
      let shid = W[o + W_SHORT]!;
      if (caps) {
        if (f & F_LETTER && dw >= 0) {
          sid = W[dw * W_STRIDE + W_SHAPE]!;
          shid = W[dw * W_STRIDE + W_SHORT]!;
        } else {
          capsIds(id);
          sid = W[o + W_CAPS_SHAPE]!;
          shid = W[o + W_CAPS_SHORT]!;
        }
      }
      d.shape[i] = sid;
      d.short[i] = shid;
      d.docShape[i] = dw >= 0 ? W[dw * W_STRIDE + W_SHORT]! : noDocShapeId;
      if (!d.gaz[i] && (f & (F_FIRST_NAME | F_UPPER_INITIAL)) === (F_FIRST_NAME | F_UPPER_INITIAL)) d.gaz[i] = GAZ_FN;
    }
  }
  return d;
}

/** Token i (a document index) of sentence k as a `TokInfo`. */
export function tokInfo(d: DocTokens, k: number, i: number): TokInfo {
  const w = words[d.ids[i]!]!;
  const g = d.gaz[i]!;
  return {
    word: w,
    lower: w.lower,
    shape: shapeNames[d.shape[i]!]!,
    short: shapeNames[d.short[i]!]!,
    docShape: shapeNames[d.docShape[i]!]!,
    gaz: GAZ_NAMES[g]!,
    first: i === d.sentStart[k],
    shapeId: d.shape[i]!,
    shortId: d.short[i]!,
    docShapeId: d.docShape[i]!,
    gazId: g,
  };
}

/** Build the per-token info of a document's sentences (normalised token texts). */
export function documentInfo(sents: readonly (readonly string[])[], lex: Lexicon): { infos: TokInfo[][]; caps: boolean[] } {
  const d = documentTokens(sents, lex);
  const infos: TokInfo[][] = [];
  for (let k = 0; k < d.sentences; k++) {
    const info: TokInfo[] = [];
    for (let i = d.sentStart[k]!; i < d.sentStart[k + 1]!; i++) info.push(tokInfo(d, k, i));
    infos.push(info);
  }
  return { infos, caps: d.caps.slice() };
}

const PAD_WORD: WordInfo = {
  id: -1, text: '<s>', lower: '<s>', shape: '<s>', capsShape: '<s>', short: '<s>', hasLetter: false, hasLower: false,
  upperInitial: false, gazKind: '', gazPrefix: false, firstName: false,
};
const PAD: TokInfo = { word: PAD_WORD, lower: '<s>', shape: '<s>', short: '<s>', docShape: '<s>', gaz: '', first: false, shapeId: -1, shortId: -1, docShapeId: -1, gazId: 0 };

/** Token j or the padding token; bounds are checked first since out-of-range reads are slow in V8. */
export function padded(s: readonly TokInfo[], j: number): TokInfo {
  return j >= 0 && j < s.length ? s[j]! : PAD;
}

/** Features of the token alone (cached per word by shape, document-shape and cue ids). */
export function ownFeatures(t: TokInfo, out: string[]): void {
  const w = t.lower;
  out.push('b', 'w=' + w, 's=' + t.shape, 'ds=' + t.docShape + '|' + t.short, 'g=' + t.gaz, 'gs=' + t.gaz + '|' + t.short);
  const len = w.length;
  for (let k = 1; k <= 4 && k < len; k++) {
    out.push('pre' + k + '=' + w.slice(0, k));
    out.push('suf' + k + '=' + w.slice(len - k));
  }
}

/** Roles of a neighbour's lowercased word (cacheable by the word). */
export const NEIGHBOUR_ROLES = ['p2=', 'p1=', 'n1=', 'n2='] as const;
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** Features that join the token's shape and gazetteer cue with its neighbours' (cacheable by `contextKey`). */
export function contextFeatures(s: readonly TokInfo[], i: number, out: string[]): void {
  const t = s[i]!;
  const p1 = padded(s, i - 1);
  const n1 = padded(s, i + 1);
  out.push(
    'ps=' + p1.short,
    'ns=' + n1.short,
    'sss=' + p1.short + '|' + t.short + '|' + n1.short,
    'pg=' + p1.gaz + '|' + t.gaz,
    'ng=' + t.gaz + '|' + n1.gaz,
  );
}

/** Features of a sentence's first and last tokens. */
export function edgeFeatures(s: readonly TokInfo[], i: number, out: string[]): void {
  const t = s[i]!;
  if (t.first) out.push('fs=' + t.short + '|' + t.docShape);
  if (i === s.length - 1) out.push('last=' + t.short);
}

export function neighbourWord(s: readonly TokInfo[], j: number): string {
  return (s[j] ?? PAD).lower;
}

/** All feature strings of token i (training; the tagger sums the same groups through caches). */
export function tokenFeatures(s: readonly TokInfo[], i: number, out: string[]): string[] {
  out.length = 0;
  ownFeatures(s[i]!, out);
  for (let k = 0; k < NEIGHBOUR_ROLES.length; k++) out.push(NEIGHBOUR_ROLES[k] + neighbourWord(s, i + NEIGHBOUR_OFFSETS[k]!));
  contextFeatures(s, i, out);
  edgeFeatures(s, i, out);
  return out;
}
