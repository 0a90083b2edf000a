/**
 * Site-wide checks on the built fixture: every page passes html-validate (recommended
 * preset), and no internal link or anchor is broken, at the root and under a path prefix.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { build } from '../../src/build/index.js';
import { brokenLinks, buildFixtureSite, htmlPages, read, type BuiltSite } from './helpers.js';
import { tempDir } from '../temp-dir.js';

let root: BuiltSite;
let prefixed: BuiltSite;
/** The seed articles (content/) through the whole pipeline, under a path prefix. */
let seeds: string;

before(async () => {
  root = await buildFixtureSite();
  prefixed = await buildFixtureSite({ pathPrefix: '/archive/' });
  seeds = join(tempDir('site-seeds-'), 'site');
  await build({ contentDir: join(import.meta.dirname, '..', '..', 'content'), outputDir: seeds, cacheDir: null, pathPrefix: '/archive/' });
});

async function validationErrors(dir: string): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const problems: string[] = [];
  for (const page of htmlPages(dir)) {
    const report = await validator.validateString(read(dir, page), page);
    for (const result of report.results) {
      for (const m of result.messages) if (m.severity === 2) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return problems;
}

test('every generated page passes html-validate (recommended) with zero errors', async () => {
  assert.deepEqual(await validationErrors(root.dir), []);
  assert.deepEqual(await validationErrors(seeds), []);
});

test('no broken internal link or anchor at the site root', () => {
  assert.deepEqual(brokenLinks(root.dir, '/', 'http://localhost'), []);
});

test('no broken internal link or anchor under a path prefix (/archive/)', () => {
  // The fixture's baseUrl is https://archive.example.org; absolute links (feeds, sitemap) use it.
  assert.deepEqual(brokenLinks(prefixed.dir, '/archive/', 'https://archive.example.org'), []);
  assert.deepEqual(brokenLinks(seeds, '/archive/', 'https://example.org'), []);
  // And every root-relative link carries the prefix.
  for (const page of htmlPages(prefixed.dir)) {
    const bad = [...read(prefixed.dir, page).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('/archive/'));
    assert.deepEqual(bad, [], page);
  }
});

test('the link checker itself catches a missing page and a missing anchor', () => {
  const copy = tempDir('site-broken-');
  cpSync(root.dir, copy, { recursive: true });
  writeFileSync(join(copy, 'broken.html'), '<a href="/no/such/page/">x</a> <a href="/people/#no-such-anchor">y</a> <a href="https://elsewhere.example/">z</a>');
  assert.deepEqual(brokenLinks(copy, '/', 'http://localhost'), ['broken.html: /no/such/page/', 'broken.html: /people/#no-such-anchor (no such anchor)']);
});
