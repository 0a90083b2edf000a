import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayPhrase, displayPlace, displayWord, isAllCaps } from '../../src/extract/case.js';

test('ALL-CAPS words and places in display case', () => {
  assert.equal(displayWord('AL-AIN'), 'Al-Ain');
  assert.equal(displayWord("O'HARE"), "O'Hare");
  assert.equal(displayWord('N.J.'), 'N.J.');
  assert.equal(displayPhrase('RIO DE JANEIRO'), 'Rio de Janeiro');
  assert.equal(displayPhrase('New york'), 'New york');
  assert.deepEqual(displayPlace(['PORTLAND', 'Ore.']), ['Portland', 'Ore.']);
  assert.deepEqual(displayPlace(['ELK GROVE VILLAGE', 'ILL.']), ['Elk Grove Village', 'Ill.']);
  assert.deepEqual(displayPlace(['LOUISVILLE', 'KY']), ['Louisville', 'KY']);
  assert.ok(isAllCaps('ABC 1') && !isAllCaps('Abc') && !isAllCaps('123'));
});
