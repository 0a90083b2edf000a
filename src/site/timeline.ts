/**
 * Coverage timelines: articles per month (or per day, for an archive of a few weeks) as a
 * bar chart, drawn as SVG at build time (no chart JavaScript). Colours come from the site
 * CSS (`.timeline` classes), so the chart follows light and dark schemes. The SVG carries a
 * text alternative.
 */
import { escapeHtml } from './escape.js';
import { addMonths, formatDate, formatMonthShort, MONTHS_SHORT, monthRange } from './dates.js';

const WIDTH = 640;
const HEIGHT = 120;
const AXIS = 18;
const MIN_MONTHS = 12;
/** Room, in chart units, that the first bar's label ("Mar 2024") needs before another label. */
const START_LABEL_ROOM = 80;
/** The widest a label's character is drawn, in chart units (site.css draws labels at 13 units, 18 on small screens). */
const LABEL_CHAR_WIDTH = 11;
/** An archive that spans this many days or fewer is charted by day: by month it would be a bar or two. */
export const DAY_CHART_MAX_DAYS = 92;

/** How the bars divide time: by month (entity's span, at least a year), or by day over given days (computed once per site). */
export type TimelineScale = { unit: 'month' } | { unit: 'day'; days: readonly string[] };

/**
 * @param dates ISO `YYYY-MM-DD` of each dated article (any order, repeats are counts).
 * @param id unique among the page's ids (used for aria-labelledby).
 */
export function timelineSvg(dates: string[], id: string, scale: TimelineScale = { unit: 'month' }): string | null {
  if (dates.length === 0) return null;
  const byDay = scale.unit === 'day';
  const keys = dates.map((date) => (byDay ? date : date.slice(0, 7)));
  const counts = new Map<string, number>();
  let first = keys[0]!;
  let last = keys[0]!;
  for (const key of keys) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (key < first) first = key;
    if (key > last) last = key;
  }
  let range: readonly string[];
  if (byDay) range = scale.days;
  else {
    range = monthRange(first, last);
    if (range.length < MIN_MONTHS) range = monthRange(addMonths(last, -(MIN_MONTHS - 1)), last);
  }
  const max = Math.max(...counts.values());
  let peak = first;
  for (const [key, count] of counts) if (count > (counts.get(peak) ?? 0) || (count === counts.get(peak) && key < peak)) peak = key;

  const step = WIDTH / range.length;
  const gap = step > 4 ? Math.min(2, step * 0.2) : 0;
  const chartHeight = HEIGHT - AXIS;
  const bars: string[] = [];
  const labels: string[] = [];
  const yearEvery = Math.max(1, Math.ceil(range.length / 12 / 8));
  let firstLabelX = WIDTH;
  const tick = (x: number, text: string) => {
    firstLabelX = Math.min(firstLabelX, x);
    labels.push(`<line x1="${r(x)}" y1="${chartHeight}" x2="${r(x)}" y2="${chartHeight + 4}"/>`);
    // A label that would run past the right edge ("2012" at the last bar) ends at its tick instead.
    const fits = x + 2 + text.length * LABEL_CHAR_WIDTH <= WIDTH;
    labels.push(fits ? `<text x="${r(x + 2)}" y="${HEIGHT - 3}">${escapeHtml(text)}</text>` : `<text x="${r(x - 2)}" y="${HEIGHT - 3}" text-anchor="end">${escapeHtml(text)}</text>`);
  };
  range.forEach((key, i) => {
    const count = counts.get(key) ?? 0;
    if (count > 0) {
      const h = Math.max(1.5, (count / max) * (chartHeight - 4));
      bars.push(
        `<rect x="${r(i * step + gap / 2)}" y="${r(chartHeight - h)}" width="${r(step - gap)}" height="${r(h)}"><title>${escapeHtml(label(key))}: ${count}</title></rect>`,
      );
    }
    const [year, mm, dd] = key.split('-') as [string, string, string?];
    // Days: a tick at each month's first day; months: at each (n-th) January.
    if (byDay ? dd === '01' : mm === '01' && Number(year) % yearEvery === 0) tick(i * step, byDay ? formatMonthShort(year, mm) : year);
  });
  // The chart's first bar, unless a label stands near it: the left edge is never unnamed.
  if (firstLabelX > START_LABEL_ROOM) {
    const key = range[0]!;
    // A day says its year only when no month label beside it does.
    labels.push(`<text x="2" y="${HEIGHT - 3}">${escapeHtml(byDay && labels.length > 0 ? shortDay(key) : label(key))}</text>`);
  }
  const unit = byDay ? 'day' : 'month';
  const total = dates.length;
  const description =
    `${total} dated article${total === 1 ? '' : 's'} ` +
    (first === last ? `${byDay ? 'on' : 'in'} ${label(first)}` : `from ${label(first)} to ${label(last)}`) +
    `; busiest ${unit} ${label(peak)} with ${counts.get(peak)}.`;
  return (
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title">` +
    `<title id="${id}-title">Articles per ${unit}: ${escapeHtml(description)}</title>` +
    `<line class="axis" x1="0" y1="${chartHeight}" x2="${WIDTH}" y2="${chartHeight}"/>` +
    `<g class="bars">${bars.join('')}</g><g class="labels">${labels.join('')}</g></svg>`
  );
}

/** `2024-03` -> `Mar 2024`; `2024-03-05` -> `Mar 5, 2024`. */
function label(key: string): string {
  if (key.length > 7) return formatDate(key);
  const [year, mm] = key.split('-') as [string, string];
  return formatMonthShort(year, mm);
}

/** `2024-03-05` -> `Mar 5`. */
function shortDay(key: string): string {
  const [, mm, dd] = key.split('-') as [string, string, string];
  return `${MONTHS_SHORT[Number(mm) - 1]} ${Number(dd)}`;
}

function r(n: number): string {
  return String(Math.round(n * 100) / 100);
}
