/**
 * Eleventy configuration (https://www.11ty.dev/docs/config/), in the style of
 * eleventy-base-blog. Eleventy is not run from its command line here: `src/site/index.ts`
 * drives it through the programmatic API (https://www.11ty.dev/docs/programmatic/),
 * passes this file as `configPath`, and adds the site's data (every page, computed in
 * TypeScript) as global data (https://www.11ty.dev/docs/data-global-custom/).
 *
 * What lives where:
 *   templates/                Nunjucks pages (https://www.11ty.dev/docs/languages/nunjucks/);
 *                             each list of pages is ONE template paginated over a flat array
 *                             (https://www.11ty.dev/docs/pagination/), never a file per page
 *   templates/_includes/      the base layout and partials, used with {% extends %}/{% include %}
 *   templates/assets/         CSS and the small search script, copied as they are
 *                             (https://www.11ty.dev/docs/copy/) by `addStaticAssets` below
 *
 * The Atom feeds are not templates: src/site/feeds.ts writes them with the helpers of
 * @11ty/eleventy-plugin-rss. A full build runs Eleventy several times, each over a batch
 * of pages (src/site/render.ts); everything here applies to every run.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import nunjucks from 'nunjucks';

const root = dirname(fileURLToPath(import.meta.url));

export const config = {
  dir: {
    input: 'templates',
    includes: '_includes',
    // No _data folder: all data comes from TypeScript through addGlobalData.
    data: '_no_data',
    // No `output` here: it would override the folder the caller passes (a staging folder).
  },
  // Only Nunjucks is a template language here (https://www.11ty.dev/docs/config/#template-formats).
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};

/**
 * One Nunjucks environment per thread, shared by every Eleventy run in it, so templates
 * compile once per build rather than once per run
 * (https://www.11ty.dev/docs/languages/nunjucks/#advanced-use-your-nunjucks-environment).
 * Autoescape ON: every value is HTML-escaped unless a template marks it `| safe`, which
 * templates do only for HTML and SVG pre-built and escaped in src/site and src/render.
 */
const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(root, config.dir.input, config.dir.includes)), {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
});

// Thousands separators for counts, the same on every machine. Filters are added to the
// environment itself: called hundreds of thousands of times, they need none of the page
// data Eleventy would attach to each call.
environment.addFilter('num', (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
environment.addFilter('plural', (count: number, one: string, many: string) => (count === 1 ? one : many));

// `{{ card | card }}`: an article card (partials/card.njk). The same card appears in every
// list its article is in (entity pages, dates, related articles), about twenty times per
// article, so each is rendered once and reused: `card` objects are shared by every list.
let cards = new WeakMap<object, unknown>();
environment.addFilter('card', (card: object) => {
  let html = cards.get(card);
  if (html === undefined) {
    html = new nunjucks.runtime.SafeString(environment.render('partials/card.njk', { card }));
    cards.set(card, html);
  }
  return html;
});

// `{{ site | siteHeader(section) }}`, `{{ site | siteFooter }}`: the header with the section
// navigation and the footer, the same on every page of a section; rendered once per site and
// section (partials/site-header.njk, partials/site-footer.njk).
let chrome = new WeakMap<object, Map<unknown, unknown>>();
function once(site: object, key: unknown, name: string, context: object): unknown {
  let rendered = chrome.get(site);
  if (!rendered) chrome.set(site, (rendered = new Map()));
  let html = rendered.get(key);
  if (html === undefined) {
    html = new nunjucks.runtime.SafeString(environment.render(name, context));
    rendered.set(key, html);
  }
  return html;
}
environment.addFilter('siteHeader', (site: object, section: unknown) => once(site, section ?? null, 'partials/site-header.njk', { site, section }));
environment.addFilter('siteFooter', (site: object) => once(site, 'footer', 'partials/site-footer.njk', { site }));

export default function (eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary('njk', environment);
  // The dev server rebuilds after template edits: render the fragments afresh each time. (A
  // build's Eleventy runs all see the same templates and keep the fragments they share.)
  eleventyConfig.on('eleventy.before', ({ runMode }: { runMode: string }) => {
    if (runMode === 'build') return;
    cards = new WeakMap();
    chrome = new WeakMap();
  });

  // Generated pages are never put in collections: the archive has tens of thousands of pages and
  // Eleventy would sort them all for nothing (https://www.11ty.dev/docs/collections/#how-to-exclude-content-from-collections).
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);

  // Dev server (`npm run serve`): https://www.11ty.dev/docs/dev-server/
  eleventyConfig.setServerOptions({ showAllHosts: false, showVersion: false, domDiff: false });

  // The project's .gitignore lists _site/ and the like; nothing in templates/ is ignored by it.
  eleventyConfig.setUseGitIgnore(false);
}

/**
 * Static files (https://www.11ty.dev/docs/copy/), added by the caller to exactly one of the
 * build's Eleventy runs (and to the dev server's). Absolute source path, so builds work from
 * any working folder.
 */
export function addStaticAssets(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ [join(root, 'templates', 'assets')]: 'assets' });
}
