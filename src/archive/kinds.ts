/**
 * One kind per name across the archive. The tagger reads each sentence with little context,
 * so a company or a place can come out as a person ("Chrysler said", "Salomon Brothers said",
 * "DENVER" in a headline). Two kinds of evidence move such a "person", and only in this
 * direction: nothing marks a person mistaken for a company as surely.
 *
 * - A legal form: a "person" whose name is a company's name without "Corp", "Inc" or "Co", or
 *   its leading words, is that company when the same article names it so, or, for a name of
 *   two words or more, when the archive names the company in at least as many articles as the
 *   person. A bare surname needs the article's own evidence: "Casey" is not "Casey Co" because
 *   some other story mentions that company.
 * - The archive's vote: a name the archive tags as an organization or a place in at least
 *   three articles and twice as many as it tags it a person is that organization or place
 *   ("Salomon", "Denver", "Opec"). A surname of someone the archive names in full stays a
 *   person ("Baker" while James Baker is in it).
 * - The article's own words: a name that two or more articles make an organization by context
 *   ("Chelsea have won", "Chelsea boss"; `kindFrom`) is that organization in every article, however
 *   often the tagger read it as a person elsewhere; again, not a surname of someone named in full.
 *
 * Lists from front matter are never changed.
 */
import { NAMED_ENTITY_KINDS, type ArticleRecord, type Entity, type NamedEntityKind, type Place } from '../types.js';
import { foldName, withoutLegalForm } from './merge.js';

/** How many mentions `reconcileKinds` moved from people, by the evidence that moved them. */
export interface Retyped {
  companies: number;
  byVote: number;
}

/** Move people who are companies or places to organizations or places, in place. */
export function reconcileKinds(records: ArticleRecord[]): Retyped {
  // Lists the front matter gave stay as the editor wrote them.
  const editable = (kinds: NamedEntityKind[]) => records.filter((record) => !kinds.some((kind) => record.entitiesFromFrontMatter?.includes(kind)));
  const companies = moveCompanies(records, editable(['people', 'organizations']));
  return { companies, byVote: moveByVote(records, editable(['people', 'organizations', 'places'])) };
}

/** People named as a company with a legal form (see the module comment). */
function moveCompanies(records: ArticleRecord[], editable: ArticleRecord[]): number {
  // Articles that name each company base with a legal form, and articles that name each person.
  const companyArticles = new Map<string, number>();
  const personArticles = new Map<string, number>();
  const basesOf = new Map(records.map((record) => [record, legalBases(record)]));
  for (const [record, bases] of basesOf) {
    for (const base of bases) increment(companyArticles, base);
    for (const fold of new Set(record.people.map((person) => foldName(person.name)))) increment(personArticles, fold);
  }
  const isCompany = (person: Entity, localBases: Set<string>): boolean => {
    const fold = foldName(person.name);
    if (localBases.has(fold)) return true;
    return fold.includes(' ') && (companyArticles.get(fold) ?? 0) >= (personArticles.get(fold) ?? Infinity);
  };
  let moved = 0;
  for (const record of editable) {
    const companies = record.people.filter((person) => isCompany(person, basesOf.get(record)!));
    if (companies.length === 0) continue;
    record.people = record.people.filter((person) => !companies.includes(person));
    record.organizations = [...record.organizations, ...companies];
    moved += companies.length;
  }
  return moved;
}

/** A name becomes an organization or place when the archive names it so in this many articles or more, */
const VOTE_MIN_ARTICLES = 3;
/** and this many times as many as it names it a person. */
const VOTE_RATIO = 2;

/** A name becomes an organization when this many articles make it one by context. */
const CONTEXT_MIN_ARTICLES = 2;

/** People the archive reads as an organization or a place (see the module comment). */
function moveByVote(records: ArticleRecord[], editable: ArticleRecord[]): number {
  // One pass: articles naming each folded name (by any spelling) as each kind, the surnames of
  // people named in full, and the places each name was read as.
  const articles = { people: new Map<string, number>(), organizations: new Map<string, number>(), places: new Map<string, number>() };
  const byContext = new Map<string, number>();
  const surnames = new Set<string>();
  const placesNamed = new Map<string, Place[]>();
  for (const record of records) {
    for (const kind of NAMED_ENTITY_KINDS) {
      const folds = new Set<string>();
      const foldsByContext = new Set<string>();
      for (const entity of record[kind] as Entity[]) {
        const nameFold = foldName(entity.name);
        if (entity.kindFrom === 'context') foldsByContext.add(nameFold);
        const own = [nameFold, ...entity.forms.filter((form) => form !== entity.name).map(foldName)];
        for (const fold of own) folds.add(fold);
        if (kind === 'places') {
          for (const fold of new Set(own)) {
            const named = placesNamed.get(fold) ?? [];
            named.push(entity as Place);
            placesNamed.set(fold, named);
          }
        }
        if (kind === 'people' && nameFold.includes(' ')) surnames.add(nameFold.slice(nameFold.lastIndexOf(' ') + 1));
      }
      for (const fold of folds) increment(articles[kind], fold);
      for (const fold of foldsByContext) increment(byContext, fold);
    }
  }
  // A moved place takes the country and point the archive most often gives that name.
  const usualReading = (fold: string): Place => {
    const readings = new Map<string, { place: Place; count: number }>();
    for (const place of placesNamed.get(fold)!) {
      const key = `${place.country}|${place.lat}|${place.lon}`;
      const reading = readings.get(key) ?? { place, count: 0 };
      reading.count++;
      readings.set(key, reading);
    }
    return [...readings.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))[0]![1].place;
  };
  const kindOf = (fold: string): 'organizations' | 'places' | null => {
    if (surnames.has(fold)) return null;
    if ((byContext.get(fold) ?? 0) >= CONTEXT_MIN_ARTICLES) return 'organizations';
    const organizations = articles.organizations.get(fold) ?? 0;
    const places = articles.places.get(fold) ?? 0;
    const [kind, count] = organizations >= places ? (['organizations', organizations] as const) : (['places', places] as const);
    return count >= VOTE_MIN_ARTICLES && count >= VOTE_RATIO * (articles.people.get(fold) ?? 0) ? kind : null;
  };
  let moved = 0;
  for (const record of editable) {
    const kept: Entity[] = [];
    for (const person of record.people) {
      const fold = foldName(person.name);
      const kind = kindOf(fold);
      if (kind === 'organizations') record.organizations = [...record.organizations, person];
      else if (kind === 'places') {
        const { country, lat, lon } = usualReading(fold);
        record.places = [...record.places, { ...person, country, lat, lon }];
      } else kept.push(person);
    }
    moved += record.people.length - kept.length;
    record.people = kept;
  }
  return moved;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The names of an article's organizations that carry a legal form, without it, and their leading
 * words: a firm is often named short ("Shearson Lehman" for Shearson Lehman Brothers Inc).
 */
function legalBases(record: ArticleRecord): Set<string> {
  const bases = new Set<string>();
  for (const org of record.organizations) {
    const words = withoutLegalForm(org.name)?.split(' ') ?? [];
    for (let n = 1; n <= words.length; n++) bases.add(words.slice(0, n).join(' '));
  }
  return bases;
}
