import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDate } from '../../src/extract/date.js';

const base = { path: 'news/ferry.txt', cited: [] };

test('a valid front matter date wins; an invalid one is reported and skipped', () => {
  const ok = extractDate({ ...base, frontMatterDate: '2020-05-06', monthDay: { month: 1, day: 2, from: 'dateline' } });
  assert.deepEqual([ok.date, ok.dateSource], ['2020-05-06', 'front-matter']);
  const bad = extractDate({ ...base, frontMatterDate: '2020-02-30', topDate: { year: 1996, month: 8, day: 30, from: 'dateline', text: 'LONDON 1996-08-30' } });
  assert.deepEqual([bad.date, bad.dateSource], ['1996-08-30', 'dateline']);
  assert.match(bad.warnings[0] ?? '', /front matter date "2020-02-30"/);
});

test('a full date at the top (conll dateline line)', () => {
  const r = extractDate({ ...base, topDate: { year: 1996, month: 8, day: 30, from: 'dateline', text: 'LONDON 1996-08-30' } });
  assert.deepEqual([r.date, r.dateSource, r.dateClues], ['1996-08-30', 'dateline', undefined]);
});

test('the year from the path, the day and month from the dateline', () => {
  const r = extractDate({ ...base, path: 'news/2019/ferry.txt', monthDay: { month: 3, day: 4, from: 'dateline' } });
  assert.deepEqual([r.date, r.dateSource], ['2019-03-04', 'path']);
  assert.match(r.dateEvidence ?? '', /year 2019 from the file's path/);
  const full = extractDate({ ...base, path: 'news/2019-03-05-ferry.txt' });
  assert.deepEqual([full.date, full.dateSource], ['2019-03-05', 'path']);
});

test('cited years: "December 2024" and "February 18" give 2025-02-18, inferred', () => {
  const r = extractDate({ ...base, monthDay: { month: 2, day: 18, from: 'text' }, cited: [{ year: 2024, month: 12 }] });
  assert.deepEqual([r.date, r.dateSource], ['2025-02-18', 'inferred']);
  assert.ok(r.dateClues, 'clues are kept for the archive');
  assert.match(r.dateEvidence ?? '', /the year 2025 from the article's own clues/);
  assert.deepEqual(r.warnings, [], 'an inferred year is provenance, not a warning');
});

test('a weekday in the lead: Dec 10, "on Monday", 2022 cited gives 2024', () => {
  const r = extractDate({ ...base, monthDay: { month: 12, day: 10, from: 'dateline' }, cited: [{ year: 2022 }], weekday: 1 });
  assert.equal(r.date, '2024-12-10');
  assert.match(r.dateEvidence ?? '', /Monday falls on December 10 or the day before in 2024/);
});

test('a configured reference year', () => {
  const r = extractDate({ ...base, monthDay: { month: 3, day: 2, from: 'dateline' }, referenceYear: 1987 });
  assert.deepEqual([r.date, r.dateSource], ['1987-03-02', 'inferred']);
  assert.match(r.dateEvidence ?? '', /configured reference year/);
});

test('never today\'s year: no year evidence leaves the date open with its clues', () => {
  const r = extractDate({ ...base, monthDay: { month: 3, day: 2, from: 'dateline' } });
  assert.equal(r.date, null);
  assert.deepEqual(r.dateClues, { cited: [], month: 3, day: 2, from: 'dateline' });
  assert.match(r.warnings[0] ?? '', /March 2 but nothing in the article gives the year/);
  const undated = extractDate(base);
  assert.equal(undated.date, null);
  assert.match(undated.warnings[0] ?? '', /undated/);
});
