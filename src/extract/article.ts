// One decoded article to an ArticleRecord: the head, body, date, source, summary, entities and topics, front matter winning field by field.
import { NAMED_ENTITY_KINDS, type ArticleRecord, type Dateline, type Entity, type Place, type SourceFile, type Topic } from '../types.js';
import { renderBody, segmentBody } from './body.js';
import { parseBylineLine } from './byline.js';
import { citedYears, firstMonthDay, leadWeekday } from './clues.js';
import { extractDate, type DateInput } from './date.js';
import { type DatelineMatch, makeDateline, parseDatelinePrefix } from './dateline.js';
import { extractEntities } from './entities/index.js';
import { parseHead } from './head.js';
import { generateHeadline } from './headline.js';
import { slugify } from '../slug.js';
import { findSource } from './source.js';
import { countWords, firstSentence, summarize } from './summary.js';
import { classifyTopics } from './topics/index.js';

export interface ExtractOptions {
  /** The year to give day-and-month datelines when the article names none (the user's setting). */
  referenceYear?: number;
}

/** Extracts everything the archive knows about one article. */
export function extractArticle(source: SourceFile, options: ExtractOptions = {}): ArticleRecord {
  const fm = source.frontMatter;
  const warnings = [...source.warnings];
  const lines = (source.text.includes('\r') ? source.text.replace(/\r\n?/g, '\n') : source.text).split('\n');
  const head = parseHead(lines, source.markdown);
  const { blocks, signOff } = segmentBody(lines.slice(head.bodyStart), source.markdown);

  // The dateline: on its own line (conll), or opening the first paragraph, whose rest stays as the lead.
  let dateline: DatelineMatch | null = head.datelineLine;
  const firstIdx = blocks.findIndex((b) => b.kind !== 'table');
  const firstBlock = blocks[firstIdx];
  if (!dateline && firstBlock) {
    dateline = parseDatelinePrefix(firstBlock.text);
    if (dateline) {
      const rest = firstBlock.text.slice(dateline.length).trim();
      if (rest) blocks[firstIdx] = { ...firstBlock, text: rest };
      else blocks.splice(firstIdx, 1);
    }
  }

  // A byline at the foot (`By Vafa Guliyeva`) when the head had none.
  let byline = head.byline;
  const last = blocks[blocks.length - 1];
  const footByline = last && last.kind !== 'table' ? parseBylineLine(last.text) : null;
  if (footByline) {
    blocks.pop();
    byline ??= footByline;
  }

  const { markdown, paragraphs } = renderBody(blocks);
  const plainBody = paragraphs.join('\n\n');
  const lead = paragraphs.find((p) => /[a-z]/.test(p)) ?? paragraphs[0] ?? '';

  // Headline: front matter, else the first line, else one made from the lead sentence.
  let headline: string;
  let headlineSource: ArticleRecord['headlineSource'];
  if (fm.headline?.trim()) {
    headline = fm.headline.trim();
    headlineSource = 'front-matter';
  } else if (head.headline) {
    headline = head.headline;
    headlineSource = 'text';
  } else {
    headline = generateHeadline(firstSentence(lead)) || baseName(source.path);
    headlineSource = 'generated';
    // A generated headline is provenance (headlineSource); only a headline from the file name is a problem.
    if (!lead) warnings.push('headline: the article has no text; used the file name');
  }

  const bylineNames = fm.byline ?? byline?.names ?? [];
  const datelineRecord = fm.dateline?.trim() ? frontMatterDateline(fm.dateline.trim()) : dateline?.dateline ?? null;
  const date = extractDate(dateInput(source, head, dateline, paragraphs, headline, lead, options));
  warnings.push(...date.warnings);

  const src = findSource({
    ...(fm.source !== undefined ? { frontMatter: fm.source } : {}),
    ...(dateline?.dateline.agency ? { datelineAgency: dateline.dateline.agency } : {}),
    ...(byline?.agency ? { bylineAgency: byline.agency } : {}),
    signOff,
    paragraphs,
  });

  const filedFrom = datelineRecord ? [datelineRecord.place, datelineRecord.region].filter(Boolean).join(', ') : '';
  const found = extractEntities(plainBody, {
    headline,
    exclude: bylineNames,
    ...(filedFrom ? { dateline: filedFrom } : {}),
    ...(src.source ? { agencies: [src.source] } : {}),
  });
  const people = fm.people ? fm.people.map(toEntity) : found.people;
  const places = fm.places ? fm.places.map(toPlace) : found.places;
  const organizations = fm.organizations ? fm.organizations.map(toEntity) : found.organizations;
  const topics = fm.topics
    ? fm.topics.map(toTopic)
    : classifyTopics({
        headline,
        body: plainBody,
        people: people.map((e) => e.name),
        places: places.map((e) => e.name),
        organizations: organizations.map((e) => e.name),
      });

  if (!paragraphs.length) warnings.push('body: the article has no body text after the headline');

  const record: ArticleRecord = {
    id: slugify(headline, 'article'),
    file: source.path,
    headline,
    headlineSource,
    date: date.date,
    dateSource: date.dateSource,
    dateline: datelineRecord,
    source: src.source,
    byline: bylineNames,
    people,
    places,
    organizations,
    topics,
    topicsSource: fm.topics ? 'front-matter' : 'classifier',
    summary: summarize(paragraphs),
    words: countWords(paragraphs),
    warnings,
    body: markdown,
  };
  if (date.dateEvidence) record.dateEvidence = date.dateEvidence;
  if (date.dateClues) record.dateClues = date.dateClues;
  if (src.sourceFrom) record.sourceFrom = src.sourceFrom;
  const given = NAMED_ENTITY_KINDS.filter((kind) => fm[kind]);
  if (given.length) record.entitiesFromFrontMatter = given;
  if (fm.slug) {
    const slug = slugify(fm.slug, '');
    if (slug) record.slug = slug;
    else warnings.push(`front matter slug "${fm.slug}" has no letters or digits; ignored`);
  }
  return record;
}

// Everything the date needs, in the order of its strength.
function dateInput(
  source: SourceFile,
  head: ReturnType<typeof parseHead>,
  dateline: DatelineMatch | null,
  paragraphs: readonly string[],
  headline: string,
  lead: string,
  options: ExtractOptions,
): DateInput {
  const input: DateInput = { path: source.path, cited: [] };
  if (source.frontMatter.date !== undefined) input.frontMatterDate = source.frontMatter.date;
  if (options.referenceYear !== undefined) input.referenceYear = options.referenceYear;
  if (dateline?.year !== undefined && dateline.month !== undefined && dateline.day !== undefined) {
    input.topDate = { year: dateline.year, month: dateline.month, day: dateline.day, from: 'dateline', text: dateline.dateline.text };
  } else if (head.dateLine) {
    input.topDate = { ...head.dateLine, from: 'text' };
  }
  // A full date at the top settles the date (extractDate reads nothing else then): skip the clues.
  if (input.topDate) return input;
  const text = paragraphs.join('\n');
  input.cited = citedYears(`${headline}\n${text}`);
  if (dateline?.month !== undefined && dateline.day !== undefined) {
    input.monthDay = { month: dateline.month, day: dateline.day, from: 'dateline' };
  } else if (!dateline) {
    // No dateline at all: the first day and month the text names (seed 000's `reports on February 18`).
    const md = firstMonthDay(text);
    if (md) input.monthDay = { month: md.month, day: md.day, from: 'text' };
  }
  const weekday = leadWeekday(firstSentence(lead));
  if (weekday !== undefined) input.weekday = weekday;
  return input;
}

// Front matter gives the dateline as text: parse it when it reads as one, else it is the place.
function frontMatterDateline(text: string): Dateline {
  const parsed = parseDatelinePrefix(/[-–—:]$/.test(text) ? `${text} ` : `${text} - `);
  if (parsed) return { ...parsed.dateline, text };
  return makeDateline(text.split(',').map((p) => p.trim()).filter((p) => p !== ''), text);
}

function toEntity(name: string): Entity {
  return { id: slugify(name), name, forms: [name], count: 1 };
}

function toPlace(name: string): Place {
  return { ...toEntity(name), country: null, lat: null, lon: null };
}

function toTopic(name: string): Topic {
  return { id: slugify(name), name, iptc: null, score: 1 };
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Untitled';
}

