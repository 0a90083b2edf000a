/**
 * The archive becomes page data: every page the site has, as plain objects, computed
 * once in TypeScript. Templates only place these values; they never search, sort or
 * filter the archive (a page costs O(its own content), whatever the archive's size).
 *
 * All hrefs here are final (path prefix included). All strings are plain text, escaped by
 * Nunjucks' autoescape, except fields named `*Html`/`*Svg`/`jsonLd`, which are built here
 * from escaped parts and are the only values templates mark `| safe`.
 */
import { createHash } from 'node:crypto';
import type { Archive, ArchiveArticle, EntityEntry, EntityKind } from '../archive/types.js';
import { ENTITY_KINDS } from '../archive/types.js';
import type { Entity } from '../types.js';
import { slugify } from '../slug.js';
import { LINKED_KINDS, resolveEntityLinks } from '../render/entity-links.js';
import type { SiteOptions } from './config.js';
import { dateParts, dayRange, formatDate, formatDayLong, formatMonth, formatMonthShort } from './dates.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { buildGraph, coOccurrence, entityKey, relatedArticles, type Graph } from './graph.js';
import { DAY_CHART_MAX_DAYS, timelineSvg, type TimelineScale } from './timeline.js';
import { locatorSvg } from './map.js';
import { countryByCode, isCountryPlace } from '../countries.js';

export const KINDS: Record<EntityKind, { singular: string; plural: string; filter: string; schema: string }> = {
  people: { singular: 'Person', plural: 'People', filter: 'person', schema: 'Person' },
  places: { singular: 'Place', plural: 'Places', filter: 'place', schema: 'Place' },
  organizations: { singular: 'Organization', plural: 'Organizations', filter: 'organization', schema: 'Organization' },
  topics: { singular: 'Topic', plural: 'Topics', filter: 'topic', schema: 'Thing' },
  sources: { singular: 'Source', plural: 'Sources', filter: 'source', schema: 'Organization' },
};

/* ---------- view types ---------- */

export interface Link {
  name: string;
  href: string;
}

export interface CountedLink extends Link {
  count: number;
  kind?: string;
}

/** An article as it appears in lists; one object per article, shared by every list. */
export interface ArticleCard {
  headline: string;
  href: string;
  /** `Dec 10, 2024`, or null when undated. */
  date: string | null;
  iso: string | null;
  inferred: boolean;
  source: string | null;
  summary: string;
}

/**
 * What every page sees. Nothing here may follow from the articles (a count, the newest date):
 * it would change every page with any article and defeat incremental builds (reuse.ts). Only
 * `searchMerge` does, and it changes when the archive doubles.
 */
export interface SiteData {
  title: string;
  description: string;
  lang: string;
  baseUrl: string;
  prefix: string;
  /** Absolute URL of the site root, e.g. `https://example.org/archive/`. */
  root: string;
  home: string;
  search: string;
  /** Hrefs of the search bundles after the first (`pagefind/`), which the search page merges; usually none. */
  searchMerge: string[];
  css: string;
  js: string;
  feed: string;
  nav: Link[];
  /** `<title>`s of the one-off pages. */
  titles: { home: string; search: string; dates: string; notFound: string };
}

export interface Pager {
  current: number;
  total: number;
  prev: string | null;
  next: string | null;
  pages: { n: number | null; href: string | null; current: boolean }[];
}

export interface ArticlePage {
  permalink: string;
  href: string;
  canonical: string;
  title: string;
  description: string;
  headline: string;
  /** Said under a headline the file did not have (headlineSource 'generated'). */
  headlineNote: string | null;
  date: { display: string; iso: string; inferred: boolean; evidence: string | null } | null;
  year: string;
  dateline: string | null;
  source: Link | null;
  byline: string[];
  bodyHtml: string;
  words: number;
  chips: { label: string; filter: string; items: Link[] }[];
  related: ArticleCard[];
  older: ArticleCard | null;
  newer: ArticleCard | null;
  jsonLd: string;
  dateHref: string | null;
}

export interface EntityPage {
  permalink: string;
  href: string;
  canonical: string;
  title: string;
  description: string;
  kind: EntityKind;
  kindLabel: string;
  directory: Link;
  name: string;
  aliases: string[];
  count: number;
  mentions: number;
  /** The cards of the oldest and the newest dated article (shared with every list). */
  first: ArticleCard | null;
  last: ArticleCard | null;
  timelineSvg: string | null;
  /** "Articles per month" or "Articles per day". */
  timelineCaption: string;
  mapSvg: string | null;
  together: CountedLink[];
  country: Link | null;
  placesInside: CountedLink[];
  parent: Link | null;
  children: CountedLink[];
  /** Set for a country page made up from the places inside it (no article names the country itself). */
  synthetic: boolean;
  listHeading: string;
  articles: ArticleCard[];
  pager: Pager;
  feed: string;
  /** True on page 1: the profile (timeline, map, co-occurrence) is shown there only. */
  profile: boolean;
}

export interface DatePage {
  permalink: string;
  href: string;
  canonical: string;
  title: string;
  heading: string;
  level: 'year' | 'month' | 'day' | 'undated';
  crumbs: Link[];
  /** Sub-periods with counts (months of a year, days of a month). */
  periods: CountedLink[];
  periodsLabel: string;
  articles: ArticleCard[];
  pager: Pager | null;
  prev: Link | null;
  next: Link | null;
  count: number;
}

export interface DirectoryEntry extends CountedLink {
  aliases: string;
}

export interface DirectoryPage {
  permalink: string;
  href: string;
  canonical: string;
  title: string;
  heading: string;
  kind: EntityKind;
  kindLabel: string;
  total: number;
  /** Letter navigation; `href` null for letters with no entries. */
  letters: { label: string; href: string | null; current: boolean }[];
  /** Summary view: the most covered first. */
  top: DirectoryEntry[];
  /** A-Z groups shown on this page. */
  groups: { label: string; id: string; entries: DirectoryEntry[] }[];
  summary: boolean;
  directory: Link;
}

export interface FeedEntry {
  title: string;
  url: string;
  updated: string;
  summary: string;
  authors: string[];
  categories: string[];
}

export interface FeedPage {
  permalink: string;
  title: string;
  subtitle: string;
  self: string;
  alternate: string;
  id: string;
  updated: string;
  entries: FeedEntry[];
}

export interface HomePage {
  latest: ArticleCard[];
  top: { kind: EntityKind; label: string; href: string; items: CountedLink[] }[];
  stats: { label: string; count: number; href: string | null }[];
  span: { first: string; last: string } | null;
  years: CountedLink[];
  undated: CountedLink | null;
}

export interface DatesIndexPage {
  years: { year: string; href: string; count: number; months: { label: string; href: string | null; count: number }[] }[];
  undated: CountedLink | null;
}

export interface SiteModel {
  site: SiteData;
  articlePages: ArticlePage[];
  entityPages: EntityPage[];
  datePages: DatePage[];
  directoryPages: DirectoryPage[];
  feeds: FeedPage[];
  home: HomePage;
  dates: DatesIndexPage;
  /** Site-relative paths of every HTML page, for the sitemap. */
  sitemap: string[];
  /** One Pagefind record per article, built from the same data as its page, in one or more bundles. */
  search: SearchBundle[];
}

/* ---------- building ---------- */

const FEED_SIZE = 20;
const SUMMARY_LENGTH = 220;
const DIRECTORY_INLINE_MAX = 200;
const DIRECTORY_TOP = 100;
const HOME_LATEST = 15;
const HOME_TOP = 8;

/** How the site is laid out beyond its settings. */
export interface ModelLayout {
  /** Articles per search bundle, about (see `searchBundlePaths`); tests make it small. */
  searchBundleArticles?: number;
}

/** `bodies`: every article's body HTML with entity placeholders, by file (see `articleBodies` in index.ts). */
export function buildSiteModel(archive: Archive, options: SiteOptions, bodies: ReadonlyMap<string, string>, layout: ModelLayout = {}): SiteModel {
  const searchLayout = layOutSearch(archive.articles.map((article) => article.url), layout.searchBundleArticles);
  const prefix = options.pathPrefix;
  const link = (path: string) => prefix + (path.charCodeAt(0) === 47 ? path.slice(1) : path);
  const absolute = (path: string) => options.baseUrl + link(path);
  const permalinkOf = (path: string) => `${path.endsWith('/') ? path : `${path}/`}index.html`;
  const sitemap: string[] = [];
  // <title>: "page · site" when that fits in 70 characters (html-validate's long-title), else the page alone, cut.
  // (html-validate counts the title as written, entities included, so measure it escaped.)
  const titled = (text: string) => {
    const full = `${text} · ${options.title}`;
    return escapeHtml(full).length <= 70 ? full : fitEscaped(text, 70);
  };

  const graph = buildGraph(archive);
  // The aliases a reader is shown, once per entity: its page, its directory line and its search spellings use them.
  const shownByEntry = new Map<EntityEntry, string[]>();
  const aliasesOf = (entry: EntityEntry) => {
    let shown = shownByEntry.get(entry);
    if (!shown) shownByEntry.set(entry, (shown = shownAliases(entry)));
    return shown;
  };
  const articles = archive.articles;
  const cards = articles.map((article) => toCard(article, link));
  // Every entity's href, once (entity links are on every article, list and profile).
  const entityLinks = graph.entities.map((entry) => link(entry.url));
  const entityHref = (kind: EntityKind, id: string) => {
    const index = graph.indexOf.get(entityKey(kind, id));
    return index === undefined ? null : entityLinks[index]!;
  };
  // Sort keys of names (directories and the home page sort every entity by one).
  const sortKeys = new Map<string, string>();
  const sortKeyOf = (name: string) => {
    let key = sortKeys.get(name);
    if (key === undefined) sortKeys.set(name, (key = slugify(name, '')));
    return key;
  };
  const sourceHrefs = new Map<string, string | null>();
  const sourceHrefOf = (source: string) => {
    let href = sourceHrefs.get(source);
    if (href === undefined) sourceHrefs.set(source, (href = entityHref('sources', slugify(source))));
    return href;
  };

  const site: SiteData = {
    title: options.title,
    description: options.description,
    lang: options.language,
    baseUrl: options.baseUrl,
    prefix,
    root: absolute('/'),
    home: link('/'),
    search: link('/search/'),
    searchMerge: searchLayout.paths.slice(1).map((path) => link(`/${path}`)),
    css: link('/assets/site.css'),
    js: link('/assets/site.js'),
    feed: link('/feed.xml'),
    nav: [
      ...ENTITY_KINDS.map((kind) => ({ name: KINDS[kind].plural, href: link(`/${kind}/`) })),
      { name: 'Dates', href: link('/dates/') },
    ],
    titles: { home: fitEscaped(options.title, 70), search: titled('Search'), dates: titled('Dates'), notFound: titled('Page not found') },
  };

  /* Articles */
  const related = relatedArticles(graph, articles.length);
  const articlePages: ArticlePage[] = articles.map((article, i) => {
    const card = cards[i]!;
    const chips = (['topics', 'people', 'places', 'organizations'] as const).map((kind) => ({
      label: KINDS[kind].plural,
      filter: KINDS[kind].filter,
      items: (article[kind] as Entity[])
        .map((entity) => ({ name: entity.name, href: entityHref(kind, entity.id) }))
        .filter((item): item is Link => item.href !== null),
    }));
    const rendered = bodies.get(article.file);
    if (rendered === undefined) throw new Error(`no rendered body for ${article.file}`);
    const bodyHtml = resolveEntityLinks(rendered, article, (kind, entity) => entityHref(kind, entity.id));
    const sourceHref = article.source ? sourceHrefOf(article.source) : null;
    // Older/newer in time: neighbours in archive order among dated articles; undated ones among themselves.
    const sameGroup = (j: number) => j >= 0 && j < articles.length && !articles[j]!.date === !article.date;
    const iso = article.date;
    sitemap.push(article.url);
    return {
      permalink: permalinkOf(article.url),
      href: card.href,
      canonical: absolute(article.url),
      title: titled(article.headline),
      description: card.summary || article.headline,
      headline: article.headline,
      headlineNote: article.headlineSource !== 'generated' ? null
        : `The file has no headline; this one is made from ${article.words > 0 ? 'its first sentence' : 'the file name'}.`,
      date: iso
        ? { display: formatDate(iso), iso, inferred: article.dateSource === 'inferred', evidence: article.dateSource === 'inferred' ? article.dateEvidence ?? null : null }
        : null,
      year: iso ? dateParts(iso).year : 'Undated',
      dateline: article.dateline?.text ?? null,
      source: article.source ? { name: article.source, href: sourceHref ?? link('/sources/') } : null,
      byline: article.byline,
      bodyHtml,
      words: article.words,
      chips,
      related: Array.from(related[i]!, (j) => cards[j]!),
      older: sameGroup(i + 1) ? cards[i + 1]! : null,
      newer: sameGroup(i - 1) ? cards[i - 1]! : null,
      jsonLd: jsonForScript(articleJsonLd(article, absolute, options)),
      dateHref: iso ? link(`/${iso.replace(/-/g, '/')}/`) : link('/undated/'),
    };
  });
  const search: SearchBundle[] = searchLayout.paths.map((path) => ({ path, records: [] }));
  // Each entity's spellings for search, escaped, once: every article naming it asks for them.
  const spellings = new Map<number, string[]>();
  const spellingsOf = (kind: EntityKind, id: string): string[] => {
    const index = graph.indexOf.get(entityKey(kind, id));
    if (index === undefined) return [];
    let found = spellings.get(index);
    if (!found) {
      const entry = graph.entities[index]!;
      spellings.set(index, (found = [entry.name, ...aliasesOf(entry).slice(0, MAX_SEARCH_ALIASES)].map(escapeHtml)));
    }
    return found;
  };
  articlePages.forEach((page, i) => search[searchLayout.bundleOf[i]!]!.records.push(searchRecord(page, articles[i]!, spellingsOf)));

  /* Entities */
  const together = coOccurrence(graph, articles.length);
  const entityPages: EntityPage[] = [];
  const feeds: FeedPage[] = [];
  const feedEntries = articles.map((article, i) => toFeedEntry(article, cards[i]!, absolute));
  const newestDate = articles.find((a) => a.date)?.date ?? '1970-01-01';

  // Countries: a place that is a country gets the places inside it; a country with places but
  // no page of its own gets a made-up page, so "up to the country" always leads somewhere.
  const placeIndexByCountry = new Map<string, number[]>();
  const countryPage = new Map<string, { name: string; url: string; index: number | null }>();
  const usedPlaceIds = new Set(archive.entities.places.map((p) => p.id));
  for (const place of archive.entities.places) {
    if (!place.country) continue;
    const code = place.country.toUpperCase();
    const index = graph.indexOf.get(entityKey('places', place.id))!;
    if (isCountryPlace(place.name, place.id, code)) {
      if (!countryPage.has(code)) countryPage.set(code, { name: place.name, url: place.url, index });
    } else {
      const list = placeIndexByCountry.get(code) ?? [];
      list.push(index);
      placeIndexByCountry.set(code, list);
    }
  }
  const syntheticCountries: string[] = [];
  const syntheticCounts = new Map<string, number>();
  for (const code of [...placeIndexByCountry.keys()].sort()) {
    if (countryPage.has(code)) continue;
    const info = countryByCode(code);
    if (!info) continue;
    let id = slugify(info.name);
    if (usedPlaceIds.has(id)) id = `${id}-country`;
    for (let n = 2; usedPlaceIds.has(id); n++) id = `${slugify(info.name)}-country-${n}`;
    usedPlaceIds.add(id);
    countryPage.set(code, { name: info.name, url: `/places/${id}/`, index: null });
    syntheticCountries.push(code);
  }
  const insideLinks = (code: string, self: number | null): CountedLink[] =>
    (placeIndexByCountry.get(code) ?? [])
      .filter((index) => index !== self)
      .map((index) => ({ name: graph.entities[index]!.name, href: entityLinks[index]!, count: graph.entityArticles[index]!.length }))
      .sort(byCountThenName);

  const worldHref = link('/assets/world.svg');
  const directoryLinks = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, { name: KINDS[kind].plural, href: link(`/${kind}/`) }])) as Record<EntityKind, Link>;
  const pageSize = options.pageSize;

  // One scale for every timeline, so that charts compare: by day when the whole archive spans a few weeks.
  let oldestDate: string | null = null;
  for (const article of articles) if (article.date && (oldestDate === null || article.date < oldestDate)) oldestDate = article.date;
  const days = oldestDate ? dayRange(oldestDate, newestDate, DAY_CHART_MAX_DAYS) : null;
  const timelineScale: TimelineScale = days ? { unit: 'day', days } : { unit: 'month' };
  const addEntityPages = (entry: EntityEntry, articleIndices: Int32Array | number[], extra: Partial<EntityPage> & { synthetic?: boolean }, index: number | null) => {
    const kind = entry.kind;
    const list = Array.from(articleIndices);
    const dated = list.filter((a) => articles[a]!.date);
    const dates = dated.map((a) => articles[a]!.date!);
    const firstCard = dated.length ? cards[dated[dated.length - 1]!]! : null;
    const lastCard = dated.length ? cards[dated[0]!]! : null;
    const pages = Math.max(1, Math.ceil(list.length / pageSize));
    const hrefOf = (n: number) => link(n === 1 ? entry.url : `${entry.url}page/${n}/`);
    const feedPath = `${entry.url}feed.xml`;
    const base = {
      kind,
      kindLabel: KINDS[kind].singular,
      directory: directoryLinks[kind],
      name: entry.name,
      aliases: aliasesOf(entry),
      count: list.length,
      mentions: entry.mentions,
      first: firstCard,
      last: lastCard,
      timelineSvg: timelineSvg(dates, 'timeline', timelineScale),
      timelineCaption: `Articles per ${timelineScale.unit}`,
      mapSvg: null,
      together:
        index === null
          ? []
          : together[index]!.map(({ index: f, count }) => ({
              name: graph.entities[f]!.name,
              href: entityLinks[f]!,
              count,
              kind: KINDS[graph.entities[f]!.kind].singular,
            })),
      country: null,
      placesInside: [],
      parent: null,
      children: [],
      synthetic: false,
      listHeading: 'Articles',
      feed: link(feedPath),
      ...extra,
    };
    for (let n = 1; n <= pages; n++) {
      const path = n === 1 ? entry.url : `${entry.url}page/${n}/`;
      sitemap.push(path);
      entityPages.push({
        ...base,
        ...(n === 1 ? {} : NO_PROFILE),
        permalink: permalinkOf(path),
        href: link(path),
        canonical: absolute(path),
        title: titled(`${entry.name}${n > 1 ? ` (page ${n})` : ''}`),
        description: `${entry.name}: ${list.length} article${list.length === 1 ? '' : 's'} in the archive.`,
        articles: list.slice((n - 1) * pageSize, n * pageSize).map((a) => cards[a]!),
        pager: pages === 1 ? ONE_PAGE : pager(n, pages, hrefOf),
        profile: n === 1,
      });
    }
    const entries = list
      .filter((a) => articles[a]!.date)
      .slice(0, FEED_SIZE)
      .map((a) => feedEntries[a]!);
    feeds.push({
      permalink: feedPath,
      title: `${entry.name} · ${options.title}`,
      subtitle: `Articles about ${entry.name} (${KINDS[kind].singular.toLowerCase()}).`,
      self: absolute(feedPath),
      alternate: absolute(entry.url),
      id: absolute(entry.url),
      updated: entries[0]?.updated ?? `${newestDate}T00:00:00Z`,
      entries,
    });
  };

  const topicIndex = new Map(archive.entities.topics.map((t) => [t.id, t]));
  const childTopics = new Map<string, EntityEntry[]>();
  for (const topic of archive.entities.topics) {
    if (!topic.parent) continue;
    const list = childTopics.get(topic.parent) ?? [];
    list.push(topic);
    childTopics.set(topic.parent, list);
  }

  for (const [index, entry] of graph.entities.entries()) {
    const extra: Partial<EntityPage> = {};
    if (entry.kind === 'places') {
      const code = entry.country?.toUpperCase() ?? null;
      const isCountry = code !== null && countryPage.get(code)?.index === index;
      extra.mapSvg = locatorSvg({ worldHref, name: entry.name, lat: entry.lat, lon: entry.lon, country: code, id: 'map' });
      if (code && !isCountry) {
        const up = countryPage.get(code);
        if (up) extra.country = { name: up.name, href: link(up.url) };
      }
      if (code && isCountry) extra.placesInside = insideLinks(code, index);
    }
    if (entry.kind === 'organizations' && entry.country) {
      // A generically named institution ("Finance Ministry (Japan)") leads up to its country.
      const up = countryPage.get(entry.country.toUpperCase());
      if (up) extra.country = { name: up.name, href: link(up.url) };
    }
    if (entry.kind === 'topics') {
      const parent = entry.parent ? topicIndex.get(entry.parent) : undefined;
      if (parent) extra.parent = { name: parent.name, href: link(parent.url) };
      extra.children = (childTopics.get(entry.id) ?? [])
        .map((child) => ({ name: child.name, href: link(child.url), count: child.articles.length }))
        .sort(byCountThenName);
    }
    addEntityPages(entry, graph.entityArticles[index]!, extra, index);
  }
  for (const code of syntheticCountries) {
    const page = countryPage.get(code)!;
    const inside = placeIndexByCountry.get(code) ?? [];
    const union = [...new Set(inside.flatMap((i) => Array.from(graph.entityArticles[i]!)))].sort((a, b) => a - b);
    syntheticCounts.set(code, union.length);
    const entry: EntityEntry = { id: page.url.split('/')[2]!, kind: 'places', name: page.name, aliases: [], url: page.url, articles: [], mentions: 0, country: code };
    addEntityPages(entry, union, {
      synthetic: true,
      mapSvg: locatorSvg({ worldHref, name: page.name, lat: null, lon: null, country: code, id: 'map' }),
      placesInside: insideLinks(code, null),
      listHeading: `Articles mentioning places in ${page.name}`,
    }, null);
  }

  /* Directories */
  const directoryPages: DirectoryPage[] = [];
  for (const kind of ENTITY_KINDS) {
    const entries: (DirectoryEntry & { letter: string; sortKey: string })[] = archive.entities[kind].map((entry) => {
      const sortKey = sortKeyOf(entry.name);
      const first = sortKey.charAt(0);
      return {
        name: entry.name,
        href: link(entry.url),
        count: entry.articles.length,
        aliases: aliasesOf(entry).slice(0, 3).join(', '),
        letter: first >= 'a' && first <= 'z' ? first : '0-9',
        sortKey,
      };
    });
    for (const code of syntheticCountries) {
      if (kind !== 'places') break;
      const page = countryPage.get(code)!;
      const sortKey = slugify(page.name, '');
      const first = sortKey.charAt(0);
      entries.push({ name: page.name, href: link(page.url), count: syntheticCounts.get(code) ?? 0, aliases: '', letter: first >= 'a' && first <= 'z' ? first : '0-9', sortKey });
    }
    entries.sort((a, b) => cmp(a.sortKey, b.sortKey) || cmp(a.name, b.name));
    const groups = new Map<string, DirectoryEntry[]>();
    for (const entry of entries) {
      const { letter, sortKey: _s, ...rest } = entry;
      const list = groups.get(letter) ?? [];
      list.push(rest);
      groups.set(letter, list);
    }
    const letterKeys = ['0-9', ...'abcdefghijklmnopqrstuvwxyz'];
    const inline = entries.length <= DIRECTORY_INLINE_MAX;
    const dirPath = `/${kind}/`;
    const letterPath = (letter: string) => `/${kind}/by-letter/${letter}/`;
    const letters = (current: string | null) =>
      letterKeys.map((letter) => ({
        label: letter === '0-9' ? '0–9' : letter.toUpperCase(),
        href: groups.has(letter) ? (inline ? `#letter-${letter}` : link(letterPath(letter))) : null,
        current: letter === current,
      }));
    const groupList = (keys: string[]) =>
      keys.filter((k) => groups.has(k)).map((k) => ({ label: k === '0-9' ? '0–9' : k.toUpperCase(), id: `letter-${k}`, entries: groups.get(k)! }));
    const top = [...entries]
      .filter((e) => e.count > 0)
      .sort((a, b) => b.count - a.count || cmp(a.sortKey, b.sortKey))
      .slice(0, DIRECTORY_TOP)
      .map(({ letter: _l, sortKey: _s, ...rest }) => rest);
    const directory = { name: KINDS[kind].plural, href: link(dirPath) };
    sitemap.push(dirPath);
    directoryPages.push({
      permalink: permalinkOf(dirPath),
      href: link(dirPath),
      canonical: absolute(dirPath),
      title: titled(KINDS[kind].plural),
      heading: KINDS[kind].plural,
      kind,
      kindLabel: KINDS[kind].singular,
      total: entries.length,
      letters: letters(null),
      top,
      groups: inline ? groupList(letterKeys) : [],
      summary: true,
      directory,
    });
    if (!inline) {
      for (const letter of letterKeys) {
        if (!groups.has(letter)) continue;
        const path = letterPath(letter);
        sitemap.push(path);
        const label = letter === '0-9' ? '0–9' : letter.toUpperCase();
        directoryPages.push({
          permalink: permalinkOf(path),
          href: link(path),
          canonical: absolute(path),
          title: titled(`${KINDS[kind].plural}: ${label}`),
          heading: `${KINDS[kind].plural}: ${label}`,
          kind,
          kindLabel: KINDS[kind].singular,
          total: groups.get(letter)!.length,
          letters: letters(letter).map((l) => ({ ...l, href: l.href && !l.current ? l.href : l.current ? null : l.href })),
          top: [],
          groups: groupList([letter]).map((g) => ({ ...g, id: `letter-${letter}` })),
          summary: false,
          directory,
        });
      }
    }
  }

  /* Dates */
  const datePages: DatePage[] = [];
  const years = new Map<string, Map<string, Map<string, number[]>>>();
  const undated: number[] = [];
  articles.forEach((article, i) => {
    if (!article.date) {
      undated.push(i);
      return;
    }
    const { year, month, day } = dateParts(article.date);
    const y = years.get(year) ?? new Map();
    years.set(year, y);
    const m = y.get(month) ?? new Map();
    y.set(month, m);
    const d = m.get(day) ?? [];
    m.set(day, d);
    d.push(i);
  });
  const yearKeys = [...years.keys()].sort();
  const datesCrumb = { name: 'Dates', href: link('/dates/') };
  const listPages = (path: string, list: number[], make: (n: number, pages: number) => Omit<DatePage, 'permalink' | 'href' | 'canonical' | 'articles' | 'pager' | 'count'>) => {
    const pages = Math.max(1, Math.ceil(list.length / pageSize));
    const hrefOf = (n: number) => link(n === 1 ? path : `${path}page/${n}/`);
    for (let n = 1; n <= pages; n++) {
      const p = n === 1 ? path : `${path}page/${n}/`;
      sitemap.push(p);
      datePages.push({
        ...make(n, pages),
        permalink: permalinkOf(p),
        href: link(p),
        canonical: absolute(p),
        articles: list.slice((n - 1) * pageSize, n * pageSize).map((a) => cards[a]!),
        pager: pages > 1 ? pager(n, pages, hrefOf) : null,
        count: list.length,
      });
    }
  };
  // Flat, ordered lists of every year, month and day that has articles, for prev/next links.
  const allMonths: string[] = [];
  const allDays: string[] = [];
  for (const year of yearKeys) {
    for (const month of [...years.get(year)!.keys()].sort()) {
      allMonths.push(`${year}-${month}`);
      for (const day of [...years.get(year)!.get(month)!.keys()].sort()) allDays.push(`${year}-${month}-${day}`);
    }
  }
  const neighbour = (list: string[], key: string, delta: number, label: (k: string) => string): Link | null => {
    const at = list.indexOf(key) + delta;
    const k = list[at];
    return at >= 0 && k ? { name: label(k), href: link(`/${k.replace(/-/g, '/')}/`) } : null;
  };
  const monthIndex = new Map(allMonths.map((m, i) => [m, i]));
  const dayIndex = new Map(allDays.map((d, i) => [d, i]));
  const near = (list: string[], index: Map<string, number>, key: string, delta: number, label: (k: string) => string): Link | null => {
    const k = list[(index.get(key) ?? -2) + delta];
    return k ? { name: label(k), href: link(`/${k.replace(/-/g, '/')}/`) } : null;
  };
  void neighbour;
  const monthLabel = (k: string) => formatMonth(k.slice(0, 4), k.slice(5, 7));
  for (const year of yearKeys) {
    const months = years.get(year)!;
    const yearList: number[] = [];
    const periods: CountedLink[] = [...months.keys()].sort().map((month) => {
      const count = [...months.get(month)!.values()].reduce((s, l) => s + l.length, 0);
      return { name: formatMonth(year, month), href: link(`/${year}/${month}/`), count };
    });
    for (const month of [...months.keys()].sort().reverse()) for (const day of [...months.get(month)!.keys()].sort().reverse()) yearList.push(...months.get(month)!.get(day)!);
    const yi = yearKeys.indexOf(year);
    sitemap.push(`/${year}/`);
    datePages.push({
      permalink: permalinkOf(`/${year}/`),
      href: link(`/${year}/`),
      canonical: absolute(`/${year}/`),
      title: titled(year),
      heading: year,
      level: 'year',
      crumbs: [datesCrumb],
      periods,
      periodsLabel: 'Months',
      articles: [],
      pager: null,
      prev: yi > 0 ? { name: yearKeys[yi - 1]!, href: link(`/${yearKeys[yi - 1]}/`) } : null,
      next: yi < yearKeys.length - 1 ? { name: yearKeys[yi + 1]!, href: link(`/${yearKeys[yi + 1]}/`) } : null,
      count: yearList.length,
    });
    for (const month of [...months.keys()].sort()) {
      const days = months.get(month)!;
      const dayKeys = [...days.keys()].sort();
      const monthList = [...dayKeys].reverse().flatMap((day) => days.get(day)!);
      const key = `${year}-${month}`;
      listPages(`/${year}/${month}/`, monthList, () => ({
        title: titled(formatMonth(year, month)),
        heading: formatMonth(year, month),
        level: 'month',
        crumbs: [datesCrumb, { name: year, href: link(`/${year}/`) }],
        periods: dayKeys.map((day) => ({ name: formatDate(`${year}-${month}-${day}`).replace(/, \d+$/, ''), href: link(`/${year}/${month}/${day}/`), count: days.get(day)!.length })),
        periodsLabel: 'Days',
        prev: near(allMonths, monthIndex, key, -1, monthLabel),
        next: near(allMonths, monthIndex, key, 1, monthLabel),
      }));
      for (const day of dayKeys) {
        const iso = `${year}-${month}-${day}`;
        listPages(`/${year}/${month}/${day}/`, days.get(day)!, () => ({
          title: titled(formatDayLong(iso)),
          heading: formatDayLong(iso),
          level: 'day',
          crumbs: [datesCrumb, { name: year, href: link(`/${year}/`) }, { name: formatMonth(year, month), href: link(`/${year}/${month}/`) }],
          periods: [],
          periodsLabel: '',
          prev: near(allDays, dayIndex, iso, -1, formatDate),
          next: near(allDays, dayIndex, iso, 1, formatDate),
        }));
      }
    }
  }
  if (undated.length) {
    listPages('/undated/', undated, () => ({
      title: titled('Undated articles'),
      heading: 'Undated articles',
      level: 'undated',
      crumbs: [datesCrumb],
      periods: [],
      periodsLabel: '',
      prev: null,
      next: null,
    }));
  }
  const dates: DatesIndexPage = {
    years: [...yearKeys].reverse().map((year) => {
      const months = years.get(year)!;
      return {
        year,
        href: link(`/${year}/`),
        count: [...months.values()].reduce((s, m) => s + [...m.values()].reduce((t, l) => t + l.length, 0), 0),
        months: Array.from({ length: 12 }, (_, i) => {
          const month = String(i + 1).padStart(2, '0');
          const m = months.get(month);
          return { label: formatMonthShort(year, month).slice(0, 3), href: m ? link(`/${year}/${month}/`) : null, count: m ? [...m.values()].reduce((t, l) => t + l.length, 0) : 0 };
        }),
      };
    }),
    undated: undated.length ? { name: 'Undated', href: link('/undated/'), count: undated.length } : null,
  };
  sitemap.push('/dates/');

  /* Site feed and home */
  const siteEntries = articles
    .map((a, i) => (a.date ? feedEntries[i]! : null))
    .filter((e): e is FeedEntry => e !== null)
    .slice(0, FEED_SIZE);
  feeds.unshift({
    permalink: '/feed.xml',
    title: options.title,
    subtitle: options.description,
    self: absolute('/feed.xml'),
    alternate: absolute('/'),
    id: absolute('/'),
    updated: siteEntries[0]?.updated ?? `${newestDate}T00:00:00Z`,
    entries: siteEntries,
  });

  const datedArticles = articles.filter((a) => a.date);
  const home: HomePage = {
    latest: cards.slice(0, HOME_LATEST),
    top: (['people', 'places', 'organizations', 'topics'] as const).map((kind) => ({
      kind,
      label: KINDS[kind].plural,
      href: link(`/${kind}/`),
      items: archive.entities[kind]
        .map((entry) => ({ entry, key: sortKeyOf(entry.name) }))
        .sort((a, b) => b.entry.articles.length - a.entry.articles.length || cmp(a.key, b.key))
        .slice(0, HOME_TOP)
        .map(({ entry }) => entry)
        .map((entry) => ({ name: entry.name, href: link(entry.url), count: entry.articles.length })),
    })),
    stats: [
      { label: articles.length === 1 ? 'article' : 'articles', count: articles.length, href: null },
      ...ENTITY_KINDS.map((kind) => ({ label: KINDS[kind].plural.toLowerCase(), count: archive.entities[kind].length, href: link(`/${kind}/`) })),
    ],
    span: datedArticles.length
      ? { first: formatDate(datedArticles[datedArticles.length - 1]!.date!), last: formatDate(datedArticles[0]!.date!) }
      : null,
    years: dates.years.map((y) => ({ name: y.year, href: y.href, count: y.count })),
    undated: dates.undated,
  };
  sitemap.unshift('/');
  sitemap.push('/search/');

  return { site, articlePages, entityPages, datePages, directoryPages, feeds, home, dates, sitemap, search };
}

/* ---------- helpers ---------- */

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCountThenName(a: CountedLink, b: CountedLink): number {
  return b.count - a.count || cmp(a.name, b.name);
}

function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** `text`, cut at a word with an ellipsis if needed, so that its HTML-escaped form fits in `max`. */
function fitEscaped(text: string, max: number): string {
  if (escapeHtml(text).length <= max) return text;
  let cut = text;
  while (cut.length > 1 && escapeHtml(`${cut}…`).length > max) {
    const space = cut.lastIndexOf(' ', cut.length - 2);
    cut = (space > max / 3 ? cut.slice(0, space) : cut.slice(0, -1)).replace(/[\s,;:.–-]+$/, '');
  }
  return `${cut}…`;
}

function toCard(article: ArchiveArticle, link: (path: string) => string): ArticleCard {
  return {
    headline: article.headline,
    href: link(article.url),
    date: article.date ? formatDate(article.date) : null,
    iso: article.date,
    inferred: article.dateSource === 'inferred',
    source: article.source,
    summary: truncate(article.summary || article.body.replace(/[#*_>`|[\]]/g, ' '), SUMMARY_LENGTH),
  };
}

function toFeedEntry(article: ArchiveArticle, card: ArticleCard, absolute: (path: string) => string): FeedEntry {
  return {
    title: article.headline,
    url: absolute(article.url),
    updated: `${article.date ?? '1970-01-01'}T00:00:00Z`,
    summary: card.summary,
    authors: article.byline.length ? article.byline : article.source ? [article.source] : [],
    categories: article.topics.map((t) => t.name),
  };
}

/**
 * Later pages of an entity show no profile (see `profile`), so they carry none: a source's
 * 200 pages would otherwise each hold its timeline, and every build would hash it 200 times.
 */
const NO_PROFILE = Object.freeze({ timelineSvg: null, mapSvg: null, together: [], placesInside: [], children: [] }) satisfies Partial<EntityPage>;

/** The pager of every one-page list (most entities), shared: it is what `pager(1, 1, ...)` gives. */
const ONE_PAGE: Pager = Object.freeze({ current: 1, total: 1, prev: null, next: null, pages: [{ n: 1, href: null, current: true }] }) as Pager;

function pager(current: number, total: number, hrefOf: (n: number) => string): Pager {
  const wanted = new Set<number>([1, total]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= total) wanted.add(n);
  const numbers = [...wanted].sort((a, b) => a - b);
  const pages: Pager['pages'] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) pages.push({ n: null, href: null, current: false });
    pages.push({ n, href: n === current ? null : hrefOf(n), current: n === current });
  });
  return {
    current,
    total,
    prev: current > 1 ? hrefOf(current - 1) : null,
    next: current < total ? hrefOf(current + 1) : null,
    pages,
  };
}

function articleJsonLd(article: ArchiveArticle, absolute: (path: string) => string, options: SiteOptions): Record<string, unknown> {
  const thing = (type: string, name: string) => ({ '@type': type, name });
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    url: absolute(article.url),
    mainEntityOfPage: absolute(article.url),
    inLanguage: options.language,
    wordCount: article.words,
  };
  if (article.date) ld.datePublished = article.date;
  if (article.byline.length) ld.author = article.byline.map((name) => thing('Person', name));
  if (article.source) {
    ld.publisher = thing('Organization', article.source);
    ld.sourceOrganization = thing('Organization', article.source);
  }
  if (article.dateline) ld.locationCreated = thing('Place', article.dateline.place);
  if (article.topics.length) ld.about = article.topics.map((t) => thing('Thing', t.name));
  const mentions = [
    ...article.people.map((e) => thing('Person', e.name)),
    ...article.places.map((e) => thing('Place', e.name)),
    ...article.organizations.map((e) => thing('Organization', e.name)),
  ];
  if (mentions.length) ld.mentions = mentions;
  if (article.summary) ld.description = article.summary;
  ld.isPartOf = { '@type': 'WebSite', name: options.title, url: absolute('/') };
  return ld;
}

/** What Pagefind indexes for one article (https://pagefind.app/docs/node-api/#indexaddcustomrecord). */
export interface SearchRecord {
  /** Site-relative; the search page's `baseUrl` adds the path prefix. */
  url: string;
  /** Text to search, HTML-escaped: Pagefind's UI shows excerpts as HTML. */
  content: string;
  /** Plain text: the UI shows the title as text. */
  meta: { title: string; date?: string };
  /** HTML-escaped, as the UI shows filter values as HTML. */
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Search records that Pagefind indexes together, into the output folder `path` (`pagefind/`, `pagefind-1/`, ...). */
export interface SearchBundle {
  path: string;
  records: SearchRecord[];
}

/** Articles per search bundle, about: Pagefind indexes 2,500 records in under 2 s here. */
const SEARCH_BUNDLE_ARTICLES = 2500;
/** Each bundle costs a reader one more small download (60 kB of WebAssembly, its metadata) per search. */
const MAX_SEARCH_BUNDLES = 8;

/**
 * The search index is one Pagefind bundle, or for 5,000 articles and more 2, 4 or 8 bundles
 * that the search page merges into one result list (https://pagefind.app/docs/multisite/).
 * Each article goes to the bundle its URL hashes to, so an edit re-indexes one bundle rather
 * than the whole archive (see reuse.ts), and the count is a power of two so that it changes,
 * moving every article, only when the archive doubles.
 */
export function searchBundlePaths(articles: number, perBundle = SEARCH_BUNDLE_ARTICLES): string[] {
  const count = Math.min(MAX_SEARCH_BUNDLES, 2 ** Math.max(0, Math.floor(Math.log2(articles / perBundle))));
  return Array.from({ length: count }, (_, k) => (k === 0 ? 'pagefind/' : `pagefind-${k}/`));
}

/** The bundle paths, and the bundle of each article (by URL). */
function layOutSearch(urls: string[], perBundle?: number): { paths: string[]; bundleOf: number[] } {
  const paths = searchBundlePaths(urls.length, perBundle);
  const bundleOf = urls.map((url) => (paths.length === 1 ? 0 : createHash('sha1').update(url).digest().readUInt32BE(0) % paths.length));
  // With thousands of articles a bundle none is ever empty; an archive so small that one would be (Pagefind
  // cannot load an empty bundle) gets one bundle.
  if (new Set(bundleOf).size < paths.length) return { paths: paths.slice(0, 1), bundleOf: urls.map(() => 0) };
  return { paths, bundleOf };
}

/** Other spellings of a name that a search record carries (the entity page shows them all). */
const MAX_SEARCH_ALIASES = 3;

/**
 * The page's own data, so search results and filters say exactly what the page says; and the
 * spellings the archive merged for each name it mentions (`spellingsOf`, the entity's name and
 * other spellings, escaped), where the text has not got them, so that a search for "Khmeimim" finds the
 * article that writes "Hmeimim" as the entity page does.
 */
function searchRecord(page: ArticlePage, article: ArchiveArticle, spellingsOf: (kind: EntityKind, id: string) => string[]): SearchRecord {
  const filters: Record<string, string[]> = { year: [page.year] };
  for (const group of page.chips) if (group.items.length) filters[group.filter] = group.items.map((item) => escapeHtml(item.name));
  if (page.source) filters[KINDS.sources.filter] = [escapeHtml(page.source.name)];
  // The body's HTML minus its tags is the escaped text; block ends become spaces.
  const text = page.bodyHtml.replace(/<\/(p|li|h\d|pre|td|th|tr)>/g, ' ').replace(/<[^>]*>/g, '');
  // The headline is searched too, after the body: Pagefind's excerpt is the first densest run of
  // matches, so a headline at the start would open most excerpts, repeating the result's title.
  const content = `${text}\n${escapeHtml(page.headline)}`;
  const written = content.toLowerCase();
  const spellings = new Set<string>();
  for (const kind of LINKED_KINDS) {
    for (const entity of article[kind] as Entity[]) {
      for (const spelling of spellingsOf(kind, entity.id)) if (!written.includes(spelling.toLowerCase())) spellings.add(spelling);
    }
  }
  return {
    url: article.url,
    content: spellings.size ? `${content}\nAlso written: ${[...spellings].join(', ')}.` : content,
    meta: page.date ? { title: page.headline, date: page.date.iso } : { title: page.headline },
    filters,
    sort: page.date ? { date: page.date.iso } : {},
  };
}

/**
 * The aliases a reader is shown: one spelling of each, the one in ordinary case ("America", not
 * "AMERICA" from an all-caps headline), none that is the name itself. entities.json keeps them all.
 */
export function shownAliases(entry: { name: string; aliases: readonly string[] }): string[] {
  const byFold = new Map<string, string>([[entry.name.toLowerCase(), entry.name]]);
  const isCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
  for (const alias of entry.aliases) {
    const fold = alias.toLowerCase();
    const seen = byFold.get(fold);
    if (seen === undefined || (isCaps(seen) && !isCaps(alias))) byFold.set(fold, alias);
  }
  byFold.delete(entry.name.toLowerCase());
  // Map order is first-seen order, and entry.aliases is sorted: the result stays sorted.
  return [...byFold.values()];
}
