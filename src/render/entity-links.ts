/**
 * Entity links in a rendered body: placeholders written where the file is extracted
 * (article-body.ts), swapped for the entity's archive-wide URL by the site, a plain
 * string pass that needs none of the Markdown stack.
 */
import type { ArticleRecord, Entity } from '../types.js';

/** Linked in this order: a form claimed by a person is not given to an organization or place. */
export const LINKED_KINDS = ['people', 'organizations', 'places'] as const;
export type LinkedKind = (typeof LINKED_KINDS)[number];

const PLACEHOLDER = /<a href="#entity:(people|organizations|places):([^"]*)"([^>]*)>([^<]*)<\/a>/g;

/** The placeholder link for an entity of the record, keyed by its first form. */
export function placeholderHref(kind: LinkedKind, entity: Entity): string {
  return `#entity:${kind}:${encodeURIComponent(entity.forms[0] ?? entity.name)}`;
}

/**
 * Swap placeholders for real links. `hrefOf` gets the merged entity that now owns the
 * placeholder's form; variants merged into one entity keep only their first link.
 */
export function resolveEntityLinks(html: string, record: ArticleRecord, hrefOf: (kind: LinkedKind, entity: Entity) => string | null): string {
  const owners = new Map<string, Entity>();
  for (const kind of LINKED_KINDS) {
    for (const entity of record[kind] as Entity[]) {
      for (const form of [...entity.forms, entity.name]) if (!owners.has(`${kind}:${form}`)) owners.set(`${kind}:${form}`, entity);
    }
  }
  const used = new Set<string>();
  return html.replace(PLACEHOLDER, (_whole, kind: LinkedKind, key: string, attributes: string, text: string) => {
    const entity = owners.get(`${kind}:${decodeURIComponent(key)}`);
    const href = entity ? hrefOf(kind, entity) : null;
    if (!href || used.has(href)) return text;
    used.add(href);
    return `<a href="${href}"${attributes}>${text}</a>`;
  });
}
