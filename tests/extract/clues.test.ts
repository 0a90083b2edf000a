import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { citedYears, firstMonthDay, leadWeekday, pathDate } from '../../src/extract/clues.js';

test('cited years: distinct, with the month named beside them', () => {
  assert.deepEqual(citedYears('In December 2024 the group took the city; in 2022 talks failed. Since 2022, nothing.'), [
    { year: 2022 },
    { year: 2024, month: 12 },
  ]);
  assert.deepEqual(citedYears('the year ended Feb 28, 1987, against 1986'), [{ year: 1986 }, { year: 1987, month: 2 }]);
});

test('amounts, clock times and long numbers are not years', () => {
  assert.deepEqual(citedYears('It shipped 2000 tonnes at 1,987 dlrs by 1900 GMT; ref 120019870; 1999 pct'), []);
  assert.deepEqual(citedYears('the 1987/88 crop'), [{ year: 1987 }]);
});

test('the first day and month the text names', () => {
  assert.deepEqual(firstMonthDay('reports on February 18 from the front'), { month: 2, day: 18 });
  assert.deepEqual(firstMonthDay('on 5 May, 2005 the vote'), { month: 5, day: 5, year: 2005 });
  assert.equal(firstMonthDay('May they be safe; no dates here'), null);
  assert.equal(firstMonthDay('February 30 is no day'), null);
});

test('the weekday the lead names', () => {
  assert.equal(leadWeekday('The board said on Monday that'), 1);
  assert.equal(leadWeekday('No weekday here'), undefined);
});

test('dates and years in paths', () => {
  assert.deepEqual(pathDate('news/2019-03-04-ferry.txt'), { year: 2019, month: 3, day: 4 });
  assert.deepEqual(pathDate('2019/03/ferry.txt'), { year: 2019, month: 3 });
  assert.deepEqual(pathDate('2019/ferry.txt'), { year: 2019 });
  assert.deepEqual(pathDate('archive-2019/ferry.txt'), { year: 2019 });
  assert.deepEqual(pathDate('2019-ferry.txt'), { year: 2019 });
  assert.equal(pathDate('bbc-1902.txt'), null);
  assert.equal(pathDate('wire/story-00042.txt'), null);
});

test('first day and month: trying only around short numbers finds what scanning the whole text finds', () => {
  const months = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
  const re = new RegExp(`\\b(?:(${months})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s(${months}))\\b`, 'gi');
  const names = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  // The plain definition: the first match, in text order, naming a possible day.
  const reference = (text: string): string | null => {
    for (const m of text.matchAll(re)) {
      const w = (m[1] ?? m[4] ?? '').toLowerCase();
      const month = names.findIndex((n) => n.startsWith(w) || (w === 'sept' && n === 'september')) + 1;
      const day = Number(m[2] ?? m[3]);
      if (month && day >= 1 && day <= (days[month - 1] ?? 0)) return `${month}/${day}`;
    }
    return null;
  };
  const piece = fc.constantFrom('Jan', 'january', 'Sept', 'sept.', 'SEPTEMBER', 'may', 'Mar', 'Feb.', 'dec', ' ', '  ', '.', ',', '\n', '1', '3', '31', '30', '0', '45', '123', '2005', 'st', 'th', 'x', '_', 'a', '\u00a0', '-');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      const md = firstMonthDay(text);
      return (md ? `${md.month}/${md.day}` : null) === reference(text);
    }),
    { numRuns: 5000 },
  );
});
