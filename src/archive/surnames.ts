/**
 * A bare surname that several people in the archive share ("Blair": Tony Blair, the
 * politician, and Mike Blair, the scrum-half) is read article by article: it is the one
 * whose company the article keeps. Each candidate's company is every person and organization
 * named in its articles; the article's own people and organizations are scored against it,
 * each weighted by how rare it is in the archive (a name in most articles says little). The
 * surname goes to the best candidate only when that score is clear and at least twice the
 * next one's; otherwise it stays as it is, and a surname with a single candidate is left to
 * the merge (merge.ts, step 3), which gives it to that one in every article.
 *
 * This runs before the merge, on records: the merge joins whole names, so "Blair" could only
 * go to one Blair in every article, and a fifth of bbc-dev's bare "Blair", "Brown" and
 * "Howard" are sportsmen.
 */
import type { ArticleRecord, Entity } from '../types.js';
import type { AliasRules } from './alias-rules.js';
import { foldName } from './merge.js';

/** The least score, a sum of the shared names' rarity (ln of the archive's articles over theirs), that gives a surname away. */
const MIN_SCORE = 10;
/** How many times the next candidate's score the best one's must be. */
const MIN_LEAD = 2;

/** Passes over the archive: a surname given away adds its article to the owner's company, which may settle others. */
const MAX_PASSES = 3;

/** Give bare surnames to the full name their article's company points to, in place; returns how many were given. */
export function resolveBareSurnames(records: ArticleRecord[], rules: AliasRules): number {
  let given = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const more = onePass(records, rules);
    if (more === 0) break;
    given += more;
  }
  return given;
}

function onePass(records: ArticleRecord[], rules: AliasRules): number {
  const editable = records.filter((record) => !record.entitiesFromFrontMatter?.includes('people'));
  // Each article's names, how many articles name each, who owns each surname, and the bare surnames written.
  const contexts = new Map<ArticleRecord, Set<string>>();
  const articlesWith = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const owners = new Map<string, Set<string>>();
  const bare = new Set<string>();
  for (const record of records) {
    const context = new Set([...record.people.map((e) => `p:${foldName(e.name)}`), ...record.organizations.map((e) => `o:${foldName(e.name)}`)]);
    contexts.set(record, context);
    for (const key of context) articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
    for (const person of record.people) {
      const fold = foldName(person.name);
      if (!fold.includes(' ')) {
        bare.add(fold);
        continue;
      }
      const names = spellings.get(fold) ?? new Map<string, number>();
      names.set(person.name, (names.get(person.name) ?? 0) + 1);
      spellings.set(fold, names);
      const surname = fold.slice(fold.lastIndexOf(' ') + 1);
      owners.set(surname, (owners.get(surname) ?? new Set()).add(fold));
    }
  }
  // The company of each full name that shares a surname written bare somewhere.
  const contested = new Set([...bare].flatMap((surname) => ((owners.get(surname)?.size ?? 0) > 1 ? [...owners.get(surname)!] : [])));
  const company = new Map<string, Set<string>>();
  for (const record of records) {
    for (const person of record.people) {
      const fold = foldName(person.name);
      if (!contested.has(fold)) continue;
      const known = company.get(fold) ?? new Set<string>();
      for (const key of contexts.get(record)!) known.add(key);
      company.set(fold, known);
    }
  }
  const rarity = (key: string) => Math.log(records.length / articlesWith.get(key)!);
  const keptApart = (a: string, b: string) => rules.separate.people.some((group) => {
    const folds = new Set(group.map(foldName));
    return folds.has(a) && folds.has(b);
  });
  const displayName = (fold: string) =>
    [...spellings.get(fold)!].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]![0];

  let given = 0;
  for (const record of editable) {
    const context = contexts.get(record)!;
    const kept: Entity[] = [];
    for (const person of record.people) {
      const surname = foldName(person.name);
      const candidates = surname.includes(' ') ? undefined : owners.get(surname);
      const owner = candidates && candidates.size > 1 ? bestOwner(surname, [...candidates].sort(), context, company, rarity) : null;
      // (A person the article names in full may already be kept, from a surname given to him.)
      if (!owner || keptApart(surname, owner)) {
        if (!kept.includes(person)) kept.push(person);
        continue;
      }
      given++;
      // The owner named in this article already, or renamed here from another of its spellings, takes the surname in.
      const same = [...kept, ...record.people].find((other) => other !== person && foldName(other.name) === owner);
      if (!same) {
        kept.push({ ...person, name: displayName(owner) });
        continue;
      }
      for (const form of person.forms) if (!same.forms.includes(form)) same.forms.push(form);
      same.count += person.count;
      if (!kept.includes(same)) kept.push(same);
    }
    record.people = kept;
  }
  return given;
}

/** The candidate whose company this article keeps, by a clear lead (see the module comment), or null. */
function bestOwner(
  surname: string,
  candidates: readonly string[],
  context: ReadonlySet<string>,
  company: ReadonlyMap<string, ReadonlySet<string>>,
  rarity: (key: string) => number,
): string | null {
  let best: string | null = null;
  let bestScore = 0;
  let runnerUp = 0;
  for (const candidate of candidates) {
    const known = company.get(candidate)!;
    let score = 0;
    for (const key of context) if (key !== `p:${surname}` && known.has(key)) score += rarity(key);
    if (score > bestScore) [best, bestScore, runnerUp] = [candidate, score, bestScore];
    else if (score > runnerUp) runnerUp = score;
  }
  return bestScore >= MIN_SCORE && bestScore >= MIN_LEAD * runnerUp ? best : null;
}
