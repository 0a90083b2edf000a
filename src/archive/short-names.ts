/**
 * A short name that several full names in the archive share is read article by article: it is
 * the one whose company the article keeps. A bare surname ("Blair": Tony Blair, the politician,
 * and Mike Blair, the scrum-half) and an acronym ("CP": Canadian Pacific, the railway, and
 * Chinese Petroleum) are such names. Each candidate's company is every person and
 * organization named in its articles; the article's own people and organizations are scored
 * against it, each weighted by how rare it is in the archive (a name in most articles says
 * little). The short name goes to the best candidate only when that score is clear and at least
 * twice the next one's; or, when the article gives no other candidate a clear score, to one the
 * archive names ten times as often as all the others together, if the article keeps some of its
 * company. Otherwise it stays as it is, and a short name with a single candidate is left to the
 * merge (merge.ts, step 3), which gives it to that one in every article.
 *
 * This runs before the merge, on records: the merge joins whole names, so "Blair" could only
 * go to one Blair in every article, and a fifth of bbc-dev's bare "Blair", "Brown" and
 * "Howard" are sportsmen.
 */
import type { ArticleRecord, Entity } from '../types.js';
import type { AliasRules, MergeableKind } from './alias-rules.js';
import { memoize } from '../memo.js';
import { acronym, foldName, withoutLegalForm } from './merge.js';

/** The least score, a sum of the shared names' rarity (ln of the archive's articles over theirs), that gives a short name away. */
const MIN_SCORE = 10;
/** How many times the next candidate's score the best one's must be. */
const MIN_LEAD = 2;
/**
 * Without evidence for any one, a short name goes to a candidate named in this many times the
 * articles of all the others together: in 1987 wire copy a bare "Reagan" is Ronald Reagan.
 */
const DOMINANCE = 10;

/** Passes over the archive: a short name given away adds its article to the owner's company, which may settle others. */
const MAX_PASSES = 3;

/** Which names of one kind are short, and which short names a full name owns. */
interface ShortNames {
  kind: Extract<MergeableKind, 'people' | 'organizations'>;
  /** Prefix of this kind's names in an article's context. */
  prefix: string;
  /** The folded short name an entity is written as, or null for a full name. */
  short(entity: Entity, fold: string): string | null;
  /** The short names a full name (folded, two words or more) can be written as. */
  shortNamesOf(fold: string): string[];
}

const SURNAMES: ShortNames = {
  kind: 'people',
  prefix: 'p',
  short: (_, fold) => (fold.includes(' ') ? null : fold),
  shortNamesOf: (fold) => [fold.slice(fold.lastIndexOf(' ') + 1)],
};

const ACRONYMS: ShortNames = {
  kind: 'organizations',
  prefix: 'o',
  // Written in capitals: "Treasury" is a one-word name, not an acronym.
  short: (entity, fold) => (/^[A-Z]{2,6}$/.test(entity.name) ? fold : null),
  // With and without the legal form ("General Motors Corp": GMC and GM); "EC Commission" does not spell "EC".
  shortNamesOf: memoize((fold) => {
    const words = new Set(fold.split(' '));
    return [...new Set([acronym(fold), acronym(withoutLegalForm(fold) ?? '')])].filter((short) => short && !words.has(short));
  }),
};

/** How many short names of each kind `resolveShortNames` gave to a full name. */
export interface ShortNamesGiven {
  surnames: number;
  acronyms: number;
}

/** Give short names to the full name their article's company points to, in place. */
export function resolveShortNames(records: ArticleRecord[], rules: AliasRules): ShortNamesGiven {
  const given = { surnames: 0, acronyms: 0 };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // One context a pass: acronyms are read against the people as they were before this pass's surnames; the next pass sees both.
    const context = new ArchiveContext(records);
    const surnames = onePass(records, rules, SURNAMES, context);
    const acronyms = onePass(records, rules, ACRONYMS, context);
    given.surnames += surnames;
    given.acronyms += acronyms;
    if (surnames + acronyms === 0) break;
  }
  return given;
}

/**
 * Each article's names, folded once a pass (in the order of its people and organizations), and
 * how rare each name is in the archive.
 */
class ArchiveContext {
  readonly ofArticle = new Map<ArticleRecord, Set<string>>();
  readonly folds = new Map<ArticleRecord, Record<ShortNames['kind'], string[]>>();
  private readonly articlesWith = new Map<string, number>();
  private readonly articles: number;

  constructor(records: readonly ArticleRecord[]) {
    this.articles = records.length;
    for (const record of records) {
      const folds = { people: record.people.map((e) => foldName(e.name)), organizations: record.organizations.map((e) => foldName(e.name)) };
      this.folds.set(record, folds);
      const context = new Set([...folds.people.map((fold) => `p:${fold}`), ...folds.organizations.map((fold) => `o:${fold}`)]);
      this.ofArticle.set(record, context);
      for (const key of context) this.articlesWith.set(key, (this.articlesWith.get(key) ?? 0) + 1);
    }
  }

  rarity(key: string): number {
    return Math.log(this.articles / this.articlesWith.get(key)!);
  }
}

function onePass(records: ArticleRecord[], rules: AliasRules, names: ShortNames, archive: ArchiveContext): number {
  const { kind } = names;
  const editable = records.filter((record) => !record.entitiesFromFrontMatter?.includes(kind));
  // Who owns each short name, how each full name is spelled, and the short names written.
  const spellings = new Map<string, Map<string, number>>();
  const owners = new Map<string, Set<string>>();
  const written = new Set<string>();
  for (const record of records) {
    const folds = archive.folds.get(record)![kind];
    for (const [i, entity] of record[kind].entries()) {
      const fold = folds[i]!;
      const short = names.short(entity, fold);
      if (short !== null) {
        written.add(short);
        continue;
      }
      if (!fold.includes(' ')) continue;
      const counts = spellings.get(fold) ?? new Map<string, number>();
      counts.set(entity.name, (counts.get(entity.name) ?? 0) + 1);
      spellings.set(fold, counts);
      for (const owned of names.shortNamesOf(fold)) owners.set(owned, (owners.get(owned) ?? new Set()).add(fold));
    }
  }
  // The company of each full name that shares a short name written somewhere.
  const contested = new Set([...written].flatMap((short) => ((owners.get(short)?.size ?? 0) > 1 ? [...owners.get(short)!] : [])));
  if (contested.size === 0) return 0;
  const company = new Map<string, Set<string>>();
  for (const record of records) {
    for (const fold of archive.folds.get(record)![kind]) {
      if (!contested.has(fold)) continue;
      const known = company.get(fold) ?? new Set<string>();
      for (const key of archive.ofArticle.get(record)!) known.add(key);
      company.set(fold, known);
    }
  }
  const separateGroups = rules.separate[kind].map((group) => new Set(group.map(foldName)));
  const keptApart = (a: string, b: string) => separateGroups.some((folds) => folds.has(a) && folds.has(b));
  const displayName = (fold: string) =>
    [...spellings.get(fold)!].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
  const articlesOf = (fold: string) => [...spellings.get(fold)!.values()].reduce((sum, n) => sum + n, 0);
  const dominantOf = memoize((short: string) => {
    const ranked = [...owners.get(short)!].map((fold) => [fold, articlesOf(fold)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const others = ranked.slice(1).reduce((sum, [, n]) => sum + n, 0);
    return ranked[0]![1] >= DOMINANCE * others ? ranked[0]![0] : null;
  });

  let given = 0;
  for (const record of editable) {
    const context = archive.ofArticle.get(record)!;
    const folds = archive.folds.get(record)![kind];
    const kept: Entity[] = [];
    for (const [i, entity] of record[kind].entries()) {
      const short = names.short(entity, folds[i]!);
      const candidates = short === null ? undefined : owners.get(short);
      const owner = candidates && candidates.size > 1 ? bestOwner(`${names.prefix}:${short}`, [...candidates].sort(), dominantOf(short!), context, company, archive) : null;
      // (A full name the article names may already be kept, from a short name given to it.)
      if (!owner || keptApart(short!, owner)) {
        if (!kept.includes(entity)) kept.push(entity);
        continue;
      }
      given++;
      // The owner named in this article already, or renamed here from another of its spellings, takes the short name in.
      const same = [...kept, ...record[kind]].find((other) => other !== entity && foldName(other.name) === owner);
      if (!same) {
        kept.push({ ...entity, name: displayName(owner) });
        continue;
      }
      for (const form of entity.forms) if (!same.forms.includes(form)) same.forms.push(form);
      same.count += entity.count;
      if (!kept.includes(same)) kept.push(same);
    }
    record[kind] = kept;
  }
  return given;
}

/**
 * The candidate whose company this article keeps, by a clear lead (see the module comment); else
 * the dominant candidate, when the article gives none of the others a clear score; else null.
 */
function bestOwner(
  shortKey: string,
  candidates: readonly string[],
  dominant: string | null,
  context: ReadonlySet<string>,
  company: ReadonlyMap<string, ReadonlySet<string>>,
  archive: ArchiveContext,
): string | null {
  let best: string | null = null;
  let bestScore = 0;
  let runnerUp = 0;
  let dominantScore = 0;
  for (const candidate of candidates) {
    const known = company.get(candidate)!;
    let score = 0;
    for (const key of context) if (key !== shortKey && known.has(key)) score += archive.rarity(key);
    if (candidate === dominant) dominantScore = score;
    if (score > bestScore) [best, bestScore, runnerUp] = [candidate, score, bestScore];
    else if (score > runnerUp) runnerUp = score;
  }
  if (bestScore >= MIN_SCORE && bestScore >= MIN_LEAD * runnerUp) return best;
  // The dominant one needs some company in the article, and no other a clear score.
  const evidenceElsewhere = best !== dominant ? bestScore >= MIN_SCORE : runnerUp >= MIN_SCORE;
  return dominantScore >= MIN_SCORE / 2 && !evidenceElsewhere ? dominant : null;
}
