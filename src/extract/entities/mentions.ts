// Mentions of one document: tag its segments (headline, body) and turn tag spans into typed mentions.
import type { Mention } from './consistency.js';
import { gazKey, type Lexicon } from './gazetteer.js';
import { decodeSpans, loadModel, tagDocument } from './tagger.js';
import type { Token } from './tokenize.js';

const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|abd|abdel|ould)-\p{Lu}/u;
/** Capitalised words that start sentences or titles rather than names. */
const COMMON_CAPS = new Set(['the', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'but', 'if', 'when', 'after', 'before', 'president', 'king', 'prince', 'sheikh', 'general', 'minister', 'leader']);

export interface Segment {
  text: string;
  sents: Token[][];
}

export function mentionsOf(segments: readonly Segment[], lex: Lexicon): Mention[] {
  const all: { seg: Segment; toks: Token[] }[] = [];
  for (const seg of segments) for (const toks of seg.sents) all.push({ seg, toks });
  const { tags, caps } = tagDocument(all.map((s) => s.toks.map((t) => t.norm)), loadModel(), lex);
  const out: Mention[] = [];
  all.forEach((s, k) => {
    const spans = decodeSpans(tags[k]!, k);
    spans.forEach((span, j) => {
      // "Bashar al-Assad": a capitalised word before an "al-" name belongs to it when the tagger left it out.
      const prev = s.toks[span.start - 1];
      const prevFree = j === 0 || spans[j - 1]!.end < span.start;
      if (prev && prevFree && PARTICLE_NAME.test(s.toks[span.start]!.norm) && /^\p{Lu}\p{Ll}+$/u.test(prev.norm) && !COMMON_CAPS.has(prev.norm.toLowerCase())) {
        span.start--;
        if (span.end - span.start === 2 && span.type !== 'ORG') span.type = 'PER';
      }
      const toks = s.toks.slice(span.start, span.end);
      out.push({
        type: span.type,
        tokens: toks.map((t) => t.norm),
        text: s.seg.text.slice(toks[0]!.start, toks[toks.length - 1]!.end),
        caps: caps[k]!,
        before: s.toks[span.start - 1]?.norm ?? '',
        after: s.toks.slice(span.end, span.end + 3).map((t) => t.norm),
      });
    });
  });
  return splitCountryCompounds(out, lex);
}

/** "Russia-Syria talks", "U.S.-Japan trade": each part is a place mention. */
function splitCountryCompounds(mentions: Mention[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.tokens.length === 1 && m.tokens[0]!.includes('-')) {
      const parts = m.text.split('-');
      if (parts.length > 1 && parts.every((p) => lex.places.get(gazKey(p))?.kind === 'country')) {
        for (const p of parts) out.push({ ...m, type: 'LOC', tokens: [p], text: p, forced: true });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

