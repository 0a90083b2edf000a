// Datelines: `MOSCOW, Dec 10 (Alliance News):`, `PORTLAND, Ore., Feb 26 -`, and conll's own-line `AL-AIN, United Arab Emirates 1996-12-06`.
import type { Dateline } from '../types.js';
import { MONTH_PATTERN, isPossibleMonthDay, isValidDay, monthNumber } from './calendar.js';
import { displayPlace } from './case.js';

export interface DatelineMatch {
  dateline: Dateline;
  /** Characters of the paragraph the dateline takes, separator and following spaces included (0 for an own-line dateline). */
  length: number;
  month?: number;
  day?: number;
  year?: number;
}

// A dateline sits in the first characters of a paragraph; looking no further keeps every pattern linear.
const WINDOW = 200;
// `Feb 26`, `FEb 26`, `March  2`, `Sept. 3`, `2 March`, preceded by a space or comma (`PARIS,March 16`).
const MONTH_DAY = new RegExp(`(^|[\\s,])(?:(${MONTH_PATTERN})\\.?\\s{1,3}(\\d{1,2})|(\\d{1,2})\\s(${MONTH_PATTERN})\\.?)(?![\\w])`, 'i');
// What may follow the date: `, 1987`, `, Reuter`, `(Alliance News)`, then the separator (`-`, `--`, `—`, `:`).
const AFTER_DATE = /^(,?\s{0,3}((?:19|20)\d\d))?(,\s{0,3}Reuters?)?,?\s{0,3}(\(([^()\n]{1,60})\))?\s{0,3}(--?|–|—|:)(\s+|$)/i;
// A dateline without a date: `WOODBRIDGE, N.J. -`, `MOSCOW (Reuters) -`; the city must be in capitals.
const PLACE_ONLY = /^([A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+){0,3})((?:, ?[A-Z][A-Za-z.' ]{1,30}?){0,2}),? {0,3}(?:\(([^()\n]{1,60})\) {0,3})?(--?|–|—) /;
// A date the parser cannot read (`Narch 2`, `March 2O`, `March 187`) before the separator: the place still counts.
const UNREADABLE_DATE = /,\s{0,3}[A-Za-z]{3,9}\.?\s{1,3}\d[\dO]{0,2},?\s{0,3}(--?|–|—)(\s+|$)/;
// An own-line dateline ending in an ISO date: `LONDON 1996-08-30`, `AL-AIN, United Arab Emirates 1996-12-06`, or the date alone.
const LINE_ISO = /^(.{0,80}?)[\s,]*((?:1[89]|20)\d\d)-(\d\d)-(\d\d)$/;

/** Parses a dateline at the start of a paragraph, or null. */
export function parseDatelinePrefix(paragraph: string): DatelineMatch | null {
  const head = paragraph.slice(0, WINDOW);
  const md = MONTH_DAY.exec(head);
  if (md) {
    const placeText = head.slice(0, md.index + (md[1] ?? '').length);
    const month = monthNumber(md[2] ?? md[5] ?? '');
    const day = Number(md[3] ?? md[4]);
    const after = AFTER_DATE.exec(head.slice(md.index + md[0].length));
    const components = placeComponents(placeText);
    if (month && isPossibleMonthDay(month, day) && after && components) {
      const year = after[2] ? Number(after[2]) : undefined;
      const length = md.index + md[0].length + after[0].length;
      const agency = after[5]?.trim();
      const match: DatelineMatch = {
        dateline: makeDateline(components, head.slice(0, length).trim(), agency),
        length,
        month,
        day,
      };
      if (year !== undefined && isValidDay(year, month, day)) match.year = year;
      return match;
    }
  }
  const ud = UNREADABLE_DATE.exec(head);
  const udPlace = ud ? placeComponents(head.slice(0, ud.index)) : null;
  if (ud && udPlace) {
    const length = ud.index + ud[0].length;
    return { dateline: makeDateline(udPlace, head.slice(0, length).trim()), length };
  }
  const po = PLACE_ONLY.exec(head);
  // The text after a date-less dateline is prose, which tells `WOODBRIDGE, N.J. - Supermarkets` from `CRICKET - LEICESTERSHIRE WIN`.
  if (po && /[a-z]/.test(head.slice(po[0].length, po[0].length + 30))) {
    const components = placeComponents(`${po[1] ?? ''}${po[2] ?? ''}`);
    if (components) {
      return {
        dateline: makeDateline(components, po[0].trim(), po[3]?.trim()),
        length: po[0].length,
      };
    }
  }
  return null;
}

/** A line naming only a place (`FARMINGTON HILLS, Mich.` above a date line), as its components; null when it does not read as one. */
export function parsePlaceLine(line: string): string[] | null {
  const text = line.trim();
  if (text.length > 60 || /[.!?]$/.test(text.replace(/\b[A-Z][a-z]{0,3}\.$/, ''))) return null;
  const components = placeComponents(text);
  return components && /^[A-Z][A-Z]/.test(text) ? components : null;
}

// A line that is just a date, perhaps after `Published:` or a weekday: `March 3, 2021`, `3 March 2021`, `2021-03-03`.
const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|date|dated)\\s*:?\\s*)?(?:[A-Za-z]+day,?\\s+)?(?:((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)|(${MONTH_PATTERN})\\.?\\s(\\d{1,2}),?\\s((?:19|20)\\d\\d)|(\\d{1,2})\\s(${MONTH_PATTERN})\\.?,?\\s((?:19|20)\\d\\d))\\b`,
  'i',
);

/** A short line that is only a full date (`Published: March 3, 2021`), or null. */
export function parseDateLine(line: string): { year: number; month: number; day: number } | null {
  const text = line.trim();
  if (text.length > 60) return null;
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  // Only a time or zone may follow the date (`March 3, 2021 10:30 GMT`).
  if (!/^[\s,|]*(\d{1,2}[:.]\d\d.*)?$/.test(text.slice(m[0].length))) return null;
  const year = Number(m[1] ?? m[6] ?? m[9]);
  const month = m[2] ? Number(m[2]) : monthNumber(m[4] ?? m[8] ?? '') ?? 0;
  const day = Number(m[3] ?? m[5] ?? m[7]);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** Parses a line that is only a dateline ending in a full date (conll: `LONDON 1996-08-30`), or null. */
export function parseDatelineLine(line: string): DatelineMatch | null {
  const text = line.trim();
  if (text.length > 100) return null;
  const m = LINE_ISO.exec(text);
  if (!m) return null;
  const year = Number(m[2]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (!isValidDay(year, month, day)) return null;
  const placeText = (m[1] ?? '').trim();
  const components = placeText ? placeComponents(placeText) : [];
  if (components === null) return null;
  return { dateline: makeDateline(components, text), length: 0, month, day, year };
}

/** A Dateline from place components (city first), the text as written and an agency. */
export function makeDateline(components: readonly string[], text: string, agency?: string): Dateline {
  const [place = '', ...rest] = displayPlace(components);
  const d: Dateline = { place, text };
  if (rest.length) d.region = rest.join(', ');
  if (agency) d.agency = agency;
  return d;
}

// The place before the date, split at commas; null when it does not read as a place (digits, a sentence, too long).
function placeComponents(text: string): string[] | null {
  const t = text.replace(/^[^A-Za-z]+/, '').replace(/[\s,]+$/, '');
  if (!t || t.length > 80 || /\d/.test(t)) return null;
  const parts = t.split(',').map((p) => p.trim()).filter((p) => /[A-Za-z]/.test(p));
  const first = parts[0];
  if (!first || parts.length > 4) return null;
  // The city starts with a capital and has at most five words; later parts (state, country) at most four words each.
  if (!/^[A-Z]/.test(first) || first.split(/\s+/).length > 5) return null;
  if (parts.slice(1).some((p) => p.split(/\s+/).length > 4 || !/^[A-Z]/.test(p))) return null;
  return parts;
}
