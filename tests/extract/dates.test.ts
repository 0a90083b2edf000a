import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveArchiveDates } from '../../src/archive/dates.js';
import type { ArticleRecord, DateClues } from '../../src/types.js';

// A record as extraction leaves it: the year open when clues are given, else the date as given.
function rec(file: string, clues: DateClues | null, date: string | null = null): ArticleRecord {
  const r: ArticleRecord = {
    id: file, file, headline: file, headlineSource: 'text', date, dateSource: date ? 'dateline' : null,
    dateline: null, source: null, byline: [], people: [], places: [], organizations: [], topics: [], topicsSource: 'classifier',
    summary: '', words: 0, warnings: clues ? ['date: the dateline gives March 2 but nothing in the article gives the year'] : [], body: '',
  };
  if (clues) r.dateClues = clues;
  return r;
}
const md = (month: number, day: number, cited: DateClues['cited'] = [], weekday?: number): DateClues =>
  weekday === undefined ? { month, day, from: 'dateline', cited } : { month, day, from: 'dateline', cited, weekday };

test('a folder citing mostly the current and past years dates its year-less articles', () => {
  // Alone, an article citing only 1985 and 1986 leans to 1986; the folder's many 1986-and-1987 citations say 1987.
  const cites = [[1986], [1986, 1987], [1987, 1990], [1986, 1987], [1987], [1985, 1987], [1986, 1987], [1986], [1987, 1988], [1986, 1987]];
  const records = [
    ...cites.map((ys, i) => rec(`wire/a-${String(i).padStart(3, '0')}.txt`, md(3, 2, ys.map((year) => ({ year }))))),
    rec('wire/b-001.txt', md(3, 3, [{ year: 1985 }, { year: 1986 }])),
    rec('wire/b-002.txt', md(3, 3)),
  ];
  resolveArchiveDates(records);
  assert.ok(records.slice(0, 10).every((r) => r.date === '1987-03-02'));
  assert.equal(records[10]!.date, '1987-03-03');
  const open = records[11]!;
  assert.equal(open.date, '1987-03-03');
  assert.equal(open.dateSource, 'inferred');
  assert.match(open.dateEvidence ?? '', /year 1987 from the folder: 92% of the articles in its folder cite years/);
  assert.deepEqual(open.warnings, [], 'the "no year" warning goes once the folder settles the year');
});

test('a weekday in the lead does not override strong collection evidence', () => {
  const records = [
    ...Array.from({ length: 20 }, (_, i) => rec(`wire/b-${String(i).padStart(3, '0')}.txt`, md(3, 2, [{ year: 1986 }, { year: 1987 }]))),
    // March 2, 1987 is a Monday; "Thursday" matches neither it nor the day before.
    rec('wire/b-999.txt', md(3, 2, [], 4)),
  ];
  resolveArchiveDates(records);
  assert.equal(records[20]!.date, '1987-03-02');
});

test('an article\'s own strong clues stand against a small folder', () => {
  const records = [
    rec('mixed/x-1.txt', md(5, 1, [{ year: 2001 }])),
    rec('mixed/x-2.txt', md(5, 2, [{ year: 2001 }])),
    rec('mixed/x-3.txt', md(2, 18, [{ year: 2024, month: 12 }])),
  ];
  resolveArchiveDates(records);
  assert.equal(records[2]!.date, '2025-02-18');
});

test('weak folder evidence leaves an article without clues undated', () => {
  const records = [rec('few/a.txt', md(3, 2, [{ year: 1999 }])), rec('few/b.txt', md(3, 3))];
  resolveArchiveDates(records);
  assert.equal(records[0]!.date, '1999-03-02');
  assert.equal(records[1]!.date, null);
});

test('folders are resolved apart', () => {
  const records = [
    ...['1', '2', '3'].map((n) => rec(`old/${n}.txt`, md(3, 2, [{ year: 1986 }, { year: 1987 }]))),
    ...['1', '2', '3'].map((n) => rec(`new/${n}.txt`, md(3, 2, [{ year: 2023 }, { year: 2024 }]))),
    rec('old/4.txt', md(3, 4)),
    rec('new/4.txt', md(3, 4)),
  ];
  resolveArchiveDates(records);
  assert.equal(records[6]!.date, '1987-03-04');
  assert.equal(records[7]!.date, '2024-03-04');
});

test('in a folder whose files run in date order, undated files and typos take their neighbours\' date', () => {
  const days = [1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4];
  const records = days.map((d, i) => rec(`seq/s-${String(i + 1).padStart(2, '0')}.txt`, md(3, d, [{ year: 1987 }])));
  records[4] = rec('seq/s-05.txt', { cited: [] }); // no dateline date at all
  records[6] = rec('seq/s-07.txt', md(5, 2, [{ year: 1987 }])); // "May" for "Mar"
  records[10] = rec('seq/s-11.txt', md(3, 4, [{ year: 1987 }])); // a dateline one day ahead
  records[2] = rec('seq/s-03.txt', md(3, 1, [{ year: 1987 }])); // a story sent a day late keeps its dateline
  resolveArchiveDates(records);
  assert.equal(records[4]!.date, '1987-03-02');
  assert.match(records[4]!.dateEvidence ?? '', /run in date order/);
  assert.equal(records[6]!.date, '1987-03-02');
  assert.ok(records[6]!.warnings.some((w) => /gives 1987-05-02/.test(w)));
  assert.equal(records[10]!.date, '1987-03-03');
  assert.equal(records[2]!.date, '1987-03-01');
});

test('dates fixed by the article are never moved', () => {
  const days = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  const records = days.map((d, i) => rec(`fix/f-${String(i + 1).padStart(2, '0')}.txt`, md(3, d, [{ year: 1987 }])));
  records[5] = rec('fix/f-06.txt', null, '1987-03-09');
  resolveArchiveDates(records);
  assert.equal(records[5]!.date, '1987-03-09');
  assert.equal(records[5]!.dateSource, 'dateline');
});
