/**
 * The search index: Pagefind (https://pagefind.app/docs/node-api/), fed one custom
 * record per article from the site model rather than by re-reading the written HTML,
 * which is four times faster and lets the index build in Pagefind's own process while
 * Eleventy renders the pages. Records carry the same title, text and filters (topic,
 * person, place, organization, source, year) as the article page. Bundles land in
 * `<output>/pagefind/` (and, for big archives, `pagefind-1/`... which the search page
 * merges; see `searchBundlePaths` in model.ts) and load relative to the site, so search
 * works from any static server and under a path prefix.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchBundle } from './model.js';

// Pagefind runs one backend process per Node process; indexes are built one at a time so
// that closing the backend after one build cannot cut another short.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Index each bundle into `<outputDir>/<bundle.path>`. `added` is called once Pagefind has every
 * record: until then this thread must keep its event loop free, as the records go to
 * Pagefind's process through a pipe that only drains between tasks; the bundles are then
 * written by Pagefind's own threads.
 */
export function writeSearchIndex(outputDir: string, language: string, bundles: SearchBundle[], added?: () => void): Promise<number> {
  const run = queue.then(() => indexBundles(outputDir, language, bundles, added));
  queue = run.catch(() => undefined);
  return run;
}

async function indexBundles(outputDir: string, language: string, bundles: SearchBundle[], added?: () => void): Promise<number> {
  const lang = language.split('-')[0]!;
  try {
    const indexes: pagefind.PagefindIndex[] = [];
    for (const bundle of bundles) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      indexes.push(index);
    }
    // All sent at once, in order: Pagefind's service reads its pipe on one thread and handles
    // the messages one by one as they arrive, so pages are numbered in call order and the index
    // is the same byte for byte (the determinism tests check it). Awaiting each add in turn
    // costs a pipe round trip per article: 1.6 times slower.
    const responses = await Promise.all(bundles.flatMap((bundle, k) => bundle.records.map((record) => indexes[k]!.addCustomRecord({ ...record, language: lang }))));
    const failed = responses.flatMap((result) => result.errors);
    if (failed.length) throw new Error(`pagefind: ${failed.slice(0, 5).join('; ')}`);
    added?.();
    for (const [k, bundle] of bundles.entries()) {
      const written = await indexes[k]!.writeFiles({ outputPath: join(outputDir, bundle.path) });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    }
    return bundles.reduce((sum, bundle) => sum + bundle.records.length, 0);
  } finally {
    await pagefind.close();
  }
}
