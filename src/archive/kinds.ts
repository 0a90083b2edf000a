/**
 * One kind per name across the archive. The tagger reads each sentence with little context,
 * so a company named without its legal form can come out as a person ("Chrysler said",
 * "Salomon Brothers said"). The legal form elsewhere is the evidence: a "person" whose name is
 * a company's name without "Corp", "Inc" or "Co", or its leading words, is that company when
 * the same article names it so, or, for a name of two words or more, when the archive names
 * the company in at least as many articles as the person. A bare surname needs the article's
 * own evidence: "Casey" is not "Casey Co" because some other story mentions that company. Only
 * this direction: nothing marks a person mistaken for a company as surely. Lists from front
 * matter are never changed.
 */
import type { ArticleRecord, Entity } from '../types.js';
import { foldName, withoutLegalForm } from './merge.js';

/** Move people who are companies to organizations, in place; returns how many entities moved. */
export function reconcileKinds(records: ArticleRecord[]): number {
  // Articles that name each company base with a legal form, and articles that name each person.
  const companyArticles = new Map<string, number>();
  const personArticles = new Map<string, number>();
  const basesOf = records.map(legalBases);
  records.forEach((record, i) => {
    for (const base of basesOf[i]!) companyArticles.set(base, (companyArticles.get(base) ?? 0) + 1);
    for (const fold of new Set(record.people.map((person) => foldName(person.name)))) personArticles.set(fold, (personArticles.get(fold) ?? 0) + 1);
  });
  const isCompany = (person: Entity, localBases: Set<string>): boolean => {
    const fold = foldName(person.name);
    if (localBases.has(fold)) return true;
    return fold.includes(' ') && (companyArticles.get(fold) ?? 0) >= (personArticles.get(fold) ?? Infinity);
  };
  let moved = 0;
  records.forEach((record, i) => {
    // Lists the front matter gave stay as the editor wrote them.
    const given = record.entitiesFromFrontMatter ?? [];
    if (given.includes('people') || given.includes('organizations')) return;
    const companies = record.people.filter((person) => isCompany(person, basesOf[i]!));
    if (companies.length === 0) return;
    record.people = record.people.filter((person) => !companies.includes(person));
    record.organizations = [...record.organizations, ...companies];
    moved += companies.length;
  });
  return moved;
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
