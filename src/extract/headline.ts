// Headlines: decide whether the first line reads as one, or make one from the lead sentence.
import { isAllCaps } from './case.js';

/** The longest generated headline, in characters. */
export const GENERATED_MAX = 120;

export interface HeadlineContext {
  /** The line after the candidate is blank (a paragraph break). */
  nextBlank: boolean;
  /** The next non-blank line, if any. */
  next?: string;
  /** The line or lines after the candidate are a dateline line or a byline (conll, wire copy): the candidate is the head. */
  headFollows: boolean;
}

// A wire slug before a dash: `CRICKET - `, `PRESS DIGEST - `, `PRESALE - `.
const SLUG = /^[A-Z][A-Z0-9 &'/.]{1,30} [-–—] \S/;
// Sentence-final punctuation, allowing closing quotes or brackets after it.
const TERMINAL = /[.!?]["'”’)\]]*$/;

/** Whether a line reads as a headline: short, not a continued sentence, and not a lead paragraph. */
export function readsAsHeadline(line: string, ctx: HeadlineContext): boolean {
  const text = line.trim();
  if (text === '' || text.length > 200) return false;
  const words = text.split(/\s+/).length;
  if (words > 30) return false;
  // A wrapped lead: the next line continues the sentence in lower case.
  if (!ctx.nextBlank && ctx.next !== undefined && /^[a-z]/.test(ctx.next.trim()) && !ctx.headFollows) return false;
  if (ctx.headFollows || isAllCaps(text) || SLUG.test(text) || text.endsWith('..')) return true;
  if (!TERMINAL.test(text)) return text.length <= 150;
  // Questions and exclamations are common headlines, and so are wire titles in parts (`Port conditions - Syria.`);
  // otherwise a full stop ends a lead sentence unless the head says otherwise.
  return words <= 15 && (/[?!]["'”’)\]]*$/.test(text) || / [-–—] /.test(text));
}

/** A headline made from the lead sentence: at most 120 characters, cut at a word boundary, with no dangling little words. */
export function generateHeadline(leadSentence: string): string {
  let text = leadSentence.trim().replace(/\s+/g, ' ');
  if (text.length > GENERATED_MAX) {
    const cut = text.slice(0, GENERATED_MAX + 1);
    const space = cut.lastIndexOf(' ');
    text = space > 20 ? cut.slice(0, space) : text.slice(0, GENERATED_MAX);
    // Drop trailing function words and punctuation that would leave the headline hanging (`... in Syria and that`).
    for (;;) {
      const trimmed = text.replace(/[\s,;:–—-]+$/, '');
      const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase();
      if (trimmed.includes(' ') && DANGLING.has(last)) text = trimmed.slice(0, trimmed.lastIndexOf(' '));
      else {
        text = trimmed;
        break;
      }
    }
  }
  return text.replace(/[.;:,]+$/, '');
}

const DANGLING = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'that', 'which', 'who', 'whose', 'than', 'is', 'are', 'was', 'were', 'be', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'into', 'about', 'after', 'before', 'over', 'under', 'while', 'if', 'so', 'it', 'has', 'have', 'had', 'will', 'would', 'not']);
