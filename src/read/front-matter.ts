/**
 * Optional YAML front matter. Its fields win over extraction, so each one is
 * validated here: a wrong type is dropped with a warning instead of leaking a
 * number or a half-parsed date into the archive.
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { FrontMatter } from '../types.js';

export interface ParsedFrontMatter {
  body: string;
  frontMatter: FrontMatter;
  warnings: string[];
  /** True when the text opened with a front-matter block at all. */
  present: boolean;
}

const OPENING = /^---[ \t]*\n/;
// The closing fence; searched for by hand to stay linear on huge files.
const CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function parseFrontMatter(text: string): ParsedFrontMatter {
  if (!OPENING.test(text)) return { body: text, frontMatter: {}, warnings: [], present: false };
  const close = CLOSING.exec(text.slice(3));
  if (!close) return { body: text, frontMatter: {}, warnings: ['front matter opens with --- but never closes; read as text'], present: false };
  const bodyStart = 3 + close.index + close[0].length;
  let data: Record<string, unknown>;
  try {
    // Core schema: dates stay strings we validate ourselves, since YAML's timestamps roll
    // 2023-02-30 over into March and read 0000 as 1900. (Options also turn off gray-matter's memo.)
    data = matter(text.slice(0, bodyStart), { engines: { yaml: (yaml: string) => load(yaml, { schema: CORE_SCHEMA }) as object } }).data as Record<string, unknown>;
  } catch (error) {
    return { body: text.slice(bodyStart), frontMatter: {}, warnings: [describeYamlError(error)], present: true };
  }
  const warnings: string[] = [];
  return { body: text.slice(bodyStart), frontMatter: validate(data ?? {}, warnings), warnings, present: true };
}

function describeYamlError(error: unknown): string {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  // js-yaml counts lines from 0 inside the block; the block starts after the file's line 1 (`---`).
  const line = mark?.line !== undefined ? ` at line ${mark.line + 2}` : '';
  return `front matter is not valid YAML${line} (${reason}); its fields are ignored and the article is read as text`;
}

function validate(data: Record<string, unknown>, warnings: string[]): FrontMatter {
  const out: FrontMatter = {};
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    warnings.push(`front matter "${key}" should be text, got ${describe(value)}; ignored`);
    return undefined;
  };
  const list = (key: string): string[] | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    const items = Array.isArray(value) ? value : [value];
    if (items.every((item) => typeof item === 'string')) {
      return (items as string[]).map((item) => item.trim()).filter(Boolean);
    }
    warnings.push(`front matter "${key}" should be a name or a list of names, got ${describe(value)}; ignored`);
    return undefined;
  };

  const headline = text('title') ?? text('headline');
  if (headline) out.headline = headline;
  const date = frontMatterDate(data['date'], warnings);
  if (date) out.date = date;
  const source = text('source');
  if (source) out.source = source;
  const byline = list('byline') ?? list('author');
  if (byline) out.byline = byline;
  const dateline = text('dateline');
  if (dateline) out.dateline = dateline;
  for (const key of ['people', 'places', 'organizations', 'topics'] as const) {
    const names = list(key);
    if (names) out[key] = names;
  }
  const slug = text('slug');
  if (slug) out.slug = slug;
  if (data['draft'] !== undefined) {
    if (typeof data['draft'] === 'boolean') out.draft = data['draft'];
    else warnings.push(`front matter "draft" should be true or false, got ${describe(data['draft'])}; ignored`);
  }
  return out;
}

/** YAML turns `2024-12-10` into a Date; people also write strings. Both must name a real day. */
function frontMatterDate(value: unknown, warnings: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  let iso: string | undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) iso = value.toISOString().slice(0, 10);
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const candidate = value.trim().slice(0, 10);
    // parseISO rejects days a month does not have (February 30).
    if (isValid(parseISO(candidate))) iso = candidate;
  }
  if (iso && Number(iso.slice(0, 4)) >= 1) return iso;
  warnings.push(`front matter "date" should be a date like 2024-12-10, got ${describe(value)}; ignored`);
  return undefined;
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'an invalid date';
  if (Array.isArray(value)) return 'a list of mixed values';
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  return `${typeof value} ${shown}`;
}
