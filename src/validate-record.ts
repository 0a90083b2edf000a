/**
 * Is this a well-formed ArticleRecord? Used on records that come from outside
 * the process (`--records FILE`, the cache) and by the property tests, which
 * feed every extractor random and hostile text and check what comes out.
 */
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { NAMED_ENTITY_KINDS } from './types.js';

const DATE_SOURCES = new Set(['front-matter', 'dateline', 'text', 'path', 'inferred']);
const HEADLINE_SOURCES = new Set(['front-matter', 'text', 'generated']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validateRecord(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const r = value as Record<string, unknown>;
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(typeof r.id === 'string' && SLUG.test(r.id), `id should be a lowercase slug, got ${JSON.stringify(r.id)}`);
  need(typeof r.file === 'string' && r.file.length > 0, 'file should name the source file');
  need(typeof r.headline === 'string' && r.headline.trim().length > 0, 'headline should be non-empty text');
  need(HEADLINE_SOURCES.has(r.headlineSource as string), 'headlineSource should be front-matter, text or generated');
  need(r.date === null || (typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date) && isValid(parseISO(r.date))), `date should be null or a real YYYY-MM-DD day, got ${JSON.stringify(r.date)}`);
  need(r.date === null ? r.dateSource === null : DATE_SOURCES.has(r.dateSource as string), 'dateSource should say where a date came from, and be null without one');
  need(r.dateline === null || (typeof r.dateline === 'object' && typeof (r.dateline as Record<string, unknown>).place === 'string'), 'dateline should be null or have a place');
  need(r.source === null || typeof r.source === 'string', 'source should be null or text');
  need(Array.isArray(r.byline) && r.byline.every((name) => typeof name === 'string'), 'byline should be a list of names');
  for (const kind of NAMED_ENTITY_KINDS) {
    const list = r[kind];
    need(Array.isArray(list), `${kind} should be a list`);
    if (!Array.isArray(list)) continue;
    for (const entity of list as Record<string, unknown>[]) {
      need(typeof entity.id === 'string' && SLUG.test(entity.id), `${kind}: id should be a slug, got ${JSON.stringify(entity.id)}`);
      need(typeof entity.name === 'string' && entity.name.trim().length > 0, `${kind}: name should be non-empty`);
      need(Array.isArray(entity.forms) && entity.forms.length > 0, `${kind}: forms should list the surface forms`);
      need(typeof entity.count === 'number' && entity.count >= 1, `${kind}: count should be at least 1`);
      need(entity.country == null || (typeof entity.country === 'string' && /^[A-Z]{2}$/.test(entity.country)), `${kind}: country should be null or an ISO code like "JP", got ${JSON.stringify(entity.country)}`);
      need(entity.kindFrom === undefined || entity.kindFrom === 'context', `${kind}: kindFrom should be absent or "context"`);
    }
  }
  need(Array.isArray(r.topics) && (r.topics as Record<string, unknown>[]).every((t) => typeof t.id === 'string' && typeof t.name === 'string' && typeof t.score === 'number' && Number.isFinite(t.score)), 'topics should be a list of {id, name, iptc, score}');
  need(r.topicsSource === 'front-matter' || r.topicsSource === 'classifier', 'topicsSource should be front-matter or classifier');
  need(
    r.entitiesFromFrontMatter === undefined || (Array.isArray(r.entitiesFromFrontMatter) && r.entitiesFromFrontMatter.every((kind) => (NAMED_ENTITY_KINDS as readonly unknown[]).includes(kind))),
    'entitiesFromFrontMatter should list people, places or organizations',
  );
  need(typeof r.summary === 'string', 'summary should be text');
  need(typeof r.words === 'number' && Number.isInteger(r.words) && r.words >= 0, 'words should be a count');
  need(Array.isArray(r.warnings) && r.warnings.every((w) => typeof w === 'string'), 'warnings should be a list of messages');
  need(typeof r.body === 'string', 'body should be text');
  return problems;
}
