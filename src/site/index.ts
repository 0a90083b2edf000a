/**
 * The archive becomes the website: page data computed in TypeScript (src/site/model.ts),
 * rendered by Eleventy driven programmatically, then the machine files and the Pagefind
 * search index are written beside the pages.
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { addStaticAssets } from '../../.eleventy.js';
import type { Archive } from '../archive/types.js';
import type { ArticleRecord } from '../types.js';
import type { BuildReport } from '../build/build.js';
import { loadSiteOptions, type SiteOptions } from './config.js';
import { buildSiteModel, type SiteModel } from './model.js';
import { writeDataFiles, writeSitemap, writeWorldMap } from './files.js';
import { writeFeeds } from './feeds.js';
import { writeSearchIndex } from './search.js';
import { collectGarbage, CONFIG, PAGE_LISTS, RENDERED_LISTS, TEMPLATES, startRenderers, workersFor } from './render.js';
import { changedPages, fingerprint, pageFingerprinter, readPreviousSite, removedFiles, siteGeneration, type PreviousSite, type SiteFiles, type SiteUpdate } from './reuse.js';

export { defaults, loadSiteOptions, type SiteOptions } from './config.js';
export { buildSiteModel } from './model.js';
export { manifestFileFor, updateInPlace, writeManifest, type SiteUpdate } from './reuse.js';

export interface SiteRenderOptions {
  archive: Archive;
  contentDir: string;
  outputDir: string;
  /** Overrides `pathPrefix` from the defaults and `_site.yml`. */
  pathPrefix?: string;
  report: BuildReport;
  /** For `serve`: recompute the archive when a content file changes. */
  reload?: () => Promise<Archive>;
  /** Article file to body HTML rendered at extraction (see src/render/article-body.ts); any missing are rendered here. */
  bodies?: ReadonlyMap<string, string>;
  /** Skip the Pagefind index (tests that do not search). */
  search?: boolean;
  /** Port for `serveSite` (default: $PORT or 8080). */
  port?: number;
  /** Filled with milliseconds per phase of `renderSite` (benchmarks). */
  timings?: Record<string, number>;
  /** Render worker threads (1: render on this thread). Default: one per core for large archives. */
  workers?: number;
  /** Pages per Eleventy run (see render.ts). */
  batchPages?: number;
  /** Progress: pages written so far, of `total`. */
  onPages?: (written: number, total: number) => void;
  /** Articles per search bundle (see `searchBundlePaths` in model.ts); tests make it small. */
  searchBundleArticles?: number;
  /** Incremental builds (reuse.ts): the manifest of the last build, and the folder its site should be in. */
  reuse?: { manifestFile: string; previousDir: string };
}

/** What `renderSite` made: the files for the next build's manifest, and what was rendered or kept. */
export interface RenderedSite {
  generation: string;
  files: SiteFiles;
  /**
   * Null: `outputDir` holds the whole site. Otherwise it holds what changed since the site at
   * `reuse.previousDir`, to be moved into it with `updateInPlace`.
   */
  update: SiteUpdate | null;
  rendered: number;
  reused: number;
  /** Search bundles in the site, and how many were indexed (the rest were unchanged). */
  searchBundles: number;
  searchIndexed: number;
}

function settings(options: SiteRenderOptions): SiteOptions {
  const { options: site, warnings } = loadSiteOptions(options.contentDir, { pathPrefix: options.pathPrefix });
  for (const warning of warnings) if (!options.report.notes.includes(warning)) options.report.notes.push(warning);
  return site;
}

/** Global data handed to Eleventy; functions, so a dev-server rebuild picks up a reloaded archive. */
function addData(eleventyConfig: UserConfig, current: () => SiteModel | Promise<SiteModel>): void {
  const keys = ['site', ...PAGE_LISTS, 'home', 'dates'] as const;
  for (const key of keys) eleventyConfig.addGlobalData(key, async () => (await current())[key]);
}

/** The files written every build; returns their output-relative paths. */
function writeExtras(archive: Archive, sitemap: string[], site: SiteOptions, outputDir: string): string[] {
  return [...writeDataFiles(archive, outputDir), ...writeSitemap(sitemap, site, outputDir), ...writeWorldMap(outputDir)];
}

/**
 * Write the site into `options.outputDir` (a fresh staging folder): the whole site, or, when
 * `options.reuse` names the last build's site and its manifest, only what changed (reuse.ts).
 * Three things run side by side: the Pagefind index in its own process, the pages and feeds
 * in worker threads (render.ts) when there are many, and the machine files on this thread.
 */
export async function renderSite(options: SiteRenderOptions): Promise<RenderedSite> {
  const clock = stopwatch(options.timings);
  const site = settings(options);
  let written = 0;
  let total = 0;
  const onPages = (count: number) => options.onPages?.((written += count), total);
  const renderOptions = { outputDir: options.outputDir, pathPrefix: site.pathPrefix, batchPages: options.batchPages, onPages };
  const last = options.reuse ? readPreviousSite(options.reuse.manifestFile, options.reuse.previousDir) : null;
  // Without a site to update, every page renders: threads start at once, so that loading Eleventy
  // overlaps building the model. An update starts them once it knows how many pages changed.
  // (About three pages an article: its own, a share of its date's and of its entities'.)
  let renderers = last ? null : startRenderers(workersFor(options.archive.articles.length * 3, options.workers), renderOptions);
  try {
    // Once the pages are handed to worker threads, this thread keeps only what it still needs
    // (sitemap, search records): at 10,000 articles the page data is hundreds of megabytes.
    const bodies = await articleBodies(options.archive.articles, options.bodies);
    let model: SiteModel | null = buildSiteModel(options.archive, site, bodies, { searchBundleArticles: options.searchBundleArticles });
    const { sitemap, search: bundles } = model;
    const generation = siteGeneration(model.site);
    // Other templates or settings: every page changes, and a new site is swapped in.
    const previous = last?.generation === generation ? last : null;
    const files: SiteFiles = {};
    const pageCount = (m: SiteModel) => PAGE_LISTS.reduce((sum, key) => sum + m[key].length, 0);
    const allPages = pageCount(model);
    // A search bundle whose records are unchanged is left as it is in the site being updated; the rest are indexed.
    const searchBundles = options.search === false ? [] : bundles;
    for (const bundle of searchBundles) files[bundle.path] = fingerprint({ language: site.language, records: bundle.records });
    const toIndex = searchBundles.filter(
      (bundle) => !previous || previous.files[bundle.path] !== files[bundle.path] || !existsSync(join(previous.dir, bundle.path)),
    );
    // Pagefind indexes in its own process: `running` settles when the bundles are written, `added`
    // once Pagefind has every record. The records reach it through a pipe that drains only between
    // tasks of this thread, so until then work here must leave the event loop free often.
    const startSearch = (): { added: Promise<unknown>; running: Promise<number> } | null => {
      if (toIndex.length === 0) return null;
      let added!: () => void;
      const allAdded = new Promise<void>((resolve) => (added = resolve));
      const running = writeSearchIndex(options.outputDir, site.language, toIndex, added);
      running.catch(() => undefined);
      return { added: Promise.race([allAdded, running]), running };
    };
    // An update indexes while this thread finds the changed pages, a few at a time (changedPages);
    // a whole site hands its pages to the render threads first.
    let search = previous ? startSearch() : null;
    if (previous) model = await onlyChanged(model, previous, files);
    total = pageCount(model);
    renderers ??= startRenderers(workersFor(total, options.workers), renderOptions);
    clock('model');
    let pages = renderers.threaded ? renderers.render(model) : null;
    pages?.catch(() => undefined);
    if (pages) {
      model = null;
      collectGarbage();
    }
    search ??= startSearch();
    // On this thread, pages wait for Pagefind to take the records.
    await search?.added;
    clock('search records');
    pages ??= renderers.render(model!);
    pages.catch(() => undefined);
    for (const path of writeExtras(options.archive, sitemap, site, options.outputDir)) files[path] = '';
    clock('extras');
    const rendered = await pages;
    Object.assign(files, rendered.fingerprints);
    clock('pages');
    await search?.running;
    clock('search wait');
    const update = previous ? { replaced: toIndex.map((bundle) => bundle.path), removed: removedFiles(previous, files) } : null;
    return { generation, files, update, rendered: rendered.rendered, reused: allPages - total, searchBundles: searchBundles.length, searchIndexed: toIndex.length };
  } finally {
    renderers?.stop();
  }
}

/**
 * Every article's body HTML with entity placeholders: those rendered at extraction (cached),
 * and the rest (records read from NDJSON, a dev-server reload) rendered here. The Markdown
 * stack is loaded only then: a build from the cache never needs it.
 */
export async function articleBodies(articles: readonly ArticleRecord[], rendered: ReadonlyMap<string, string> = new Map()): Promise<ReadonlyMap<string, string>> {
  const missing = articles.filter((article) => !rendered.has(article.file));
  if (missing.length === 0) return rendered;
  const { renderArticleBody } = await import('../render/article-body.js');
  const bodies = new Map(rendered);
  for (const article of missing) bodies.set(article.file, renderArticleBody(article));
  return bodies;
}

/** The model with only the pages and feeds that changed since `previous`; every one's fingerprint goes into `files`. */
async function onlyChanged(model: SiteModel, previous: PreviousSite, files: SiteFiles): Promise<SiteModel> {
  const changed: Partial<SiteModel> = {};
  const fingerprintOf = pageFingerprinter();
  for (const key of RENDERED_LISTS) Object.assign(changed, { [key]: await changedPages<{ permalink: string }>(model[key], previous, files, fingerprintOf) });
  return { ...model, ...changed };
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
  let model = buildSiteModel(archive, site, await articleBodies(archive.articles));
  let stale = false;
  // One reload per rebuild, however many data keys ask for the model meanwhile.
  let reloading: Promise<SiteModel> | null = null;
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(TEMPLATES, options.outputDir, {
    quietMode: true,
    configPath: CONFIG,
    pathPrefix: site.pathPrefix,
    runMode: 'serve',
    config: (eleventyConfig) => {
      addData(eleventyConfig, () => {
        if (!stale || !options.reload) return reloading ?? model;
        stale = false;
        reloading = options.reload().then(async (fresh) => {
          archive = fresh;
          model = buildSiteModel(archive, site, await articleBodies(archive.articles));
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
      addStaticAssets(eleventyConfig);
      eleventyConfig.on('eleventy.after', async () => {
        writeFeeds(model.feeds, model.site, options.outputDir);
        writeExtras(archive, model.sitemap, site, options.outputDir);
        if (options.search !== false) await writeSearchIndex(options.outputDir, site.language, model.search);
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port ?? (Number(process.env.PORT) || 8080));
}
