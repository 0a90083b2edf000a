/** Small records for archive tests: only what a test sets differs from an empty article. */
import type { ArticleRecord, Entity, Place } from '../../src/types.js';
import { slugify } from '../../src/slug.js';

export function entity(name: string, forms: string[] = [name], count = forms.length): Entity {
  return { id: slugify(name), name, forms, count };
}

export function place(name: string, country: string | null, forms: string[] = [name]): Place {
  return { ...entity(name, forms), country, lat: null, lon: null };
}

export function makeRecord(file: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: slugify(fields.headline ?? file),
    file,
    headline: file,
    headlineSource: 'text',
    date: null,
    dateSource: null,
    dateline: null,
    source: null,
    byline: [],
    people: [],
    places: [],
    organizations: [],
    topics: [],
    topicsSource: 'classifier',
    summary: '',
    words: 0,
    warnings: [],
    body: '',
    ...fields,
  };
}
