// The article's opening lines: which are the headline, the byline and an own-line dateline or date line, and where the body starts.
import { type Byline, parseBareName, parseBylineLine } from './byline.js';
import { type DatelineMatch, makeDateline, parseDateLine, parseDatelineLine, parseDatelinePrefix, parsePlaceLine } from './dateline.js';
import { readsAsHeadline } from './headline.js';

export interface Head {
  headline: string | null;
  byline: Byline | null;
  /** A dateline on a line of its own (conll `LONDON 1996-08-30`). */
  datelineLine: DatelineMatch | null;
  /** A full date on a line of its own under the headline (`Published: March 3, 2021`). */
  dateLine: { year: number; month: number; day: number; text: string } | null;
  /** Index of the first body line. */
  bodyStart: number;
}

// The head is at most a few lines; looking further would mistake body lines for it.
const HEAD_LINES = 6;

/** Splits off the head lines. */
export function parseHead(lines: readonly string[], markdown: boolean): Head {
  const head: Head = { headline: null, byline: null, datelineLine: null, dateLine: null, bodyStart: 0 };
  let i = nextLine(lines, 0);
  if (i >= lines.length) return { ...head, bodyStart: lines.length };
  const first = lines[i] ?? '';
  if (markdown) {
    const atx = /^#{1,2}\s+(.+?)(?:\s+#+)?\s*$/.exec(first.slice(0, 400));
    if (atx) {
      head.headline = (atx[1] ?? '').replace(/[*_`]/g, '');
      i = nextLine(lines, i + 1);
    }
  } else if (isHeadline(lines, i)) {
    head.headline = first.trim();
    i = nextLine(lines, i + 1);
  }
  const stop = Math.min(lines.length, i + HEAD_LINES);
  while (i < stop) {
    const line = lines[i] ?? '';
    const after = nextLine(lines, i + 1);
    const by = head.byline ? null : parseBylineLine(line) ?? (ownDateline(lines[after]) ? parseBareName(line) : null);
    if (by) {
      head.byline = by;
      i = after;
      continue;
    }
    const dl = head.datelineLine ? null : ownDateline(line);
    if (dl) {
      head.datelineLine = dl;
      i = after;
      break;
    }
    // A date-only line under a place-only line (`FARMINGTON HILLS, Mich.` then `1996-08-30`) is one dateline.
    const place = parsePlaceLine(line);
    const dlAfter = place ? ownDateline(lines[after]) : null;
    if (place && dlAfter && !dlAfter.dateline.place) {
      head.datelineLine = { ...dlAfter, dateline: makeDateline(place, `${line.trim()}\n${(lines[after] ?? '').trim()}`) };
      i = nextLine(lines, after + 1);
      break;
    }
    const date = head.dateLine ? null : parseDateLine(line);
    if (date) {
      head.dateLine = { ...date, text: line.trim() };
      i = after;
      continue;
    }
    break;
  }
  head.bodyStart = i;
  return head;
}

// The first line is a headline when it reads as one and does not open with a dated dateline or a byline.
function isHeadline(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (ownDateline(line) || parseBylineLine(line) || parseDateLine(line)) return false;
  const j = nextLine(lines, i + 1);
  const next = lines[j];
  const afterNext = lines[nextLine(lines, j + 1)];
  const headFollows =
    next !== undefined &&
    (ownDateline(next) !== null ||
      parseBylineLine(next) !== null ||
      parseDateLine(next) !== null ||
      parseDatelinePrefix(next)?.month !== undefined ||
      (parseBareName(next) !== null && ownDateline(afterNext) !== null) ||
      (parsePlaceLine(next) !== null && ownDateline(afterNext) !== null));
  const ctx = { nextBlank: (lines[i + 1] ?? '').trim() === '', headFollows, ...(next !== undefined ? { next } : {}) };
  if (!readsAsHeadline(line, ctx)) return false;
  // A dated dateline (`MOSCOW, Dec 10 (Alliance News): ...`) opens the body; a date-less one (`CRICKET - ...`) may be a slug headline.
  // An ALL-CAPS line stays a headline even with a date in it (`ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER`).
  const dm = parseDatelinePrefix(line);
  return !dm || dm.month === undefined || !/[a-z]/.test(line.slice(dm.length));
}

function ownDateline(line: string | undefined): DatelineMatch | null {
  return line === undefined ? null : parseDatelineLine(line);
}

function nextLine(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}
