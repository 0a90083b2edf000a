// The date clues an article carries short of a full date: the years it cites, a weekday in its lead, a day and month in its text, a date or year in its path.
import type { CitedYear } from '../types.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN, isPossibleMonthDay, isValidDay, monthNumber, weekdayNumber } from './calendar.js';

// A four-digit year 1800-2099, not part of a longer number, an amount or a time of day.
const YEAR = /(?<![\d.,$£€#\/:-])(1[89]\d\d|20\d\d)(?![\d]|[.,:]\d)/g;
// Words after a number that make it an amount or a clock time, not a year (`2000 tonnes`, `1700 GMT`).
const NOT_YEAR_AFTER = /^\s?(%|pct|percent|per\b|dlrs|dollars|mln|million|billion|bln|tonnes?|tons?|shares|barrels|bpd|acres|kilos|kg|metres|meters|feet|ft|miles|km|people|points|pts|bags|units|cars|yen|marks|francs|stg|pounds|lbs|ounces|ozs|cts|workers|jobs|employees|troops|rooms|homes|hectares|gmt|est|edt|cst|cdt|pst|pdt|mst|bst|cet|hrs|hours|local\b|am\b|pm\b|a\.m|p\.m)/i;
// A month name just before a year (`December 2024`, `Feb 28, 1987`), read in the few characters before it.
const MONTH_BEFORE = new RegExp(`\\b(${MONTH_PATTERN})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+$`, 'i');
// A day and month without a year: `February 18`, `Feb. 18th`, `18 February`.
const MONTH_DAY = new RegExp(`\\b(?:(${MONTH_PATTERN})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH_PATTERN}))\\b`, 'gi');
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`, 'i');

/** Distinct years the text cites, each with the latest month named with it. */
export function citedYears(text: string): CitedYear[] {
  const byYear = new Map<number, CitedYear>();
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (NOT_YEAR_AFTER.test(text.slice(end, end + 12))) continue;
    const year = Number(m[1]);
    const monthWord = MONTH_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    const month = monthWord ? monthNumber(monthWord) : undefined;
    const seen = byYear.get(year);
    if (!seen) byYear.set(year, month ? { year, month } : { year });
    else if (month && (seen.month === undefined || month > seen.month)) seen.month = month;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The first day and month the text names (`reports on February 18`), with the year when one follows. */
export function firstMonthDay(text: string): { month: number; day: number; year?: number } | null {
  for (let m = nextMonthDay(text, 0); m; m = nextMonthDay(text, m.index + m[0].length)) {
    const month = monthNumber(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    if (!month || !isPossibleMonthDay(month, day)) continue;
    const end = m.index + m[0].length;
    const y = /^,?\s(1[89]\d\d|20\d\d)\b/.exec(text.slice(end, end + 8));
    const year = y ? Number(y[1]) : undefined;
    return year !== undefined && isValidDay(year, month, day) ? { month, day, year } : { month, day };
  }
  return null;
}

// MONTH_DAY tried at one position only.
const MONTH_DAY_AT = new RegExp(MONTH_DAY.source, 'iy');
// A run of one or two digits: every MONTH_DAY match has one (a longer run cannot be its day).
const SHORT_NUMBER = /(?<![0-9])[0-9]{1,2}(?![0-9])/g;
// The longest month name MONTH_PATTERN matches.
const MONTH_MAX = 9;

/**
 * The first MONTH_DAY match at or after `from`, as MONTH_DAY.exec from `from` finds it, trying
 * only where a match can start: at a run of one or two digits (`18 February`), or at the word
 * ending one or two characters before it (`Feb. 18`, `February 18`). Scanning for short numbers
 * is much cheaper than trying the month names at every word.
 */
function nextMonthDay(text: string, from: number): RegExpExecArray | null {
  SHORT_NUMBER.lastIndex = from;
  for (let n = SHORT_NUMBER.exec(text); n; n = SHORT_NUMBER.exec(text)) {
    const d = n.index;
    // The month before the number ends before one space, or before a dot and a space.
    let end = d - 2;
    if (end >= 0 && text.charCodeAt(end) === 46) end--;
    let start = end;
    while (start >= 0 && end - start < MONTH_MAX && isAsciiLetter(text.charCodeAt(start))) start--;
    start++;
    if (start <= end && start >= from && !(start > 0 && isAsciiLetter(text.charCodeAt(start - 1)))) {
      MONTH_DAY_AT.lastIndex = start;
      const m = MONTH_DAY_AT.exec(text);
      if (m) return m;
    }
    MONTH_DAY_AT.lastIndex = d;
    const m = MONTH_DAY_AT.exec(text);
    if (m) return m;
  }
  return null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The weekday named in the lead (`said on Monday`), 0 = Sunday. */
export function leadWeekday(lead: string): number | undefined {
  const m = WEEKDAY.exec(lead);
  return m ? weekdayNumber(m[1] ?? '') : undefined;
}

/** A full date (`2019/03/04`, `2019-03-04-foo.txt`, `20190304`) or a year (`2019/…`, `news-2019/…`, `2019-foo.txt`) in a path. */
export function pathDate(path: string): { year: number; month?: number; day?: number } | null {
  const full = /(?<![\dA-Za-z])((?:19|20)\d\d)([-_/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[3]), Number(full[4])];
    if (isValidDay(year, month, day)) return { year, month, day };
  }
  const ym = /(?<![\dA-Za-z])((?:19|20)\d\d)[-_/.](0[1-9]|1[0-2])(?![\dA-Za-z])/.exec(path);
  if (ym) return { year: Number(ym[1]), month: Number(ym[2]) };
  const segments = path.split(/[\\/]/);
  const file = segments.pop() ?? '';
  // A folder may end in its year (`news-2019`); a file name only starts with one, as `bbc-1902.txt` is a serial number.
  for (const dir of segments.reverse()) {
    const y = /^(?:(?:19|20)\d\d(?=$|[-_. ])|.*[-_ ]((?:19|20)\d\d)$)/.exec(dir);
    if (y) return { year: Number(y[1] ?? dir.slice(0, 4)) };
  }
  const f = /^((?:19|20)\d\d)[-_. ]/.exec(file);
  return f ? { year: Number(f[1]) } : null;
}
