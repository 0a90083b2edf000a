import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBareName, parseBylineLine } from '../../src/extract/byline.js';

test('a byline with an agency gives the name; the agency is a source', () => {
  assert.deepEqual(parseBylineLine('By Jane Roe, Reuters'), { names: ['Jane Roe'], agency: 'Reuters', text: 'By Jane Roe, Reuters' });
  assert.deepEqual(parseBylineLine('BY JOHN O\'DOE, REUTERS')?.names, ["John O'Doe"]);
  assert.deepEqual(parseBylineLine('By keith example, Reuters')?.names, ['Keith Example']);
});

test('several authors', () => {
  assert.deepEqual(parseBylineLine('By Ann Lee and Bob Kim')?.names, ['Ann Lee', 'Bob Kim']);
  assert.deepEqual(parseBylineLine('By Ann Lee, Bob Kim and Cy Dee, Reuters')?.names, ['Ann Lee', 'Bob Kim', 'Cy Dee']);
});

test('roles are dropped; a foot byline without agency works', () => {
  assert.deepEqual(parseBylineLine('By Vera Example, Staff Writer'), { names: ['Vera Example'], text: 'By Vera Example, Staff Writer' });
  assert.deepEqual(parseBylineLine('By Vera Example')?.names, ['Vera Example']);
});

test('sentences starting with "by" are not bylines', () => {
  assert.equal(parseBylineLine('By contrast, prices rose.'), null);
  assert.equal(parseBylineLine('by five cts a pound'), null);
  assert.equal(parseBylineLine('By 1991 the mine will close'), null);
  assert.equal(parseBylineLine('By March, the firm said, sales will be up'), null);
});

test('a bare author line (conll) is one short name', () => {
  assert.deepEqual(parseBareName('Mary Major')?.names, ['Mary Major']);
  assert.equal(parseBareName('Prices rose sharply today'), null);
  assert.equal(parseBareName('Oslo'), null);
});
