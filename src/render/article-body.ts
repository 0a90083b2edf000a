/**
 * An article's body rendered once, where the file is extracted (in a worker, then
 * cached), with its entity mentions linked to placeholders; the site later swaps
 * each placeholder for the entity's archive-wide URL (entity-links.ts). The
 * canonical URLs only exist after merging, but the costly Markdown work does not
 * have to wait for them.
 */
import type { ArticleRecord, Entity } from '../types.js';
import { renderBody, type LinkTarget } from './markdown.js';
import { LINKED_KINDS, placeholderHref } from './entity-links.js';

/** The body's HTML, each entity's first mention linked to its placeholder. */
export function renderArticleBody(record: ArticleRecord): string {
  const links: LinkTarget[] = [];
  for (const kind of LINKED_KINDS) {
    for (const entity of record[kind] as Entity[]) links.push({ href: placeholderHref(kind, entity), forms: [...entity.forms, entity.name] });
  }
  return renderBody(record.body, { links });
}
