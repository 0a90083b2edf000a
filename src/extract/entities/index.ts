// People, places and organizations of one article: tokenise, tag, clean up per document, resolve places.
import type { Entity, Place } from '../../types.js';
import { clusterMentions, normName, type Cluster } from './consistency.js';
import { alternatesOf, canonicalCountry, gazKey, loadLexicon, lookupExact, lookupFuzzy, lookupPlace, TOWN_POP, usStateName, type GazPlace } from './gazetteer.js';
import { memoize } from '../../memo.js';
import { lowercaseWords, mentionsOf, type Segment } from './mentions.js';
import { placeInstitutions } from './institutions.js';
import { sentences } from './tokenize.js';
import { slugify as slugifyText } from '../../slug.js';

export { loadLexicon, lookupPlace } from './gazetteer.js';
export { loadModel } from './tagger.js';

export interface EntityOptions {
  /** The article's headline, often in ALL CAPS, as extra evidence. */
  headline?: string;
  /** Names that must not be reported as mentioned people (the byline's authors). */
  exclude?: string[];
  /** The dateline's place ("MOSCOW", "PORTLAND, Ore."), a place the article is filed from. */
  dateline?: string;
  /** The agency that filed the article ("Reuters"): named in its text ("told Reuter"), it is an organization, never a person. */
  agencies?: string[];
}

export interface ExtractedEntities {
  people: Entity[];
  places: Place[];
  organizations: Entity[];
}

/** The project's slug (src/slug.ts), memoised: the same names recur in every article. */
export const slugify: (name: string) => string = memoize((name) => slugifyText(name, ''));

/** A dateline still at the head of the body: wire "CITY, Mon DD -" or "CITY, Country 1996-08-30". */
const DATELINE_RE = /^\s*([A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z. ]+)*?),?\s+(?:(?:\(\w[^)]*\)\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*(?:\([^)]*\))?\s*[-–—:]\s*|\d{4}-\d{2}-\d{2}\s*\n)/u;

function countForms(c: Cluster): { forms: string[]; name: string } {
  const freq = new Map<string, number>();
  for (const m of c.mentions) freq.set(m.text, (freq.get(m.text) ?? 0) + 1);
  const forms = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([f]) => f);
  // Canonical: the longest full form, mixed case preferred over a headline's capitals.
  let name = '';
  let best = -1;
  for (const m of c.mentions) {
    const score = m.tokens.length * 1000 + (m.caps || !/\p{Ll}/u.test(m.text) ? 0 : 500) + m.text.length;
    if (score > best) [name, best] = [m.text, score];
  }
  if (!/\p{Ll}/u.test(name) && name.length > 4) name = titleCase(name);
  return { forms, name };
}

/** `lookupPlace` against the shipped lexicon, memoised by name; the exact and tolerant halves alone too. */
const placeOf = memoize((name: string) => lookupPlace(name, loadLexicon()));
const exactPlaceOf = memoize((name: string) => lookupExact(name, loadLexicon()));
const fuzzyPlaceOf = memoize((name: string) => lookupFuzzy(name, loadLexicon()));
const countryNameOf = memoize((name: string) => canonicalCountry(name, loadLexicon()));

/** A place cluster's gazetteer entry: any form's exact match first, then a tolerant one; and the form that matched. */
function resolvePlace(names: readonly string[]): { hit: GazPlace; form: string } | null {
  for (const f of names) {
    const hit = exactPlaceOf(f);
    if (hit) return { hit, form: f };
  }
  for (const f of names) {
    const hit = fuzzyPlaceOf(f);
    if (hit) return { hit, form: f };
  }
  return null;
}

/**
 * A facility's country: the place it is said to be in ("... Air Base in Syria"), else the place
 * it is named after when the gazetteer knows it ("Incirlik air base"; a village only in the
 * dateline's country: one of the world's many Princevilles is no evidence); coordinates only from
 * a city (the facility is at or near it). Null when neither says: the dateline is tried later.
 */
function resolveFacility(c: Cluster, home: string | undefined): Pick<Place, 'country' | 'lat' | 'lon'> {
  let within: GazPlace | null = null;
  let base: GazPlace | null = null;
  for (const m of c.mentions) {
    if (!m.facility) continue;
    if (m.facility.within) within ??= placeOf(m.facility.within);
    const b = placeOf(m.facility.base);
    if (b && (b.kind !== 'city' || b.pop >= TOWN_POP || b.cc === home)) base ??= b;
  }
  const at = base && (!within || within.cc === base.cc) ? base : within;
  if (!at) return { country: null, lat: null, lon: null };
  const city = at.kind === 'city';
  return { country: at.cc, lat: city ? at.lat : null, lon: city ? at.lon : null };
}

interface Ambiguous {
  place: Place;
  key: string;
  pop: number;
  /** The usual reading is a country (see `readCountryAsRegion`). */
  country: boolean;
}

/** A reading this much less populous than the usual one is never taken: London, Ontario is not London. */
const PROMINENCE_RATIO = 1 / 3;

/**
 * A name other countries also have is read in the article's country (the dateline's, else the one
 * most of its other places are in) when that country's reading is about as prominent: "Manchester"
 * beside "London" is the English city, not the Jamaican parish the name means alone; "Surrey"
 * beside "Vancouver" is the Canadian city. Athens beside American places stays in Greece.
 */
function readInContext(places: readonly Place[], ambiguous: readonly Ambiguous[], home: string | undefined): void {
  for (const { place, key, pop, country } of ambiguous) {
    if (country) {
      readCountryAsRegion(place, key, places);
      continue;
    }
    const context = home ?? mostCommonCountry(places.filter((other) => other !== place));
    if (!context || place.country === context) continue;
    const reading = alternatesOf(key).find((alt) => alt.cc === context && alt.pop >= pop * PROMINENCE_RATIO);
    if (reading) Object.assign(place, { country: reading.cc, lat: reading.lat, lon: reading.lon });
  }
}

/** Places of a country, besides the country itself, that make it an article's setting for `readCountryAsRegion`. */
const REGION_CONTEXT_PLACES = 2;

/**
 * A country's name that is also a region elsewhere (Georgia, the US state) is the region when the
 * article says so: it also writes the region's abbreviation ("Ga."), or two or more of its other
 * places are in the region's country, more than in any other, and none is in the named country.
 * The dateline alone is no evidence: a Washington story about the Caucasus names Georgia the country.
 */
function readCountryAsRegion(place: Place, key: string, places: readonly Place[]): void {
  const others = places.filter((other) => other !== place && other.country && !countryNameOf(other.name));
  for (const region of alternatesOf(key)) {
    const abbreviated = place.forms.some((form) => {
      const state = region.cc === 'US' ? usStateName(form) : null;
      return state !== null && gazKey(state) === key;
    });
    const within = others.filter((other) => other.country === region.cc).length;
    const setting = within >= REGION_CONTEXT_PLACES && mostCommonCountry(others) === region.cc && !others.some((other) => other.country === place.country);
    if (abbreviated || setting) {
      Object.assign(place, { country: region.cc, lat: region.lat, lon: region.lon });
      return;
    }
  }
}

/** The country most of `places` are in; none on a tie. */
function mostCommonCountry(places: readonly Place[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : undefined;
}

/** "U.S. HOUSE" -> "U.S. House", "O'NEILL" -> "O'Neill", "POOR'S" -> "Poor's". */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s.-]|'(?!s\b))(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export function extractEntities(body: string, options: EntityOptions = {}): ExtractedEntities {
  const lex = loadLexicon();
  let text = body;
  let dateline = options.dateline;
  const dm = DATELINE_RE.exec(text);
  if (dm && dm[1]) {
    dateline ??= dm[1];
    text = text.slice(dm[0].length);
  }
  const segments: Segment[] = [];
  if (options.headline) segments.push({ text: options.headline, sents: sentences(options.headline), headline: true });
  segments.push({ text, sents: sentences(text) });
  const lowercase = lowercaseWords(segments);
  const mentions = mentionsOf(segments, lex, lowercase);
  if (dateline) {
    // "NICE, France" and "PORTLAND, Ore.": every part of a dateline is a place.
    for (const part of dateline.split(',')) {
      const place = part.trim();
      if (!place || !/\p{L}/u.test(place)) continue;
      mentions.push({ type: 'LOC', tokens: place.split(/\s+/), text: place, caps: true, before: '', after: [], typedBy: 'place' });
    }
  }
  const clusters = clusterMentions(mentions, lex);
  const excluded = new Set((options.exclude ?? []).map(normName).filter(Boolean));
  const exclTokens = [...excluded].map((e) => new Set(e.split(' ')));
  // Each agency by its name with and without a final "s" (1980s wire copy signs Reuters "Reuter").
  const agencies = new Map((options.agencies ?? []).flatMap((a) => [normName(a), normName(a).replace(/s$/, '')].filter(Boolean).map((k) => [k, a] as const)));
  const people: Entity[] = [];
  const places: Place[] = [];
  const organizations: Entity[] = [];
  const datelineFull = dateline?.trim();
  const home = datelineFull ? placeOf(datelineFull)?.cc : undefined;
  /** Indices in `places` of facilities not yet given a country. */
  const facilities: number[] = [];
  /** Places whose name other countries also have, with the key to their readings and the chosen one's population. */
  const ambiguous: Ambiguous[] = [];
  for (const c of clusters) {
    const { forms, name } = countForms(c);
    const entity: Entity = { id: slugify(name), name, forms, count: c.mentions.length };
    if (!entity.id) continue;
    if (c.type === 'PER') {
      const keys = forms.map(normName);
      if (keys.some((k) => excluded.has(k) || exclTokens.some((s) => k.split(' ').every((w) => s.has(w))))) continue;
      // A lone word of an ALL-CAPS headline that the text writes in lowercase ("RUBBER", "MORTGAGE") is that word, not a
      // surname. (Not a capitalised word of the text: an article typed in lowercase has "lusinchi" beside "Lusinchi said".)
      if (!c.mentions.some((m) => m.typedBy) && forms.every((f) => !/\s/.test(f) && f === f.toUpperCase() && lowercase.has(f.toLowerCase()))) continue;
      const agency = keys.map((k) => agencies.get(k)).find(Boolean);
      // Named as the source names it, so that the archive files every article's "Reuter" under Reuters.
      if (agency) organizations.push({ ...entity, id: slugify(agency), name: agency });
      else people.push(entity);
    } else if (c.type === 'ORG') {
      organizations.push(c.mentions.some((m) => m.typedBy === 'context') ? { ...entity, kindFrom: 'context' } : entity);
    } else if (c.type === 'LOC') {
      if (c.mentions.some((m) => m.facility)) {
        const at = resolveFacility(c, home);
        if (!at.country) facilities.push(places.length);
        places.push({ ...entity, ...at });
        continue;
      }
      const found = resolvePlace([name, ...forms]);
      let hit = found?.hit ?? null;
      // The dateline's qualifier ("PORTLAND, Ore.") resolves a city the bare name would not.
      if (datelineFull && forms.some((f) => normName(f) === normName(datelineFull.split(',')[0]!))) {
        hit = placeOf(datelineFull) ?? hit;
      }
      // Every name of a country is reported as the country ("U.S.", "USA", "US" -> "United States");
      // parts and former states keep their own ("England", "Soviet Union"); "Calif." is California.
      const canonical = found && hit === found.hit ? (hit.kind === 'country' ? countryNameOf(found.form) : usStateName(found.form)) : null;
      const place: Place = { ...entity, country: hit?.cc ?? null, lat: hit?.lat ?? null, lon: hit?.lon ?? null };
      const key = found && hit === found.hit ? gazKey(found.form) : null;
      if (key && alternatesOf(key).length) ambiguous.push({ place, key, pop: hit!.pop, country: hit!.kind === 'country' });
      if (canonical) {
        place.name = canonical;
        place.id = slugify(canonical);
        const same = places.find((p) => p.id === place.id);
        if (same) {
          for (const f of forms) if (!same.forms.includes(f)) same.forms.push(f);
          same.count += place.count;
          continue;
        }
      }
      places.push(place);
    }
  }
  readInContext(places, ambiguous, home);
  // A facility nothing placed is in the dateline's country when the whole story is ("ANDREWS AIR
  // FORCE BASE, Md." or a domestic story whose every resolved place is in that country).
  if (home && facilities.length && places.every((p) => !p.country || p.country === home)) {
    for (const k of facilities) places[k]!.country = home;
  }
  const order = (a: Entity, b: Entity): number => b.count - a.count || a.name.localeCompare(b.name);
  const placed = placeInstitutions(organizations, places, text, home, lex);
  return { people: people.sort(order), places: places.sort(order), organizations: placed.sort(order) };
}
