// The outlet or agency an article comes from, and where that was read: front matter, the dateline's parenthesis, the byline, or the text's own attribution.
import type { ArticleRecord } from '../types.js';

export interface SourceInput {
  frontMatter?: string;
  datelineAgency?: string;
  bylineAgency?: string;
  /** The wire sign-off dropped from the foot (`Reuter`). */
  signOff: string | null;
  paragraphs: readonly string[];
}

export interface SourceResult {
  source: string | null;
  sourceFrom?: NonNullable<ArticleRecord['sourceFrom']>;
}

// `Caliber.Az reports`, `Interfax News Agency reported`: a name, then the reporting verb.
// The name must start a token (not follow a letter, hyphen or dot), so each token is scanned from one start only.
const REPORTS = /(?<![\w&'.-])([A-Z][\w&'-]*(?:\.[A-Za-z]{2,})?(?: [A-Z][\w&'-]*(?:\.[A-Za-z]{2,})?){0,3}) (?:reports|reported)\b/g;
// A name counts as an outlet when it looks like a web domain or carries an outlet word; people and ministries also "report".
const OUTLET = /\.[A-Za-z]{2,}$|\b(news|press|agency|times|post|journal|herald|tribune|telegraph|gazette|daily|radio|tv|television|channel|broadcasting|wire|media|reuters|bloomberg|interfax|tass|xinhua|ria|afp|ap|bbc|cnn|yonhap|kyodo|anadolu)\b/i;

/** Picks the source, strongest evidence first; null when nothing names one. */
export function findSource(input: SourceInput): SourceResult {
  const fm = input.frontMatter?.trim();
  if (fm) return { source: fm, sourceFrom: 'front-matter' };
  if (input.datelineAgency) return { source: agencyName(input.datelineAgency), sourceFrom: 'dateline' };
  if (input.bylineAgency) return { source: agencyName(input.bylineAgency), sourceFrom: 'byline' };
  if (input.signOff && /^reuters?$/i.test(input.signOff)) return { source: 'Reuters', sourceFrom: 'text' };
  for (const p of input.paragraphs.slice(0, 8)) {
    // Every match has the reporting verb: most paragraphs can be skipped without running REPORTS.
    if (!p.includes(' report')) continue;
    for (const m of p.matchAll(REPORTS)) {
      const name = m[1] ?? '';
      if (OUTLET.test(name)) return { source: name, sourceFrom: 'text' };
    }
  }
  return { source: null };
}

// `Reuter` is how 1980s wire copy signs Reuters.
function agencyName(agency: string): string {
  return /^reuters?$/i.test(agency) ? 'Reuters' : agency;
}
