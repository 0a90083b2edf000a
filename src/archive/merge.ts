/**
 * One entity per real-world thing across the archive. Each article names its
 * people, places and organizations in its own way (Peskov / Dmitry Peskov,
 * HTS / Hayat al-Tahrir al-Sham, Khmeimim Air Base / Hmeimim airbase); this
 * joins the variants under one canonical name and id, with guards so that two
 * different people who share a surname are never joined without evidence.
 *
 * Order of evidence, strongest first: the editor's `_aliases.yml` (forbid, then
 * force), the same name once spelling noise is folded away, a full name another
 * article used for the same short form, a bare surname or acronym with exactly
 * one possible owner, and a close transliteration that shares context.
 */
import { distance } from 'fastest-levenshtein';
import anyAscii from 'any-ascii';
import type { ArticleRecord, Entity, Place } from '../types.js';
import { memoize } from '../memo.js';
import { slugify } from '../slug.js';
import { compareKeys } from './ids.js';
import { MERGEABLE_KINDS, type AliasRules, type MergeableKind } from './alias-rules.js';
import { LEGAL_FORMS } from '../company-forms.js';
import { countryByDemonym, countryByName, withCountryName } from '../countries.js';

/** Particles and articles that spelling variants add or drop (al-Assad / Assad, the Kremlin / Kremlin). */
const PARTICLES = new Set(['the', 'al', 'el', 'ad', 'ash', 'as', 'ar', 'az']);
/** Compounds written as one word or two. */
const SPLIT_WORDS: Record<string, string> = { airbase: 'air base', airport: 'air port', seaport: 'sea port' };
/** Transliteration variants can be this far apart, relative to the name's length. */
const TRANSLITERATION_RATIO = 0.2;
/** Blocks larger than this are too generic to compare pairwise. */
const MAX_BLOCK = 40;

interface Node {
  /** Unique per node: the folded name, and for places and generic institutions the country too. */
  key: string;
  fold: string;
  kind: MergeableKind;
  names: Map<string, number>;
  forms: Set<string>;
  articles: ArticleRecord[];
  country: string | null;
}

/** Fold away case, accents, punctuation and particles: the key two spellings of one name share. */
export const foldName = memoize(foldNameOnce);

// Memoised: merging folds the same few names for every article that mentions them.
function foldNameOnce(name: string): string {
  const ascii = anyAscii(name.normalize('NFC')).toLowerCase().replace(/['’`.]/g, '');
  const tokens = ascii.split(/[^a-z0-9]+/).filter((token) => token && !PARTICLES.has(token));
  return tokens
    // British and American spellings of one word: "Organisation", "Organization".
    .map((token) => SPLIT_WORDS[token] ?? token.replace(/isation/, 'ization'))
    .join(' ')
    .trim();
}

/**
 * Legal forms, folded: "Chrysler Corp" and "Goldman, Sachs and Co" name Chrysler and Goldman Sachs.
 * Not "Group" or "Holdings": a group is often another company than its namesake.
 */
const FOLDED_LEGAL_FORMS = new Set([...LEGAL_FORMS, 'spa', 'company']);

/** The folded name without its legal form, or null when it has none. */
export function withoutLegalForm(name: string): string | null {
  const words = foldName(name).split(' ');
  let end = words.length;
  while (end > 1 && FOLDED_LEGAL_FORMS.has(words[end - 1]!)) end--;
  if (end === words.length) return null;
  while (end > 1 && words[end - 1] === 'and') end--;
  return words.slice(0, end).join(' ');
}

/** A consonant skeleton that transliterations of one name usually share (Khmeimim, Hmeimim -> hm). */
export function skeleton(key: string): string {
  return key
    .split(' ')
    .map((token) =>
      token
        .replace(/kh/g, 'h')
        .replace(/ph/g, 'f')
        .replace(/q/g, 'k')
        .replace(/[aeiouyw]/g, '')
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}

export function acronym(name: string): string {
  const words = anyAscii(name).split(/[^A-Za-z0-9]+/).filter((w) => w && !PARTICLES.has(w.toLowerCase()) && !/^(of|and|for|on|in|de|du|la)$/i.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

class UnionFind {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later finds near O(1).
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key becomes the root so results never depend on processing order.
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
}

/** Merge entity variants across `records` in place; returns notes on the editor's rules that applied. */
export function mergeEntities(records: ArticleRecord[], rules: AliasRules): string[] {
  const notes: string[] = [];
  for (const kind of MERGEABLE_KINDS) notes.push(...mergeKind(records, kind, rules));
  return notes;
}

function mergeKind(records: ArticleRecord[], kind: MergeableKind, rules: AliasRules): string[] {
  const notes: string[] = [];
  const nodes = collectNodes(records, kind);
  const byFold = new Map<string, string[]>();
  for (const node of nodes.values()) {
    const keys = byFold.get(node.fold);
    if (keys) keys.push(node.key);
    else byFold.set(node.fold, [node.key]);
  }
  const keysNamed = (name: string): string[] => byFold.get(foldName(name)) ?? [];
  const uf = new UnionFind();

  const forbidden = rules.separate[kind].flatMap((group) => pairs(group.flatMap(keysNamed)));
  const canJoin = (a: string, b: string): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return false;
    for (const [x, y] of forbidden) {
      const rx = uf.find(x);
      const ry = uf.find(y);
      if ((rx === ra && ry === rb) || (rx === rb && ry === ra)) return false;
    }
    // A place in two different countries is two places (Paris, France / Paris, Texas), and so is a
    // generically named institution (Japan's and Brazil's Finance Ministry).
    const ca = countryOf.get(ra);
    const cb = countryOf.get(rb);
    return !(ca && cb && ca !== cb);
  };
  // The country of each cluster, kept at its root as clusters join.
  const countryOf = new Map([...nodes.values()].map((node) => [node.key, node.country]));
  const join = (a: string, b: string): boolean => {
    if (!canJoin(a, b)) return false;
    const country = countryOf.get(uf.find(a)) ?? countryOf.get(uf.find(b)) ?? null;
    uf.union(a, b);
    countryOf.set(uf.find(a), country);
    return true;
  };

  // 1. The editor's forced merges.
  const forcedName = new Map<string, string>();
  for (const group of rules.merge[kind]) {
    const present = group.flatMap(keysNamed);
    let joined = 0;
    for (const key of present.slice(1)) if (join(present[0]!, key)) joined++;
    if (present.length > 0) forcedName.set(present[0]!, group[0]!);
    if (joined > 0) notes.push(`${rules.file}: merged ${kind} ${group.map((n) => `"${n}"`).join(', ')} as "${group[0]}"`);
  }
  for (const group of rules.separate[kind]) {
    if (group.filter((name) => keysNamed(name).length > 0).length >= 2) {
      notes.push(`${rules.file}: kept ${kind} ${group.map((n) => `"${n}"`).join(', ')} apart`);
    }
  }

  // 2. A full form one article used is the same thing as a node with that name elsewhere;
  // a place the gazetteer could not resolve, or an institution of unknown country, joins the
  // one node of that name whose country is known.
  for (const node of nodes.values()) {
    for (const form of node.forms) {
      const fold = foldName(form);
      if (fold !== node.fold && fold.includes(' ')) for (const key of byFold.get(fold) ?? []) join(node.key, key);
    }
    if (!node.country) {
      const resolved = (byFold.get(node.fold) ?? []).filter((key) => key !== node.key);
      if (resolved.length === 1) join(node.key, resolved[0]!);
    }
  }

  // 2a. Organizations: a name of two words or more is one with its last word plural or not
  // ("Liberal Democrats", "Liberal Democrat"; one word is left alone: "Times", "Time"). Then a
  // party, mostly named without "Party" or by its members: "Labour" and "the Conservatives" are
  // the archive's one "Labour Party" and one "Conservative Party".
  if (kind === 'organizations') {
    for (const node of nodes.values()) {
      if (!node.fold.includes(' ') || !/[^s]s$/.test(node.fold) || / \S{0,2}s$/.test(node.fold)) continue;
      for (const key of byFold.get(node.fold.slice(0, -1)) ?? []) join(node.key, key);
    }
    // Parties named with their country's word ("British Labour Party", "Japan Socialist Party"), by
    // the rest of the name; a bare name joins one only where an article names both ("National" is
    // also a theatre).
    const qualifiedParties = new Map<string, string[]>();
    for (const node of nodes.values()) {
      const named = /^(\S+) (.+ party)$/.exec(node.fold);
      if (!named || !(countryByDemonym(named[1]!) ?? countryByName(named[1]!))) continue;
      const list = qualifiedParties.get(named[2]!) ?? [];
      list.push(node.key);
      qualifiedParties.set(named[2]!, list);
    }
    const roots = (keys: string[] = []) => [...new Set(keys.map((key) => uf.find(key)))];
    const partiesNamed = (fold: string) => roots(byFold.get(`${fold} party`));
    const together = (node: Node) => (key: string) => nodes.get(key)!.articles.some((record) => node.articles.includes(record));
    for (const node of nodes.values()) {
      let named = partiesNamed(node.fold);
      if (named.length === 0) named = roots((qualifiedParties.get(`${node.fold} party`) ?? []).filter(together(node)));
      if (named.length === 1) join(node.key, named[0]!);
      // Members in the plural, of a party named by an adjective ("Conservatives", "Liberals",
      // "Socialists", "Republicans"; not "News" or "Times"), or by a nickname ("Tories", "GOP"),
      // when they share context with it; not a party the archive knows by its country ("Liberal
      // Party (United Kingdom)"): other countries' Liberals are as likely.
      const nickname = PARTY_NICKNAMES.get(node.fold);
      const members = named.length > 0 ? [] : nickname ? partiesNamed(nickname) : /(?:ive|al|ist|an)s$/.test(node.fold) ? partiesNamed(node.fold.slice(0, -1)) : [];
      const party = members.length === 1 ? members[0]! : null;
      if (party && !countryOf.get(party) && shareContext(node, nodes.get(party)!)) join(node.key, party);
    }
  }

  // 2b. A company with and without its legal form is one ("Chrysler Corp", "Chrysler"; "Goldman, Sachs and Co"),
  // unless the bare name is the more often named: "House" is Congress, whatever "House Inc" is.
  if (kind === 'organizations') {
    const groups = new Map<string, { legal: Node[]; bare: Node | null }>();
    for (const node of nodes.values()) {
      const base = withoutLegalForm(node.fold);
      const group = groups.get(base ?? node.fold) ?? { legal: [], bare: null };
      if (base === null) group.bare = node;
      else group.legal.push(node);
      groups.set(base ?? node.fold, group);
    }
    for (const { legal, bare } of groups.values()) {
      for (const node of legal.slice(1)) join(legal[0]!.key, node.key);
      const legalArticles = legal.reduce((sum, node) => sum + node.articles.length, 0);
      if (bare && legal.length && legalArticles >= bare.articles.length) join(legal[0]!.key, bare.key);
    }
  }

  // 3. A bare surname, short name or acronym joins the one multi-word entity that can own it.
  // Initials own only a name written as an acronym: "Fed" is not "Frontier Exploration Department".
  const owners = new Map<string, Set<string>>();
  const initialsOwners = new Map<string, Set<string>>();
  const addOwner = (map: Map<string, Set<string>>, token: string, key: string) => {
    if (!token) return;
    const set = map.get(token) ?? new Set<string>();
    set.add(key);
    map.set(token, set);
  };
  for (const node of nodes.values()) {
    if (!node.fold.includes(' ')) continue;
    for (const form of node.forms) {
      const fold = foldName(form);
      if (fold && !fold.includes(' ')) addOwner(owners, fold, node.key);
    }
    if (kind === 'people') addOwner(owners, node.fold.split(' ').pop()!, node.key);
    if (kind === 'organizations') for (const name of node.names.keys()) addOwner(initialsOwners, acronym(name), node.key);
  }
  const writtenAsAcronym = (node: Node) => [...node.forms].every((form) => form === form.toUpperCase());
  for (const node of nodes.values()) {
    if (node.fold.includes(' ')) continue;
    const byInitials = writtenAsAcronym(node) ? (initialsOwners.get(node.fold) ?? []) : [];
    const candidates = new Set([...(owners.get(node.fold) ?? []), ...byInitials].map((key) => uf.find(key)));
    candidates.delete(uf.find(node.key));
    if (candidates.size === 1) join(node.key, [...candidates][0]!);
  }

  // 3b. An organization's name with every word clipped ("Lib Dems", "Nat West") joins the one
  // full name whose words those clippings begin ("Liberal Democrats", "National Westminster")
  // when they share context.
  const clippings = new Set<string>();
  if (kind === 'organizations') {
    const byHead = new Map<string, Node[]>();
    for (const node of nodes.values()) {
      const words = node.fold.split(' ');
      if (words.length < 2 || words.some((word) => word.length < 3)) continue;
      const head = `${words.length} ${words[0]!.slice(0, 3)}`;
      const group = byHead.get(head) ?? [];
      group.push(node);
      byHead.set(head, group);
    }
    for (const group of byHead.values()) {
      for (const short of group) {
        const clipped = short.fold.split(' ').map((word) => word.replace(/(?<=\S{3})s$/, ''));
        const owners = group.filter((full) => {
          const words = full.fold.split(' ');
          return clipped.every((clip, i) => words[i]!.length > clip.length && words[i]!.startsWith(clip));
        });
        // Spellings of one full name already joined are one owner.
        const roots = new Set(owners.map((owner) => uf.find(owner.key)));
        if (roots.size !== 1) continue;
        const owner = owners[0]!.key;
        // A clipping another clipping brought in ("Lib Dem" with "Lib Dems") is one too.
        if (uf.find(short.key) === uf.find(owner) || (shareContext(short, owners[0]!) && join(short.key, owner))) clippings.add(short.key);
      }
    }
  }

  // 4. Close transliterations (Khmeimim / Hmeimim) of the same kind that share context.
  const blocks = new Map<string, string[]>();
  for (const node of nodes.values()) {
    const block = skeleton(node.fold);
    if (block.replace(/ /g, '').length < 2) continue;
    const list = blocks.get(block) ?? [];
    list.push(node.key);
    blocks.set(block, list);
  }
  for (const keys of blocks.values()) {
    if (keys.length < 2 || keys.length > MAX_BLOCK) continue;
    for (const [a, b] of pairs(keys)) {
      if (uf.find(a) === uf.find(b)) continue;
      const [fa, fb] = [nodes.get(a)!.fold, nodes.get(b)!.fold];
      // One name in two nodes is one name in two countries, kept apart above.
      if (fa === fb) continue;
      // A surname alone cannot tell a spelling from another person (Regan, Reagan): it joins only a full name (step 3).
      if (kind === 'people' && !(fa.includes(' ') && fb.includes(' '))) continue;
      // Acronyms are not transliterated: "PC" is not "PWC", nor "EC" "ECU".
      if (!fa.includes(' ') && (writtenAsAcronym(nodes.get(a)!) || writtenAsAcronym(nodes.get(b)!))) continue;
      const limit = Math.max(1, Math.floor(TRANSLITERATION_RATIO * Math.max(fa.length, fb.length)));
      if (distance(fa, fb) > limit) continue;
      if (!shareContext(nodes.get(a)!, nodes.get(b)!)) continue;
      join(a, b);
    }
  }

  // 5. Canonical names and ids, then rewrite every record.
  const clusters = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    const root = uf.find(node.key);
    const list = clusters.get(root) ?? [];
    list.push(node);
    clusters.set(root, list);
  }
  const renames = new Map(Object.entries(rules.rename[kind]).map(([from, to]) => [foldName(from), to]));
  const canonical = new Map<string, { id: string; name: string }>();
  // A clipped name ("Lib Dems") is shown only when the cluster has no full one.
  const unclipped = (cluster: Node[]) => (cluster.every((node) => clippings.has(node.key)) ? cluster : cluster.filter((node) => !clippings.has(node.key)));
  const named = [...clusters.entries()].map(([root, cluster]) => {
    let name = cluster.map((node) => forcedName.get(node.key)).find(Boolean) ?? withCountry(bestName(unclipped(cluster), kind), kind, countryOf.get(root));
    const renamed = cluster.map((node) => renames.get(node.fold)).find(Boolean) ?? renames.get(foldName(name));
    if (renamed) {
      notes.push(`${rules.file}: renamed ${kind} "${name}" to "${renamed}"`);
      name = renamed;
    }
    return { root, name };
  });
  for (const { root, name, id } of assignIds(named, clusters, kind, countryOf)) canonical.set(root, { id, name });
  for (const record of records) {
    record[kind] = rewrite(record[kind] as Entity[], (entity) => canonical.get(uf.find(nodeKey(kind, entity)))!) as never;
  }
  return notes;
}

function collectNodes(records: ArticleRecord[], kind: MergeableKind): Map<string, Node> {
  const nodes = new Map<string, Node>();
  for (const record of records) {
    for (const entity of record[kind] as Entity[]) {
      const key = nodeKey(kind, entity);
      let node = nodes.get(key);
      if (!node) {
        node = { key, fold: foldOf(kind, entity), kind, names: new Map(), forms: new Set(), articles: [], country: null };
        nodes.set(key, node);
      }
      node.names.set(entity.name, (node.names.get(entity.name) ?? 0) + entity.count);
      for (const form of entity.forms) node.forms.add(form);
      node.articles.push(record);
      node.country ??= entity.country ?? null;
    }
  }
  return nodes;
}

function nodeKey(kind: MergeableKind, entity: Entity): string {
  const fold = foldOf(kind, entity);
  return entity.country ? `${fold}@${entity.country}` : fold;
}

/**
 * The folded name; an institution's with its head last, so that "Ministry of Finance" and
 * "Finance Ministry", "Department of Justice" and "Justice Department" are one name.
 */
function foldOf(kind: MergeableKind, entity: Entity): string {
  const fold = foldName(entity.name);
  return kind === 'organizations' && entity.country ? fold.replace(/^(.+?) of (.+)$/, '$2 $1') : fold;
}

/**
 * Ids from names. Namesakes (two Londons) would share a name and a slug: the one in the most
 * articles keeps both, so /places/london/ is the London most of the archive means; a namesake
 * place is named with its country ("London (Canada)"), and a slug still taken gets a number.
 */
function assignIds(
  named: { root: string; name: string }[],
  clusters: Map<string, Node[]>,
  kind: MergeableKind,
  countryOf: Map<string, string | null>,
): { root: string; name: string; id: string }[] {
  const bySlug = new Map<string, { root: string; name: string }[]>();
  for (const entry of named) {
    const slug = slugify(entry.name);
    const group = bySlug.get(slug) ?? [];
    group.push(entry);
    bySlug.set(slug, group);
  }
  const usedIds = new Set<string>();
  const out: { root: string; name: string; id: string }[] = [];
  const take = (root: string, name: string): void => {
    const base = slugify(name);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    out.push({ root, name, id });
  };
  const groups = [...bySlug.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([, group]) => group);
  // Unique names first, so a qualified namesake ("london-canada") never takes a name's own slug.
  for (const group of groups) if (group.length === 1) take(group[0]!.root, group[0]!.name);
  const coverage = (root: string): number => new Set(clusters.get(root)!.flatMap((node) => node.articles)).size;
  for (const group of groups.filter((g) => g.length > 1)) {
    const ranked = group.map((entry) => ({ ...entry, articles: coverage(entry.root) }));
    ranked.sort((a, b) => b.articles - a.articles || compareKeys(a.root, b.root));
    for (const [i, { root, name }] of ranked.entries()) {
      const country = kind === 'places' && i > 0 ? countryOf.get(root) : null;
      take(root, country ? withCountryName(name, country) : name);
    }
  }
  return out;
}

/** A generically named institution is shown with its country: "Finance Ministry (Japan)". */
function withCountry(name: string, kind: MergeableKind, country: string | null | undefined): string {
  return kind === 'organizations' && country ? withCountryName(name, country) : name;
}

/** Prefer a full name over a bare surname or acronym, then the most mentioned, then the longest. */
function bestName(cluster: Node[], kind: MergeableKind): string {
  const votes = new Map<string, number>();
  for (const node of cluster) for (const [name, count] of node.names) votes.set(name, (votes.get(name) ?? 0) + count);
  const multiWord = [...votes.keys()].some((name) => /\s/.test(name));
  let best = '';
  let bestVotes = -1;
  for (const [name, count] of votes) {
    if (kind !== 'places' && multiWord && !/\s/.test(name)) continue;
    if (count > bestVotes || (count === bestVotes && (name.length > best.length || (name.length === best.length && name < best)))) {
      best = name;
      bestVotes = count;
    }
  }
  return best;
}

/** Parties' nicknames, by the name of the party they stand for ("Tories": a Conservative Party). */
const PARTY_NICKNAMES = new Map([
  ['tories', 'conservative'], ['tory', 'conservative'], ['tory party', 'conservative'], ['gop', 'republican'], ['grits', 'liberal'],
]);

/** Two nodes share context when some article of each mentions a common other entity. */
function shareContext(a: Node, b: Node): boolean {
  const context = (node: Node): Set<string> => {
    const keys = new Set<string>();
    for (const record of node.articles) {
      for (const kind of MERGEABLE_KINDS) for (const entity of record[kind]) keys.add(`${kind}:${foldName(entity.name)}`);
    }
    keys.delete(`${a.kind}:${a.fold}`);
    keys.delete(`${b.kind}:${b.fold}`);
    return keys;
  };
  const ca = context(a);
  for (const key of context(b)) if (ca.has(key)) return true;
  return false;
}

/** Give each entity its canonical id and name; two variants in one article become one entity. */
function rewrite(entities: Entity[], canonicalOf: (entity: Entity) => { id: string; name: string }): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    const { id, name } = canonicalOf(entity);
    const existing = byId.get(id);
    if (!existing) {
      byId.set(id, { ...entity, id, name, forms: [...entity.forms] });
      continue;
    }
    for (const form of entity.forms) if (!existing.forms.includes(form)) existing.forms.push(form);
    existing.count += entity.count;
    // A variant that knows the country (and for a place, its point) fills in for one that does not.
    if (entity.country && !existing.country) {
      const { country, countryFrom, lat, lon } = entity as Partial<Place>;
      Object.assign(existing, 'lat' in entity ? { country, lat, lon } : { country, countryFrom });
    }
  }
  return [...byId.values()];
}

function pairs<T>(items: T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}
