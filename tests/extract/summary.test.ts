import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
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

test('word count: the character scanner counts what the word pattern matches, whatever the script', () => {
  const reference = (ps: readonly string[]): number => ps.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
  const piece = fc.constantFrom('a', 'Z', '9', ' ', "'", '’', '.', '-', '--', 'é', 'ß', '٣', '\u{1D400}', '😀', '\uD835', '\uDC00', '_', '\t', '\u00a0', 'İ', '\n', 'x1');
  fc.assert(
    fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), { maxLength: 3 }), (ps) => countWords(ps) === reference(ps)),
    { numRuns: 3000 },
  );
  assert.equal(countWords(['state-of-the-art', "rock'n'roll", 'a..b', 'a-.b', '𝐀𝐁 c']), 1 + 1 + 2 + 2 + 2);
});
