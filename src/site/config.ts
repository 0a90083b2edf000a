/**
 * The site's settings, in one place.
 *
 * Precedence, lowest first:
 *   1. `defaults` below (they build the sample archive as it is);
 *   2. `_site.yml` in the content folder (files starting with `_` are never articles), e.g.
 *
 *        title: The Harbour Gazette archive
 *        description: Every story we ran, 1998-2024.
 *        baseUrl: https://example.org
 *        pathPrefix: /archive/
 *        language: en
 *        pageSize: 50
 *
 *   3. the command line (`--path-prefix /archive/`).
 *
 * Unknown keys and values of the wrong type are ignored with a warning, never fatal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export interface SiteOptions {
  /** Site name, shown in the header, page titles and feeds. */
  title: string;
  /** One sentence for the home page, `<meta name="description">` and the site feed. */
  description: string;
  /**
   * Origin the site is published at, without the path prefix, e.g. `https://example.org`.
   * Used for absolute URLs in feeds, the sitemap, JSON-LD and canonical links.
   */
  baseUrl: string;
  /** Folder the site lives under on its server, e.g. `/archive/`; `/` for the root. */
  pathPrefix: string;
  /** BCP 47 language of the articles, for `<html lang>` and the search index. */
  language: string;
  /** Articles per list page (entity pages, date archives). */
  pageSize: number;
}

export const defaults: Readonly<SiteOptions> = Object.freeze({
  title: 'News Archive',
  description: 'A browsable, searchable archive of news articles.',
  baseUrl: 'https://example.org',
  pathPrefix: '/',
  language: 'en',
  pageSize: 50,
});

export const SITE_CONFIG_FILE = '_site.yml';

export interface LoadedSiteOptions {
  options: SiteOptions;
  warnings: string[];
}

/** Defaults, then `_site.yml` from the content folder (if any), then explicit overrides. */
export function loadSiteOptions(contentDir: string, overrides: Partial<SiteOptions> = {}): LoadedSiteOptions {
  const warnings: string[] = [];
  let fromFile: Partial<SiteOptions> = {};
  const file = join(contentDir, SITE_CONFIG_FILE);
  if (existsSync(file)) {
    try {
      fromFile = validate(load(readFileSync(file, 'utf8')), warnings, file);
    } catch (error) {
      warnings.push(`${file}: not valid YAML, ignored (${error instanceof Error ? error.message.split('\n')[0] : error})`);
    }
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const merged: SiteOptions = { ...defaults, ...fromFile, ...defined };
  return { options: normalise(merged), warnings };
}

function validate(raw: unknown, warnings: string[], file: string): Partial<SiteOptions> {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push(`${file}: expected a mapping of settings, ignored`);
    return {};
  }
  const out: Partial<SiteOptions> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'title':
      case 'description':
      case 'baseUrl':
      case 'pathPrefix':
      case 'language':
        if (typeof value === 'string' && value.trim()) out[key] = value.trim();
        else warnings.push(`${file}: ${key} must be a non-empty string, ignored`);
        break;
      case 'pageSize':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000) out.pageSize = value;
        else warnings.push(`${file}: pageSize must be a whole number from 1 to 1000, ignored`);
        break;
      default:
        warnings.push(`${file}: unknown setting "${key}", ignored`);
    }
  }
  return out;
}

/** `archive` -> `/archive/`, `https://x.org/` -> `https://x.org`. */
export function normalise(options: SiteOptions): SiteOptions {
  const parts = options.pathPrefix.split('/').filter((part) => part && part !== '.' && part !== '..');
  const pathPrefix = parts.length ? `/${parts.map(encodeURIComponent).join('/')}/` : '/';
  let baseUrl = options.baseUrl.replace(/\/+$/, '');
  try {
    const url = new URL(baseUrl);
    baseUrl = `${url.protocol}//${url.host}`;
  } catch {
    baseUrl = defaults.baseUrl;
  }
  return { ...options, pathPrefix, baseUrl, language: options.language || defaults.language };
}
