// The summary (the lead sentence or two) and the word count, from the plain paragraphs with the dateline already removed.

/** A summary shorter than this takes the next sentence too. */
const SHORT_SUMMARY = 120;
/** Summaries are cut at a word boundary beyond this. */
const SUMMARY_MAX = 400;
// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr', 'rev',
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'no', 'vs', 'v', 'etc', 'approx', 'dept', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** The first sentence of a paragraph (abbreviations and initials like `U.S.` do not end it). */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  const re = /[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const word = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
    // `U.S.` and single initials (`J. Smith`) are not sentence ends; nor are known abbreviations.
    if (text[m.index] === '.' && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    return text.slice(0, m.index + m[0].length);
  }
  return text;
}

/** The lead sentence, with the next one when the first is short; cut at a word boundary when long. */
export function summarize(paragraphs: readonly string[]): string {
  const lead = paragraphs.find((p) => /[a-z]/.test(p))?.trim() ?? '';
  if (!lead) return '';
  let summary = firstSentence(lead);
  if (summary.length < SHORT_SUMMARY && summary.length < lead.length) {
    summary = summary + ' ' + firstSentence(lead.slice(summary.length));
  }
  summary = summary.trim();
  if (summary.length > SUMMARY_MAX) {
    const cut = summary.slice(0, SUMMARY_MAX);
    summary = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '') + '…';
  }
  return summary;
}

/** Words in the body: runs of letters or digits, joined by `'`, `’`, `.` or `-` (`don't`, `U.S`, `part-time`). */
export function countWords(paragraphs: readonly string[]): number {
  // The count of /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu matches, without building them: a word
  // starts at a letter or digit that does not continue one (directly, or across one joiner).
  let n = 0;
  for (const p of paragraphs) {
    const len = p.length;
    let inWord = false;
    let i = 0;
    while (i < len) {
      const c = p.charCodeAt(i);
      const k = CHAR_CLASS[c] as number;
      const w = k === WORD ? 1 : k === OTHER ? 0 : wordCharLength(p, i, c);
      if (w > 0) {
        if (!inWord) n++;
        inWord = true;
        i += w;
        continue;
      }
      // A joiner inside a word continues it when a letter or digit follows.
      if (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < len) {
        const d = p.charCodeAt(i + 1);
        const kd = CHAR_CLASS[d] as number;
        const wd = kd === WORD ? 1 : kd === OTHER ? 0 : wordCharLength(p, i + 1, d);
        if (wd > 0) {
          i += 1 + wd;
          continue;
        }
      }
      inWord = false;
      i++;
    }
  }
  return n;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const SURROGATE = 3;
// Per UTF-16 code unit: a letter or digit, neither, a surrogate (decided with its pair), or not yet known.
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) CHAR_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : OTHER;
CHAR_CLASS.fill(SURROGATE, 0xd800, 0xe000);

/** Code units taken by a letter or digit (\p{L}, \p{N}) at s[i] (= c, outside ASCII): 1, 2 for an astral one, or 0 when it is neither. */
function wordCharLength(s: string, i: number, c: number): number {
  if (c <= 0xdbff && c >= 0xd800 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  if (CHAR_CLASS[c] === SURROGATE) return 0;
  if (CHAR_CLASS[c] === UNKNOWN) CHAR_CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? WORD : OTHER;
  return CHAR_CLASS[c] === WORD ? 1 : 0;
}
