// Place gazetteer and name lexicons, loaded once from the compact files in model/.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { memoize } from '../../memo.js';

export type GazKind = 'country' | 'region' | 'city';

export interface GazPlace {
  cc: string;
  lat: number | null;
  lon: number | null;
  pop: number;
  kind: GazKind;
}

export interface Lexicon {
  places: Map<string, GazPlace>;
  /** Lowercased first names (English-speaking countries' lists). */
  firstNames: Set<string>;
  /** Lowercased demonyms/adjectives ("syrian", "west german"). */
  demonyms: Set<string>;
  /** Proper prefixes of multi-word names ("new", "new york"), to stop gazetteer matching early. */
  prefixes: Set<string>;
  /** Canonical name of each country by ISO code ("US" -> "United States"). */
  countries: Map<string, string>;
  /** Keys of country-kind names that name a part or a former state, not the country ("england", "ussr"). */
  countryParts: Set<string>;
  /** Keys of well-known organizations' names ("sony", "procter & gamble"; compromise's lexicon). */
  organizations: Set<string>;
}

const MODEL_DIR = new URL('./model/', import.meta.url);
export const GAZ_FILE = new URL('gazetteer.tsv.gz', MODEL_DIR);
/** Towns under TOWN_POP people: only needed to resolve rare places, so loaded on first miss. */
export const TOWNS_FILE = new URL('towns.tsv.gz', MODEL_DIR);
export const TOWN_POP = 15000;
export const LEXICON_FILE = new URL('lexicon.json.gz', MODEL_DIR);
/** Other countries' readings of names (see `buildGazetteer`): loaded when an article has a place to weigh. */
export const ALTERNATES_FILE = new URL('alternates.tsv.gz', MODEL_DIR);
/** The tolerant lookup's index (see `spellingIndex`): loaded on the first name the exact lookup misses. */
export const SPELLINGS_FILE = new URL('spellings.tsv.gz', MODEL_DIR);

/** Lookup key: ASCII-folded, lowercase, typographic quotes straightened, no leading "the" (memoised). */
export const gazKey: (name: string) => string = memoize(gazKeyOf);

function gazKeyOf(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/[`´]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const KIND_CODE: Record<string, GazKind> = { c: 'country', r: 'region', t: 'city' };

export function serializeGazetteer(rows: { key: string; cc: string; lat: number | null; lon: number | null; pop: number; kind: GazKind }[]): string {
  return rows
    .map((r) => [r.key, r.cc, r.lat ?? '', r.lon ?? '', r.pop, r.kind === 'country' ? 'c' : r.kind === 'region' ? 'r' : 't'].join('\t'))
    .join('\n');
}

let cached: Lexicon | null = null;
let towns: Map<string, GazPlace> | null = null;

/** Each row of a file `serializeGazetteer` wrote, in order. */
function readRows(file: URL, row: (key: string, place: GazPlace) => void): void {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const f = text.slice(start, end).split('\t');
    start = end + 1;
    if (f.length < 6) continue;
    row(f[0]!, {
      cc: f[1]!,
      lat: f[2] ? Number(f[2]) : null,
      lon: f[3] ? Number(f[3]) : null,
      pop: Number(f[4]),
      kind: KIND_CODE[f[5]!] ?? 'city',
    });
  }
}

function readPlaces(file: URL): Map<string, GazPlace> {
  const places = new Map<string, GazPlace>();
  readRows(file, (key, place) => places.set(key, place));
  return places;
}

let alternates: Map<string, GazPlace[]> | null = null;

/** Other countries' readings of a place name's key, best first; none for most names. */
export function alternatesOf(key: string): readonly GazPlace[] {
  if (!alternates) {
    const map = new Map<string, GazPlace[]>();
    readRows(ALTERNATES_FILE, (k, place) => {
      const list = map.get(k) ?? [];
      list.push(place);
      map.set(k, list);
    });
    alternates = map;
  }
  return alternates.get(KEY_ALIASES[key] ?? key) ?? [];
}

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const places = readPlaces(GAZ_FILE);
  const lex = JSON.parse(gunzipSync(readFileSync(LEXICON_FILE)).toString('utf8')) as {
    firstNames: string[];
    demonyms: string[];
    countries?: Record<string, string>;
    countryParts?: string[];
    organizations?: string[];
  };
  const prefixes = new Set<string>();
  const addPrefixes = (key: string): void => {
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes.add(key.slice(0, sp));
  };
  for (const key of places.keys()) if (key.includes(' ')) addPrefixes(key);
  for (const d of lex.demonyms) addPrefixes(d);
  cached = {
    places,
    firstNames: new Set(lex.firstNames),
    demonyms: new Set(lex.demonyms),
    prefixes,
    countries: new Map(Object.entries(lex.countries ?? {})),
    countryParts: new Set(lex.countryParts ?? []),
    organizations: new Set(lex.organizations ?? []),
  };
  return cached;
}

/** A gazetteer entry by key: the eager table, then the lazily loaded small towns. */
export function placeByKey(key: string, lex: Lexicon = loadLexicon()): GazPlace | undefined {
  const p = lex.places.get(KEY_ALIASES[key] ?? key);
  if (p) return p;
  towns ??= readPlaces(TOWNS_FILE);
  return towns.get(key);
}

/** Generic words after a place name that the bare name resolves ("Latakia province"). */
const BARE_SUFFIX = /\s+(province|governorate|region|district|state|county|oblast|prefecture|city)$/;

/**
 * Resolve a place name ("Latakia", "PORTLAND, Ore.", "Latakia province", "Tartous") to the
 * gazetteer: the exact lookup, then (for names it misses) the tolerant one.
 */
export function lookupPlace(name: string, lex: Lexicon = loadLexicon()): GazPlace | null {
  return lookupExact(name, lex) ?? lookupFuzzy(name, lex);
}

/**
 * Continents and oceans: places with no country or point. The gazetteer only has towns of the
 * same name ("Asia" in the Philippines, "Pacific" in Missouri), which they never mean.
 */
const WORLD_REGIONS = new Set(['asia', 'europe', 'africa', 'oceania', 'americas', 'pacific', 'atlantic', 'arctic']);

/** The exact lookup alone: landmarks and surface aliases, keys, bare names, "City, Qualifier". */
export function lookupExact(name: string, lex: Lexicon = loadLexicon()): GazPlace | null {
  const surface = SURFACE_ALIASES[name.trim()];
  const key = surface ?? gazKey(name);
  if (WORLD_REGIONS.has(key)) return null;
  const named = LANDMARKS.get(key);
  if (named) return named;
  const direct = withSaintSpelling(key, placeByKey(key, lex), lex);
  if (direct) return direct;
  // "Latakia province", "Idlib governorate": the bare name.
  const bare = key.replace(BARE_SUFFIX, '').replace(/^(city of|province of|state of)\s+/, '');
  if (bare !== key) {
    const b = placeByKey(bare, lex);
    if (b) return b;
  }
  // "Portland, Ore.": the place's country is the part after the comma's; prefer the city when it agrees.
  const parts = key.split(/\s*,\s*/).filter(Boolean);
  if (parts.length > 1) {
    const head = withSaintSpelling(parts[0]!, placeByKey(parts[0]!, lex), lex);
    const tail = placeByKey(parts[parts.length - 1]!, lex);
    if (head && tail && head.cc === tail.cc) return head;
    // "MANCHESTER, England": the head's reading in the qualifier's country.
    const reading = tail ? alternatesOf(parts[0]!).find((alt) => alt.cc === tail.cc) : undefined;
    if (reading) return reading;
    if (tail) return { ...tail, kind: tail.kind, pop: 0 };
    if (head) return head;
  }
  return null;
}

const SAINT = /^(?:st\.?|saint) /;

/**
 * "St. Paul" and "Saint Paul" are one name, which the data keys one way or the other: the more
 * populous city of the two spellings ("St. Paul" is Minnesota's capital, not a town in Alberta).
 */
function withSaintSpelling(key: string, found: GazPlace | undefined, lex: Lexicon): GazPlace | undefined {
  if (!SAINT.test(key)) return found;
  const rest = key.replace(SAINT, '');
  for (const other of [`saint ${rest}`, `st. ${rest}`, `st ${rest}`]) {
    if (other === key) continue;
    const p = placeByKey(other, lex);
    if (p?.kind === 'city' && (!found || (found.kind === 'city' && p.pop > found.pop))) found = p;
  }
  return found;
}

/**
 * AP-style US state abbreviations, as datelines write them ("PORTLAND, Ore."), and the names a
 * reader knows them by; "N.Y." and "Wash." name the states, not the cities.
 */
export const US_STATE_NAMES: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois',
  'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
  'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri',
  'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York State', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina',
  'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia',
  'Wash.': 'Washington State', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
  'D.C.': 'District of Columbia',
};

/**
 * State abbreviations as wire datelines also write them: without the dot ("CANTON, Mass", "BOCA
 * RATON, Fla", where the key "fla" is a Norwegian village) and a few others ("READING, Penn.").
 * Two-letter ones keep their dot ("La" is not Louisiana). The gazetteer lacks them and is not
 * rebuilt with them (that would change the tagger's features): they resolve through KEY_ALIASES.
 */
const WIRE_STATE_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(US_STATE_NAMES)
      .filter(([short]) => /^\p{Lu}\p{Ll}{2,}\.$/u.test(short))
      .map(([short, full]) => [short.slice(0, -1), full]),
  ),
  Pa: 'Pennsylvania',
  'Penn.': 'Pennsylvania',
};
/** The gazetteer's own key of each such state: "fla." (the key "florida" is also a town in Puerto Rico). */
const STATE_KEYS = new Map(Object.entries(US_STATE_NAMES).map(([short, full]) => [full, gazKey(short)]));

/**
 * English names of cities the gazetteer knows only by their own name, and gives the English one to
 * a smaller place or none: "GENEVA" datelines were Geneva, Illinois; "Cologne" a village in Italy.
 */
const EXONYMS: Readonly<Record<string, string>> = {
  Geneva: 'Genève', Berne: 'Bern', Lucerne: 'Luzern', Cologne: 'Köln', Nuremberg: 'Nürnberg',
  Hanover: 'Hannover', Antwerp: 'Antwerpen', Ghent: 'Gent', Bruges: 'Brugge', Louvain: 'Leuven',
  Gothenburg: 'Göteborg', Seville: 'Sevilla', Saragossa: 'Zaragoza', Corunna: 'A Coruña', Oporto: 'Porto',
  Lyons: 'Lyon', Marseilles: 'Marseille', Dunkirk: 'Dunkerque', Padua: 'Padova', Leghorn: 'Livorno',
  Cracow: 'Kraków', Salonika: 'Thessaloníki', Teheran: 'Tehran', Dacca: 'Dhaka',
  Tientsin: 'Tianjin', Nanking: 'Nanjing', 'West Berlin': 'Berlin', 'East Berlin': 'Berlin',
};

/** Keys of abbreviations and English names the gazetteer lacks, to the keys of the places they name. */
const KEY_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...Object.entries(WIRE_STATE_NAMES).map(([short, full]) => [gazKey(short), STATE_KEYS.get(full) ?? gazKey(full)]),
    ...[...Object.entries(EXONYMS), ['H.K.', 'Hong Kong']].map(([name, known]) => [gazKey(name!), gazKey(known!)]),
  ],
);

const STATE_NAMES = new Map([...Object.entries(US_STATE_NAMES), ...Object.entries(WIRE_STATE_NAMES)].map(([short, full]) => [short.toLowerCase(), full]));

/** The state a US state abbreviation names, in any case ("Calif.", "PA"), or null. */
export function usStateName(form: string): string | null {
  return STATE_NAMES.get(form.trim().toLowerCase()) ?? null;
}

/**
 * The canonical name of the country a place name is another name of ("U.S.", "USA", "US",
 * "America" -> "United States"; "Burma" -> "Myanmar"), or null: for names that are not countries,
 * and for parts and former states of one ("England", "Soviet Union"), which keep their own name.
 */
export function canonicalCountry(name: string, lex: Lexicon = loadLexicon()): string | null {
  const key = SURFACE_ALIASES[name.trim()] ?? KEY_ALIASES[gazKey(name)] ?? gazKey(name);
  const p = lex.places.get(key);
  if (!p || p.kind !== 'country' || lex.countryParts.has(key)) return null;
  return lex.countries.get(p.cc) ?? null;
}

/**
 * Surface forms whose lowercased key means something else: "US" is the United States, while the
 * key "us" is a French village (and the pronoun). Matched case-sensitively, before the key.
 */
const SURFACE_ALIASES: Record<string, string> = { US: 'united states', 'U.S': 'united states', 'U.S.A': 'united states' };

const place = (cc: string, lat: number, lon: number, kind: GazKind): GazPlace => ({ cc, lat, lon, pop: 1e6, kind });

/**
 * Places news names often that the gazetteer data lacks or gives to a village: seats of power and
 * landmarks ("the Kremlin": a place in Moscow, as CoNLL-2003 tags it, 9 times out of 9), and English
 * exonyms and colloquial names of places the data knows only by another name ("Chechnya",
 * "Peking"). Looked up before the gazetteer (Calcutta and Madras are also villages in the US).
 */
const LANDMARKS = new Map<string, GazPlace>([
  ['kremlin', place('RU', 55.7517, 37.6178, 'city')],
  ['red square', place('RU', 55.7539, 37.6208, 'city')],
  ['white house', place('US', 38.8977, -77.0365, 'city')],
  ['capitol hill', place('US', 38.8899, -77.0091, 'city')],
  ['pentagon', place('US', 38.8719, -77.0563, 'city')],
  ['wall street', place('US', 40.7060, -74.0086, 'city')],
  ['downing street', place('GB', 51.5034, -0.1276, 'city')],
  ['whitehall', place('GB', 51.5045, -0.1263, 'city')],
  ['elysee palace', place('FR', 48.8704, 2.3167, 'city')],
]);
const LANDMARK_KEYS = new Set(LANDMARKS.keys());
for (const [key, p] of [
  ['chechnya', place('RU', 43.4, 45.7, 'region')],
  ['crimea', place('UA', 45.3, 34.4, 'region')],
  ['peking', place('CN', 39.9075, 116.3972, 'city')],
  ['bombay', place('IN', 19.0728, 72.8826, 'city')],
  ['calcutta', place('IN', 22.5626, 88.363, 'city')],
  ['madras', place('IN', 13.0878, 80.2785, 'city')],
  ['rangoon', place('MM', 16.8053, 96.1561, 'city')],
  ['saigon', place('VN', 10.823, 106.6297, 'city')],
  ['leningrad', place('RU', 59.9386, 30.3141, 'city')],
  ['kiev', place('UA', 50.4547, 30.5238, 'city')],
  ['kharkov', place('UA', 49.9808, 36.2527, 'city')],
  ['basle', place('CH', 47.5584, 7.5733, 'city')],
  // Bare "Washington" and "New York" in news are the cities (datelines, "Washington said"); the
  // states are written "Washington state", "Wash.", "N.Y.", which resolve to the states.
  ['washington', place('US', 38.8951, -77.0364, 'city')],
  ['new york', place('US', 40.7143, -74.006, 'city')],
] as const) LANDMARKS.set(key, p);

/** Landmarks and seats of power, never people: "kremlin", "white house" (keys as `gazKey` makes them). */
export function isLandmark(key: string): boolean {
  return LANDMARK_KEYS.has(key);
}

// ---- Tolerant lookup of names the gazetteer spells differently.

/**
 * A spelling key that transliteration variants share: ASCII, lowercase, Arabic article and
 * punctuation dropped, common alternations unified (ou/u, kh/h, ph/f, q/k, ue/u, w/v), doubled
 * letters single, a final y as i, a final h after a vowel dropped: Tartous, Tartus, Tartouss -> tartus; Groznyy,
 * Grozny -> grozni; Duesseldorf -> duseldorf; Al Basrah, Basra -> basra.
 */
export function spellingKey(key: string): string {
  return key
    .replace(/^(?:al|el|ar|as|ash|ad|an|at|az)[-\s]+(?=\S)/, '')
    .replace(/[^a-z]+/g, '')
    .replace(/ou|oo/g, 'u')
    .replace(/ue/g, 'u')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .replace(/ee/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1')
    .replace(/y$/, 'i')
    .replace(/([aeiou])h$/, '$1');
}

/** Consonants of a spelling key: the block within which close spellings are compared. */
function consonants(sk: string): string {
  return sk.replace(/[aeiou]/g, '');
}

/** Words that name a region's kind, stripped for the tolerant index ("Chechen Republic", "Republic of Dagestan"). */
const REGION_WORDS = /\b(?:republic|of|the|oblast|krai|kray|province|region|governorate|autonomous|okrug|state|prefecture|county|district|territory|municipality|department)\b/g;
/** Words that join a city's name to a qualifier: "Frankfurt am Main", "Newcastle upon Tyne". */
const CITY_QUALIFIER = /^(.+?)\s+(?:am|an der|an|upon|on|sur|ob der|in der|\()\s*\S.*$/;

/**
 * The tolerant index, built with the gazetteer (by scripts/train-ner.ts): lines of a spelling key,
 * its consonants, then the gazetteer keys that have it. Over the eagerly loaded table only
 * (countries, regions and cities of TOWN_POP people or more: a close spelling of a village is
 * more likely another place), plus regions without their kind words ("Chechen Republic" ->
 * "chechen") and cities without their qualifier ("Frankfurt am Main" -> "frankfurt").
 */
export function spellingIndex(rows: readonly { key: string; kind: GazKind; pop: number }[]): string {
  const byKey = new Map<string, Set<string>>();
  const add = (name: string, key: string): void => {
    const sk = spellingKey(name);
    if (sk.length < 3) return;
    let set = byKey.get(sk);
    if (!set) byKey.set(sk, (set = new Set()));
    set.add(key);
  };
  for (const r of rows) {
    if (r.kind === 'city' && r.pop < TOWN_POP) continue;
    add(r.key, r.key);
    if (r.kind === 'region') {
      const bare = r.key.replace(REGION_WORDS, ' ').replace(/\s+/g, ' ').trim();
      if (bare && bare !== r.key && bare.length >= 4) add(bare, r.key);
    } else if (r.kind === 'city') {
      const m = CITY_QUALIFIER.exec(r.key);
      if (m && m[1]!.length >= 4) add(m[1]!, r.key);
    }
  }
  // Two sorted sections, searched in place (no table to build at load): spelling key -> gazetteer
  // keys, then consonants -> spelling key.
  const spellings = [...byKey.keys()].sort();
  const blocks = spellings.map((sk) => consonants(sk) + '\t' + sk).sort();
  return [...spellings.map((sk) => [sk, ...[...byKey.get(sk)!].sort()].join('\t')), '#', ...blocks].join('\n');
}

/** The index's lines: [0, split) spellings, (split, end) consonant blocks. */
let fuzzy: { lines: string[]; split: number } | null = null;

/** Lines of [from, to) (sorted) that start with `prefix` + a tab: their text after it. */
function linesOf(lines: readonly string[], from: number, to: number, prefix: string): string[] {
  const target = prefix + '\t';
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < to && lines[i]!.startsWith(target); i++) out.push(lines[i]!.slice(target.length));
  return out;
}

/** One place of a set of candidates when they agree on the country (the best-known, with coordinates first), else null. */
function unique(cands: readonly GazPlace[]): GazPlace | null {
  if (!cands.length) return null;
  const cc = cands[0]!.cc;
  if (cands.some((p) => p.cc !== cc)) return null;
  const rank = (p: GazPlace): number => (p.lat !== null ? 4e9 : 0) + (p.kind === 'country' ? 2e9 : p.pop);
  return cands.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

/** Compass words: "Southwest" or "North West" is a direction or a region of many countries, never a guess. */
const COMPASS = /^(?:(?:north|south|east|west|mid|central|upper|lower|northern|southern|eastern|western|far|middle)[\s-]*)+$/;
/** Cities this large (or regions, countries) may match by edit distance: a typo of a small town is more likely another place. */
const CLOSE_MATCH_POP = 100_000;

/**
 * Tolerant lookup of a name the exact one missed: the place whose spelling key is the name's
 * (Tartous -> Tartus, Duesseldorf, Al Basrah -> Basra, Frankfurt am Main); or else, for names of
 * seven letters or more, a large place one edit away (two from twelve letters) with the same
 * consonants (Kazakstan, Blomefontein). Only when the candidates agree on one country; null
 * rather than a guess.
 */
export function lookupFuzzy(name: string, lex: Lexicon = loadLexicon()): GazPlace | null {
  const key = gazKey(name).replace(BARE_SUFFIX, '');
  if (WORLD_REGIONS.has(key)) return null;
  const sk = spellingKey(key);
  if (sk.length < 4 || /\d/.test(key) || COMPASS.test(key)) return null;
  if (!fuzzy) {
    const lines = gunzipSync(readFileSync(SPELLINGS_FILE)).toString('utf8').split('\n');
    fuzzy = { lines, split: lines.indexOf('#') };
  }
  const { lines, split } = fuzzy;
  const places = (sks: readonly string[]): GazPlace[] =>
    sks.flatMap((s) => linesOf(lines, 0, split, s)).flatMap((keys) => keys.split('\t')).flatMap((k) => lex.places.get(k) ?? []);
  const same = places([sk]);
  if (same.length) return unique(same);
  const c = consonants(sk);
  if (c.length < 4 || sk.length < 7) return null;
  const limit = sk.length >= 12 ? 2 : 1;
  const close = places(linesOf(lines, split + 1, lines.length, c).filter((s) => distance(s, sk) <= limit));
  return unique(close.filter((p) => p.kind !== 'city' || p.pop >= CLOSE_MATCH_POP));
}
