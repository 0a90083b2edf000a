// Tokenisation of raw news text into CoNLL-like tokens (PTB conventions) with character offsets.
// Hand-written scanners over char codes (no regex or substring per character): this runs on every
// word of every article. Behaviour is that of the regular expressions quoted in the comments.
import { LEGAL_FORMS } from '../../company-forms.js';

export interface Token {
  /** The exact surface text. */
  text: string;
  /** Normalised text for features: curly quotes straightened, dashes unified. */
  norm: string;
  start: number;
  end: number;
}

/** Abbreviations that keep their period (lowercased, without the period). */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'rep', 'sen', 'gov',
  'pres', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'plc', 'bros', 'no', 'nos', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'dept', 'univ', 'assn',
  'ave', 'blvd', 'approx', 'est', 'fig', 'vol', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga',
  'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla',
  'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'messrs', 'mssrs', 'ph', 'e.g', 'i.e', 'cf', 'al',
]);

/** Char-code classes: 1 opening punctuation, 2 closing, 3 both ('"', "'", '*', '_', '>', '|', '~', '`'). */
const OPEN = 1;
const CLOSE = 2;
const PUNCT = new Uint8Array(128);
for (const c of '("\'[{<*_#>|~`') PUNCT[c.charCodeAt(0)]! |= OPEN;
for (const c of ')"\']}>,;:!?*_|~`') PUNCT[c.charCodeAt(0)]! |= CLOSE;

/** /^[("'\[{“‘«<*_#>|~`]/u on one code unit. */
function isOpen(c: number): boolean {
  return c < 128 ? (PUNCT[c]! & OPEN) !== 0 : c === 0x201c || c === 0x2018 || c === 0xab;
}

/** /[)"'\]}”’»>,;:!?*_|~`]$/u on one code unit. */
function isClose(c: number): boolean {
  return c < 128 ? (PUNCT[c]! & CLOSE) !== 0 : c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** /\s/ (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Normalised form of a quote or dash code unit, or -1 when it is kept. */
function normCode(c: number): number {
  if (c < 0xab) return c === 0x60 ? 0x27 : -1;
  switch (c) {
    case 0x201c: case 0x201d: case 0xab: case 0xbb: case 0x201e:
      return 0x22;
    case 0x2018: case 0x2019: case 0x201a:
      return 0x27;
    case 0x2013: case 0x2014:
      return 0x2d;
    default:
      return -1;
  }
}

/** Straighten typographic quotes so features see one form: “”«»„ -> ", ‘’‚` -> ', –— -> -. */
export function normalizeToken(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && normCode(s.charCodeAt(i)) < 0) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = normCode(c);
    out += m < 0 ? s[i]! : String.fromCharCode(m);
  }
  return out;
}

const LETTER = /\p{L}/u;
const LOWER_START = /^\p{Ll}/u;

/** /\p{L}/u on the code point at i. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** /\p{L}/u.test(s) */
function hasLetter(s: string): boolean {
  let other = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) return true;
    } else other = true;
  }
  return other && LETTER.test(s);
}

/** /^\p{Ll}/u.test(s) */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(s);
}

/** "U.S.", "J.", "a.m." (/^(?:\p{L}\.)+$/u) keep their final period; so do listed abbreviations. */
function isAbbrev(word: string): boolean {
  let i = 0;
  const n = word.length;
  let dotted = n > 0;
  while (i < n) {
    if (!isLetterAt(word, i)) {
      dotted = false;
      break;
    }
    i += word.charCodeAt(i) >= 0xd800 && word.charCodeAt(i) <= 0xdbff && i + 1 < n && word.charCodeAt(i + 1) >= 0xdc00 && word.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
    if (i >= n || word.charCodeAt(i) !== 0x2e) {
      dotted = false;
      break;
    }
    i++;
  }
  if (dotted) return true;
  return ABBREV.has(word.slice(0, -1).toLowerCase());
}

const isQuote = (c: number): boolean => c === 0x27 || c === 0x2019;

/**
 * Length of a clitic suffix of `core` (/^(.+?)(n['’]t|['’](?:s|S|re|ve|ll|d|m))$/u), or 0. The
 * alternatives end in different letters, so at most one matches.
 */
function cliticLength(core: string): number {
  const n = core.length;
  if (n < 3) return 0;
  const z = core.charCodeAt(n - 1);
  const y = core.charCodeAt(n - 2);
  if (z === 0x73 || z === 0x53 || z === 0x64 || z === 0x6d) return isQuote(y) ? 2 : 0; // 's 'S 'd 'm
  if (n < 4) return 0;
  const x = core.charCodeAt(n - 3);
  if (z === 0x74) return isQuote(y) && x === 0x6e ? 3 : 0; // n't
  if (z === 0x65) return (y === 0x72 || y === 0x76) && isQuote(x) ? 3 : 0; // 're 've
  if (z === 0x6c) return y === 0x6c && isQuote(x) ? 3 : 0; // 'll
  return 0;
}

function mk(text: string, start: number): Token {
  return { text, norm: normalizeToken(text), start, end: start + text.length };
}

/** Split the whitespace-free chunk src[cs, ce) into tokens, pushing them with offsets (base + index). */
function splitChunk(src: string, cs: number, ce: number, base: number, out: Token[]): void {
  // Wire copy's ticker brackets open a token of their own even without a space: "INTERGROUP<NII>".
  let bracket = cs + 1;
  while (bracket < ce && src.charCodeAt(bracket) !== 0x3c) bracket++;
  if (bracket < ce) {
    splitChunk(src, cs, bracket, base, out);
    splitChunk(src, bracket, ce, base, out);
    return;
  }
  let s = cs;
  let e = ce;
  while (s < e && isOpen(src.charCodeAt(s))) {
    out.push(mk(src[s]!, base + s));
    s++;
  }
  // Trailing punctuation, peeled from the end: positions of one-character tokens, last first.
  let trail0 = -1;
  let trailMore: number[] | null = null;
  for (;;) {
    if (s >= e) break;
    const last = src.charCodeAt(e - 1);
    let peel = isClose(last);
    if (!peel && last === 0x2e && e - s > 1) {
      const word = src.slice(s, e);
      // Keep the period of abbreviations and of "..." runs.
      if (isAbbrev(word) || src.charCodeAt(e - 2) === 0x2e) break;
      peel = true;
    }
    if (!peel) break;
    // Keep a possessive apostrophe ("players'") as a token of its own, like CoNLL.
    if (trail0 < 0) trail0 = e - 1;
    else (trailMore ??= []).push(e - 1);
    e--;
  }
  if (s < e) {
    const core = src.slice(s, e);
    // Possessive / clitic split: Russia's -> Russia 's ; don't -> do n't.
    const k = cliticLength(core);
    const head = k ? core.slice(0, core.length - k) : '';
    if (k && hasLetter(head)) {
      // A closing bracket before the clitic is a token of its own: "<Crowley Maritime Corp>'s".
      const closed = head.length > 1 && /[>)\]]$/.test(head);
      out.push(mk(closed ? head.slice(0, -1) : head, base + s));
      if (closed) out.push(mk(head.slice(-1), base + s + head.length - 1));
      out.push(mk(core.slice(head.length), base + s + head.length));
    } else {
      out.push(mk(core, base + s));
    }
  }
  if (trailMore) for (let k = trailMore.length - 1; k >= 0; k--) out.push(mk(src[trailMore[k]!]!, base + trailMore[k]!));
  if (trail0 >= 0) out.push(mk(src[trail0]!, base + trail0));
}

/** Tokenise src[from, to) (no sentence splitting); offsets are index - from + base. */
function tokenizeRange(src: string, from: number, to: number, base: number, out: Token[]): void {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(src.charCodeAt(i))) i++;
    if (i >= to) break;
    const cs = i;
    while (i < to && !isSpace(src.charCodeAt(i))) i++;
    splitChunk(src, cs, i, base - from, out);
  }
}

/** Tokenise a string (no sentence splitting); offsets are relative to `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  tokenizeRange(text, 0, text.length, base, out);
  return out;
}

/** A one-character norm that closes a sentence after its end punctuation: " ' ) ] */
function isCloser(norm: string): boolean {
  if (norm.length !== 1) return false;
  const c = norm.charCodeAt(0);
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;
}

function isEnd(norm: string): boolean {
  if (norm.length !== 1) return false;
  const c = norm.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** Company forms whose period may also end the sentence: "... said Acme Inc. The company ...". */
const FORM_ABBREV = new Set([...LEGAL_FORMS, 'bros'].filter((form) => ABBREV.has(form)).map((form) => `${form}.`));

/** A company form with its period, before a capitalised word: wire copy writes "Acme Inc president", so a capital starts a sentence. */
function endsWithForm(norm: string, next: Token | undefined): boolean {
  return next !== undefined && FORM_ABBREV.has(norm.toLowerCase()) && /^\p{Lu}/u.test(next.text);
}

/**
 * Split text into sentences of tokens. Every line break ends a sentence (callers give
 * unwrapped paragraphs), and inside a line `.`/`!`/`?` (optionally followed by closing
 * quotes or brackets) ends one when the next token does not start lowercase, and so does
 * a company form's period before a capital.
 */
export function sentences(text: string): Token[][] {
  const result: Token[][] = [];
  const toks: Token[] = [];
  let ls = 0;
  while (ls < text.length) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (le > ls) {
      toks.length = 0;
      tokenizeRange(text, ls, le, ls, toks);
      let cur: Token[] = [];
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        cur.push(t);
        if (endsWithForm(t.norm, toks[i + 1])) {
          result.push(cur);
          cur = [];
          continue;
        }
        if (!isEnd(t.norm)) continue;
        // Absorb closing quotes/brackets.
        while (i + 1 < toks.length && isCloser(toks[i + 1]!.norm)) cur.push(toks[++i]!);
        const next = toks[i + 1];
        if (next && startsLower(next.text)) continue;
        result.push(cur);
        cur = [];
      }
      if (cur.length) result.push(cur);
    }
    ls = le + 1;
  }
  return result;
}
