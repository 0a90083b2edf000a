// Place gazetteer and name lexicons, loaded once from the compact files in model/.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import anyAscii from 'any-ascii';
import { memoize } from './memo.js';

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
}

const MODEL_DIR = new URL('./model/', import.meta.url);
export const GAZ_FILE = new URL('gazetteer.tsv.gz', MODEL_DIR);
/** Towns under TOWN_POP people: only needed to resolve rare places, so loaded on first miss. */
export const TOWNS_FILE = new URL('towns.tsv.gz', MODEL_DIR);
export const TOWN_POP = 15000;
export const LEXICON_FILE = new URL('lexicon.json.gz', MODEL_DIR);

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

function readPlaces(file: URL): Map<string, GazPlace> {
  const places = new Map<string, GazPlace>();
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const f = text.slice(start, end).split('\t');
    start = end + 1;
    if (f.length < 6) continue;
    places.set(f[0]!, {
      cc: f[1]!,
      lat: f[2] ? Number(f[2]) : null,
      lon: f[3] ? Number(f[3]) : null,
      pop: Number(f[4]),
      kind: KIND_CODE[f[5]!] ?? 'city',
    });
  }
  return places;
}

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const places = readPlaces(GAZ_FILE);
  const lex = JSON.parse(gunzipSync(readFileSync(LEXICON_FILE)).toString('utf8')) as { firstNames: string[]; demonyms: string[] };
  const prefixes = new Set<string>();
  const addPrefixes = (key: string): void => {
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes.add(key.slice(0, sp));
  };
  for (const key of places.keys()) if (key.includes(' ')) addPrefixes(key);
  for (const d of lex.demonyms) addPrefixes(d);
  cached = { places, firstNames: new Set(lex.firstNames), demonyms: new Set(lex.demonyms), prefixes };
  return cached;
}

/** A gazetteer entry by key: the eager table, then the lazily loaded small towns. */
export function placeByKey(key: string, lex: Lexicon = loadLexicon()): GazPlace | undefined {
  const p = lex.places.get(key);
  if (p) return p;
  towns ??= readPlaces(TOWNS_FILE);
  return towns.get(key);
}

/** Resolve a place name ("Latakia", "PORTLAND, Ore.", "Latakia province") to the gazetteer. */
export function lookupPlace(name: string, lex: Lexicon = loadLexicon()): GazPlace | null {
  const key = gazKey(name);
  const direct = placeByKey(key, lex);
  if (direct) return direct;
  // "Latakia province", "Idlib governorate": the bare name.
  const bare = key.replace(/\s+(province|governorate|region|district|state|county|oblast|prefecture|city)$/, '').replace(/^(city of|province of|state of)\s+/, '');
  if (bare !== key) {
    const b = placeByKey(bare, lex);
    if (b) return b;
  }
  // "Portland, Ore.": the place's country is the part after the comma's; prefer the city when it agrees.
  const parts = key.split(/\s*,\s*/).filter(Boolean);
  if (parts.length > 1) {
    const head = placeByKey(parts[0]!, lex);
    const tail = placeByKey(parts[parts.length - 1]!, lex);
    if (head && tail && head.cc === tail.cc) return head;
    if (tail) return { ...tail, kind: tail.kind, pop: 0 };
    if (head) return head;
  }
  return null;
}
