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

/** Words in the body: runs of letters or digits. */
export function countWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return n;
}
