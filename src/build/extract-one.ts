/** One file's bytes to one record: the pure unit of work that workers, the cache and shards share. */
import type { ArticleRecord } from '../types.js';
import { parseArticleBytes } from '../read/index.js';
import { extractArticle } from '../extract/index.js';

export interface ExtractOneOptions {
  referenceYear?: number;
}

export type ExtractOneResult = { ok: true; record: ArticleRecord } | { ok: false; reason: string };

export function extractOne(bytes: Uint8Array, displayPath: string, options: ExtractOneOptions): ExtractOneResult {
  const read = parseArticleBytes(bytes, displayPath);
  if (!read.ok) return read;
  try {
    return { ok: true, record: extractArticle(read.source, { referenceYear: options.referenceYear }) };
  } catch (error) {
    // An extractor bug must cost one article, never the archive.
    return { ok: false, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
