// Settles the dates articles could not fix alone, from the evidence pooled over their folder: the years its articles cite, and its file order.
import type { ArticleRecord, DateClues } from '../types.js';
import { isValidDay, isoDate, monthName } from '../extract/calendar.js';
import { ownReason } from '../extract/date.js';
import { candidateYears, hasYearEvidence, logLikelihood } from '../extract/yearModel.js';

/** Pseudo-count per candidate year, so a few articles cannot make any year certain. */
const PRIOR_COUNT = 0.5;
const EM_ROUNDS = 40;
/** An article with no year clue of its own takes the folder's year only when that year is this likely... */
const FOLDER_YEAR_MIN_SHARE = 0.5;
/** ...and at least this many of the folder's articles give year evidence. */
const FOLDER_YEAR_MIN_ARTICLES = 3;
/** File order counts as date order when this share of consecutive dated files do not go back in time (a day's slack for time zones). */
const ORDERED_SHARE = 0.9;
const ORDERED_MIN_DATED = 10;
/** A dated article this many days away from two agreeing neighbours in a date-ordered folder is taken to carry a typo or a stale dateline. */
const OUTLIER_DAYS = 2;

/** Resolves open dates across the collection, in place: date, dateSource, dateEvidence and warnings of the records it settles. */
export function resolveArchiveDates(records: ArticleRecord[]): void {
  const folders = new Map<string, ArticleRecord[]>();
  for (const r of records) {
    const dir = folderOf(r.file);
    const list = folders.get(dir);
    if (list) list.push(r);
    else folders.set(dir, [r]);
  }
  for (const list of folders.values()) {
    resolveYears(list);
    resolveByFileOrder(list);
  }
}

function folderOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '' : file.slice(0, i);
}

// The folder's year distribution by EM over its articles' clues, then each open article's most probable year under it.
function resolveYears(list: ArticleRecord[]): void {
  const open = list.filter((r): r is ArticleRecord & { dateClues: DateClues } => r.dateClues !== undefined);
  if (!open.length) return;
  const fixed = new Map<number, number>();
  for (const r of list) {
    const y = r.date && !r.dateClues ? Number(r.date.slice(0, 4)) : NaN;
    if (Number.isFinite(y)) fixed.set(y, (fixed.get(y) ?? 0) + 1);
  }
  const informative = open.filter((r) => hasYearEvidence(r.dateClues));
  const years = yearRange(informative.map((r) => r.dateClues), fixed);
  if (!years.length) return;
  // Likelihood rows over the candidate years, one per distinct clue signature (many wire stories share one), weighted by how many share it.
  const rows = new Map<string, { likelihood: Float64Array; weight: number }>();
  const rowOf = new Map<ArticleRecord, Float64Array>();
  for (const r of informative) {
    const key = signature(r.dateClues);
    let row = rows.get(key);
    if (!row) {
      row = { likelihood: relativeLikelihood(years.map((y) => logLikelihood(r.dateClues, y))), weight: 0 };
      rows.set(key, row);
    }
    row.weight++;
    rowOf.set(r, row.likelihood);
  }
  const share = estimateShares(years, [...rows.values()], fixed);
  const evidenceArticles = informative.length + sum(fixed);
  const citing = informative.filter((r) => r.dateClues.cited.length > 0).length;
  // Shares, not counts: the evidence of every inferred date would otherwise change with each article added to the folder.
  const fixedWords = fixed.size ? ` and ${shareOf(sum(fixed), list.length)} are dated outright` : '';
  const folderWords = `${shareOf(citing, list.length)} of the articles in its folder cite years${fixedWords}`;
  const folderTop = years[argmax(share)];

  for (const r of open) {
    const { month, day } = r.dateClues;
    if (month === undefined || day === undefined) continue;
    const own = rowOf.get(r);
    const weights = years.map((y, i) => (share[i] ?? 0) * (own ? own[i] ?? 0 : isValidDay(y, month, day) ? 1 : 0));
    const total = weights.reduce((a, b) => a + b, 0);
    let best = 0;
    for (let i = 1; i < weights.length; i++) if ((weights[i] ?? 0) > (weights[best] ?? 0)) best = i;
    const year = years[best];
    const p = total > 0 ? (weights[best] ?? 0) / total : 0;
    if (year === undefined || p <= 0) continue;
    if (!own && (p < FOLDER_YEAR_MIN_SHARE || evidenceArticles < FOLDER_YEAR_MIN_ARTICLES)) continue;
    const from = r.dateClues.from === 'dateline' ? 'the dateline' : 'the text';
    const how = own ? explainWithOwn(r.dateClues, year, own, folderTop) : `from the folder: ${folderWords}, and ${year} best explains them; this article gives no year clue of its own`;
    r.date = isoDate(year, month, day);
    r.dateSource = 'inferred';
    r.dateEvidence = `Day and month from ${from} (${monthName(month)} ${day}); the year ${year} ${how}.`;
    clearUndatedWarning(r);
  }

  // Why the year won, in words: the article's clues, the folder's, or both.
  function explainWithOwn(clues: DateClues, year: number, own: Float64Array, top: number | undefined): string {
    const mine = years[argmax(own)];
    const reason = ownReason(clues, year);
    if (year === mine && year === top) return `fits both the article's own clues (${reason}) and its folder, where ${folderWords} and ${year} best explains them`;
    if (year === mine) return `from the article's own clues (${reason}), which outweigh its folder's leaning to ${top}`;
    if (year === top) return `from the folder (${folderWords}, and ${year} best explains them), which outweighs the article's own leaning to ${mine} (${ownReason(clues, mine ?? year)})`;
    return `weighing the article's own clues, which lean to ${mine} (${ownReason(clues, mine ?? year)}), against its folder, where ${folderWords} and ${top} is the likeliest year`;
  }
}

// Index of the largest value (the first on ties).
function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

// Years worth considering: near each informative article's own best year, and near every outright-dated year.
function yearRange(clues: DateClues[], fixed: Map<number, number>): number[] {
  const set = new Set<number>();
  for (const c of clues) {
    const candidates = candidateYears([c]);
    let best: number | undefined;
    let bestScore = -Infinity;
    for (const y of candidates) {
      const s = logLikelihood(c, y);
      if (s > bestScore) [best, bestScore] = [y, s];
    }
    if (best !== undefined) for (let d = -2; d <= 2; d++) set.add(best + d);
  }
  for (const y of fixed.keys()) for (let d = -2; d <= 2; d++) set.add(y + d);
  return [...set].sort((a, b) => a - b);
}

// The clues that decide an article's likelihood over years, as a map key.
function signature(c: DateClues): string {
  return `${c.month ?? ''}/${c.day ?? ''}/${c.weekday ?? ''}/${c.cited.map((y) => `${y.year}.${y.month ?? ''}`).join(',')}`;
}

// Log-likelihoods to likelihoods relative to the best year (1 there), so products stay in range.
function relativeLikelihood(logs: number[]): Float64Array {
  const max = Math.max(...logs);
  return Float64Array.from(logs, (l) => (max === -Infinity ? 0 : Math.exp(l - max)));
}

// Expectation-maximisation of the folder's year shares: each article's posterior over years, pooled, with a small prior count.
function estimateShares(years: number[], rows: { likelihood: Float64Array; weight: number }[], fixed: Map<number, number>): Float64Array {
  const n = years.length;
  let share = new Float64Array(n).fill(1 / n);
  const counts = new Float64Array(n);
  for (let round = 0; round < EM_ROUNDS; round++) {
    for (let i = 0; i < n; i++) counts[i] = PRIOR_COUNT + (fixed.get(years[i] ?? 0) ?? 0);
    for (const { likelihood, weight } of rows) {
      let total = 0;
      for (let i = 0; i < n; i++) total += likelihood[i]! * share[i]!;
      if (total <= 0) continue;
      const scale = weight / total;
      for (let i = 0; i < n; i++) counts[i]! += likelihood[i]! * share[i]! * scale;
    }
    let all = 0;
    for (let i = 0; i < n; i++) all += counts[i]!;
    const next = new Float64Array(n);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      next[i] = counts[i]! / all;
      moved = Math.max(moved, Math.abs(next[i]! - share[i]!));
    }
    share = next;
    if (moved < 1e-7) break;
  }
  return share;
}

/** `92%`, `all`, `under 1%`: `n` of `total` in whole percent, never rounded to all or none. */
function shareOf(n: number, total: number): string {
  if (n === total) return 'all';
  if (n === 0) return 'none';
  const percent = Math.round((100 * n) / total);
  return percent < 1 ? 'under 1%' : percent > 99 ? 'over 99%' : `${percent}%`;
}

function sum(m: Map<number, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

// A date the folder settled is provenance (dateSource, dateEvidence): the article's "no year" warning no longer holds.
function clearUndatedWarning(r: ArticleRecord): void {
  r.warnings = r.warnings.filter((w) => !/^date: (.*nothing in the article gives the year|no dateline)/.test(w));
}

// When the folder's files run in date order, undated files take the date of the dated files around them,
// and a date far from two agreeing neighbours is taken as a typo.
function resolveByFileOrder(list: ArticleRecord[]): void {
  const collator = new Intl.Collator('en', { numeric: true });
  const sorted = [...list].sort((a, b) => collator.compare(a.file, b.file));
  const dated = sorted.filter((r) => r.date !== null);
  if (dated.length < ORDERED_MIN_DATED) return;
  let inOrder = 0;
  for (let i = 1; i < dated.length; i++) {
    if (dayNumber(dated[i]?.date ?? '') >= dayNumber(dated[i - 1]?.date ?? '') - 1) inOrder++;
  }
  if (inOrder / (dated.length - 1) < ORDERED_SHARE) return;

  // Neighbours come from the dates before this pass, so one correction cannot feed the next.
  const before = sorted.map((r) => r.date);
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i];
    // Only dates the article could not fix alone are open to the folder's order (no front matter, path or full date).
    if (!r?.dateClues) continue;
    const prev = nearestDated(before, i, -1);
    const next = nearestDated(before, i, 1);
    const date = before[prev];
    if (date == null || date !== before[next]) continue;
    const around = `the nearest dated files before and after it (${baseName(sorted[prev]?.file ?? '')}, ${baseName(sorted[next]?.file ?? '')}) are both dated ${date}`;
    const own = before[i];
    if (own == null) {
      r.date = date;
      r.dateSource = 'inferred';
      r.dateEvidence = `The folder's files run in date order, and ${around}.`;
      clearUndatedWarning(r);
      continue;
    }
    const ahead = dayNumber(own) - dayNumber(date);
    if (!isOutlier(ahead)) continue;
    const what = r.dateClues.from === 'dateline' ? 'the dateline' : 'the text';
    const why = ahead === 1 ? 'a day ahead, as a local dateline east of the wire\'s clock is' : 'too far off to be the same story\'s day (a typo or a stale dateline)';
    r.warnings.push(`date: ${what} gives ${own}, but the folder's files run in date order and ${around}; ${own} is ${why}, so the article is dated ${date}`);
    r.date = date;
    r.dateSource = 'inferred';
    r.dateEvidence = `The folder's files run in date order and ${around}; ${what}'s ${own} is ${why}.`;
  }
}

// Far off either way is a typo or a stale dateline; one day ahead is a dateline's local day east of the wire's clock
// (a story filed in Tokyo's morning goes out the previous day on the wire), while one day behind is a story sent late, left as dated.
function isOutlier(daysAhead: number): boolean {
  return Math.abs(daysAhead) >= OUTLIER_DAYS || daysAhead === 1;
}

// Index of the nearest dated entry from i in direction step, or -1.
function nearestDated(dates: readonly (string | null)[], i: number, step: number): number {
  for (let j = i + step; j >= 0 && j < dates.length; j += step) if (dates[j]) return j;
  return -1;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

// Days since the epoch for an ISO date, for order and distance.
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
