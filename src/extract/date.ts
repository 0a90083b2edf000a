// One article's date with provenance: front matter, a full date at the top, the path, a configured year, or a year inferred from the article's own clues; never today's year.
import type { DateClues, DateSource } from '../types.js';
import { isValidDay, isoDate, monthName, weekdayName } from './calendar.js';
import { pathDate } from './clues.js';
import { bestOwnYear, weekdayFits } from './yearModel.js';

export interface DateInput {
  /** Front matter `date`, already validated as ISO by the reader (checked again here). */
  frontMatterDate?: string;
  path: string;
  /** A full date at the top: in the dateline or a date line under the headline. */
  topDate?: { year: number; month: number; day: number; from: 'dateline' | 'text'; text: string };
  /** Day and month without a year, from the dateline or else the text. */
  monthDay?: { month: number; day: number; from: 'dateline' | 'text' };
  /** Year clues from the text (cited years, lead weekday). */
  cited: DateClues['cited'];
  weekday?: number;
  referenceYear?: number;
}

export interface DateResult {
  date: string | null;
  dateSource: DateSource | null;
  dateEvidence?: string;
  /** Present when the year is open: the archive may settle it from the rest of the folder. */
  dateClues?: DateClues;
  warnings: string[];
}

/** Dates one article from its own evidence, strongest first. */
export function extractDate(input: DateInput): DateResult {
  const fm = input.frontMatterDate;
  const fmWarnings: string[] = [];
  if (fm !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(fm);
    if (m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
      return { date: m[0], dateSource: 'front-matter', dateEvidence: 'The front matter gives the date.', warnings: [] };
    }
    fmWarnings.push(`front matter date "${fm}" is not a valid YYYY-MM-DD date; dated from the text instead`);
  }
  const r = fromArticle(input);
  r.warnings.unshift(...fmWarnings);
  return r;
}

function fromArticle(input: DateInput): DateResult {
  const { topDate, monthDay } = input;
  if (topDate) {
    const where = topDate.from === 'dateline' ? 'dateline' : 'date line at the top';
    return {
      date: isoDate(topDate.year, topDate.month, topDate.day),
      dateSource: topDate.from,
      dateEvidence: `The ${where} gives the full date ("${topDate.text}").`,
      warnings: [],
    };
  }
  const fromPath = pathDate(input.path);
  const mdFrom = monthDay ? (monthDay.from === 'dateline' ? 'the dateline' : 'the text') : '';
  if (fromPath && monthDay && isValidDay(fromPath.year, monthDay.month, monthDay.day)) {
    const warnings: string[] = [];
    if (fromPath.month !== undefined && fromPath.month !== monthDay.month) {
      warnings.push(`date: the path names month ${fromPath.month} but ${mdFrom} says ${monthName(monthDay.month)} ${monthDay.day}; kept ${mdFrom}'s day`);
    }
    return {
      date: isoDate(fromPath.year, monthDay.month, monthDay.day),
      dateSource: 'path',
      dateEvidence: `Day and month from ${mdFrom}; the year ${fromPath.year} from the file's path.`,
      warnings,
    };
  }
  if (fromPath?.month !== undefined && fromPath.day !== undefined) {
    return {
      date: isoDate(fromPath.year, fromPath.month, fromPath.day),
      dateSource: 'path',
      dateEvidence: 'The file\'s path gives the date.',
      warnings: [],
    };
  }
  const clues: DateClues = { cited: input.cited };
  if (monthDay) {
    clues.month = monthDay.month;
    clues.day = monthDay.day;
    clues.from = monthDay.from;
  }
  if (input.weekday !== undefined) clues.weekday = input.weekday;
  if (!monthDay) {
    return { date: null, dateSource: null, dateClues: clues, warnings: ['date: no dateline, date line, front matter date or dated path; the article is undated'] };
  }
  const { month, day } = monthDay;
  const ref = input.referenceYear;
  if (ref !== undefined && isValidDay(ref, month, day)) {
    return {
      date: isoDate(ref, month, day),
      dateSource: 'inferred',
      dateEvidence: `Day and month from ${mdFrom}; the year ${ref} is the configured reference year.`,
      warnings: [],
    };
  }
  const year = bestOwnYear(clues);
  if (year === null) {
    return {
      date: null,
      dateSource: null,
      dateClues: clues,
      warnings: [`date: ${mdFrom} gives ${monthName(month)} ${day} but nothing in the article gives the year`],
    };
  }
  return {
    date: isoDate(year, month, day),
    dateSource: 'inferred',
    dateEvidence: `Day and month from ${mdFrom}; the year ${year} from the article's own clues: ${ownReason(clues, year)}.`,
    dateClues: clues,
    // An inferred year is provenance (dateSource, dateEvidence), not a problem with the file.
    warnings: [],
  };
}

/** Words for why the article's own clues point at a year. */
export function ownReason(clues: DateClues, year: number): string {
  const years = clues.cited.map((c) => (c.month ? `${monthName(c.month)} ${c.year}` : String(c.year)));
  const parts: string[] = [];
  if (years.length) parts.push(`it cites ${years.slice(0, 5).join(', ')}${years.length > 5 ? ', …' : ''}, and news cites the current and past years far more than future ones`);
  const { weekday, month, day } = clues;
  if (weekday !== undefined && month !== undefined && day !== undefined) {
    const fits = weekdayFits(year, month, day, weekday);
    parts.push(`the lead's ${weekdayName(weekday)} ${fits ? 'falls' : 'does not fall'} on ${monthName(month)} ${day} or the day before in ${year}`);
  }
  return parts.join('; ');
}
