/**
 * The archive becomes the website: page data computed in TypeScript (src/site/model.ts),
 * rendered by Eleventy driven programmatically, then the machine files and the Pagefind
 * search index are written beside the pages.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve, sep } from 'node:path';
import Eleventy, { type UserConfig } from '@11ty/eleventy';
import type { Archive } from '../archive/types.js';
import type { BuildReport } from '../build/build.js';
import { loadSiteOptions, type SiteOptions } from './config.js';
import { buildSiteModel, type SiteModel } from './model.js';
import { writeDataFiles, writeSitemap, writeWorldMap } from './files.js';
import { writeSearchIndex } from './search.js';

export { defaults, loadSiteOptions, type SiteOptions } from './config.js';
export { buildSiteModel } from './model.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEMPLATES = join(ROOT, 'templates');
const CONFIG = join(ROOT, '.eleventy.ts');

export interface SiteRenderOptions {
  archive: Archive;
  contentDir: string;
  outputDir: string;
  /** Overrides `pathPrefix` from the defaults and `_site.yml`. */
  pathPrefix?: string;
  report: BuildReport;
  /** For `serve`: recompute the archive when a content file changes. */
  reload?: () => Promise<Archive>;
  /** Article file to body HTML rendered at extraction (see src/render/article-body.ts). */
  bodies?: ReadonlyMap<string, string>;
  /** Skip the Pagefind index (tests that do not search). */
  search?: boolean;
  /** Port for `serveSite` (default: $PORT or 8080). */
  port?: number;
  /** Filled with milliseconds per phase of `renderSite` (benchmarks). */
  timings?: Record<string, number>;
}

function settings(options: SiteRenderOptions): SiteOptions {
  const { options: site, warnings } = loadSiteOptions(options.contentDir, { pathPrefix: options.pathPrefix });
  for (const warning of warnings) if (!options.report.notes.includes(warning)) options.report.notes.push(warning);
  return site;
}

/** Global data handed to Eleventy; functions, so a dev-server rebuild picks up a reloaded archive. */
function addData(eleventyConfig: UserConfig, current: () => SiteModel | Promise<SiteModel>): void {
  const keys = ['site', 'articlePages', 'entityPages', 'datePages', 'directoryPages', 'feeds', 'home', 'dates'] as const;
  for (const key of keys) eleventyConfig.addGlobalData(key, async () => (await current())[key]);
}

function writeExtras(archive: Archive, model: SiteModel, site: SiteOptions, outputDir: string): void {
  writeDataFiles(archive, outputDir);
  writeSitemap(model.sitemap, site, outputDir);
  writeWorldMap(outputDir);
}

/** Write the whole site into `options.outputDir` (a fresh staging folder). */
export async function renderSite(options: SiteRenderOptions): Promise<void> {
  const clock = stopwatch(options.timings);
  const site = settings(options);
  const model = buildSiteModel(options.archive, site, options.bodies);
  clock('model');
  const eleventy = new Eleventy(TEMPLATES, options.outputDir, {
    quietMode: true,
    configPath: CONFIG,
    pathPrefix: site.pathPrefix,
    config: (eleventyConfig) => addData(eleventyConfig, () => model),
  });
  // Pagefind indexes in its own process while Eleventy renders on this one.
  const search = options.search !== false ? writeSearchIndex(options.outputDir, site.language, model.search) : null;
  await eleventy.write();
  clock('eleventy');
  writeExtras(options.archive, model, site, options.outputDir);
  clock('extras');
  await search;
  clock('search wait');
}

function stopwatch(timings: Record<string, number> | undefined): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    if (timings) timings[phase] = (timings[phase] ?? 0) + now - last;
    last = now;
  };
}

/** `npm run serve`: Eleventy's dev server with live reload; content changes rebuild the archive when `reload` is given. */
export async function serveSite(options: SiteRenderOptions): Promise<void> {
  const site = settings(options);
  let archive = options.archive;
  let model = buildSiteModel(archive, site);
  let stale = false;
  // One reload per rebuild, however many data keys ask for the model meanwhile.
  let reloading: Promise<SiteModel> | null = null;
  const eleventy = new Eleventy(TEMPLATES, options.outputDir, {
    quietMode: true,
    configPath: CONFIG,
    pathPrefix: site.pathPrefix,
    runMode: 'serve',
    config: (eleventyConfig) => {
      addData(eleventyConfig, () => {
        if (!stale || !options.reload) return reloading ?? model;
        stale = false;
        reloading = options.reload().then((fresh) => {
          archive = fresh;
          model = buildSiteModel(archive, site);
          reloading = null;
          return model;
        });
        return reloading;
      });
      eleventyConfig.addWatchTarget(options.contentDir);
      // A changed file under the content folder makes the next rebuild re-run `reload`.
      const content = resolve(options.contentDir) + sep;
      eleventyConfig.on('eleventy.beforeWatch', (changed: string[]) => {
        if (changed.some((file) => resolve(file).startsWith(content))) stale = true;
      });
      eleventyConfig.on('eleventy.after', async () => {
        writeExtras(archive, model, site, options.outputDir);
        if (options.search !== false) await writeSearchIndex(options.outputDir, site.language, model.search);
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port ?? (Number(process.env.PORT) || 8080));
}
