// Month and weekday words as news copy writes them (`Feb`, `FEb`, `Sept.`, `march`), kept in one place so every date parser agrees.
// Subpath imports: one small module each; the package root costs about a second through tsx, per worker.
import { getDay } from 'date-fns/getDay';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

/** Regex source matching an English month name or abbreviation (case-insensitive use), longest forms first. */
export const MONTH_PATTERN =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/** Regex source matching an English weekday name. */
export const WEEKDAY_PATTERN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month number 1-12 for a month word (`Feb`, `FEBRUARY`, `Sept.`), or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS[w.slice(0, 3)];
  if (full === undefined) return undefined;
  // Only a known prefix of the month name counts (`Marc` yes, `Marx` no).
  const names = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const name = names[full - 1] ?? '';
  return name.startsWith(w) || (w === 'sept' && full === 9) ? full : undefined;
}

/** Weekday number (0 = Sunday) for a weekday name, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const i = WEEKDAYS.indexOf(word.toLowerCase());
  return i < 0 ? undefined : i;
}

/** Whether year/month/day names a real calendar day (rejects Feb 30, Feb 29 outside leap years). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month;
  let days = DAYS_IN_MONTH.get(key);
  if (days === undefined) {
    days = getDaysInMonth(new Date(year, month - 1, 1));
    DAYS_IN_MONTH.set(key, days);
  }
  return days;
}

// Memo for daysInMonth: year inference asks about the same few months thousands of times.
const DAYS_IN_MONTH = new Map<number, number>();

/** Weekday (0 = Sunday) of a calendar day. */
export function weekdayOf(year: number, month: number, day: number): number {
  return getDay(new Date(year, month - 1, day));
}

/** Whether a month/day can occur in some year (Feb 29 can). */
export function isPossibleMonthDay(month: number, day: number): boolean {
  return isValidDay(2000, month, day);
}

/** ISO `YYYY-MM-DD` for a calendar day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month name for evidence sentences. */
export function monthName(month: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1] ?? String(month);
}

/** Weekday name for evidence sentences. */
export function weekdayName(weekday: number): string {
  const w = WEEKDAYS[weekday] ?? '';
  return w.charAt(0).toUpperCase() + w.slice(1);
}
