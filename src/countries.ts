/** Country names, codes and demonyms from the world-countries package, looked up by ISO alpha-2. */
import { createRequire } from 'node:module';
import { slugify } from './slug.js';

const require = createRequire(import.meta.url);

interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  ccn3: string;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

export interface CountryInfo {
  code: string;
  name: string;
  ccn3: string;
  /** Slugs of every name the country goes by, to recognise a place that is the country itself. */
  slugs: Set<string>;
}

let byCode: Map<string, CountryInfo> | undefined;
/** Lowercased English demonym -> code; null for one several countries share ("Congolese"). */
let byDemonym: Map<string, string | null> | undefined;

function table(): Map<string, CountryInfo> {
  if (byCode) return byCode;
  byCode = new Map();
  byDemonym = new Map();
  for (const raw of require('world-countries/countries.json') as RawCountry[]) {
    for (const demonym of new Set([raw.demonyms?.eng?.m, raw.demonyms?.eng?.f])) {
      if (!demonym) continue;
      const key = demonym.toLowerCase();
      byDemonym.set(key, byDemonym.has(key) ? null : raw.cca2.toUpperCase());
    }
    const names = [raw.name.common, raw.name.official, ...raw.altSpellings.filter((s) => s.length > 3)];
    byCode.set(raw.cca2.toUpperCase(), {
      code: raw.cca2.toUpperCase(),
      name: raw.name.common,
      ccn3: raw.ccn3,
      slugs: new Set(names.map((name) => slugify(name, ''))),
    });
  }
  return byCode;
}

export function countryByCode(code: string): CountryInfo | undefined {
  return table().get(code.toUpperCase());
}

/** The code of the one country whose people an adjective names ("Japanese" -> "JP"), if any. */
export function countryByDemonym(word: string): string | undefined {
  table();
  return byDemonym!.get(word.toLowerCase()) ?? undefined;
}

/** The code of the country a name is one of ("Japan", "Britain"), if any. */
export function countryByName(name: string): string | undefined {
  const slug = slugify(name, '');
  for (const info of table().values()) if (info.slugs.has(slug)) return info.code;
  return undefined;
}

/**
 * A name with its country, as the archive shows a namesake ("London (Canada)") or an institution
 * ("Finance Ministry (Japan)"); the country itself beside a namesake is "Georgia (country)", not
 * "Georgia (Georgia)".
 */
export function withCountryName(name: string, code: string): string {
  const countryName = countryByCode(code)?.name ?? code;
  return `${name} (${countryName === name ? 'country' : countryName})`;
}

/** Is a place with this name (and id) the country with this code, rather than a place inside it? */
export function isCountryPlace(name: string, id: string, code: string | null | undefined): boolean {
  if (!code) return false;
  const info = countryByCode(code);
  if (!info) return false;
  return info.slugs.has(slugify(name, '')) || info.slugs.has(id) || name === withCountryName(info.name, info.code);
}
