// Document-level clean-up of tagged mentions: titles, type votes, partial names, acronyms, and grouping into entities.
import anyAscii from 'any-ascii';
import type { EntityType } from './tagger.js';
import { canonicalCountry, gazKey, isLandmark, loadLexicon, lookupExact, lookupPlace, type Lexicon } from './gazetteer.js';
import { memoize } from '../../memo.js';
import { DOTTED_LEGAL_FORMS, LEGAL_FORMS } from '../../company-forms.js';

export interface Mention {
  type: EntityType;
  /** Normalised token texts of the span. */
  tokens: string[];
  /** Exact surface text from the source. */
  text: string;
  /** Found in an ALL-CAPS line (headline): weaker evidence of type. */
  caps: boolean;
  /** Token just before the span (normalised), or ''. */
  before: string;
  /** Tokens just after the span, for "(HTS)"-style acronym aliases. */
  after: string[];
  /**
   * What fixed the type beyond the tagger: a title ("Mr", "President"), a place's form (a
   * facility, a dateline, a compound of countries) or the article's words around the name ("Chelsea
   * have won"). Such a mention outvotes plain ones.
   */
  typedBy?: 'title' | 'place' | 'context';
  /** A facility ("Khmeimim Air Base", "port of Balao"): the name it is called after, and the place it is said to be in. */
  facility?: { base: string; within?: string };
}

/** A group of mentions naming one thing. */
export interface Cluster {
  type: EntityType;
  mentions: Mention[];
}

/** Titles that mark the following name as a person and are not part of it. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'president', 'president-elect',
  'prime', 'minister', 'premier', 'chancellor', 'senator', 'sen.', 'rep.', 'gov.', 'governor', 'spokesman',
  'spokeswoman', 'spokesperson', 'general', 'gen.', 'lt.', 'col.', 'colonel', 'captain', 'capt.', 'sgt.', 'admiral',
  'secretary', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'chairman', 'chairwoman',
  'ambassador', 'mayor', 'pres.', 'prof.', 'professor', 'rev.', 'father', 'sheikh', 'ayatollah', 'cardinal',
  'archbishop', 'bishop', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'envoy', 'commander',
  'correspondent', 'leader', 'director', 'chief', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'trade',
  'vice', 'economy', 'interior', 'agriculture', 'energy', 'treasury', 'officer', 'analyst', 'economist', 'dealer',
  'vice-chairman', 'vice-president', 'co-chairman', 'vice-premier', 'commissioner', 'treasurer', 'hojatoleslam', 'mp', 'mep',
]);
/** Titles so strong that the name after them is a person whatever the tagger said. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'president', 'president-elect', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen.', 'gov.', 'rep.']);

/** Common nouns that follow a place or facility name. */
const PLACE_NOUNS = new Set(['airbase', 'base', 'airport', 'port', 'harbour', 'harbor', 'province', 'region', 'district', 'governorate', 'county', 'river', 'valley', 'mountains', 'camp', 'oilfield', 'refinery', 'prison', 'square', 'city', 'town', 'village', 'island', 'islands', 'strait', 'border', 'crossing', 'bay']);

/** Words that end organisation names: the legal forms, and "Group" and "Holdings", which end them as surely. */
export const CORP_FORMS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...DOTTED_LEGAL_FORMS, 'spa', 'bros', 'bros.', 'gmbh', 'bhd', 'pty', 'holdings', 'group']);

/** Suffixes ignored when comparing organisation names ("Standard Oil Co" = "Standard Oil"). */
const ORG_SUFFIXES = new Set([...LEGAL_FORMS, ...DOTTED_LEGAL_FORMS, 'company', 'group', 'holdings']);

/** Score-compatible normalisation: ASCII, lowercase, punctuation other than hyphens dropped (memoised). */
export const normName: (s: string) => string = memoize(normNameOf);

function normNameOf(s: string): string {
  return anyAscii(s)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\w\s-]/g, '')
    .replace(/_/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Name parts for partial matching: words, and the parts of "al-Assad" after a particle. */
function nameParts(key: string): string[] {
  const out: string[] = [];
  for (const w of key.split(' ')) {
    out.push(w);
    const m = /^(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu|de|da|di|du|le|la|van|von|o)-(.+)$/.exec(w);
    if (m) out.push(m[1]!);
  }
  return out;
}

const LETTERS = /\p{L}/u;
/** Number words: "Nine months" opens a line of a results table, never a name on its own. */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'half', 'quarter']);
/** Small Roman numerals ("Reserves I, II and III"): an ordinal, a name only after one ("Pope John Paul II"). */
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})$|^X{1,3}$/;
/**
 * Nouns that, standing alone, point back to an institution named in full elsewhere ("the Bank",
 * "the Commission said"): an entity of that name would gather every bank and commission in the
 * archive. (Unique institutions named by one word, "Treasury", "Congress", "Fed", are not here.)
 */
const INSTITUTION_NOUNS = new Set([
  'bank', 'commission', 'ministry', 'committee', 'council', 'board', 'agency', 'department', 'court', 'government', 'party',
  'union', 'exchange', 'association', 'bureau', 'office', 'authority', 'institute', 'foundation', 'federation', 'fund', 'trust',
  'organisation', 'organization', 'administration', 'division', 'unit', 'subsidiary', 'partners', 'federal', 'class',
]);
/** Wire copy's units, currencies and periods ("dlrs", "mln", "pct", "Nine mths"), capitalised in ALL-CAPS headlines and tables. */
const UNIT_WORDS = new Set(['dlr', 'dlrs', 'mln', 'bln', 'billion', 'million', 'pct', 'cts', 'stg', 'yen', 'mths', 'mth', 'qtr', 'qtrs', 'wks']);
/** Time zones ("0930 hrs EST", "1500 GMT"): never a person, place or organization (CoNLL-2003 tags GMT miscellaneous). */
const TIME_ZONES = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'eet', 'jst', 'hkt', 'sgt', 'aest', 'aedt']);

/**
 * Words that end organizations' names and never a person's ("Google News", "Xbox Live", "Jupiter
 * Research", "Sony Pictures"): a "person" named so is the organization.
 */
const ORG_LAST_WORDS = new Set(['news', 'live', 'research', 'online', 'media', 'records', 'studios', 'software', 'systems', 'networks',
  'labs', 'entertainment', 'pictures', 'films', 'games', 'technologies', 'airlines', 'airways', 'motors', 'electronics',
  'pharmaceuticals', 'communications', 'publishing', 'insurance', 'securities', 'enterprises', 'services', 'industries', 'foods']);

/**
 * Words for a company or a bank that begin organizations' names in other languages and never a
 * person's ("Societe Generale", "Banco Santander", "Groupe Bull").
 */
const ORG_FIRST_WORDS = new Set(['societe', 'société', 'sociedad', 'sociedade', 'societa', 'società', 'banque', 'banco', 'banca', 'compagnie',
  'compagnia', 'compania', 'compañía', 'companhia', 'groupe', 'grupo', 'caisse', 'caja', 'regie', 'régie']);

/**
 * Words after a one-word name that make it a club or a company and never a person: British
 * English's plural verbs ("Chelsea have won") and a club's or firm's roles ("Sony chairman").
 */
const ORGANIZATION_CUES = new Set(['have', 'are', 'were', 'boss', 'manager', 'captain', 'side', 'squad', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'chairman', 'coach']);
/** Nouns before a name that make it an organization ("analyst firm Gartner", "record label Sony", "rock band Busted"; not "carrier", also a ship). */
const ORGANIZATION_NOUNS = new Set(['firm', 'company', 'group', 'band', 'label', 'airline', 'bank', 'outfit']);
/** Words before a name that give a plural verb after it a plural subject ("Blair and Brown have"). */
const COORDINATORS = new Set(['and', '&', ',', 'or', 'nor']);

/**
 * Nouns before a title ("the film Vera Drake", "hit single Jailhouse Rock"). Not "play" or "show",
 * verbs as often ("will now play Gaston Gaudio", "polls show Blair ahead").
 */
const WORK_NOUNS = new Set(['film', 'movie', 'song', 'single', 'album', 'series', 'sitcom', 'drama', 'novel', 'musical', 'opera', 'documentary']);
/**
 * Nouns after a title that name the people of a work ("Closer star Clive Owen", "Vera Drake
 * director Mike Leigh"). "star" is a plural verb too ("Cruise and Kidman star in"): not after a coordinator.
 */
const WORK_PEOPLE = new Set(['star', 'director', 'actor', 'actress', 'creator', 'producer', 'co-star']);

/** Words that end the names of awards and contests ("Brit Awards", "Booker Prize"): a "person" named so is none. */
const AWARD_LAST_WORDS = new Set(['award', 'awards', 'prize', 'prizes', 'championship', 'championships']);

/**
 * Awards named by one word that is also a first name ("Oscar"): the award, in the plural, with a
 * hyphen ("Oscar-winning") or by the words either side ("an Oscar for", "his second Oscar",
 * "Oscar nominee"). ("Oscar Wilde" and "coach Oscar told" stay people.)
 */
const ONE_WORD_AWARDS = /^(?:oscar|emmy|grammy|bafta)(?:s|-[\p{L}-]+)?$/u;
const AWARD_BEFORE = new Set(['an', 'the', 'his', 'her', 'their', 'its', 'first', 'second', 'third', 'fourth', 'two', 'three', 'four', 'five',
  'six', 'seven', 'best', 'actor', 'actress', 'director', 'picture', 'film', 'major', 'for', 'at', 'honorary']);
const AWARD_AFTER = new Set(['for', 'nomination', 'nominations', 'nominee', 'nominees', 'nominated', 'winner', 'winners', 'winning', 'night',
  'ceremony', 'category', 'categories', 'voters', 'favourite', 'favorite', 'contender', 'contenders', 'race', 'glory', 'success', 'hopes']);

function isAward(toks: readonly string[], before: string, next: string | undefined): boolean {
  const word = toks.length === 1 ? toks[0]!.toLowerCase() : '';
  if (!ONE_WORD_AWARDS.test(word)) return false;
  return /s$|-/.test(word) || AWARD_BEFORE.has(before) || (next !== undefined && AWARD_AFTER.has(next));
}

/** A "person" written as a work, by the words either side of it: after a work noun, or before the work's people. */
function isWork(before: string, next: string | undefined): boolean {
  return WORK_NOUNS.has(before) || (next !== undefined && WORK_PEOPLE.has(next) && !COORDINATORS.has(before));
}

/** Nouns a number follows to name a part of a law or a document ("Chapter 11", "Article 5", "Section 301"): no one's name. */
const REFERENCE_NOUNS = new Set(['chapter', 'article', 'section', 'clause', 'paragraph', 'amendment', 'resolution', 'schedule', 'title', 'rule']);

/** Feasts and holidays ("Easter", "Merry Christmas"): dates, not people, places or organizations ("Christmas Island" is a place). */
const HOLIDAYS = new Set(['christmas', 'easter', 'ramadan', 'thanksgiving', 'halloween', 'hanukkah', 'passover', 'diwali', 'whitsun', 'michaelmas']);

/** A party's members ("a Tory MP", "Democrats said"): never a person (CoNLL-2003 tags them miscellaneous or the party). */
const PARTY_MEMBERS = new Set(['tory', 'tories', 'republican', 'republicans', 'democrat', 'democrats', 'socialist', 'socialists', 'communist', 'communists',
  'conservative', 'conservatives', 'liberal', 'liberals', 'nationalist', 'nationalists', 'unionist', 'unionists', 'labourite', 'labourites', 'whig', 'whigs']);

/** Acronyms of common nouns ("a new PC", "GDP grew", "Labour MPs"): never a name on their own. */
const COMMON_ACRONYMS = new Set(['pc', 'pcs', 'dvd', 'dvds', 'cd', 'cds', 'mp3', 'pda', 'pdas', 'sms', 'gps', 'lcd', 'vcr', 'hdtv', 'dna',
  'gdp', 'gnp', 'ceo', 'ceos', 'cfo', 'mp', 'mps', 'mep', 'meps', 'atm', 'atms', 'suv', 'suvs', 'usb', 'id', 'ids', 'tv', 'tvs',
  'r&b', 'gprs', 'agm', 'agms', 'ipo', 'ipos', 'dsl', 'adsl', 'vat', 'cpi', 'rpi', 'hiv', 'lp', 'lps']);

/** Trim titles, articles and possessives from a mention's edges; null when nothing name-like is left. */
export function cleanMention(m: Mention): Mention | null {
  let toks = m.tokens;
  let start = 0;
  let end = toks.length;
  let typedBy = m.typedBy;
  let type = m.type;
  if (HONORIFICS.has(m.before.toLowerCase()) && type !== 'PER' && !m.caps && !m.facility) {
    type = 'PER';
    typedBy = 'title';
  }
  // Titles ("Foreign Minister", "Mr") and a party before a full name ("Tory Liam Fox") are not part
  // of a person's name; in other spans only an honorific is ("Foreign Ministry" keeps its "Foreign").
  for (;;) {
    if (end - start <= 1) break;
    const lo = toks[start]!.toLowerCase();
    if (lo === 'the') start++;
    else if (HONORIFICS.has(lo)) {
      type = 'PER';
      typedBy = 'title';
      start++;
    } else if (type === 'PER' && (PERSON_TITLES.has(lo) || (PARTY_MEMBERS.has(lo) && end - start >= 3))) start++;
    else break;
  }
  // ...nor is what comes before a title inside the span, when a full name follows it ("Chrysler Chairman Lee Iacocca", "Tory MP Michael Mates").
  if (type === 'PER') {
    for (let i = end - 3; i > start; i--) {
      if (PERSON_TITLES.has(toks[i]!.toLowerCase())) {
        start = i + 1;
        break;
      }
    }
  }
  // Punctuation, and an article no name ends with ("S and P. The issue": a sentence the tokenizer ran on).
  // Brackets too: wire copy marks companies "<Goldman, Sachs and Co>".
  while (end > start && /^(?:'s?|"|\(|\)|<|>|\[|\]|,|-|\.|:|;|the|The|THE|an?|An?|AN)$/.test(toks[end - 1]!)) end--;
  while (start < end && /^(?:"|\(|\)|<|>|\[|\]|,|-|'|:|;)$/.test(toks[start]!)) start++;
  [start, end] = insideBrackets(toks, start, end);
  if (start >= end || isTicker(m, start, end)) return null;
  toks = toks.slice(start, end);
  if (!toks.some((t) => LETTERS.test(t))) return null;
  const last = toks[toks.length - 1]!.toLowerCase();
  // "Nine months", "III", "Ltd", "Company": no name in it.
  const nameless = (t: string) => NUMBER_WORDS.has(t.toLowerCase()) || ROMAN_NUMERAL.test(t) || CORP_FORMS.has(t.toLowerCase()) || ORG_SUFFIXES.has(t.toLowerCase());
  if (toks.every(nameless)) return null;
  if (type !== 'LOC' && toks.length === 1 && INSTITUTION_NOUNS.has(toks[0]!.toLowerCase())) return null;
  // Initials alone ("P.") name no one a reader could follow.
  if (type === 'PER' && toks.every((t) => /^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(t))) return null;
  // A title alone ("the Chancellor said") names no one.
  if (type === 'PER' && toks.length === 1 && PERSON_TITLES.has(toks[0]!.toLowerCase())) return null;
  // "U.S. Dlrs", "N.Z. Dlrs" in a wire headline: an amount, not a name.
  if (UNIT_WORDS.has(last)) return null;
  if (toks.length === 1 && (TIME_ZONES.has(toks[0]!.toLowerCase()) || COMMON_ACRONYMS.has(toks[0]!.toLowerCase()))) return null;
  if (toks.length <= 2 && HOLIDAYS.has(last)) return null;
  if (type === 'PER' && !typedBy && toks.length === 1 && PARTY_MEMBERS.has(toks[0]!.toLowerCase())) return null;
  // Lowercase-only spans ("the", "minister") are tagger noise.
  if (!toks.some((t) => /^[\p{Lu}\p{Lt}]/u.test(t) || /\p{Lu}/u.test(t))) return null;
  // The words either side of the name itself, a title or a possessive trimmed from the span included.
  const before = (start > 0 ? m.tokens[start - 1]! : m.before).toLowerCase();
  const next = (end < m.tokens.length ? m.tokens[end] : m.after[0])?.toLowerCase();
  if (toks.length === 1 && REFERENCE_NOUNS.has(last) && /^(?:\d|[ivx]+$)/.test(next ?? '')) return null;
  // "Chelsea have won", "Chelsea boss Jose Mourinho", "analyst firm Gartner": a club or a company, whatever the tagger said.
  const organizationCue = (toks.length === 1 && next !== undefined && ORGANIZATION_CUES.has(next) && !COORDINATORS.has(before)) || ORGANIZATION_NOUNS.has(before);
  if (type === 'PER' && !typedBy && organizationCue) {
    type = 'ORG';
    typedBy = 'context';
  }
  // "the film Vera Drake", "Closer star Clive Owen", "the Brit Awards": a work or an award, which the archive does not list.
  if (type === 'PER' && !typedBy && (isWork(before, next) || (toks.length > 1 && AWARD_LAST_WORDS.has(last)))) return null;
  // "an Oscar for", "Oscar-winning": an award, whatever the tagger took it for.
  if (!typedBy && isAward(toks, before, next)) return null;
  // "Hmeimim airbase", "Latakia province": a name before a place noun is a place, not a person.
  if (type === 'PER' && !typedBy && next && PLACE_NOUNS.has(next)) type = 'LOC';
  // "the US says": a country named like an acronym is still the country (CoNLL-2003 tags a country a place).
  if (type === 'ORG' && !typedBy && toks.length <= 3 && canonicalCountry(toks.join(' '))) type = 'LOC';
  // "the Kremlin", "the White House": a seat of power is never a person (CoNLL-2003 tags it a place).
  if (type === 'PER' && isLandmark(gazKey(toks.join(' ')))) type = 'LOC';
  // "Sony said", "Vodafone's chief", "in Nokia": a well-known organization is not a person, nor the town that shares its name.
  if (!typedBy && (type === 'PER' || type === 'LOC') && namesKnownOrganization(m, toks, type)) type = 'ORG';
  // "Salomon Bros.", "Pirelli SpA": a company form at the end makes the name an organisation.
  // ...and so does, for a "person", a word only organizations' names end in ("Google News") or begin with ("Societe Generale").
  const organizationWord = ORG_LAST_WORDS.has(last) || ORG_FIRST_WORDS.has(toks[0]!.toLowerCase());
  if (!typedBy && toks.length > 1 && (CORP_FORMS.has(last) || (type === 'PER' && organizationWord))) type = 'ORG';
  let text = m.text;
  if (start > 0 || end < m.tokens.length) text = surfaceSlice(m.text, m.tokens, start, end);
  return { ...m, type, tokens: toks, text, typedBy };
}

/** A city at least this big keeps its name against a well-known organization's (Toyota, a city of 360,000, is the carmaker). */
const PLACE_OVER_ORGANIZATION_POP = 500_000;

/** Words before a name that make it a place ("in Avon"). */
const LOCATIVES = new Set(['in', 'near', 'outside']);

/** A mention written as a place: "in Avon", or a town followed by its state or country ("Avon, Massachusetts"). */
function placeByContext(m: Mention): boolean {
  if (LOCATIVES.has(m.before.toLowerCase())) return true;
  const [comma, next] = m.after;
  const kind = comma === ',' && next ? lookupPlace(next)?.kind : undefined;
  return kind === 'region' || kind === 'country';
}

/**
 * A person or place mention (cleaned to `toks`) that names a well-known organization (the
 * lexicon's list): the whole name, unless it is written as a place or is a country, a region or a
 * big city; or, for a person, the first word ("Sony Ericsson": no one's first name is a company's).
 */
function namesKnownOrganization(m: Mention, toks: readonly string[], type: EntityType): boolean {
  const lex = loadLexicon();
  const name = toks.join(' ');
  if (lex.organizations.has(gazKey(name))) {
    if (type !== 'LOC') return true;
    if (placeByContext(m)) return false;
    const place = lookupExact(name, lex);
    return !place || (place.kind === 'city' && place.pop < PLACE_OVER_ORGANIZATION_POP);
  }
  return type === 'PER' && toks.length > 1 && lex.organizations.has(gazKey(toks[0]!));
}

/** A wire ticker ("BAC", "BRKN.S"). */
const TICKER = /^[A-Z][A-Z.]{0,7}$/;
/**
 * A ticker alone in its brackets, stricter than TICKER: with no name beside it in the span, a
 * longer word in capitals may be an unlisted company's name ("<CANTREX>" in a headline).
 */
const LONE_TICKER = /^[A-Z]{1,5}(?:\.[A-Z]{1,2})?$/;

/**
 * A span without wire copy's brackets inside it: a ticker before or after the name goes
 * ("<BAC> Bank of America", "Dresser Industries <DI>"), and of a word and a bracketed name,
 * the name stays ("London-based <Mastertronic Ltd>", "First Federal Savings Bank> of Delaware").
 */
function insideBrackets(toks: readonly string[], start: number, end: number): [number, number] {
  for (let i = start; i < end; i++) {
    if (toks[i] === '>') {
      if (i - start === 1 && TICKER.test(toks[start]!)) start = i + 1;
      else end = i;
    } else if (toks[i] === '<') {
      if (end - i === 2 && TICKER.test(toks[i + 1]!)) end = i;
      else start = i + 1;
    }
  }
  return [start, end];
}

/** A wire ticker on its own, in its brackets ("Citicorp <CCI>"): a code, not a name (and no acronym of one). */
function isTicker(m: Mention, start: number, end: number): boolean {
  const opened = start > 0 ? m.tokens[start - 1] : m.before;
  const closed = end < m.tokens.length ? m.tokens[end] : m.after[0];
  return end - start === 1 && opened === '<' && closed === '>' && LONE_TICKER.test(m.tokens[start]!);
}

/** Cut a mention's surface text to tokens [start, end) by locating the tokens in order. */
function surfaceSlice(text: string, tokens: readonly string[], start: number, end: number): string {
  let pos = 0;
  let from = 0;
  let to = text.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let at = text.indexOf(t, pos);
    if (at < 0) at = pos; // Normalised quotes differ from the surface; keep the running position.
    if (i === start) from = at;
    pos = at + t.length;
    if (i === end - 1) to = pos;
  }
  return text.slice(from, Math.min(to, text.length)).trim();
}

/** Initials of an organisation name: "Hayat Tahrir al-Sham" -> "hts", "North Atlantic Treaty Organisation" -> "nato". */
export function initials(tokens: readonly string[]): string[] {
  const words = tokens.filter((t) => LETTERS.test(t));
  const full: string[] = [];
  const caps: string[] = [];
  for (const w of words) {
    const parts = w.split('-').filter(Boolean);
    for (const p of parts) {
      const lo = p.toLowerCase();
      if (/^(al|el|of|the|and|for|on|in|de|du|la|le|&)$/.test(lo)) {
        full.push(lo[0]!);
        continue;
      }
      full.push(lo[0]!);
      caps.push(lo[0]!);
    }
  }
  return [...new Set([caps.join(''), full.join('')])].filter((s) => s.length >= 2);
}

/** Adjectives for a region's peoples, and a people's nicknames ("the Scot", "the Aussies"), that the lexicon's demonyms lack. */
const REGIONAL_ADJECTIVES = new Set(['latin', 'nordic', 'baltic', 'balkan', 'scandinavian', 'slavic', 'hispanic',
  'scot', 'scots', 'brit', 'brits', 'kiwi', 'kiwis', 'aussie', 'aussies']);

/**
 * "Latin Americans", "Soviets" (a people), or "Latin" in "Latin countries" and "Philippine" in "the
 * Philippine negotiators" (the adjective of a country named in the plural) tagged as a person: no entity.
 */
function isPeopleWord(m: Mention, lex: Lexicon): boolean {
  // A person by a title or a place by its form; a club's cue ("Muslims are") does not save a people word.
  if (m.typedBy === 'title' || m.typedBy === 'place') return false;
  const key = gazKey(m.tokens.join(' '));
  if (key.endsWith('s') && lex.demonyms.has(key.slice(0, -1))) return true;
  if (m.type !== 'PER') return false;
  return lex.demonyms.has(key) || REGIONAL_ADJECTIVES.has(key) || (m.tokens.length === 1 && lookupExact(`${key}s`, lex)?.kind === 'country');
}

/**
 * Fix types across the document and group mentions into entities.
 */
export function clusterMentions(raw: readonly Mention[], lex: Lexicon): Cluster[] {
  const mentions = raw.map(cleanMention).filter((m): m is Mention => m !== null && !isPeopleWord(m, lex));

  // 1. Majority vote of a name's type; headline (caps) mentions weigh less, those typed by their context more.
  // (Keeping minority types, for "Chicago" the city beside the team, measured no better on conll-dev.)
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const key = normName(m.tokens.join(' '));
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + (m.typedBy ? 3 : m.caps ? 0.5 : 1));
  }
  for (const m of mentions) {
    const v = votes.get(normName(m.tokens.join(' ')))!;
    let best = m.type;
    let bc = -1;
    for (const [t, c] of v) if (c > bc) [best, bc] = [t, c];
    m.type = best;
  }

  // 2. A lone surname or first name of a person named in full is that person, whatever its tag.
  const fullPeople = mentions.filter((m) => m.type === 'PER' && m.tokens.length > 1);
  const partOf = new Map<string, Set<string>>();
  for (const m of fullPeople) {
    const key = normName(m.tokens.join(' '));
    const words = key.split(' ');
    // Each word, and each ending of two words or more: a surname of two words ("Bra Kanon" of "Denis Bra Kanon").
    const endings = words.slice(1, -1).map((_, i) => words.slice(i + 1).join(' '));
    for (const p of [...nameParts(key), ...endings]) {
      if (p === key) continue;
      let s = partOf.get(p);
      if (!s) partOf.set(p, (s = new Set()));
      s.add(key);
    }
  }
  const clusters = new Map<string, Cluster>();
  const byKey = (key: string, type: EntityType): Cluster => {
    const id = type + ':' + key;
    let c = clusters.get(id);
    if (!c) clusters.set(id, (c = { type, mentions: [] }));
    return c;
  };
  const orgAlias = new Map<string, string>();
  const orgs = mentions.filter((m) => m.type === 'ORG');
  const extra: Mention[] = [];
  for (const m of mentions) {
    // "Hayat al-Tahrir al-Sham (HTS)": the parenthesised acronym is the same organisation; when
    // the acronym spells the name's initials, the name is an organisation whatever its tag.
    const acr = m.after[0] === '(' && m.after[2] === ')' ? m.after[1] : undefined;
    if (!acr || !/^[\p{Lu}\d&.-]{2,8}$/u.test(acr) || m.type === 'LOC') continue;
    if (m.type !== 'ORG' && m.tokens.length > 1 && initials(m.tokens).includes(normName(acr))) {
      m.type = 'ORG';
      orgs.push(m);
    }
    if (m.type === 'ORG') {
      orgAlias.set(normName(acr), orgKey(m.tokens));
      // The acronym is a form of the organisation even where the tagger left it untagged.
      if (!mentions.some((x) => x.tokens.length === 1 && x.tokens[0] === acr)) {
        extra.push({ type: 'ORG', tokens: [acr], text: acr, caps: m.caps, before: '(', after: [')'] });
      }
    }
  }
  mentions.push(...extra);
  for (const m of orgs) {
    if (m.tokens.length < 2) continue;
    // With and without the legal form: "General Motors Corp" is "GMC" and "GM".
    for (const ini of [...initials(m.tokens), ...initials(withoutOrgSuffix(m.tokens))]) if (!orgAlias.has(ini)) orgAlias.set(ini, orgKey(m.tokens));
  }
  for (const m of mentions) {
    const key = normName(m.tokens.join(' '));
    if (!key) continue;
    const full = partOf.get(key);
    const place = lex.places.get(gazKey(m.tokens.join(' ')));
    const mayBePart = m.tokens.length === 1 ? !(place && place.kind === 'country' && m.type === 'LOC') : m.type === 'PER';
    if (mayBePart && full && full.size === 1) {
      m.type = 'PER';
      byKey([...full][0]!, 'PER').mentions.push(m);
      continue;
    }
    if (m.type === 'ORG' || (m.tokens.length === 1 && /^[\p{Lu}&]{2,8}$/u.test(m.tokens[0]!) && m.type !== 'LOC')) {
      const alias = orgAlias.get(orgKey(m.tokens));
      if (alias && alias !== orgKey(m.tokens)) {
        m.type = 'ORG';
        byKey(alias, 'ORG').mentions.push(m);
        continue;
      }
      if (m.type === 'ORG') {
        byKey(orgKey(m.tokens), 'ORG').mentions.push(m);
        continue;
      }
    }
    byKey(key, m.type).mentions.push(m);
  }
  return [...clusters.values()];
}

/** Organisation key without company-form suffixes ("Standard Oil Co" = "Standard Oil"). */
function orgKey(tokens: readonly string[]): string {
  return normName(withoutOrgSuffix(tokens).join(' '));
}

function withoutOrgSuffix(tokens: readonly string[]): readonly string[] {
  let end = tokens.length;
  while (end > 1 && ORG_SUFFIXES.has(tokens[end - 1]!.toLowerCase())) end--;
  return tokens.slice(0, end);
}
