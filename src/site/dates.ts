/** Date display for ISO `YYYY-MM-DD` strings, done by hand so no time zone can shift a day. */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DateParts {
  year: string;
  month: string;
  day: string;
}

export function dateParts(iso: string): DateParts {
  const [year = '0000', month = '01', day = '01'] = iso.split('-');
  return { year, month, day };
}

/** `2024-12-10` -> `Dec 10, 2024`. */
export function formatDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${MONTHS_SHORT[Number(month) - 1] ?? month} ${Number(day)}, ${year}`;
}

/** `2024-12` -> `December 2024`. */
export function formatMonth(year: string, month: string): string {
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** `2024-12` -> `Dec 2024`. */
export function formatMonthShort(year: string, month: string): string {
  return `${MONTHS_SHORT[Number(month) - 1] ?? month} ${year}`;
}

/** `2024-12-10` -> `10 December 2024` style used in headings of day archives: `December 10, 2024`. */
export function formatDayLong(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${MONTHS[Number(month) - 1] ?? month} ${Number(day)}, ${year}`;
}

/** Months between two `YYYY-MM` keys, inclusive, in order. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * Days between two ISO dates, inclusive, in order (UTC arithmetic: no time zone can skip a
 * day); null when there are more than `max`.
 */
export function dayRange(from: string, to: string, max = Infinity): string[] | null {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if ((end - start) / 86_400_000 + 1 > max) return null;
  const out: string[] = [];
  for (let t = start; t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export function addMonths(key: string, delta: number): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}
