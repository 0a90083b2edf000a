/**
 * The shapes that flow through the pipeline: files become `SourceFile`s,
 * extraction turns each into an `ArticleRecord`, and the archive indexes them.
 * Every inferred value carries where it came from (`*Source` fields, `warnings`).
 */

/** The record's lists of named entities, as opposed to its topics. */
export const NAMED_ENTITY_KINDS = ['people', 'places', 'organizations'] as const;
export type NamedEntityKind = (typeof NAMED_ENTITY_KINDS)[number];

/** A person, organization or other named thing as found in one article. */
export interface Entity {
  /** Archive-wide stable slug, e.g. `dmitry-peskov`. */
  id: string;
  /** Canonical display name (archive-wide once the archive is merged). */
  name: string;
  /** The exact surface forms found in this article, most frequent first. */
  forms: string[];
  /** How many times the entity is mentioned in this article. */
  count: number;
  /**
   * The country of an organization named generically ("Finance Ministry", "Central Bank"), whose
   * name alone is every country's (src/extract/entities/institutions.ts); ISO 3166-1 alpha-2.
   */
  country?: string | null;
  countryFrom?: CountrySource;
  /**
   * 'context' when the article's own words make it an organization ("Chelsea have won",
   * "Chelsea boss"): evidence that the archive's vote of kinds gives way to (src/archive/kinds.ts).
   */
  kindFrom?: 'context';
}

/** Where an institution's country was read: its own name, the words before it, or the dateline. */
export type CountrySource = 'name' | 'text' | 'dateline';

/** A place: an entity resolved, where a gazetteer knows it, to a country and coordinates. */
export interface Place extends Entity {
  /** ISO 3166-1 alpha-2 code, or null when the gazetteer does not know the place. */
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** An IPTC Media Topic assigned to an article. */
export interface Topic {
  id: string;
  name: string;
  /** IPTC code, e.g. `medtop:11000000`; null for an editor's custom topic. */
  iptc: string | null;
  score: number;
  /** Parent topic id for second-level topics. */
  parent?: string;
}

export type HeadlineSource = 'front-matter' | 'text' | 'generated';
export type DateSource = 'front-matter' | 'dateline' | 'text' | 'path' | 'inferred';

export interface Dateline {
  /** The place (the city) in display case, e.g. `Moscow`, `Portland`, `Al-Ain`. */
  place: string;
  /** What the dateline adds after the city, in display case, e.g. `Ore.`, `United Arab Emirates` (show as `Portland, Ore.`). */
  region?: string;
  /** The dateline exactly as it stands in the text. */
  text: string;
  /** The agency in the dateline's parenthesis, if any. */
  agency?: string;
}

export interface ArticleRecord {
  /** Stable, unique slug. */
  id: string;
  /** Path of the source file as given (relative to the working folder when under it). */
  file: string;
  headline: string;
  headlineSource: HeadlineSource;
  /** ISO date `YYYY-MM-DD`, or null when nothing in or around the article dates it. */
  date: string | null;
  dateSource: DateSource | null;
  /** How the date was found, in words, for readers and for debugging. */
  dateEvidence?: string;
  dateline: Dateline | null;
  source: string | null;
  sourceFrom?: 'front-matter' | 'dateline' | 'byline' | 'text';
  byline: string[];
  people: Entity[];
  places: Place[];
  organizations: Entity[];
  topics: Topic[];
  /** Front matter's own topics, or the classifier's (which editors' `_topics.yml` rules then adjust). */
  topicsSource: 'front-matter' | 'classifier';
  /** The entity lists the front matter gave, which the archive never re-types; absent when none. */
  entitiesFromFrontMatter?: NamedEntityKind[];
  summary: string;
  words: number;
  warnings: string[];
  /** The article body as Markdown (wire copy unwrapped, tables fenced), headline and dateline removed. */
  body: string;
  /** Preferred URL slug from front matter (sanitised), if any. */
  slug?: string;
  /** What the article says about its date when it cannot fix the year alone; `resolveArchiveDates` pools these across a folder. */
  dateClues?: DateClues;
}

/** A year the text cites, with the month when it names one (`December 2024`). */
export interface CitedYear {
  year: number;
  month?: number;
}

/** An article's own date evidence short of a full date, kept for resolution across the archive. */
export interface DateClues {
  /** Month (1-12) and day the dateline or the text gives without a year. */
  month?: number;
  day?: number;
  /** Where month and day came from. */
  from?: 'dateline' | 'text';
  /** Distinct years the text cites. */
  cited: CitedYear[];
  /** Weekday named in the lead (0 = Sunday), expected on the dateline day or the day before. */
  weekday?: number;
}

/** Front-matter fields the archive understands, validated (wrong types are dropped with a warning). */
export interface FrontMatter {
  headline?: string;
  /** ISO `YYYY-MM-DD`. */
  date?: string;
  source?: string;
  byline?: string[];
  dateline?: string;
  people?: string[];
  places?: string[];
  organizations?: string[];
  topics?: string[];
  slug?: string;
  draft?: boolean;
}

/** One article file, read and decoded, before extraction. */
export interface SourceFile {
  /** The path as the user gave it or as found under a given folder. */
  path: string;
  /** The decoded text after the front matter, with `\n` line endings and no BOM. */
  text: string;
  frontMatter: FrontMatter;
  /** `.md`/`.markdown` bodies are Markdown; `.txt` bodies are plain news text. */
  markdown: boolean;
  /** Problems met while reading (encoding fallbacks, bad front matter), each naming what is wrong. */
  warnings: string[];
}
