/**
 * Incremental builds (src/site/reuse.ts): a rebuild renders only the pages whose data changed,
 * moves them into the last site, deletes what is gone, and leaves a site byte-identical to a cold build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from '../../src/build/index.js';
import { buildArchive } from '../../src/archive/index.js';
import { renderSite } from '../../src/site/index.js';
import { pageFingerprinter, readPreviousSite, updateInPlace, writeManifest } from '../../src/site/reuse.js';
import { fixtureRecords } from './fixtures/records.js';
import { emptyReport, FIXTURE_CONTENT, listFiles } from './helpers.js';
import { tempDir } from '../temp-dir.js';

const ARTICLES: [string, string][] = [
  ['ferry.txt', 'Ferry terminal opens in Port Elwin\nPORT ELWIN, March 3, 2024 - Mayor Ilse Brandvold opened the new ferry terminal on Sunday.\n'],
  ['budget.txt', 'Council passes the harbour budget\nPORT ELWIN, March 9, 2024 - The council of Port Elwin passed the budget that Mayor Ilse Brandvold proposed.\n'],
  ['storm.txt', 'Storm closes the north channel\nOSLO, April 2, 2024 - A storm closed the north channel for two days, the Norwegian Coastal Administration said.\n'],
  ['prices.txt', 'Energy prices fall again\nOSLO, April 20, 2024 - Energy prices in Norway fell for a third month, Statistics Norway said on Friday.\n'],
];

/** A content folder, a cache and a place for sites; `run` builds and returns the summary line. */
function workspace() {
  const root = tempDir('reuse-');
  const content = join(root, 'content');
  mkdirSync(content);
  for (const [name, text] of ARTICLES) writeFileSync(join(content, name), text);
  const run = async (output = join(root, 'site'), cacheDir: string | null = join(root, 'cache')) => {
    const lines: string[] = [];
    await build({ contentDir: content, outputDir: output, cacheDir, log: (line) => lines.push(line) });
    const summary = lines.find((line) => line.startsWith('built '))!;
    const [, rendered, unchanged, indexed] = /(\d+) pages rendered, (\d+) unchanged, (\d+) of \d+ search bundles indexed/.exec(summary)!.map(Number);
    return { rendered: rendered!, unchanged: unchanged!, indexed: indexed! };
  };
  return { root, content, site: join(root, 'site'), run };
}

function assertSameSite(a: string, b: string): void {
  const files = listFiles(a);
  assert.deepEqual(listFiles(b), files);
  for (const file of files) assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), `${file} differs`);
}

test('an unchanged rebuild renders nothing; an edit re-renders only what it touches; the site is the same as a cold build', async () => {
  const { root, content, site, run } = workspace();
  const cold = await run();
  assert.equal(cold.unchanged, 0);
  assert.ok(cold.rendered > 20);
  assert.equal(cold.indexed, 1);

  assert.deepEqual(await run(), { rendered: 0, unchanged: cold.rendered, indexed: 0 });

  appendFileSync(join(content, 'prices.txt'), 'Analysts expect prices to rise in the winter.\n');
  const edited = await run();
  assert.ok(edited.rendered > 0 && edited.rendered < cold.rendered / 2, `rendered ${edited.rendered} of ${cold.rendered}`);
  assert.equal(edited.rendered + edited.unchanged, cold.rendered);
  assert.equal(edited.indexed, 1, 'the search index holds the edited text');
  assert.match(readFileSync(join(site, 'data', 'articles.json'), 'utf8'), /rise in the winter/);

  const fresh = join(root, 'fresh');
  await run(fresh, null);
  assertSameSite(site, fresh);
});

test('an update writes only what changed into the same folder, and deletes the pages of a removed article', async () => {
  const { root, content, site, run } = workspace();
  await run();
  const folder = statSync(site).ino;
  const untouched = statSync(join(site, 'people', 'ilse-brandvold', 'index.html')).mtimeMs;
  const gone = listFiles(site).filter((file) => file.includes('storm-closes'));
  assert.equal(gone.length, 1);
  rmSync(join(content, 'storm.txt'));
  const removed = await run();
  assert.ok(removed.rendered > 0);
  assert.equal(statSync(site).ino, folder, 'updated in place, not swapped');
  assert.equal(statSync(join(site, 'people', 'ilse-brandvold', 'index.html')).mtimeMs, untouched, 'an unchanged page is not rewritten');
  assert.ok(existsSync(join(site, 'places', 'oslo', 'index.html')));
  assert.ok(!existsSync(join(site, gone[0]!, '..')), "the removed article's page is gone, its folder too");
  assert.ok(!existsSync(join(site, 'organizations', 'norwegian-coastal-administration')), 'so are the pages only it had');

  const fresh = join(root, 'fresh');
  await run(fresh, null);
  assertSameSite(site, fresh);
});

test('adding an article renders the pages it is on, not every page', async () => {
  const { content, run } = workspace();
  const cold = await run();
  // Dated inside the archive's span: a short archive's timelines are drawn by day over the whole
  // span, so a later article would redraw the chart on every entity page.
  writeFileSync(join(content, 'tide.txt'), 'Record tide floods the harbour\nOSLO, April 10, 2024 - A record tide flooded the harbour of Port Elwin on Thursday.\n');
  const added = await run();
  assert.ok(added.rendered + added.unchanged > cold.rendered, 'the new pages exist');
  // A fifth article is a quarter more archive: what chance would have changes, and with it the order
  // of some "Often seen with" lists (src/site/graph.ts). On bbc-dev one more article renders 84 of 9,685 pages.
  assert.ok(added.unchanged >= cold.rendered / 3, `rendered ${added.rendered}, unchanged ${added.unchanged}`);
});

test('nothing is reused from a site folder that was replaced, and a page deleted by hand is rendered again', async () => {
  const { root, site, run } = workspace();
  const cold = await run();
  // A copy in its place (a restore from backup, say): same files, but not the folder the manifest describes.
  renameSync(site, join(root, 'moved'));
  cpSync(join(root, 'moved'), site, { recursive: true });
  assert.equal((await run()).unchanged, 0);

  rmSync(join(site, 'places', 'port-elwin', 'index.html'));
  const again = await run();
  assert.equal(again.rendered, 1);
  assert.match(readFileSync(join(site, 'places', 'port-elwin', 'index.html'), 'utf8'), /Port Elwin/);
  assert.equal(again.rendered + again.unchanged, cold.rendered);
});

test('two sites built with one cache each keep what they can reuse', async () => {
  const { root, run } = workspace();
  const cold = await run();
  await run(join(root, 'mirror'));
  assert.deepEqual(await run(), { rendered: 0, unchanged: cold.rendered, indexed: 0 });
});

test('changing the site settings renders every page again', async () => {
  const { content, run } = workspace();
  const cold = await run();
  writeFileSync(join(content, '_site.yml'), 'title: The Harbour Gazette archive\n');
  assert.deepEqual(await run(), { rendered: cold.rendered, unchanged: 0, indexed: 1 });
});

test('a search index of several bundles re-indexes only the bundle whose records changed', async () => {
  const root = tempDir('bundles-');
  const manifestFile = join(root, 'manifest.json');
  const render = async (dir: string, records = fixtureRecords(), previousDir?: string) =>
    renderSite({
      archive: buildArchive(records),
      contentDir: FIXTURE_CONTENT,
      outputDir: dir,
      report: emptyReport(),
      searchBundleArticles: 2,
      reuse: previousDir ? { manifestFile, previousDir } : undefined,
    });
  const site = join(root, 'site');
  const first = await render(site);
  assert.equal(first.searchBundles, 2);
  writeManifest(manifestFile, site, first.generation, first.files);

  const edited = fixtureRecords();
  edited[0]!.body += '\n\nThe authority added a night crossing.';
  const warm = await render(join(root, 'staging'), edited, site);
  assert.equal(warm.searchIndexed, 1);
  updateInPlace(join(root, 'staging'), site, warm.update!);
  // What stays in staging is what the site gave up (the old bundle), for the build to delete.
  const left = readdirSync(join(root, 'staging'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  assert.ok(left.length > 0 && left.every((entry) => relative(join(root, 'staging'), entry.parentPath).startsWith('.given-up-')));
  const cold = await render(join(root, 'cold'), edited);
  assert.equal(cold.searchIndexed, 2);
  assertSameSite(site, join(root, 'cold'));
});

test('the manifest is honoured only for the folder, device and inode it names', () => {
  const root = tempDir('manifest-');
  const site = join(root, 'site');
  mkdirSync(site);
  const file = join(root, 'cache', 'site-manifest.json');
  writeManifest(file, site, 'g1', { 'index.html': 'abc' });
  assert.deepEqual(readPreviousSite(file, site), { dir: site, generation: 'g1', files: { 'index.html': 'abc' } });
  assert.equal(readPreviousSite(file, join(root, 'elsewhere')), null, 'another folder');
  writeFileSync(file, '{ not json');
  assert.equal(readPreviousSite(file, site), null, 'a broken manifest');
});

test('a page fingerprint stands a shared card in by its own, and still follows every change to it', () => {
  const card = { headline: 'Storm', href: '/a/', summary: 'Wind.' };
  const page = (c: object) => ({ permalink: 'x/index.html', articles: [c, { ...card, href: '/b/' }], first: c, name: 'Oslo' });
  const print = pageFingerprinter()(page(card));
  assert.equal(pageFingerprinter()(page(structuredClone(card))), print, 'the same data in other objects (another thread) gives the same print');
  assert.notEqual(pageFingerprinter()(page({ ...card, summary: 'Rain.' })), print);
  assert.notEqual(pageFingerprinter()({ ...page(card), name: 'Bergen' }), print);
});
