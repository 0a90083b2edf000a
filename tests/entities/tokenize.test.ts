import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences, tokenize } from '../../src/extract/entities/tokenize.js';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

test('splits possessives, clitics and punctuation like CoNLL', () => {
  assert.deepEqual(texts("Russia's bases, he said."), ['Russia', "'s", 'bases', ',', 'he', 'said', '.']);
  assert.deepEqual(texts('Russia’s navy'), ['Russia', '’s', 'navy']);
  assert.deepEqual(texts("They don't know"), ['They', 'do', "n't", 'know']);
});

test("splits wire copy's ticker brackets off, with or without a space", () => {
  assert.deepEqual(texts('NATIONAL INTERGROUP<NII> SETS'), ['NATIONAL', 'INTERGROUP', '<', 'NII', '>', 'SETS']);
  assert.deepEqual(texts("<Crowley Maritime Corp>'s unit"), ['<', 'Crowley', 'Maritime', 'Corp', '>', "'s", 'unit']);
});

test('keeps abbreviations, hyphenated names and apostrophe names whole', () => {
  assert.deepEqual(texts('The U.S. envoy met Bashar al-Assad and Tim O\'Gorman.'), [
    'The', 'U.S.', 'envoy', 'met', 'Bashar', 'al-Assad', 'and', 'Tim', "O'Gorman", '.',
  ]);
  assert.deepEqual(texts('Mr. Smith of Acme Corp. left'), ['Mr.', 'Smith', 'of', 'Acme', 'Corp.', 'left']);
});

test('normalises curly quotes for features and keeps exact offsets', () => {
  const src = 'He said “no” to Moscow.';
  const toks = tokenize(src);
  const quote = toks.find((t) => t.text === '“')!;
  assert.equal(quote.norm, '"');
  for (const t of toks) assert.equal(src.slice(t.start, t.end), t.text);
});

test('splits sentences at line breaks and at end punctuation before a capital', () => {
  const s = sentences('Peskov spoke. He left at 5 p.m. on Monday.\nSecond line');
  assert.deepEqual(s.map((x) => x.map((t) => t.text).join(' ')), [
    'Peskov spoke .',
    'He left at 5 p.m. on Monday .',
    'Second line',
  ]);
});
