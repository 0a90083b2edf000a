// How well a candidate year explains an article's date clues: news cites the current and past years far more than future ones.
import type { CitedYear, DateClues } from '../types.js';
import { isValidDay, weekdayOf } from './calendar.js';

/** Weight kept by a year whose dateline day (and the day before) miss the weekday the lead names. */
export const WEEKDAY_MISS = 0.2;
/** An article's cited years count as at most this many citations, so one table of years cannot outvote a folder. */
const MAX_CITATIONS = 3;

/** Probability that a story of year `y` cites year `y + k` (k < 0: past). */
export function offsetProbability(k: number): number {
  if (k === 0) return 0.3;
  if (k === -1) return 0.25;
  if (k === -2) return 0.1;
  if (k === -3) return 0.06;
  if (k < -3) return Math.max(0.06 * 0.88 ** (-k - 3), 0.006);
  if (k === 1) return 0.06;
  if (k === 2) return 0.03;
  // Years further ahead stay common in business news (bond maturities, plans to a target year), so the tail is long.
  return Math.max(0.02 * 0.93 ** (k - 3), 0.006);
}

/** Probability of one citation under a story dated year `y` (month when known): a named month later in the same year is a future citation. */
export function citationProbability(c: CitedYear, y: number, month?: number): number {
  let k = c.year - y;
  if (k === 0 && c.month !== undefined && month !== undefined && c.month > month) k = 1;
  return offsetProbability(k);
}

// Log-probabilities by offset, precomputed for the offsets that occur (-300..300).
const LOG_OFFSET = Array.from({ length: 601 }, (_, i) => Math.log(offsetProbability(i - 300)));

function logProbability(c: CitedYear, y: number, month?: number): number {
  let k = c.year - y;
  if (k === 0 && c.month !== undefined && month !== undefined && c.month > month) k = 1;
  return LOG_OFFSET[k + 300] ?? Math.log(offsetProbability(k));
}

/** Whether the clues hold any evidence about the year (cited years, or a weekday with a day and month). */
export function hasYearEvidence(clues: DateClues): boolean {
  return clues.cited.length > 0 || (clues.weekday !== undefined && clues.month !== undefined);
}

/** Log-likelihood of the article's clues if its year is `y`; -Infinity when its day cannot exist that year. */
export function logLikelihood(clues: DateClues, y: number): number {
  const { month, day } = clues;
  if (month !== undefined && day !== undefined && !isValidDay(y, month, day)) return -Infinity;
  let sum = 0;
  for (const c of clues.cited) sum += logProbability(c, y, month);
  if (clues.cited.length > MAX_CITATIONS) sum *= MAX_CITATIONS / clues.cited.length;
  if (clues.weekday !== undefined && month !== undefined && day !== undefined && !weekdayFits(y, month, day, clues.weekday)) {
    sum += Math.log(WEEKDAY_MISS);
  }
  return sum;
}

/** Whether the weekday falls on the day itself or the day before (`Dec 10 ... on Monday`). */
export function weekdayFits(y: number, month: number, day: number, weekday: number): boolean {
  const w = weekdayOf(y, month, day);
  return w === weekday || (w + 6) % 7 === weekday;
}

/** Candidate years for clues: around the years they cite (a story may cite a few years ahead or many behind). */
export function candidateYears(clues: readonly DateClues[]): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of clues) {
    for (const { year } of c.cited) {
      lo = Math.min(lo, year - 2);
      hi = Math.max(hi, year + 6);
    }
  }
  const out: number[] = [];
  for (let y = Math.max(lo, 1800); y <= Math.min(hi, 2200); y++) out.push(y);
  return out;
}

/** The year that best explains one article's clues on its own, or null when they say nothing about the year. */
export function bestOwnYear(clues: DateClues): number | null {
  if (!clues.cited.length) return null;
  let best: number | null = null;
  let bestScore = -Infinity;
  for (const y of candidateYears([clues])) {
    const s = logLikelihood(clues, y);
    if (s > bestScore) {
      best = y;
      bestScore = s;
    }
  }
  return best;
}
