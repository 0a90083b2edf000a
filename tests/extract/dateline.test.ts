import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateLine, parseDatelineLine, parseDatelinePrefix, parsePlaceLine } from '../../src/extract/dateline.js';

test('a dateline with an agency in parentheses and a colon', () => {
  const m = parseDatelinePrefix('OSLO, Dec 10 (Northern News): The ferry company said on Monday that ...');
  assert.ok(m);
  assert.deepEqual(m.dateline, { place: 'Oslo', text: 'OSLO, Dec 10 (Northern News):', agency: 'Northern News' });
  assert.equal(m.month, 12);
  assert.equal(m.day, 10);
  assert.equal(m.year, undefined);
  assert.equal('OSLO, Dec 10 (Northern News): The ferry'.slice(m.length), 'The ferry');
});

test('wire datelines: city, region, day and month', () => {
  const a = parseDatelinePrefix('WASHINGTON, Feb 26 - The agency said');
  assert.deepEqual(a?.dateline, { place: 'Washington', text: 'WASHINGTON, Feb 26 -' });
  const b = parseDatelinePrefix('PORTLAND, Ore., Feb 26 - A mill said');
  assert.deepEqual(b?.dateline, { place: 'Portland', region: 'Ore.', text: 'PORTLAND, Ore., Feb 26 -' });
  assert.equal(parseDatelinePrefix('RIO DE JANEIRO, March 5 - Talks')?.dateline.place, 'Rio de Janeiro');
  assert.equal(parseDatelinePrefix('NEW YORK, FEb 26 - Shares')?.month, 2);
  assert.equal(parseDatelinePrefix('AMSTERDAM, 2 March - Bids')?.day, 2);
  assert.equal(parseDatelinePrefix('HOUSTON, March 12, Reuter - Oil')?.dateline.place, 'Houston');
});

test('a dateline with a year keeps it', () => {
  const m = parseDatelinePrefix('BERLIN, March 3, 1995 - Officials');
  assert.equal(m?.year, 1995);
});

test('a dateline without a date still gives the place, before prose', () => {
  assert.equal(parseDatelinePrefix('WOODBRIDGE, N.J. - The grocer said')?.dateline.place, 'Woodbridge');
  assert.equal(parseDatelinePrefix('SAILING - LOCAL CREW TAKE EARLY LEAD'), null);
  assert.equal(parseDatelinePrefix('LISBON, Marhc 4 - Prices')?.dateline.place, 'Lisbon');
});

test('sentences that mention a date are not datelines', () => {
  assert.equal(parseDatelinePrefix('The board will meet again in the spring, on March 3 - or later.'), null);
  assert.equal(parseDatelinePrefix('Shares rose 5 pct on Feb 26.'), null);
});

test('conll-style datelines on their own line', () => {
  const a = parseDatelineLine('LONDON 1996-08-30');
  assert.deepEqual(a?.dateline, { place: 'London', text: 'LONDON 1996-08-30' });
  assert.deepEqual([a?.year, a?.month, a?.day], [1996, 8, 30]);
  const b = parseDatelineLine('AL-AIN, United Arab Emirates 1996-12-06');
  assert.deepEqual(b?.dateline, { place: 'Al-Ain', region: 'United Arab Emirates', text: 'AL-AIN, United Arab Emirates 1996-12-06' });
  assert.equal(parseDatelineLine('1996-08-30')?.dateline.place, '');
  assert.equal(parseDatelineLine('LONDON 1996-02-30'), null);
  assert.equal(parseDatelineLine('Scores on 1996-08-30 were level at 2-2 after a long day of play'), null);
});

test('date lines and place lines under a headline', () => {
  assert.deepEqual(parseDateLine('Published: March 3, 2021'), { year: 2021, month: 3, day: 3 });
  assert.deepEqual(parseDateLine('Tuesday, 4 May 2021 10:30 GMT'), { year: 2021, month: 5, day: 4 });
  assert.equal(parseDateLine('March 3, 2021 was a wet day'), null);
  assert.deepEqual(parsePlaceLine('FARMINGTON HILLS, Mich.'), ['FARMINGTON HILLS', 'Mich.']);
  assert.equal(parsePlaceLine('Prices rose.'), null);
});
