import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleFiles, readArticleFile } from '../../src/read/index.js';
import { tempDir } from '../temp-dir.js';

function tree(): string {
  const root = tempDir('walk-');
  mkdirSync(join(root, 'b/nested'), { recursive: true });
  mkdirSync(join(root, '_drafts'));
  mkdirSync(join(root, 'Ünïcode дир'));
  writeFileSync(join(root, 'a.txt'), 'A');
  writeFileSync(join(root, 'b/nested/c.md'), 'C');
  writeFileSync(join(root, 'b/d.markdown'), 'D');
  writeFileSync(join(root, 'b/notes.json'), '{}');
  writeFileSync(join(root, '_aliases.yml'), 'x: y');
  writeFileSync(join(root, '.hidden.txt'), 'H');
  writeFileSync(join(root, '_drafts/e.txt'), 'E');
  writeFileSync(join(root, 'Ünïcode дир/статья один.txt'), 'F');
  symlinkSync(root, join(root, 'b/loop'));
  return root;
}

test('walks recursively in a fixed order, skipping _ and . names and other extensions', () => {
  const root = tree();
  const found = findArticleFiles([root]);
  assert.deepEqual(
    found.files.map((file) => file.slice(root.length + 1)),
    ['a.txt', 'b/d.markdown', 'b/nested/c.md', 'Ünïcode дир/статья один.txt'],
  );
});

test('a symlink loop is cut and reported, not followed forever', () => {
  const found = findArticleFiles([tree()]);
  assert.equal(found.skipped.length, 1);
  assert.match(found.skipped[0]!.reason, /symlink loop/);
});

test('missing paths and unreadable files are reported with a reason', () => {
  const root = tree();
  assert.match(findArticleFiles([join(root, 'nope')]).skipped[0]!.reason, /no such file/);
  mkdirSync(join(root, 'folder.txt'));
  const read = readArticleFile(join(root, 'folder.txt'));
  assert.equal(read.ok, false);
  assert.match(read.ok ? '' : read.reason, /folder/);
});

test('empty and draft files are skipped with a reason', () => {
  const root = tree();
  writeFileSync(join(root, 'empty.txt'), '  \n\t\n');
  writeFileSync(join(root, 'draft.md'), '---\ndraft: true\n---\nNot yet.');
  const empty = readArticleFile(join(root, 'empty.txt'));
  const draft = readArticleFile(join(root, 'draft.md'));
  assert.deepEqual([empty.ok, draft.ok], [false, false]);
  assert.match(empty.ok ? '' : empty.reason, /empty/);
  assert.match(draft.ok ? '' : draft.reason, /draft/);
});
