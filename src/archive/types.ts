/** The archive: every record with its page URL, and one index entry per real-world thing. */
import type { ArticleRecord } from '../types.js';

export const ENTITY_KINDS = ['people', 'places', 'organizations', 'topics', 'sources'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface ArchiveArticle extends ArticleRecord {
  /** Site-relative URL of the article's page, e.g. `/articles/2024/12/10/kremlin-says/`. */
  url: string;
}

export interface EntityEntry {
  id: string;
  kind: EntityKind;
  name: string;
  /** Every other spelling merged into this entry. */
  aliases: string[];
  url: string;
  /** Ids of the articles that mention it, newest first. */
  articles: string[];
  /** Mentions across the archive. */
  mentions: number;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
  iptc?: string | null;
  parent?: string;
}

export interface Archive {
  /** Newest first; undated articles last. */
  articles: ArchiveArticle[];
  entities: Record<EntityKind, EntityEntry[]>;
  /** What the archive step did that a user should know (merges applied, collisions). */
  notes: string[];
}
