/** Shared by the site tests: build a fixture site once, serve it, find Chromium, walk the output. */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { buildArchive } from '../../src/archive/index.js';
import type { Archive } from '../../src/archive/types.js';
import { renderSite } from '../../src/site/index.js';
import type { BuildReport } from '../../src/build/build.js';
import { fixtureRecords } from './fixtures/records.js';
import { tempDir } from '../temp-dir.js';

export const FIXTURE_CONTENT = join(import.meta.dirname, 'fixtures', 'content');

export function emptyReport(): BuildReport {
  return { articles: 0, withWarnings: 0, skipped: [], warnings: [], notes: [] };
}

export interface BuiltSite {
  dir: string;
  archive: Archive;
  report: BuildReport;
}

/** Render the fixture archive into a fresh folder under the OS temp folder. */
export async function buildFixtureSite(
  options: { pathPrefix?: string; search?: boolean; contentDir?: string; workers?: number; batchPages?: number; searchBundleArticles?: number } = {},
): Promise<BuiltSite> {
  const dir = tempDir('site-test-');
  const archive = buildArchive(fixtureRecords());
  const report = emptyReport();
  await renderSite({
    archive,
    contentDir: options.contentDir ?? FIXTURE_CONTENT,
    outputDir: dir,
    pathPrefix: options.pathPrefix,
    report,
    search: options.search,
    workers: options.workers,
    batchPages: options.batchPages,
    searchBundleArticles: options.searchBundleArticles,
  });
  return { dir, archive, report };
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string, under = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, under)).sort()) {
    const rel = under ? `${under}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

export function htmlPages(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
};

/**
 * A plain static file server, like any a reader might host the site on: `prefix` is the
 * folder the site is published under; `/x/` serves `x/index.html`; unknown paths get 404.html.
 */
export async function serve(dir: string, prefix = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (path.startsWith(prefix)) {
      const rel = path.slice(prefix.length).split('/').filter((p) => p && p !== '..').join(sep);
      const candidate = join(dir, rel);
      if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
    }
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Every href/src in HTML pages, feeds and the sitemap that points into the site must resolve
 * to a file in the output (published under `prefix`), and every #fragment to an id there.
 */
export function brokenLinks(dir: string, prefix: string, origin: string): string[] {
  const broken: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      idCache.set(file, set);
    }
    return set;
  };
  const toFile = (pathname: string): string | null => {
    if (!pathname.startsWith(prefix)) return null;
    const rel = decodeURIComponent(pathname.slice(prefix.length));
    const candidate = join(dir, rel);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
    return null;
  };
  const files = listFiles(dir).filter((f) => (f.endsWith('.html') || f.endsWith('.xml')) && !f.startsWith('pagefind/'));
  for (const file of files) {
    const text = read(dir, file);
    const pageUrl = new URL(prefix + file.replace(/index\.html$/, ''), origin);
    const links = [
      ...[...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!),
      ...[...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!),
    ];
    for (const raw of links) {
      const href = raw.replace(/&amp;/g, '&');
      const url = new URL(href, pageUrl);
      if (url.origin !== origin && url.origin !== 'https://archive.example.org') continue; // external
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      const target = toFile(url.pathname);
      if (!target) {
        broken.push(`${file}: ${href}`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file}: ${href} (no such anchor)`);
    }
  }
  return broken;
}

