/** Small records for archive tests: only what a test sets differs from an empty article. */
import type { ArticleRecord, Entity, Place, Topic } from '../src/types.js';
import { slugify } from '../src/slug.js';

export function entity(name: string, forms: string[] = [name], count = forms.length): Entity {
  return { id: slugify(name), name, forms, count };
}

export function place(name: string, country: string | null, lat: number | null = null, lon: number | null = null, forms: string[] = [name]): Place {
  return { ...entity(name, forms), country, lat, lon };
}

export function topic(name: string, iptc: string | null, parent?: string): Topic {
  return { id: slugify(name), name, iptc, score: 1, ...(parent ? { parent } : {}) };
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
