/**
 * An article's body rendered once, where the file is extracted (in a worker, then
 * cached), with its entity mentions linked to placeholders; the site later swaps
 * each placeholder for the entity's archive-wide URL, a plain string pass. The
 * canonical URLs only exist after merging, but the costly Markdown work does not
 * have to wait for them.
 */
import type { ArticleRecord, Entity } from '../types.js';
import { renderBody, type LinkTarget } from './markdown.js';

/** Linked in this order: a form claimed by a person is not given to an organization or place. */
export const LINKED_KINDS = ['people', 'organizations', 'places'] as const;
export type LinkedKind = (typeof LINKED_KINDS)[number];

const PLACEHOLDER = /<a href="#entity:(people|organizations|places):([^"]*)"([^>]*)>([^<]*)<\/a>/g;

/** The body's HTML, each entity's first mention linked to `#entity:KIND:FORM`. */
export function renderArticleBody(record: ArticleRecord): string {
  const links: LinkTarget[] = [];
  for (const kind of LINKED_KINDS) {
    for (const entity of record[kind] as Entity[]) {
      const key = entity.forms[0] ?? entity.name;
      links.push({ href: `#entity:${kind}:${encodeURIComponent(key)}`, forms: [...entity.forms, entity.name] });
    }
  }
  return renderBody(record.body, { links });
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
