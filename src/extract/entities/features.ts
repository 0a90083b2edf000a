// Feature extraction for the sequence tagger: per-token word, shape, affix, gazetteer and document-casing cues.
import { TOWN_POP, type Lexicon } from './gazetteer.js';

/** What is known of a word type whatever its context (cached across documents). */
export interface WordInfo {
  text: string;
  lower: string;
  shape: string;
  /** Shape marked as seen in an ALL-CAPS line with no body evidence. */
  capsShape: string;
  short: string;
  hasLetter: boolean;
  hasLower: boolean;
  upperInitial: boolean;
  /** Shared by every casing of the word. */
  lowerInfo: LowerInfo;
  /** Gazetteer kind of the word alone ('' when none) and whether it starts a longer name. */
  gazKind: string;
  gazPrefix: boolean;
  firstName: boolean;
  /** Tagger caches: neighbour-role weights and own-feature weights by shape/cue ids. */
  near: Float64Array | null;
  own: Map<number, Float64Array> | null;
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
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    const c = ch !== lo ? 'X' : ch !== up ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
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

/** Per lowercased word: the document's casing votes, reset lazily by document generation. */
export interface LowerInfo {
  gen: number;
  /** How many of `forms`/`counts` belong to the current document. */
  n: number;
  forms: WordInfo[];
  counts: number[];
}

let generation = 0;

/**
 * Count, for each word, the casings it has mid-sentence in the document's mixed-case lines:
 * the body's evidence for ALL-CAPS headlines and for sentence-initial words.
 */
function countCasings(sents: readonly (readonly WordInfo[])[], caps: readonly boolean[]): number {
  const gen = ++generation;
  sents.forEach((words, k) => {
    if (caps[k]) return;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!w.hasLetter) continue;
      const li = w.lowerInfo;
      if (li.gen !== gen) {
        li.gen = gen;
        li.n = 0;
      }
      let at = 0;
      while (at < li.n && li.forms[at] !== w) at++;
      if (at === li.n) {
        li.forms[at] = w;
        li.counts[at] = 1;
        li.n++;
      } else li.counts[at]!++;
    }
  });
  return gen;
}

/** The casing a word mostly has mid-sentence in this document (first seen wins ties). */
function docForm(w: WordInfo, gen: number): WordInfo | undefined {
  const li = w.lowerInfo;
  if (li.gen !== gen || !li.n) return undefined;
  let best = 0;
  for (let k = 1; k < li.n; k++) if (li.counts[k]! > li.counts[best]!) best = k;
  return li.forms[best];
}

const MAX_GAZ = 5;

/** Gazetteer cue kind of a lowercased name: country, region, city (15k+ people), demonym, or ''. */
function gazKindOf(key: string, lex: Lexicon): string {
  const p = lex.places.get(key);
  if (p && (p.kind !== 'city' || p.pop >= TOWN_POP)) return p.kind;
  return lex.demonyms.has(key) ? 'dem' : '';
}

/** Mark gazetteer matches (longest first) over capitalised tokens as B-/I- cues. */
function gazetteerCues(words: readonly WordInfo[], caps: boolean, lex: Lexicon): string[] {
  const out = new Array<string>(words.length).fill('');
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    let kind = '';
    if (caps || words[i]!.upperInitial) {
      const w = words[i]!;
      if (w.gazKind) {
        matched = 1;
        kind = w.gazKind;
      }
      let key = w.lower;
      for (let n = 2; n <= MAX_GAZ && i + n <= words.length && (n > 2 || w.gazPrefix); n++) {
        if (n > 2 && !lex.prefixes.has(key)) break;
        key = key + ' ' + words[i + n - 1]!.lower;
        const k = gazKindOf(key, lex);
        if (k) {
          matched = n;
          kind = k;
        }
      }
    }
    if (matched) {
      for (let k = 0; k < matched; k++) out[i + k] = (k === 0 ? 'B-' : 'I-') + kind;
      i += matched;
    } else i++;
  }
  return out;
}

const shapeIds = new Map<string, number>();
const wordCache = new Map<string, WordInfo>();
const lowerCache = new Map<string, LowerInfo>();
/** Shape ids stay below this so numeric cache keys stay exact. */
export const MAX_SHAPES = 4096;

export function shapeId(shape: string): number {
  let id = shapeIds.get(shape);
  if (id === undefined) shapeIds.set(shape, (id = shapeIds.size));
  return id;
}

/** Drop the caches when they grow large (between documents only: ids must stay stable within one). */
export function trimCaches(force = false): boolean {
  if (!force && wordCache.size < 300_000 && shapeIds.size < MAX_SHAPES / 2) return false;
  wordCache.clear();
  lowerCache.clear();
  shapeIds.clear();
  return true;
}

export function wordInfo(text: string, lex: Lexicon): WordInfo {
  let w = wordCache.get(text);
  if (w) return w;
  const lower = text.toLowerCase();
  const shape = wordShape(text);
  let lowerInfo = lowerCache.get(lower);
  if (!lowerInfo) lowerCache.set(lower, (lowerInfo = { gen: 0, n: 0, forms: [], counts: [] }));
  w = {
    text,
    lower,
    shape,
    capsShape: 'C' + shape,
    short: shortShape(shape),
    hasLetter: LETTER.test(text),
    hasLower: LOWER.test(text),
    upperInitial: /^\p{Lu}/u.test(text),
    firstName: lex.firstNames.has(lower),
    lowerInfo,
    gazKind: gazKindOf(lower, lex),
    gazPrefix: lex.prefixes.has(lower),
    // Present from the start so every WordInfo shares one hidden class.
    near: null,
    own: null,
  };
  wordCache.set(text, w);
  return w;
}

const GAZ_IDS = new Map<string, number>();
function gazId(g: string): number {
  let id = GAZ_IDS.get(g);
  if (id === undefined) GAZ_IDS.set(g, (id = GAZ_IDS.size));
  return id;
}

/** Build the per-token info of a document's sentences (normalised token texts). */
export function documentInfo(sents: readonly (readonly string[])[], lex: Lexicon): { infos: TokInfo[][]; caps: boolean[] } {
  const ws = sents.map((words) => words.map((w) => wordInfo(w, lex)));
  const caps = ws.map(isCapsLine);
  const gen = countCasings(ws, caps);
  return { infos: ws.map((words, k) => sentenceInfo(words, caps[k]!, gen, lex)), caps };
}

function sentenceInfo(ws: readonly WordInfo[], caps: boolean, gen: number, lex: Lexicon): TokInfo[] {
  const gaz = gazetteerCues(ws, caps, lex);
  return ws.map((w, i) => {
    const dw = docForm(w, gen);
    // In an ALL-CAPS line the body's casing of the word stands in for its own; unknown words keep a marked shape.
    const shape = caps && w.hasLetter ? (dw ? dw.shape : w.capsShape) : caps ? w.capsShape : w.shape;
    const short = shape === w.shape ? w.short : shortShape(shape);
    let g = gaz[i]!;
    if (!g && w.firstName && w.upperInitial) g = 'fn';
    const docShape = dw ? dw.short : '-';
    return {
      word: w,
      lower: w.lower,
      shape,
      short,
      docShape,
      gaz: g,
      first: i === 0,
      shapeId: shapeId(shape),
      shortId: shapeId(short),
      docShapeId: shapeId(docShape),
      gazId: gazId(g),
    };
  });
}

const PAD_WORD: WordInfo = { text: '<s>', lower: '<s>', shape: '<s>', capsShape: '<s>', short: '<s>', hasLetter: false, hasLower: false, upperInitial: false, firstName: false, lowerInfo: { gen: 0, n: 0, forms: [], counts: [] }, gazKind: '', gazPrefix: false, near: null, own: null };
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

/** Scratch output of `contextKeys` (no allocation per token). */
export const ctxKey = { outer: 0, inner: 0 };

/**
 * Numeric cache keys of `contextFeatures`, as two small integers in `ctxKey` (exact while
 * shape ids stay below MAX_SHAPES and cue ids below 16); false when they do not.
 */
export function contextKeys(s: readonly TokInfo[], i: number): boolean {
  const t = s[i]!;
  const p1 = padded(s, i - 1);
  const n1 = padded(s, i + 1);
  const a = p1.shortId + 1;
  const b = t.shortId + 1;
  const c = n1.shortId + 1;
  if (a > MAX_SHAPES || b > MAX_SHAPES || c > MAX_SHAPES || t.gazId > 15 || p1.gazId > 15 || n1.gazId > 15) return false;
  ctxKey.outer = a * (MAX_SHAPES + 1) + b;
  ctxKey.inner = c * 4096 + p1.gazId * 256 + t.gazId * 16 + n1.gazId;
  return true;
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
