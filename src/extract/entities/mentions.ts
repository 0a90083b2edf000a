// Mentions of one document: tag its segments (headline, body) and turn tag spans into typed mentions.
import { CORP_FORMS, PERSON_TITLES, type Mention } from './consistency.js';
import { gazKey, lookupExact, type Lexicon } from './gazetteer.js';
import { decodeSpans, loadModel, tagDocument, type Span } from './tagger.js';
import { startsLower, type Token } from './tokenize.js';

const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|abd|abdel|ould)-\p{Lu}/u;
/** Capitalised words that start sentences or titles rather than names. */
const COMMON_CAPS = new Set(['the', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'but', 'if', 'when', 'after', 'before', 'president', 'king', 'prince', 'sheikh', 'general', 'minister', 'leader']);

export interface Segment {
  text: string;
  sents: Token[][];
  /** A headline: its capitals follow a style ("U.N. Council concerned about ..."), not the wire's casing. */
  headline?: boolean;
}

/** The words a document writes in lowercase: evidence that a capitalised one is no name. */
export function lowercaseWords(segments: readonly Segment[]): Set<string> {
  return new Set(segments.flatMap((seg) => seg.sents.flat().map((t) => t.norm)).filter(startsLower));
}

export function mentionsOf(segments: readonly Segment[], lex: Lexicon, lowercase: ReadonlySet<string>): Mention[] {
  const all: { seg: Segment; toks: Token[] }[] = [];
  for (const seg of segments) for (const toks of seg.sents) all.push({ seg, toks });
  const { tags, caps } = tagDocument(all.map((s) => s.toks.map((t) => t.norm)), loadModel(), lex);
  const out: Mention[] = [];
  const facilities = new Map<Span, NonNullable<Mention['facility']>>();
  const companies = new Set<string>();
  const found = all.map((s, k) => {
    const tagged = splitAtCommonWords(s.toks, decodeSpans(tags[k]!, k));
    const spans = findFacilities(s.toks, caps[k] ? tagged : withHeadBeforeOf(s.seg.text, s.toks, withLeadingWord(s.seg.text, s.toks, tagged)), k, caps[k]!, lex, facilities);
    return joinPartnerships(s.toks, joinPossessiveNames(s.toks, joinCompanyNames(s.toks, spans, companies, lex), k, companies, lex), k, companies);
  });
  all.forEach((s, k) => {
    const joined = companies.size ? spanCompanies(s.toks, found[k]!, k, companies, facilities) : found[k]!;
    const spans = s.seg.headline ? joined : withoutCapitalisedWord(s.toks, joined, lowercase, lex);
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
        ...(facilities.has(span) ? { typedBy: 'place' as const, facility: facilities.get(span)! } : {}),
      });
    });
  });
  return splitCountryCompounds(out, lex);
}

const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;

/**
 * "the U.S. Market", "U.S. Officials said", "The E.C. Complained": some wire copy capitalises the
 * word after a dotted abbreviation, as if a sentence ended there, and the tagger takes the two for
 * a name. In the body, a span of just the abbreviation and a word the same document writes in
 * lowercase elsewhere is the abbreviation alone, a place when it names a country. ("U.S. Trade
 * Representative", three words, stays whole.)
 */
function withoutCapitalisedWord(toks: readonly Token[], spans: Span[], lowercase: ReadonlySet<string>, lex: Lexicon): Span[] {
  return spans.map((span) => {
    const [abbreviation, word] = toks.slice(span.start, span.end).map((t) => t.norm);
    if (span.end - span.start !== 2 || !DOTTED_ABBREVIATION.test(abbreviation!) || !TITLE_CASE.test(word!) || !lowercase.has(word!.toLowerCase())) return span;
    const country = lookupExact(abbreviation!, lex)?.kind === 'country';
    return { ...span, end: span.end - 1, type: country ? 'LOC' : span.type };
  });
}

/**
 * Lowercase words that no name has inside it: verbs of reporting, prepositions of agency,
 * conjunctions. A closed list, since wire copy also writes name words in lowercase by mistake
 * ("Federal reserve Board", "Gaza strip") and names have lowercase words of their own ("Bank of
 * England", "Dar es Salaam").
 */
const NEVER_IN_NAMES = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'reported', 'announced', 'by', 'or', 'via', 'with', 'from',
  'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'than', 'but', 'who',
  'whom', 'which', 'that', 'after', 'before', 'into', 'against', 'between', 'during', 'while', 'versus', 'vs', 'because', 'when',
  'where', 'also', 'not', 'its', 'their', 'his', 'her',
]);
const CAPITALISED = /^\p{Lu}/u;

/**
 * Split a tagger span at a word no name has inside it: the tagger sometimes runs two names
 * together over it ("Swiss National Bank said Walt Disney Co", "Fairchild Semiconductor Corp by
 * Fujitsu Ltd"). A span without a capital is left whole: its text is in lowercase throughout.
 */
function splitAtCommonWords(toks: readonly Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const words = toks.slice(span.start, span.end).map((t) => t.norm);
    if (!words.some((w) => NEVER_IN_NAMES.has(w)) || !words.some((w) => CAPITALISED.test(w))) {
      out.push(span);
      continue;
    }
    let start = span.start;
    for (let i = span.start; i <= span.end; i++) {
      if (i < span.end && !NEVER_IN_NAMES.has(toks[i]!.norm)) continue;
      if (i > start) out.push({ ...span, start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Capitalised words that stand before an organisation's name without being part of it: words
 * that open a sentence's clause, months and days, and people's titles. ("General", "Finance" and
 * "Energy" are titles before a person and name parts before an organisation.)
 */
const NOT_LEADING = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'of', 'to', 'as', 'and', 'but', 'or', 'if', 'when', 'after',
  'before', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'president', 'chairman', 'minister', 'secretary', 'king', 'prince',
  'sheikh', 'leader', 'chief', 'director', 'spokesman', 'spokeswoman', 'assistant', 'deputy', 'acting', 'former',
]);
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const LOWER_OR_COMMA = /^(?:\p{Ll}|,$)/u;
/** Where a sentence starts: its first token, or after a dateline's dash or a colon. */
const SENTENCE_OPENER = /^(?:[-:\u2013\u2014]|--)$/u;
/**
 * Words the tagger reads as a title or an ordinal where they open a company's name ("General
 * Electric Co", "First Boston Corp"); at a sentence's start, before a name with a legal form,
 * they are that name's first word. (Other capitalised openers there are as often an adjective:
 * "Troubled Texaco Inc".)
 */
const TITLE_OR_ORDINAL = new Set(['general', 'first', 'second', 'third']);

/**
 * An organisation's first word, when the tagger left it out: "lead manager First Boston Corp",
 * "said General Electric Co" (it often takes "First" for an ordinal and "General" for a title). In
 * mixed case, inside a sentence, where a capital marks a name: a capitalised word after a
 * lowercase word or a comma on the same line, untagged, and not in NOT_LEADING joins the name
 * after it. (After another capitalised word it is more often a label: "Company Name Homegate Inc".)
 * At a sentence's start, only a word of TITLE_OR_ORDINAL before a name with a legal form does.
 */
function withLeadingWord(text: string, toks: readonly Token[], spans: Span[]): Span[] {
  spans.forEach((span, j) => {
    const at = span.start - 1;
    const word = toks[at]?.norm ?? '';
    const free = j === 0 || spans[j - 1]!.end <= at;
    if (span.type !== 'ORG' || at < 0 || !free || !TITLE_CASE.test(word) || NOT_LEADING.has(word.toLowerCase())) return;
    const before = toks[at - 1];
    const inSentence = before !== undefined && LOWER_OR_COMMA.test(before.norm) && !text.slice(before.end, toks[at]!.start).includes('\n');
    const opensCompany = (before === undefined || SENTENCE_OPENER.test(before.norm)) && TITLE_OR_ORDINAL.has(word.toLowerCase()) && CORP_FORMS.has(toks[span.end - 1]!.norm.toLowerCase());
    if (inSentence || opensCompany) span.start = at;
  });
  return spans;
}

const OF_WORDS = new Set(['of', 'on', 'for']);
/** Capitalised words before "of" that make a person's post, not an organisation's name ("the Chairman of Chrysler Corp", "Secretary of State for"). */
const POSTS = new Set([...PERSON_TITLES, 'state', 'head', 'member', 'members', 'officials', 'shares', 'unit', 'units']);
const MAX_HEAD_WORDS = 3;

/**
 * An organisation whose head the tagger left out before "of", "on" or "for", or took for a name
 * of another kind: "the General Agreement on Tariffs and Trade" tagged "General Agreement" (MISC)
 * and "Tariffs and Trade" (ORG). Mixed case, inside a sentence: up to three capitalised words,
 * untagged or one MISC span, after a lowercase word on the same line join the name, unless the
 * word before "of" is a post ("the Chairman of Chrysler Corp").
 */
function withHeadBeforeOf(text: string, toks: readonly Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const of = span.start - 1;
    const last = out[out.length - 1];
    if (span.type !== 'ORG' || !OF_WORDS.has(toks[of]?.norm ?? '') || POSTS.has(toks[of - 1]?.norm.toLowerCase() ?? '')) {
      out.push(span);
      continue;
    }
    // The head is a MISC span ending at "of" or untagged words; it and the lowercase word before it follow every other span.
    const misc = last?.type === 'MISC' && last.end === of ? last : undefined;
    const bound = (misc ? out[out.length - 2] : last)?.end ?? 0;
    let start = of;
    while (start - 1 > bound && of - start < MAX_HEAD_WORDS && TITLE_CASE.test(toks[start - 1]!.norm) && !NOT_LEADING.has(toks[start - 1]!.norm.toLowerCase())) start--;
    const before = toks[start - 1];
    const head = start < of && (!misc || start === misc.start);
    if (head && before && startsLower(before.norm) && !text.slice(before.end, toks[span.start]!.start).includes('\n')) {
      if (misc) out.pop();
      out.push({ ...span, start });
    } else out.push(span);
  }
  return out;
}

/*
 * Facilities. Decision: an air base, naval base, airport or port is a *place* (a facility is
 * where things happen: flights leave it, attacks hit it, it has a country and coordinates), so
 * "Khmeimim Air Base" and "Hmeimim airbase" are both places, named with their facility words, and
 * the archive can merge them as one transliterated name. Where the name ends:
 * - a capitalised facility word is part of the name ("Guantanamo Naval Base", "Heathrow Airport",
 *   "Port of Singapore"), as CoNLL-2003 annotates it;
 * - a military base is a place of its own whatever the case ("Hmeimim airbase", "Incirlik air
 *   base": not the village it is named after);
 * - a lowercase airport or port is the place it serves ("Belgrade airport", "Stansted airport",
 *   "the port of Dalian" -> Belgrade, Stansted, Dalian), as CoNLL-2003 annotates it.
 */

/** Facility words after a name, longest first; `military`: named after a place rather than serving it. */
const FACILITY_HEADS: readonly { words: readonly string[]; military: boolean }[] = [
  { words: ['air', 'force', 'base'], military: true },
  { words: ['naval', 'air', 'station'], military: true },
  { words: ['air', 'base'], military: true },
  { words: ['naval', 'base'], military: true },
  { words: ['naval', 'station'], military: true },
  { words: ['military', 'base'], military: true },
  { words: ['army', 'base'], military: true },
  { words: ['air', 'station'], military: true },
  { words: ['international', 'airport'], military: false },
  { words: ['airbase'], military: true },
  { words: ['airfield'], military: true },
  { words: ['airstrip'], military: true },
  { words: ['airport'], military: false },
  // Only before a name ("Port of Singapore"): after one it is a city's port or a company's ("Asia Port").
  { words: ['port'], military: false },
];
const HEAD_FIRST = new Set(FACILITY_HEADS.map((h) => h.words[0]!));
/** Capitalised words that are not a facility's name: its kind ("the International Airport") or an owner's ("Port of Singapore Authority"). */
const NOT_NAME = new Set([...FACILITY_HEADS.flatMap((h) => h.words), 'national', 'regional', 'municipal', 'county', 'authority',
  'corp', 'corp.', 'co', 'co.', 'company', 'corporation', 'board', 'commission', 'council', 'trust', 'agency', 'association', 'ltd', 'inc', 'plc']);
/** Words before a place that say the facility is in it: "Khmeimim Air Base in Syria". */
const WITHIN = new Set(['in', 'near', 'outside', 'at']);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'.-]*|(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu)-\p{Lu}[\p{L}'-]*|de|da|del|di|du|la|le|van|von)$/u;
const MAX_NAME = 5;

/**
 * Find facility names in one sentence's tokens and make each one LOC span, in place of the spans
 * it overlaps ("Russian Khmeimim Air Base" tagged MISC -> "Khmeimim Air Base"; "Hmeimim" tagged
 * PER before "airbase" -> "Hmeimim airbase"). Returns the spans in order; `facilities` gets each
 * facility span's base name and the place it is said to be in.
 */
function findFacilities(
  toks: readonly Token[],
  spans: Span[],
  sent: number,
  caps: boolean,
  lex: Lexicon,
  facilities: Map<Span, NonNullable<Mention['facility']>>,
): Span[] {
  for (let i = 0; i < toks.length; i++) {
    if (!HEAD_FIRST.has(toks[i]!.norm.toLowerCase())) continue;
    const fac = facilityAt(toks, spans, caps, i, lex);
    if (!fac) continue;
    const { start, end, base } = fac;
    // A longer name that contains it ("Kansai International Airport Co") is left as tagged.
    if (spans.some((sp) => sp.start < end && sp.end > end)) continue;
    const kept: Span[] = [];
    for (const sp of spans) {
      if (sp.end <= start || sp.start >= end) kept.push(sp);
      else if (sp.start < start) kept.push({ ...sp, end: start });
    }
    const span: Span = { sent, start, end, type: 'LOC' };
    // "... Air Base in Syria", "... airbase in Latakia province": the place it is in.
    const next = kept.find((sp) => sp.start === end + 1 && sp.type === 'LOC');
    const within = next && WITHIN.has(toks[end]!.norm.toLowerCase()) ? toks.slice(next.start, next.end).map((t) => t.norm).join(' ') : undefined;
    facilities.set(span, within ? { base, within } : { base });
    spans = [...kept, span].sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return spans;
}

/** The facility whose head starts at token i, if the words before it make a name that can own one. */
function facilityAt(toks: readonly Token[], spans: readonly Span[], caps: boolean, i: number, lex: Lexicon): { start: number; end: number; base: string } | null {
  const lower = (j: number): string => toks[j]?.norm.toLowerCase() ?? '';
  const head = FACILITY_HEADS.find((h) => h.words.every((w, k) => lower(i + k) === w));
  if (!head) return null;
  if (head.words[0] === 'port') return portOf(toks, spans, caps, i);
  const end = i + head.words.length;
  const headCaps = !caps && /^\p{Lu}/u.test(toks[end - 1]!.norm);
  // The name before the head: a tagged span ending there in an ALL-CAPS line (where every word
  // looks like a name), else the run of name-like words; never a demonym ("the Russian").
  let start = i;
  if (caps) {
    const sp = spans.find((x) => x.end === i);
    if (!sp) return null;
    start = sp.start;
  } else {
    while (start > 0 && i - start < MAX_NAME && NAME_WORD.test(toks[start - 1]!.norm) && !COMMON_CAPS.has(lower(start - 1)) && !NOT_NAME.has(lower(start - 1))) start--;
    // A sentence's capitalised first word is a name only if the tagger took it for part of one ("Yesterday Hmeimim airbase").
    if (start === 0 && i > 1 && !spans.some((x) => x.start === 0)) start = 1;
  }
  while (start < i && (lex.demonyms.has(gazKey(toks[start]!.norm)) || lower(start) === 'the' || COMMON_CAPS.has(lower(start)))) start++;
  if (start === i) return null;
  // "Belgrade airport", "Dalian port": a lowercase civil facility is the place it serves.
  if (!headCaps && !head.military) return null;
  if (!toks.slice(start, i).some((t) => /^\p{Lu}/u.test(t.norm))) return null;
  const base = toks.slice(start, i).map((t) => t.norm).join(' ');
  const known = lookupExact(base, lex);
  // "a U.S. air base", "Syria's naval base": a country's base is not named after it.
  if (known && known.kind !== 'city') return null;
  return { start, end, base };
}

/** "Port of Singapore" (capitalised: a name; "the port of Dalian" is Dalian). */
function portOf(toks: readonly Token[], spans: readonly Span[], caps: boolean, i: number): { start: number; end: number; base: string } | null {
  if (caps || toks[i]!.norm !== 'Port' || toks[i + 1]?.norm !== 'of') return null;
  const from = i + 2;
  let end = from;
  const sp = spans.find((x) => x.start === from);
  if (sp) end = sp.end;
  else while (end < toks.length && end - from < MAX_NAME && NAME_WORD.test(toks[end]!.norm) && /^\p{Lu}/u.test(toks[from]!.norm) && !NOT_NAME.has(toks[end]!.norm.toLowerCase())) end++;
  if (end === from || (sp && sp.type !== 'LOC')) return null;
  return { start: i, end, base: toks.slice(from, end).map((t) => t.norm).join(' ') };
}

/*
 * Company names with "and" in them ("Standard and Poor's Corp", "Florida Power and Light Co",
 * "Butcher and Singer Inc"), which the tagger splits into a person or place and a company.
 */

const AND = new Set(['and', '&']);
const isForm = (token: string) => CORP_FORMS.has(token.toLowerCase());
/** A capitalised word that can be part of a company's name ("Barney", "E.F."), not a legal form or a sentence's "The". */
const isNameWord = (token: string | undefined) => token !== undefined && /^\p{Lu}[\p{L}.'-]*$/u.test(token) && !isForm(token) && !COMMON_CAPS.has(token.toLowerCase());

/** `spans` with those inside [start, end) replaced by one company span; null when one crosses its edges or `keep` keeps one. */
function asCompany(spans: Span[], sent: number, start: number, end: number, keep: (span: Span) => boolean = () => false): Span[] | null {
  const inside = spans.filter((sp) => sp.start < end && sp.end > start);
  if (inside.some((sp) => sp.start < start || sp.end > end || keep(sp))) return null;
  return [...spans.filter((sp) => !inside.includes(sp)), { sent, start, end, type: 'ORG' as const }].sort((a, b) => a.start - b.start);
}

/**
 * A company span of one name word and legal forms ("Poor's Corp", "Singer Inc") right after "and"
 * and a person, place or untagged name of one or two words becomes one company with them. A
 * company before "and" is another company ("Ford and Chrysler Corp"), and so is a longer name
 * after it ("Chrysler and American Motors Corp"): both stay apart. `companies` gets each joined
 * name without its forms ("Standard and Poor's"), for `spanCompanies`.
 */
function joinCompanyNames(toks: readonly Token[], spans: Span[], companies: Set<string>, lex: Lexicon): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const words = toks.slice(span.start, span.end).map((t) => t.norm);
    let name = 1;
    if (words[name] === "'s") name++;
    const company =
      span.type === 'ORG' && words.length > name && /^\p{Lu}/u.test(words[0]!) && !isForm(words[0]!) && words.slice(name).every(isForm) && AND.has(toks[span.start - 1]?.norm ?? '');
    // "X and Y's Corp" names one company even when the tagger took X for a company of its own.
    const start = company ? nameBefore(toks, span.start - 1, out[out.length - 1], lex, name === 2) : null;
    if (start === null) {
      out.push(span);
      continue;
    }
    if (out[out.length - 1]?.end === span.start - 1) out.pop();
    out.push({ ...span, start, type: 'ORG' });
    companies.add(toks.slice(start, span.start + name).map((t) => t.norm).join(' '));
  }
  return out;
}

const AND_CO = new Set(['co', 'co.', 'cos', 'company']);
const MAX_PARTNERS_WORDS = 4;

/**
 * "Smith Barney, Harris Upham and Co Inc", "Kidder, Peabody and Co", "Dillon, Read and Co": the
 * capitalised names before "and Co" (at most one comma among them) are one firm, however the
 * tagger cut them. The names before the comma, repeated in the article, are that firm too.
 */
function joinPartnerships(toks: readonly Token[], spans: Span[], sent: number, companies: Set<string>): Span[] {
  let out = spans;
  const nameAt = (j: number) => isNameWord(toks[j]?.norm);
  for (let i = 1; i + 1 < toks.length; i++) {
    if (!AND.has(toks[i]!.norm) || !AND_CO.has(toks[i + 1]!.norm.toLowerCase()) || !nameAt(i - 1)) continue;
    let end = i + 2;
    while (end < toks.length && isForm(toks[end]!.norm)) end++;
    let start = i;
    let comma = -1;
    let names = 0;
    while (names < MAX_PARTNERS_WORDS) {
      if (nameAt(start - 1)) {
        start--;
        names++;
      } else if (comma < 0 && toks[start - 1]?.norm === ',' && nameAt(start - 2)) {
        comma = --start;
      } else break;
    }
    // A company the tagger found whole ("Bear Stearns & Co Inc") is kept, unless names before a comma belong to it.
    const joined = asCompany(out, sent, start, end, (sp) => sp.type === 'ORG' && sp.start <= i - 1 && sp.end >= end && (comma < 0 || sp.start <= comma));
    if (!joined) continue;
    out = joined;
    if (comma > 0) companies.add(toks.slice(start, comma).map((t) => t.norm).join(' '));
    i = end - 1;
  }
  return out;
}

/**
 * Where the name of one or two words ending before token `and` starts: the span there unless it
 * is a company (`anyType` allows one), a country ("Italy and Hercules Inc") or longer, else
 * capitalised words the tagger left out; null when there is none.
 */
function nameBefore(toks: readonly Token[], and: number, last: Span | undefined, lex: Lexicon, anyType: boolean): number | null {
  if (last?.end === and) {
    const country = lex.places.get(gazKey(toks.slice(last.start, and).map((t) => t.norm).join(' ')))?.kind === 'country';
    return (anyType || last.type !== 'ORG') && !country && and - last.start <= 2 ? last.start : null;
  }
  let start = and;
  while (start > 0 && and - start < 2 && (last?.end ?? 0) < start && isNameWord(toks[start - 1]!.norm)) start--;
  return start < and ? start : null;
}

/** Words after which a possessive stands alone: the end of a clause, or what a company does in wire copy. */
const AFTER_ELLIPSIS = new Set(['.', ',', ';', ':', ')', 'said', 'says']);
/** "Standard and Poor's 500": an index named after the company. */
const startsWithDigit = (token: string) => /^\d/.test(token);

/**
 * "rated AAA by Moody's and Standard and Poor's.": "X and Y's" with nothing after the possessive
 * (or only a number: "Standard and Poor's 500") names a company, as "Moody's" does. Not two
 * countries' ("Britain and France's").
 */
function joinPossessiveNames(toks: readonly Token[], spans: Span[], sent: number, companies: Set<string>, lex: Lexicon): Span[] {
  let out = spans;
  const nameAt = (j: number) => isNameWord(toks[j]?.norm) && lex.places.get(gazKey(toks[j]!.norm))?.kind !== 'country';
  for (let i = 1; i + 2 < toks.length; i++) {
    if (!AND.has(toks[i]!.norm) || toks[i + 2]!.norm !== "'s" || !nameAt(i - 1) || !nameAt(i + 1)) continue;
    const next = toks[i + 3]?.norm;
    if (next !== undefined && !AFTER_ELLIPSIS.has(next) && !startsWithDigit(next)) continue;
    const joined = asCompany(out, sent, i - 1, i + 3);
    if (!joined) continue;
    out = joined;
    companies.add(toks.slice(i - 1, i + 3).map((t) => t.norm).join(' '));
  }
  return out;
}

/** The joined companies' names where the article repeats them without forms ("Standard and Poor's said"): one company each. */
function spanCompanies(toks: readonly Token[], spans: Span[], sent: number, companies: ReadonlySet<string>, facilities: ReadonlyMap<Span, unknown>): Span[] {
  let out = spans;
  for (const company of companies) {
    const words = company.split(' ');
    for (let i = 0; i + words.length <= toks.length; i++) {
      if (!words.every((w, k) => toks[i + k]!.norm === w)) continue;
      // Already one company, or part of a facility: left as it is.
      const joined = asCompany(out, sent, i, i + words.length, (sp) => facilities.has(sp) || (sp.type === 'ORG' && sp.start === i));
      if (!joined) continue;
      out = joined;
      i += words.length - 1;
    }
  }
  return out;
}

/** "Russia-Syria talks", "U.S.-Japan trade": each part is a place mention. */
function splitCountryCompounds(mentions: Mention[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.tokens.length === 1 && m.tokens[0]!.includes('-')) {
      const parts = m.text.split('-');
      if (parts.length > 1 && parts.every((p) => lex.places.get(gazKey(p))?.kind === 'country')) {
        for (const p of parts) out.push({ ...m, type: 'LOC', tokens: [p], text: p, typedBy: 'place' });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

