import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../src/read/index.js';

test('no front matter: the text is the body', () => {
  const parsed = parseFrontMatter('MOSCOW, Dec 10 - text');
  assert.equal(parsed.present, false);
  assert.equal(parsed.body, 'MOSCOW, Dec 10 - text');
});

test('fields are validated and normalised', () => {
  const parsed = parseFrontMatter(
    '---\ntitle: Kremlin speaks\ndate: 2024-12-10\nauthor: Vafa Guliyeva\npeople: [Dmitry Peskov]\ntopics: politics\ndraft: false\n---\nBody.\n',
  );
  assert.deepEqual(parsed.frontMatter, {
    headline: 'Kremlin speaks',
    date: '2024-12-10',
    byline: ['Vafa Guliyeva'],
    people: ['Dmitry Peskov'],
    topics: ['politics'],
    draft: false,
  });
  assert.equal(parsed.body, 'Body.\n');
  assert.deepEqual(parsed.warnings, []);
});

test('wrong types are dropped with a warning naming the field', () => {
  const parsed = parseFrontMatter('---\ndate: yesterday\npeople: 42\n---\nBody');
  assert.deepEqual(parsed.frontMatter, {});
  assert.equal(parsed.warnings.length, 2);
  assert.match(parsed.warnings[0]!, /"date".*yesterday/);
  assert.match(parsed.warnings[1]!, /"people".*42/);
});

test('impossible dates are refused', () => {
  assert.deepEqual(parseFrontMatter('---\ndate: "2023-02-30"\n---\nx').frontMatter, {});
  assert.deepEqual(parseFrontMatter('---\ndate: "0000-01-01"\n---\nx').frontMatter, {});
  // Unquoted, YAML would make these timestamps: March 2 and 1900.
  assert.deepEqual(parseFrontMatter('---\ndate: 2023-02-30\n---\nx').frontMatter, {});
  assert.deepEqual(parseFrontMatter('---\ndate: 0000-01-01\n---\nx').frontMatter, {});
  assert.deepEqual(parseFrontMatter('---\ndate: 2024-12-10T09:30:00Z\n---\nx').frontMatter, { date: '2024-12-10' });
});

test('invalid YAML: a warning with the line, and the body is still read', () => {
  const parsed = parseFrontMatter('---\ntitle: ok\npeople: [unclosed\n---\nThe body survives.');
  assert.equal(parsed.body, 'The body survives.');
  assert.deepEqual(parsed.frontMatter, {});
  assert.match(parsed.warnings[0]!, /not valid YAML at line \d+/);
});
