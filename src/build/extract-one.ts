/** One file's bytes to one record and its rendered body: the pure unit of work that workers, the cache and shards share. */
import type { ArticleRecord } from '../types.js';
import { parseArticleBytes } from '../read/index.js';
import { extractArticle } from '../extract/index.js';

export interface ExtractOneOptions {
  referenceYear?: number;
  /** Also render each body to HTML, which the build needs and `npm run extract` does not. */
  bodies?: boolean;
}

export interface ExtractedFile {
  record: ArticleRecord;
  /** The body as HTML with entity-link placeholders (src/render/article-body.ts), when bodies were asked for. */
  html: string | null;
}

export type ExtractOneResult = ({ ok: true } & ExtractedFile) | { ok: false; reason: string };

export type BodyRenderer = (record: ArticleRecord) => string;

/** Imported only when bodies are wanted: loading the Markdown stack is a sixth of `npm run extract`'s start-up. */
export async function loadBodyRenderer(options: ExtractOneOptions): Promise<BodyRenderer | null> {
  return options.bodies ? (await import('../render/article-body.js')).renderArticleBody : null;
}

export function extractOne(bytes: Uint8Array, displayPath: string, options: ExtractOneOptions, renderBody: BodyRenderer | null = null): ExtractOneResult {
  const read = parseArticleBytes(bytes, displayPath);
  if (!read.ok) return read;
  try {
    const record = extractArticle(read.source, { referenceYear: options.referenceYear });
    return { ok: true, record, html: renderBody ? renderBody(record) : null };
  } catch (error) {
    // An extractor bug must cost one article, never the archive.
    return { ok: false, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The text the cache and the workers pass around for one file. */
export function serialise(result: ExtractedFile): string {
  return JSON.stringify({ record: result.record, html: result.html });
}
