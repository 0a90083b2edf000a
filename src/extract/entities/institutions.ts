/**
 * A national institution named generically ("the Finance Ministry", "Central Bank", "Parliament")
 * is a different body in every country: Japan's Finance Ministry is not Brazil's. Such a name is
 * only an entity together with its country, which this finds, strongest evidence first:
 * - the name itself ("U.S. Agriculture Department", "West German Finance Ministry");
 * - the words before it in the text ("Japan's Finance Ministry", "the Brazilian Central Bank"),
 *   when every such mention points to one country;
 * - the dateline, when the story is about the dateline's country (no other country is named more
 *   often): wire style names a foreign ministry's country, so "TOKYO - The Finance Ministry said"
 *   is Japan's, while "MANILA - ... China's determination ... the Communist Party's grip" is no
 *   evidence for the Philippines.
 * The entity is renamed to the bare institution, keeps every surface form, and records the
 * country and where it came from; the archive keeps institutions of different countries apart.
 */
import type { CountrySource, Entity, Place } from '../../types.js';
import { countryByDemonym } from '../../countries.js';
import { slugify } from '../../slug.js';
import { lookupExact, type Lexicon } from './gazetteer.js';

/** The kinds of body every country has its own of ("Security Council" is the UN's, so not "security"). */
const HEADS = new Set([
  'ministry', 'department', 'bank', 'court', 'parliament', 'cabinet', 'assembly', 'council',
  'commission', 'office', 'bureau', 'agency', 'board', 'authority', 'party', 'army', 'navy', 'police',
]);
/** Words that say which of those bodies, without naming one (not "Federal Reserve", not "Stock Exchange"). */
const FIELDS = new Set([
  'finance', 'foreign', 'trade', 'agriculture', 'agricultural', 'interior', 'home', 'defence', 'defense',
  'justice', 'health', 'economy', 'economic', 'economics', 'labour', 'labor', 'commerce', 'industry',
  'energy', 'transport', 'transportation', 'education', 'environment', 'information', 'planning',
  'statistics', 'statistical', 'central', 'reserve', 'supreme', 'national', 'state', 'constitutional',
  'high', 'appeals', 'district', 'communist', 'socialist', 'conservative', 'liberal', 'oil', 'petroleum',
  'mines', 'mining', 'fisheries', 'communications', 'telecommunications', 'posts', 'public', 'works',
  'customs', 'revenue', 'tax', 'monetary', 'budget', 'prices', 'employment', 'welfare',
  'housing', 'culture', 'tourism', 'science', 'technology', 'resources', 'natural', 'food', 'affairs',
  'development', 'water', 'military', 'supply', 'supplies', 'audit',
]);
const JOINERS = new Set(['of', 'and', 'for', 'the', '&']);
/** One-word names that are generic on their own; "Senate" and "Congress" are mostly one country's. */
const LONE_HEADS = new Set(['parliament', 'cabinet', 'army', 'navy', 'police']);
const COMPASS = new Set(['west', 'east', 'north', 'south']);

/** Is this name a kind of national body rather than one body ("Finance Ministry" but not "Bank of Japan")? */
export function isGenericInstitution(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 1) return LONE_HEADS.has(words[0]!);
  return words.some((w) => HEADS.has(w)) && words.every((w) => HEADS.has(w) || FIELDS.has(w) || JOINERS.has(w));
}

/** The country a word or two before a name point to: "U.S.", "Japan's", "Japanese", "West German". */
export function countryOfQualifier(words: string, lex: Lexicon): string | undefined {
  const bare = words.replace(/['’]s$/, '');
  const place = lookupExact(bare, lex);
  if (place?.kind === 'country') return place.cc;
  const byDemonym = countryByDemonym(bare);
  if (byDemonym) return byDemonym;
  const [first, ...rest] = bare.split(/\s+/);
  return rest.length && COMPASS.has(first!.toLowerCase()) ? countryOfQualifier(rest.join(' '), lex) : undefined;
}

/**
 * Give each generically named institution among `organizations` its country (see the module
 * comment); `home` is the dateline's country. Every other organization, and one whose mentions
 * disagree, is left alone. Two names of one institution ("U.S. Agriculture Department" and
 * "Agriculture Department") become one entity.
 */
export function placeInstitutions(organizations: Entity[], places: readonly Place[], text: string, home: string | undefined, lex: Lexicon): Entity[] {
  if (home && !isFocus(home, places)) home = undefined;
  const byKey = new Map<string, Entity>();
  for (const entity of organizations) {
    placeInstitution(entity, text, home, lex);
    const key = `${entity.name}@${entity.country ?? ''}`;
    const same = byKey.get(key);
    if (!same) {
      byKey.set(key, entity);
      continue;
    }
    for (const form of entity.forms) if (!same.forms.includes(form)) same.forms.push(form);
    same.count += entity.count;
    // The strongest evidence of the two stands.
    if (SOURCE_STRENGTH.indexOf(entity.countryFrom!) < SOURCE_STRENGTH.indexOf(same.countryFrom!)) same.countryFrom = entity.countryFrom;
  }
  return [...byKey.values()];
}

const SOURCE_STRENGTH: readonly CountrySource[] = ['name', 'text', 'dateline'];

/** Is `country` named at least as often as any other country in the article's places? */
function isFocus(country: string, places: readonly Place[]): boolean {
  const mentions = new Map<string, number>();
  for (const place of places) if (place.country) mentions.set(place.country, (mentions.get(place.country) ?? 0) + place.count);
  const own = mentions.get(country) ?? 0;
  return [...mentions.values()].every((count) => count <= own);
}

function placeInstitution(entity: Entity, text: string, home: string | undefined, lex: Lexicon): void {
  const fromName = splitQualifier(entity.name, lex);
  // A party's country word is part of its name, which says its country: the British National Party
  // is not "National Party (United Kingdom)", which the Scottish National Party would also become.
  if (fromName && /\bparty$/i.test(fromName.core)) return;
  if (fromName) {
    Object.assign(entity, { name: fromName.core, id: slugify(fromName.core, ''), country: fromName.country, countryFrom: 'name' });
    return;
  }
  if (!isGenericInstitution(entity.name)) return;
  const fromText = new Set<string>();
  for (const form of entity.forms) for (const country of qualifiersBefore(form, text, lex)) fromText.add(country);
  if (fromText.size > 1) return;
  const [country] = fromText;
  if (country) Object.assign(entity, { country, countryFrom: 'text' });
  else if (home) Object.assign(entity, { country: home, countryFrom: 'dateline' });
}

/** "U.S. Agriculture Department" -> US and "Agriculture Department"; null unless the rest is generic. */
function splitQualifier(name: string, lex: Lexicon): { country: string; core: string } | null {
  const words = name.split(/\s+/);
  for (const take of [2, 1]) {
    if (words.length <= take) continue;
    const core = words.slice(take).join(' ');
    if (!isGenericInstitution(core)) continue;
    const country = countryOfQualifier(words.slice(0, take).join(' '), lex);
    if (country) return { country, core };
  }
  return null;
}

/** The countries named just before each mention of `form` in `text` ("Japan's Finance Ministry"). */
function qualifiersBefore(form: string, text: string, lex: Lexicon): string[] {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = new RegExp(`(?:(\\S+)\\s+)?(\\S+)\\s+${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  const found: string[] = [];
  for (const m of text.matchAll(before)) {
    const country = (m[1] ? countryOfQualifier(`${m[1]} ${m[2]}`, lex) : undefined) ?? countryOfQualifier(m[2]!, lex);
    if (country) found.push(country);
  }
  return found;
}
