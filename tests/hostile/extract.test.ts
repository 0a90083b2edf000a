/** The hostile content folder through reading and extraction: every file accounted for, nothing thrown. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPaths } from '../../src/build/index.js';
import { buildArchive } from '../../src/archive/index.js';
import { extractOne } from '../../src/build/index.js';
import { FIXTURES, writeHostileContent } from './fixtures.js';

const { dir, unreadable } = writeHostileContent();
const extraction = await extractPaths([dir], { workers: 1 });
const archive = buildArchive(extraction.records);
const byName = (name: string) => archive.articles.find((a) => a.file.endsWith(`/${name}`));

test('every fixture is either published or skipped with a reason', () => {
  for (const fixture of FIXTURES) {
    const skipped = extraction.skipped.find((s) => s.path.endsWith(`/${fixture.name}`));
    if (fixture.expect === 'skipped') assert.ok(skipped?.reason, `${fixture.name} should be skipped with a reason`);
    else assert.ok(byName(fixture.name), `${fixture.name} should be published (${skipped?.reason ?? 'missing'})`);
  }
  assert.ok(extraction.skipped.some((s) => /symlink loop|already read/.test(s.reason)), 'the symlink loop is reported');
  assert.equal(archive.articles.length, FIXTURES.filter((f) => f.expect === 'article').length + (unreadable ? 0 : 1));
});

test('broken input is read and warned about, naming what is wrong', () => {
  assert.match(byName('invalid-utf8.txt')!.warnings.join(' '), /invalid UTF-8/);
  assert.match(byName('cp1252.txt')!.warnings.join(' '), /Windows-1252/);
  assert.equal(byName('cp1252.txt')!.body.includes('£5bn, a “shock”'), true);
  assert.equal(byName('utf16.txt')!.headline, 'Talks resume in Geneva');
  assert.match(byName('bad-yaml.md')!.warnings.join(' '), /not valid YAML at line \d+/);
  assert.match(byName('wrong-types.md')!.warnings.join(' '), /"date".*yesterday/);
  assert.match(byName('wrong-types.md')!.warnings.join(' '), /"people".*42/);
  for (const name of ['impossible-date.md', 'year-zero.md']) {
    const article = byName(name)!;
    assert.match(article.warnings.join(' '), /"date"/, `${name} says its date is impossible`);
    assert.notEqual(article.date?.slice(0, 4), '0000');
  }
  assert.notEqual(byName('text-impossible-date.txt')!.date, '2023-02-30');
});

test('slugs cannot leave the output folder, and equal headlines get distinct stable URLs', async () => {
  for (const article of archive.articles) {
    assert.match(article.url, /^\/articles\/(\d{4}\/\d{2}\/\d{2}|undated)\/[a-z0-9-]+\/$/, article.url);
  }
  const same = archive.articles.filter((a) => a.headline === 'Same headline');
  assert.equal(same.length, 2);
  assert.notEqual(same[0]!.url, same[1]!.url);
  const again = buildArchive((await extractPaths([dir], { workers: 1 })).records);
  assert.deepEqual(
    again.articles.map((a) => a.url),
    archive.articles.map((a) => a.url),
  );
});

test('pathological input stays linear (a generous guard; the figure comes from npm run bench:hostile)', () => {
  for (const name of ['one-line.txt', 'huge.txt', 'many-names.txt']) {
    const bytes = readFileSync(join(dir, name));
    const started = performance.now();
    const result = extractOne(bytes, name, {});
    const ms = performance.now() - started;
    assert.ok(result.ok, name);
    assert.ok(ms < 10_000, `${name} took ${ms.toFixed(0)} ms`);
  }
});

test('an unreadable file is skipped with "permission denied" (run as an unprivileged user when root)', (t) => {
  if (!unreadable && process.getuid?.() === 0) {
    // Root reads any file: check the real thing through the CLI as user nobody.
    chmodSync(dir, 0o755);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', '--workers', '1', dir], { uid: 65534, gid: 65534, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error) return t.skip(`cannot run as nobody: ${result.error.message}`);
    assert.match(result.stderr, /skipped: .*unreadable\.txt: permission denied/);
    assert.equal(result.status, 0);
    return;
  }
  assert.ok(extraction.skipped.some((s) => s.path.endsWith('unreadable.txt') && /permission denied/.test(s.reason)));
});
