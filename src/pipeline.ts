/**
 * Files to records: find every article under the given paths, read it, extract
 * it. Each file is independent (a pure function of its bytes), which is what
 * later lets extraction run in parallel, from a cache, or sharded across machines.
 */
import { relative, resolve, sep } from 'node:path';
import type { ArticleRecord } from './types.js';
import { findArticleFiles, readArticleFile, type Skipped } from './read/index.js';
import { extractArticle } from './extract/index.js';

export interface ExtractOptions {
  /** Year to assume for datelines that give only day and month, when nothing else tells. */
  referenceYear?: number;
  /** Only files whose position in the sorted list is K modulo N (`{index: K-1, count: N}`). */
  shard?: { index: number; count: number };
}

export interface Extraction {
  records: ArticleRecord[];
  skipped: Skipped[];
}

export function extractPaths(paths: string[], options: ExtractOptions = {}): Extraction {
  const found = findArticleFiles(paths);
  const skipped = [...found.skipped];
  const records: ArticleRecord[] = [];
  found.files.forEach((path, position) => {
    if (options.shard && position % options.shard.count !== options.shard.index) return;
    const display = displayPath(path);
    const read = readArticleFile(path, display);
    if (!read.ok) {
      skipped.push({ path: display, reason: read.reason });
      return;
    }
    try {
      records.push(extractArticle(read.source, { referenceYear: options.referenceYear }));
    } catch (error) {
      // An extractor bug must cost one article, never the archive.
      skipped.push({ path: display, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return { records, skipped };
}

/** Paths under the working folder are shown relative to it, as users typed them; others stay absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') || rel === '' ? resolve(path) : rel.split(sep).join('/');
}
