import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestOwnYear, candidateYears, citationProbability, hasYearEvidence, logLikelihood, offsetProbability, weekdayFits } from '../../src/extract/yearModel.js';

test('news cites the current and past years more than future ones', () => {
  assert.ok(offsetProbability(0) > offsetProbability(-1));
  assert.ok(offsetProbability(-1) > offsetProbability(1));
  assert.ok(offsetProbability(-2) > offsetProbability(2));
  assert.ok(offsetProbability(30) > 0 && offsetProbability(-80) > 0);
});

test('a month later in the same year is a future citation', () => {
  assert.equal(citationProbability({ year: 2024, month: 12 }, 2024, 2), offsetProbability(1));
  assert.equal(citationProbability({ year: 2024, month: 1 }, 2024, 2), offsetProbability(0));
});

test('own best year: cited December 2024 and a February story gives 2025', () => {
  assert.equal(bestOwnYear({ month: 2, day: 18, cited: [{ year: 2024, month: 12 }] }), 2025);
  assert.equal(bestOwnYear({ month: 3, day: 2, cited: [{ year: 1986 }, { year: 1987 }] }), 1987);
  assert.equal(bestOwnYear({ month: 3, day: 2, cited: [] }), null);
});

test('a weekday in the lead picks among years the citations allow', () => {
  // Dec 10 ... "on Monday" after a mention of 2022: Dec 9, 2024 is a Monday.
  assert.equal(bestOwnYear({ month: 12, day: 10, weekday: 1, cited: [{ year: 2022 }] }), 2024);
  assert.ok(weekdayFits(2024, 12, 10, 1));
  assert.ok(weekdayFits(2024, 12, 10, 2));
  assert.ok(!weekdayFits(2024, 12, 10, 4));
});

test('February 29 exists only in leap years', () => {
  assert.equal(logLikelihood({ month: 2, day: 29, cited: [{ year: 2023 }] }, 2023), -Infinity);
  assert.ok(Number.isFinite(logLikelihood({ month: 2, day: 29, cited: [{ year: 2023 }] }, 2024)));
});

test('evidence and candidates', () => {
  assert.ok(!hasYearEvidence({ cited: [] }));
  assert.ok(hasYearEvidence({ month: 1, day: 1, weekday: 3, cited: [] }));
  assert.deepEqual(candidateYears([{ cited: [{ year: 2000 }] }]), [1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006]);
});
