import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody, segmentBody } from '../../src/extract/body.js';
import { parseBylineLine } from '../../src/extract/byline.js';
import { citedYears, firstMonthDay } from '../../src/extract/clues.js';
import { parseDateLine, parseDatelineLine, parseDatelinePrefix } from '../../src/extract/dateline.js';
import { parseHead } from '../../src/extract/head.js';
import { findSource } from '../../src/extract/source.js';
import { countWords, summarize } from '../../src/extract/summary.js';

// Every pattern must stay linear: a 200,000-character line of each awkward shape finishes well within the bound.
const N = 200_000;
const SHAPES: Record<string, string> = {
  spaces: `a${' '.repeat(N)}b`,
  trailingSpaces: `a${' '.repeat(N)}`,
  letters: 'a'.repeat(N),
  capitals: 'A'.repeat(N),
  hyphenated: 'A-'.repeat(N / 2),
  digits: '1'.repeat(N),
  dots: '. '.repeat(N / 2),
  brackets: '!['.repeat(N / 2),
  angles: '<'.repeat(N),
  stars: '*a'.repeat(N / 2),
  gaps: 'a  '.repeat(N / 3),
  months: 'March 3 '.repeat(N / 8),
  commas: ', March'.repeat(N / 7),
};

test('the extract patterns are linear on 200,000-character lines', () => {
  for (const [name, line] of Object.entries(SHAPES)) {
    const start = performance.now();
    renderBody(segmentBody([line, '', line], false).blocks);
    renderBody(segmentBody([line], true).blocks);
    parseHead([line, '', line], false);
    parseDatelinePrefix(line);
    parseDatelineLine(line);
    parseDateLine(line);
    parseBylineLine(line);
    citedYears(line);
    firstMonthDay(line);
    findSource({ signOff: null, paragraphs: [line] });
    summarize([line]);
    countWords([line]);
    const ms = performance.now() - start;
    assert.ok(ms < 1500, `${name}: ${ms.toFixed(0)} ms`);
  }
});
