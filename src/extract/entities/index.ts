// People, places and organizations of one article: tokenise, tag, clean up per document, resolve places.
import anyAscii from 'any-ascii';
import type { Entity, Place } from '../../types.js';
import { clusterMentions, normName, type Cluster } from './consistency.js';
import { loadLexicon, lookupPlace } from './gazetteer.js';
import { memoize } from './memo.js';
import { mentionsOf, type Segment } from './mentions.js';
import { sentences } from './tokenize.js';

export { loadLexicon, lookupPlace } from './gazetteer.js';
export { loadModel } from './tagger.js';

export interface EntityOptions {
  /** The article's headline, often in ALL CAPS, as extra evidence. */
  headline?: string;
  /** Names that must not be reported as mentioned people (the byline's authors). */
  exclude?: string[];
  /** The dateline's place ("MOSCOW", "PORTLAND, Ore."), a place the article is filed from. */
  dateline?: string;
}

export interface ExtractedEntities {
  people: Entity[];
  places: Place[];
  organizations: Entity[];
}

/** Slug for ids: ASCII, lowercase, hyphen-separated (memoised). */
export const slugify: (name: string) => string = memoize(slugOf);

function slugOf(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A dateline still at the head of the body: wire "CITY, Mon DD -" or "CITY, Country 1996-08-30". */
const DATELINE_RE = /^\s*([A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z. ]+)*?),?\s+(?:(?:\(\w[^)]*\)\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*(?:\([^)]*\))?\s*[-–—:]\s*|\d{4}-\d{2}-\d{2}\s*\n)/u;

function countForms(c: Cluster): { forms: string[]; name: string } {
  const freq = new Map<string, number>();
  for (const m of c.mentions) freq.set(m.text, (freq.get(m.text) ?? 0) + 1);
  const forms = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([f]) => f);
  // Canonical: the longest full form, mixed case preferred over a headline's capitals.
  let name = '';
  let best = -1;
  for (const m of c.mentions) {
    const score = m.tokens.length * 1000 + (m.caps || !/\p{Ll}/u.test(m.text) ? 0 : 500) + m.text.length;
    if (score > best) [name, best] = [m.text, score];
  }
  if (!/\p{Ll}/u.test(name) && name.length > 4) name = titleCase(name);
  return { forms, name };
}

/** `lookupPlace` against the shipped lexicon, memoised by name. */
const placeOf = memoize((name: string) => lookupPlace(name, loadLexicon()));

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export function extractEntities(body: string, options: EntityOptions = {}): ExtractedEntities {
  const lex = loadLexicon();
  let text = body;
  let dateline = options.dateline;
  const dm = DATELINE_RE.exec(text);
  if (dm && dm[1]) {
    dateline ??= dm[1];
    text = text.slice(dm[0].length);
  }
  const segments: Segment[] = [];
  if (options.headline) segments.push({ text: options.headline, sents: sentences(options.headline) });
  segments.push({ text, sents: sentences(text) });
  const mentions = mentionsOf(segments, lex);
  if (dateline) {
    // "NICE, France" and "PORTLAND, Ore.": every part of a dateline is a place.
    for (const part of dateline.split(',')) {
      const place = part.trim();
      if (!place || !/\p{L}/u.test(place)) continue;
      mentions.push({ type: 'LOC', tokens: place.split(/\s+/), text: place, caps: true, before: '', after: [], forced: true });
    }
  }
  const clusters = clusterMentions(mentions, lex);
  const excluded = new Set((options.exclude ?? []).map(normName).filter(Boolean));
  const exclTokens = [...excluded].map((e) => new Set(e.split(' ')));
  const people: Entity[] = [];
  const places: Place[] = [];
  const organizations: Entity[] = [];
  const datelineFull = dateline?.trim();
  for (const c of clusters) {
    const { forms, name } = countForms(c);
    const entity: Entity = { id: slugify(name), name, forms, count: c.mentions.length };
    if (!entity.id) continue;
    if (c.type === 'PER') {
      const keys = forms.map(normName);
      if (keys.some((k) => excluded.has(k) || exclTokens.some((s) => k.split(' ').every((w) => s.has(w))))) continue;
      people.push(entity);
    } else if (c.type === 'ORG') {
      organizations.push(entity);
    } else if (c.type === 'LOC') {
      let hit = null;
      for (const f of [name, ...forms]) if ((hit = placeOf(f))) break;
      // The dateline's qualifier ("PORTLAND, Ore.") resolves a city the bare name would not.
      if (datelineFull && forms.some((f) => normName(f) === normName(datelineFull.split(',')[0]!))) {
        hit = placeOf(datelineFull) ?? hit;
      }
      places.push({ ...entity, country: hit?.cc ?? null, lat: hit?.lat ?? null, lon: hit?.lon ?? null });
    }
  }
  const order = (a: Entity, b: Entity): number => b.count - a.count || a.name.localeCompare(b.name);
  return { people: people.sort(order), places: places.sort(order), organizations: organizations.sort(order) };
}
