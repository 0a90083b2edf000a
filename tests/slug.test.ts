import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slugify } from '../src/slug.js';

test('lowercase ASCII words joined by hyphens', () => {
  assert.equal(slugify('Café in Zürich reopens — at last!'), 'cafe-in-zurich-reopens-at-last');
  assert.equal(slugify("HARBOUR BOARD <HBR> TO WIDEN CHANNEL"), 'harbour-board-hbr-to-widen-channel');
  assert.equal(slugify('Москва'), 'moskva');
  assert.equal(slugify('AT&T’s plan'), 'at-and-ts-plan');
});

test('long slugs are cut at a hyphen; empty ones take the fallback', () => {
  const s = slugify('word '.repeat(40));
  assert.ok(s.length <= 80 && !s.endsWith('-'));
  assert.equal(slugify('!!!'), 'untitled');
  assert.equal(slugify('!!!', 'article'), 'article');
  assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  assert.equal(slugify('習近平'), 'xijinping');
});
