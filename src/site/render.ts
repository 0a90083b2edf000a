/**
 * Pages from the model, on every core: the page lists are dealt out to N shares (page i
 * of every list to share i mod N, a fixed rule, so each page is written by exactly one
 * share whatever the timing), and each share renders in its own worker thread.
 *
 * Within a share, Eleventy runs once per batch of a few thousand pages. Eleventy renders
 * every page of a run before writing any and keeps them all until the run ends
 * (https://www.11ty.dev/docs/advanced-order/), so one run over 30,000 pages holds the
 * whole site in memory and spends much of its time collecting garbage; batches keep
 * the heap small. Batches use fresh Eleventy instances over the same templates and
 * configuration; only the first batch of the first share renders the one-off pages
 * (home, search, dates, 404) and copies the static assets.
 *
 * Feeds are not Eleventy pages (see feeds.ts): each share writes its own.
 *
 * Each share fingerprints the pages and feeds it renders, for the next build (see reuse.ts).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { UserConfig } from '@11ty/eleventy';
import { addStaticAssets } from '../../.eleventy.js';
import type { ArticlePage, DatePage, DatesIndexPage, DirectoryPage, EntityPage, FeedPage, HomePage, SiteData, SiteModel } from './model.js';
import { writeFeeds } from './feeds.js';
import { pageFingerprinter, type SiteFiles } from './reuse.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPLATES = join(ROOT, 'templates');
export const CONFIG = join(ROOT, '.eleventy.ts');
/** Templates that make one page each; rendered by one Eleventy run only. */
const ONE_OFF_TEMPLATES = ['index.njk', '404.njk', 'search.njk', 'dates-index.njk'];

/** The paginated lists, each one template (`templates/<name>.njk` paginates over `<key>`). */
export const PAGE_LISTS = ['articlePages', 'entityPages', 'datePages', 'directoryPages'] as const;
type PageList = (typeof PAGE_LISTS)[number];
/** Everything rendered per item: the page lists and the feeds. */
export const RENDERED_LISTS = [...PAGE_LISTS, 'feeds'] as const;

/** What one share renders: its part of every page list and feed list, plus the data every page sees. */
export interface Share {
  site: SiteData;
  home: HomePage;
  dates: DatesIndexPage;
  articlePages: ArticlePage[];
  entityPages: EntityPage[];
  datePages: DatePage[];
  directoryPages: DirectoryPage[];
  feeds: FeedPage[];
  /** This share renders the one-off pages and copies the static assets. */
  first: boolean;
}

/** What rendering a share (or the whole site) did: each page's and feed's fingerprint by output path, and how many pages it rendered. */
export interface RenderedPages {
  fingerprints: SiteFiles;
  rendered: number;
}

export interface RenderPagesOptions {
  outputDir: string;
  pathPrefix: string;
  /** Worker threads; 1 renders on this thread. Default: one per core, for sites big enough to pay for it. */
  workers?: number;
  /** Pages per Eleventy run. */
  batchPages?: number;
  /** Told how many pages each finished Eleventy run wrote (progress on a terminal). */
  onPages?: (count: number) => void;
}

/** Below this many pages, a worker's start-up (loading Eleventy) costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 3000;
// Each worker holds its share of the page data and a batch of rendered pages: two keep a
// 10,000-article build well under 2 GiB, and a 2-core machine gains nothing from more.
const MAX_WORKERS = 2;
export const DEFAULT_BATCH_PAGES = 2500;

/** Worker threads worth starting to render `pages` pages. */
export function workersFor(pages: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return pages >= MIN_PAGES_FOR_WORKERS ? Math.max(1, Math.min(MAX_WORKERS, availableParallelism())) : 1;
}

/**
 * Renderers for `workers` shares. Worker threads start at once, so that loading Eleventy
 * overlaps building the model; `render` then hands each its share.
 */
export function startRenderers(
  workers: number,
  options: RenderPagesOptions,
): { threaded: boolean; render(model: SiteModel): Promise<RenderedPages>; stop(): void } {
  const threads = workers > 1 ? Array.from({ length: workers }, () => startWorker(options)) : [];
  return {
    /** Pages render off this thread (which stays free for other work meanwhile). */
    threaded: threads.length > 0,
    render(model) {
      if (threads.length === 0) return renderShare(splitModel(model, 1)[0]!, options);
      // Each share is copied to its thread here, synchronously; none is kept on this one.
      return Promise.all(splitModel(model, threads.length).map((share, k) => threads[k]!.render(share))).then(combine);
    },
    stop() {
      for (const thread of threads) void thread.worker.terminate();
    },
  };
}

function combine(shares: RenderedPages[]): RenderedPages {
  return {
    fingerprints: Object.assign({}, ...shares.map((share) => share.fingerprints)) as SiteFiles,
    rendered: shares.reduce((sum, share) => sum + share.rendered, 0),
  };
}

/** Deal page i of every list to share i mod n. */
export function splitModel(model: SiteModel, n: number): Share[] {
  const deal = <T>(list: T[], k: number): T[] => (n === 1 ? list : list.filter((_, i) => i % n === k));
  return Array.from({ length: n }, (_, k) => ({
    site: model.site,
    home: model.home,
    dates: model.dates,
    articlePages: deal(model.articlePages, k),
    entityPages: deal(model.entityPages, k),
    datePages: deal(model.datePages, k),
    directoryPages: deal(model.directoryPages, k),
    feeds: deal(model.feeds, k),
    first: k === 0,
  }));
}

/** One share, on this thread: its feeds, then its pages in batches. */
export async function renderShare(share: Share, options: RenderPagesOptions): Promise<RenderedPages> {
  const fingerprints: SiteFiles = {};
  const fingerprintOf = pageFingerprinter();
  for (const key of RENDERED_LISTS) for (const page of share[key]) fingerprints[page.permalink] = fingerprintOf(page);
  writeFeeds(share.feeds, share.site, options.outputDir);
  const batches = batchLists(share, options.batchPages ?? DEFAULT_BATCH_PAGES);
  // Loaded here, not at start-up: the build's own thread needs it only when it renders pages itself.
  const { default: Eleventy } = await import('@11ty/eleventy');
  for (const [i, batch] of batches.entries()) {
    const oneOffs = share.first && i === 0;
    const eleventy = new Eleventy(TEMPLATES, options.outputDir, {
      quietMode: true,
      configPath: CONFIG,
      pathPrefix: options.pathPrefix,
      config: (eleventyConfig) => {
        addPageData(eleventyConfig, { site: share.site, home: share.home, dates: share.dates, ...batch });
        if (oneOffs) addStaticAssets(eleventyConfig);
        // Ignores starting `**/` are matched as they are, whatever the working folder (https://www.11ty.dev/docs/ignores/).
        else for (const name of ONE_OFF_TEMPLATES) eleventyConfig.ignores.add(`**/${basename(TEMPLATES)}/${name}`);
      },
    });
    // One run of many: Eleventy's "Wrote N files" line per batch would only be noise. Errors still reject write().
    eleventy.disableLogger();
    await eleventy.write();
    options.onPages?.(PAGE_LISTS.reduce((sum, key) => sum + batch[key].length, 0));
    // After the last batch there is nothing left to make room for.
    if (i < batches.length - 1) collectGarbage();
  }
  return { fingerprints, rendered: PAGE_LISTS.reduce((sum, key) => sum + share[key].length, 0) };
}

/**
 * A full garbage collection, when the build runs with --expose-gc (npm run build does). V8
 * collects when a heap fills, not when data stops being used: a model handed to the workers,
 * or an Eleventy run's pages once written, would otherwise stay in memory (hundreds of
 * megabytes at 10,000 articles) while the threads go on working.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Split the page lists into runs of about `size` pages, list order kept. */
function batchLists(share: Pick<Share, PageList>, size: number): Record<PageList, unknown[]>[] {
  const batches: Record<PageList, unknown[]>[] = [];
  const empty = () => Object.fromEntries(PAGE_LISTS.map((key) => [key, []])) as unknown as Record<PageList, unknown[]>;
  let batch = empty();
  let count = 0;
  for (const key of PAGE_LISTS) {
    const list = share[key] as unknown[];
    for (let i = 0; i < list.length; ) {
      const take = Math.min(size - count, list.length - i);
      batch[key] = list.slice(i, i + take);
      i += take;
      count += take;
      if (count === size) {
        batches.push(batch);
        batch = empty();
        count = 0;
      }
    }
  }
  if (count > 0 || batches.length === 0) batches.push(batch);
  return batches;
}

/** Global data for the templates (https://www.11ty.dev/docs/data-global-custom/). */
export function addPageData(eleventyConfig: UserConfig, data: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(data)) eleventyConfig.addGlobalData(key, () => value);
}

/** What a render worker reports: pages written by a finished batch, then the end of its share. */
export type WorkerMessage = { pages: number } | { done: RenderedPages } | { error: string };

function startWorker(options: RenderPagesOptions): { worker: Worker; render(share: Share): Promise<RenderedPages> } {
  const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), {
    workerData: { outputDir: options.outputDir, pathPrefix: options.pathPrefix, batchPages: options.batchPages } satisfies RenderPagesOptions,
  });
  // Listen from the start: a worker that fails while loading must not go unnoticed.
  const done = new Promise<RenderedPages>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('pages' in message) return options.onPages?.(message.pages);
      if ('error' in message) reject(new Error(`render worker: ${message.error}`));
      else resolve(message.done);
      void worker.terminate();
    });
    worker.once('error', reject);
    // A worker that exits without reporting its share has failed, whatever its exit code.
    worker.once('exit', (code) => reject(new Error(`render worker stopped with exit code ${code} before finishing`)));
  });
  done.catch(() => undefined);
  return {
    worker,
    render(share) {
      worker.postMessage(share);
      return done;
    },
  };
}
