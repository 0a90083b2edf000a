/**
 * The archive-wide index: one entry per person, place, organization, topic and
 * source, each listing its articles. Records are rewritten to carry the
 * canonical id and name, so an article page and an entity page always agree.
 */
import type { ArticleRecord, Entity, Place } from '../types.js';
import { slugify } from '../slug.js';
import { compareKeys } from './ids.js';
import type { ArchiveArticle, EntityEntry, EntityKind } from './types.js';
import { ENTITY_KINDS } from './types.js';
import { NAMED_ENTITY_KINDS } from '../types.js';


interface Accumulator {
  entry: EntityEntry;
  nameVotes: Map<string, number>;
}

export function buildEntityIndex(articles: ArchiveArticle[]): Record<EntityKind, EntityEntry[]> {
  const tables = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new Map<string, Accumulator>()])) as Record<
    EntityKind,
    Map<string, Accumulator>
  >;
  const add = (kind: EntityKind, id: string, name: string, forms: string[], mentions: number, article: ArchiveArticle) => {
    let acc = tables[kind].get(id);
    if (!acc) {
      acc = { entry: { id, kind, name, aliases: [], url: `/${kind}/${id}/`, articles: [], mentions: 0 }, nameVotes: new Map() };
      tables[kind].set(id, acc);
    }
    acc.nameVotes.set(name, (acc.nameVotes.get(name) ?? 0) + mentions);
    for (const form of forms) if (!acc.entry.aliases.includes(form)) acc.entry.aliases.push(form);
    if (acc.entry.articles[acc.entry.articles.length - 1] !== article.id) acc.entry.articles.push(article.id);
    acc.entry.mentions += mentions;
    return acc.entry;
  };

  // Articles arrive newest first, so every article list is newest first too.
  for (const article of articles) {
    for (const kind of NAMED_ENTITY_KINDS) {
      for (const entity of article[kind] as Entity[]) {
        const entry = add(kind, entity.id, entity.name, entity.forms, entity.count, article);
        if (kind === 'places') copyPlace(entry, entity as Place);
        else if (entity.country) entry.country ??= entity.country;
      }
    }
    for (const topic of article.topics) {
      const entry = add('topics', topic.id, topic.name, [], 1, article);
      entry.iptc = topic.iptc;
      if (topic.parent) entry.parent = topic.parent;
    }
    if (article.source) add('sources', slugify(article.source), article.source, [article.source], 1, article);
  }

  const index = {} as Record<EntityKind, EntityEntry[]>;
  for (const kind of ENTITY_KINDS) {
    index[kind] = [...tables[kind].values()].map(({ entry, nameVotes }) => {
      entry.name = mostVoted(nameVotes);
      entry.aliases = entry.aliases.filter((alias) => alias !== entry.name).sort(compareKeys);
      return entry;
    });
    index[kind].sort((a, b) => compareKeys(a.id, b.id));
  }
  applyCanonicalNames(articles, index);
  return index;
}

function copyPlace(entry: EntityEntry, place: Place): void {
  if (entry.country === undefined || entry.country === null) {
    entry.country = place.country;
    entry.lat = place.lat;
    entry.lon = place.lon;
  }
}

function mostVoted(votes: Map<string, number>): string {
  let best = '';
  let bestVotes = -1;
  for (const [name, count] of votes) {
    if (count > bestVotes || (count === bestVotes && (name.length > best.length || (name.length === best.length && name < best)))) {
      best = name;
      bestVotes = count;
    }
  }
  return best;
}

function applyCanonicalNames(articles: ArticleRecord[], index: Record<EntityKind, EntityEntry[]>): void {
  for (const kind of NAMED_ENTITY_KINDS) {
    const names = new Map(index[kind].map((entry) => [entry.id, entry.name]));
    for (const article of articles) for (const entity of article[kind]) entity.name = names.get(entity.id) ?? entity.name;
  }
}
