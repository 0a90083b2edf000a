import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, isValidDay, isoDate, monthNumber, weekdayNumber, weekdayOf } from '../../src/extract/calendar.js';

test('month and weekday words as wire copy writes them', () => {
  assert.equal(monthNumber('FEb'), 2);
  assert.equal(monthNumber('Sept.'), 9);
  assert.equal(monthNumber('march'), 3);
  assert.equal(monthNumber('Marx'), undefined);
  assert.equal(weekdayNumber('Monday'), 1);
});

test('calendar arithmetic', () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1987, 2), 28);
  assert.ok(!isValidDay(1987, 2, 29));
  assert.equal(weekdayOf(2024, 12, 9), 1);
  assert.equal(isoDate(1987, 3, 2), '1987-03-02');
});
