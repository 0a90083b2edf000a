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
 *                             (https://www.11ty.dev/docs/copy/)
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
// Only the two date/URL helpers of the RSS plugin are used; the plugin itself would also
// install the HTML <base> transform, which re-parses every page, and we already write
// prefixed URLs (https://www.11ty.dev/docs/plugins/rss/).
import { absoluteUrl, dateToRfc3339 } from '@11ty/eleventy-plugin-rss';

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

export default function (eleventyConfig: UserConfig): void {
  // Autoescape ON: every value is HTML-escaped unless a template marks it `| safe`, which
  // templates do only for HTML and SVG pre-built and escaped in src/site and src/render.
  // https://www.11ty.dev/docs/languages/nunjucks/#optional-use-your-nunjucks-environment
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });

  // Static files (https://www.11ty.dev/docs/copy/). Absolute source path, so builds work from any working folder.
  eleventyConfig.addPassthroughCopy({ [join(root, 'templates', 'assets')]: 'assets' });

  // Generated pages are never put in collections: the archive has tens of thousands of pages and
  // Eleventy would sort them all for nothing (https://www.11ty.dev/docs/collections/#how-to-exclude-content-from-collections).
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);

  // Feed helpers from @11ty/eleventy-plugin-rss (https://www.11ty.dev/docs/plugins/rss/#supplies-the-following-nunjucks-filters).
  eleventyConfig.addNunjucksFilter('dateToRfc3339', (value: string | Date) => dateToRfc3339(value instanceof Date ? value : new Date(value)));
  eleventyConfig.addNunjucksFilter('absoluteUrl', absoluteUrl);

  // Thousands separators for counts, the same on every machine.
  eleventyConfig.addFilter('num', (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  eleventyConfig.addFilter('plural', (count: number, one: string, many: string) => (count === 1 ? one : many));

  // Dev server (`npm run serve`): https://www.11ty.dev/docs/dev-server/
  eleventyConfig.setServerOptions({ showAllHosts: false, showVersion: false, domDiff: false });

  // The project's .gitignore lists _site/ and the like; nothing in templates/ is ignored by it.
  eleventyConfig.setUseGitIgnore(false);
}
