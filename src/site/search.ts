/**
 * The search index: Pagefind over the article pages, through its Node API
 * (https://pagefind.app/docs/node-api/). Only article pages carry `data-pagefind-body`
 * and `data-pagefind-filter`, and only `articles/**` is handed to Pagefind, so the index
 * holds articles and nothing else. The bundle lands in `<output>/pagefind/` and is
 * loaded relative to the site, so search works from any static server and under a path prefix.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

// Pagefind runs one backend process per Node process; indexes are built one at a time so
// that closing the backend after one build cannot cut another short.
let queue: Promise<unknown> = Promise.resolve();

export function writeSearchIndex(outputDir: string, language: string): Promise<number> {
  const run = queue.then(() => indexSite(outputDir, language));
  queue = run.catch(() => undefined);
  return run;
}

async function indexSite(outputDir: string, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split('-')[0] });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outputDir, glob: 'articles/**/*.html' });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outputDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
