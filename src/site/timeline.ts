/**
 * Coverage timelines: articles per month as a bar chart, drawn as SVG at build time
 * (no chart JavaScript). Colours come from the site CSS (`.timeline` classes), so the
 * chart follows light and dark schemes. The SVG carries a text alternative.
 */
import { escapeHtml } from './escape.js';
import { addMonths, formatMonthShort, monthRange } from './dates.js';

const WIDTH = 640;
const HEIGHT = 120;
const AXIS = 18;
const MIN_MONTHS = 12;
/** Room, in chart units, that the first month's label ("Mar 2024") needs before a year label. */
const START_LABEL_ROOM = 80;

/**
 * @param months ISO `YYYY-MM` of each dated article (any order, repeats are counts).
 * @param id unique among the page's ids (used for aria-labelledby).
 */
export function timelineSvg(months: string[], id: string): string | null {
  if (months.length === 0) return null;
  const counts = new Map<string, number>();
  let first = months[0]!;
  let last = months[0]!;
  for (const month of months) {
    counts.set(month, (counts.get(month) ?? 0) + 1);
    if (month < first) first = month;
    if (month > last) last = month;
  }
  let range = monthRange(first, last);
  if (range.length < MIN_MONTHS) range = monthRange(addMonths(last, -(MIN_MONTHS - 1)), last);
  const max = Math.max(...counts.values());
  let peak = first;
  for (const [month, count] of counts) if (count > (counts.get(peak) ?? 0) || (count === counts.get(peak) && month < peak)) peak = month;

  const step = WIDTH / range.length;
  const gap = step > 4 ? Math.min(2, step * 0.2) : 0;
  const chartHeight = HEIGHT - AXIS;
  const bars: string[] = [];
  const labels: string[] = [];
  const yearEvery = Math.max(1, Math.ceil(range.length / 12 / 8));
  let firstYearX = WIDTH;
  range.forEach((month, i) => {
    const count = counts.get(month) ?? 0;
    const [year, mm] = month.split('-') as [string, string];
    if (count > 0) {
      const h = Math.max(1.5, (count / max) * (chartHeight - 4));
      bars.push(
        `<rect x="${r(i * step + gap / 2)}" y="${r(chartHeight - h)}" width="${r(step - gap)}" height="${r(h)}"><title>${escapeHtml(formatMonthShort(year, mm))}: ${count}</title></rect>`,
      );
    }
    if (mm === '01' && Number(year) % yearEvery === 0) {
      firstYearX = Math.min(firstYearX, i * step);
      labels.push(`<line x1="${r(i * step)}" y1="${chartHeight}" x2="${r(i * step)}" y2="${chartHeight + 4}"/>`);
      labels.push(`<text x="${r(i * step + 2)}" y="${HEIGHT - 3}">${year}</text>`);
    }
  });
  // The chart's first month, unless a year label stands near it: the left edge is never unnamed.
  if (firstYearX > START_LABEL_ROOM) {
    const [year, mm] = range[0]!.split('-') as [string, string];
    labels.push(`<text x="2" y="${HEIGHT - 3}">${escapeHtml(formatMonthShort(year, mm))}</text>`);
  }
  const [fy, fm] = first.split('-') as [string, string];
  const [ly, lm] = last.split('-') as [string, string];
  const [py, pm] = peak.split('-') as [string, string];
  const total = months.length;
  const description =
    `${total} dated article${total === 1 ? '' : 's'} ` +
    (first === last ? `in ${formatMonthShort(fy, fm)}` : `from ${formatMonthShort(fy, fm)} to ${formatMonthShort(ly, lm)}`) +
    `; busiest month ${formatMonthShort(py, pm)} with ${counts.get(peak)}.`;
  return (
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title">` +
    `<title id="${id}-title">Articles per month: ${escapeHtml(description)}</title>` +
    `<line class="axis" x1="0" y1="${chartHeight}" x2="${WIDTH}" y2="${chartHeight}"/>` +
    `<g class="bars">${bars.join('')}</g><g class="labels">${labels.join('')}</g></svg>`
  );
}

function r(n: number): string {
  return String(Math.round(n * 100) / 100);
}
