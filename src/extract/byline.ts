// Bylines: `By NAME`, `By NAME, Reuters`, `By A and B`, at the head or the foot, and conll's bare name line above the dateline.
import { displayPhrase, isAllCaps } from './case.js';

export interface Byline {
  /** Authors' names in display case. */
  names: string[];
  /** The agency named after the authors (`Reuters`), if any: a source, not a person. */
  agency?: string;
  /** The line as written. */
  text: string;
}

// Agencies and outlets: a trailing part naming one is the source, not an author.
const AGENCY = /\b(reuters?|associated press|ap|afp|upi|bloomberg|xinhua|tass|interfax|dpa|ansa|efe|kyodo|news|press|agency|service|wire|times|post|journal|herald|tribune|telegraph|gazette|daily|radio|tv|television|media)\b/i;
// Roles after an author's name: dropped, neither a name nor a source.
const ROLE = /\b(correspondent|writer|editor|reporter|staff|columnist|contributor|analyst|bureau|chief|special|senior|political|diplomatic|economics|business)\b/i;
// Name particles that may be lower case inside a name.
const PARTICLE = /^(de|da|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn|y|d'\w+)$/i;

/** Parses a byline line (`By Janie Gabbett, Reuters`), or null when the line is not one. */
export function parseBylineLine(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 120) return null;
  const m = /^by\s+(.+?)\.?$/i.exec(text);
  if (!m) return null;
  const parts = (m[1] ?? '').split(/\s*[,;]\s*/).filter((p) => p !== '');
  // A trailing agency (`, Reuters`) marks a byline so plainly that lower-case names (`By keith grant, Reuters`) are accepted.
  const lastPart = parts[parts.length - 1] ?? '';
  const agencyFollows = parts.length > 1 && AGENCY.test(lastPart);
  const names: string[] = [];
  let agency: string | undefined;
  for (const [i, part] of parts.entries()) {
    const isLast = i === parts.length - 1;
    if (i > 0 && ROLE.test(part) && !AGENCY.test(part)) continue;
    if (i > 0 && (AGENCY.test(part) || (isLast && !/\s/.test(part)))) {
      if (isLast || !agency) agency = part;
      continue;
    }
    const people = splitNames(agencyFollows ? titleCase(part) : part);
    if (!people) return null;
    names.push(...people);
  }
  if (!names.length) return null;
  const byline: Byline = { names: names.map(displayPhrase), text };
  if (agency) byline.agency = displayAgency(agency);
  return byline;
}

/** A bare author line (conll: `Larry Fine` between headline and dateline line), or null. */
export function parseBareName(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 40) return null;
  const people = splitNames(text);
  if (!people || people.length !== 1 || (people[0] ?? '').split(' ').length < 2) return null;
  return { names: people.map(displayPhrase), text };
}

// `A and B`, `A & B` to names; null when any piece is not a name (`contrast`, `March 3`, a sentence).
function splitNames(part: string): string[] | null {
  const pieces = part.replace(/\s+in\s+[A-Z][\w .'-]{0,40}$/, '').split(/\s+(?:and|&)\s+/i);
  const out: string[] = [];
  for (const piece of pieces) {
    const words = piece.trim().split(/\s+/);
    if (words.length < 1 || words.length > 5) return null;
    const ok = words.every((w) => /^[A-Z][\p{L}.'’-]*$/u.test(w) || PARTICLE.test(w));
    if (!ok || /\d/.test(piece) || !/^[A-Z]/.test(words[0] ?? '')) return null;
    out.push(words.join(' '));
  }
  return out;
}

// `keith grant` -> `Keith Grant`: lower-case words of a name capitalised (particles stay as written).
function titleCase(text: string): string {
  return text.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

// `REUTERS` and `Reuter` both name Reuters; other agencies keep their spelling.
function displayAgency(agency: string): string {
  if (/^reuters?$/i.test(agency)) return 'Reuters';
  return isAllCaps(agency) && agency.length > 4 ? displayPhrase(agency) : agency;
}
