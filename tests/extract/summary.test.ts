import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, firstSentence, summarize } from '../../src/extract/summary.js';

test('abbreviations and initials do not end the first sentence', () => {
  assert.equal(firstSentence('The U.S. Treasury and Mr. J. Doe of Acme Inc. met. Then they left.'), 'The U.S. Treasury and Mr. J. Doe of Acme Inc. met.');
  assert.equal(firstSentence('“It is over,” she said. More.'), '“It is over,” she said.');
});

test('a short lead sentence takes the next one too; long ones are cut', () => {
  assert.equal(summarize(['Shares rose. The index gained 2 pct on the day. Later text.']), 'Shares rose. The index gained 2 pct on the day.');
  const long = summarize([`${'word '.repeat(150)}end.`]);
  assert.ok(long.length <= 401 && long.endsWith('…'));
  assert.equal(summarize([]), '');
});

test('word count', () => {
  assert.equal(countWords(['Don’t stop: 3.5 pct, U.S. rates.', 'two words']), 8);
});
