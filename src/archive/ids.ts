/**
 * Unique, stable article ids and URLs. A slug shared by several articles stays
 * bare for the earliest one; the others get a suffix from their own file path,
 * so adding a later article never moves an existing URL.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../types.js';
import { slugify } from '../slug.js';

export function articleSlug(record: ArticleRecord): string {
  return record.slug ? slugify(record.slug) : slugify(record.headline);
}

export function assignUniqueIds(records: ArticleRecord[]): void {
  const bySlug = new Map<string, ArticleRecord[]>();
  for (const record of records) {
    const slug = articleSlug(record);
    const group = bySlug.get(slug);
    if (group) group.push(record);
    else bySlug.set(slug, [record]);
  }
  const taken = new Set(bySlug.keys());
  for (const [slug, group] of bySlug) {
    group.sort(compareOldestFirst);
    group[0]!.id = slug;
    for (const record of group.slice(1)) {
      let id = `${slug}-${shortHash(record.file)}`;
      for (let n = 2; taken.has(id); n++) id = `${slug}-${shortHash(record.file)}-${n}`;
      taken.add(id);
      record.id = id;
    }
  }
}

export function articleUrl(record: ArticleRecord): string {
  if (!record.date) return `/articles/undated/${record.id}/`;
  const [year, month, day] = record.date.split('-');
  return `/articles/${year}/${month}/${day}/${record.id}/`;
}

export function compareOldestFirst(a: ArticleRecord, b: ArticleRecord): number {
  return compareKeys(a.date ?? '9999', b.date ?? '9999') || compareKeys(a.file, b.file);
}

/** Newest first, undated last, ties broken by file path so the order never wobbles. */
export function compareNewestFirst(a: ArticleRecord, b: ArticleRecord): number {
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return compareKeys(b.date ?? '', a.date ?? '') || compareKeys(a.file, b.file);
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 6);
}
