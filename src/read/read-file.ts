/** One path to one decoded SourceFile, or the reason it cannot be an article. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { SourceFile } from '../types.js';
import { BinaryFileError, decode } from './decode.js';
import { parseFrontMatter } from './front-matter.js';
import { describeFsError } from './walk.js';

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; reason: string };

export function readArticleFile(path: string, displayPath = path): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  return parseArticleBytes(bytes, displayPath);
}

/** The pure half of reading, for tests and for callers that already hold the bytes. */
export function parseArticleBytes(bytes: Uint8Array, displayPath: string): ReadResult {
  let decoded;
  try {
    decoded = decode(bytes);
  } catch (error) {
    if (error instanceof BinaryFileError) return { ok: false, reason: error.message };
    throw error;
  }
  const warnings: string[] = [];
  if (decoded.encoding === 'windows-1252') warnings.push('not valid UTF-8; decoded as Windows-1252');
  if (decoded.encoding === 'utf-8+windows-1252') warnings.push('invalid UTF-8 bytes; those bytes decoded as Windows-1252');
  const parsed = parseFrontMatter(decoded.text);
  warnings.push(...parsed.warnings);
  if (parsed.frontMatter.draft) return { ok: false, reason: 'draft: true in front matter' };
  if (!parsed.body.trim() && !parsed.frontMatter.headline) return { ok: false, reason: 'empty: no text to publish' };
  const ext = extname(displayPath).toLowerCase();
  return {
    ok: true,
    source: {
      path: displayPath,
      text: parsed.body,
      frontMatter: parsed.frontMatter,
      markdown: ext === '.md' || ext === '.markdown',
      warnings,
    },
  };
}
