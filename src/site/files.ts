/**
 * Machine-readable files written straight from TypeScript (no template needed):
 * `data/articles.json`, `data/entities.json`, `data/articles.csv`, `sitemap.xml`,
 * `robots.txt` and the world map behind the locator maps. All deterministic: fixed
 * orders, no timestamps.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Archive } from '../archive/types.js';
import { ENTITY_KINDS } from '../archive/types.js';
import type { SiteOptions } from './config.js';
import { csvRow, escapeXml } from './escape.js';
import { worldSvg } from './map.js';

/** Write `content` to `path` (output-relative); returns `path`. */
function write(outputDir: string, path: string, content: string): string {
  const file = join(outputDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return path;
}

/** Write a large JSON array one element at a time, so 50,000 articles never become one giant string. */
function writeJsonArray(outputDir: string, path: string, items: unknown[]): string {
  const file = join(outputDir, path);
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, '[\n');
    items.forEach((item, i) => writeSync(fd, `${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}\n`));
    writeSync(fd, ']\n');
  } finally {
    closeSync(fd);
  }
  return path;
}

export const CSV_COLUMNS = [
  'id', 'url', 'date', 'date_source', 'headline', 'source', 'byline', 'dateline',
  'people', 'places', 'organizations', 'topics', 'words', 'summary', 'file',
] as const;

/** The data files; returns their output-relative paths (as the other writers here do). */
export function writeDataFiles(archive: Archive, outputDir: string): string[] {
  // Every record plus its url, exactly as the archive holds it.
  const articles = writeJsonArray(outputDir, 'data/articles.json', archive.articles);

  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, archive.entities[kind]]));
  const entitiesFile = write(outputDir, 'data/entities.json', `${JSON.stringify(entities)}\n`);

  const join2 = (names: string[]) => names.join('; ');
  const lines = [csvRow([...CSV_COLUMNS])];
  for (const a of archive.articles) {
    lines.push(
      csvRow([
        a.id, a.url, a.date, a.dateSource, a.headline, a.source, join2(a.byline), a.dateline?.text ?? null,
        join2(a.people.map((e) => e.name)), join2(a.places.map((e) => e.name)), join2(a.organizations.map((e) => e.name)),
        join2(a.topics.map((e) => e.name)), a.words, a.summary, a.file,
      ]),
    );
  }
  // CRLF per RFC 4180; a UTF-8 byte order mark so spreadsheet programs read non-Latin names right.
  return [articles, entitiesFile, write(outputDir, 'data/articles.csv', `\ufeff${lines.join('\r\n')}\r\n`)];
}

const SITEMAP_LIMIT = 50_000;

export function writeSitemap(paths: string[], options: SiteOptions, outputDir: string): string[] {
  const root = options.baseUrl + options.pathPrefix;
  const abs = (path: string) => escapeXml(root + path.replace(/^\//, ''));
  const urlset = (list: string[]) =>
    '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    list.map((p) => `<url><loc>${abs(p)}</loc></url>\n`).join('') +
    '</urlset>\n';
  const written = [write(outputDir, 'robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${root}sitemap.xml\n`)];
  if (paths.length <= SITEMAP_LIMIT) {
    written.push(write(outputDir, 'sitemap.xml', urlset(paths)));
  } else {
    // The protocol allows 50,000 URLs a file: split, and make sitemap.xml the index.
    const parts: string[] = [];
    for (let i = 0; i < paths.length; i += SITEMAP_LIMIT) {
      const name = `sitemap-${parts.length + 1}.xml`;
      written.push(write(outputDir, name, urlset(paths.slice(i, i + SITEMAP_LIMIT))));
      parts.push(name);
    }
    const index =
      '<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      parts.map((name) => `<sitemap><loc>${abs(name)}</loc></sitemap>\n`).join('') +
      '</sitemapindex>\n';
    written.push(write(outputDir, 'sitemap.xml', index));
  }
  return written;
}

export function writeWorldMap(outputDir: string): string[] {
  return [write(outputDir, 'assets/world.svg', worldSvg())];
}
