/**
 * In a real browser (playwright-core driving Debian's chromium): axe-core finds no WCAG 2.1
 * A/AA violation on the main kinds of page, and a reader can walk and search the site built
 * from the seed articles, served under a path prefix by a plain static server.
 * Without /usr/bin/chromium (or $CHROMIUM_PATH) every test here skips and says why.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import axe from 'axe-core';
import { build } from '../../src/build/index.js';
import { browserMissing, buildFixtureSite, CHROMIUM, CHROMIUM_ARGS, serve, type BuiltSite } from './helpers.js';
import { tempDir } from '../temp-dir.js';

const missing = browserMissing();
const skip = missing ? `skipped: ${missing}` : false;
if (missing) process.stderr.write(`browser tests ${skip}\n`);

let browser: Browser;
let fixture: BuiltSite;
let fixtureServer: Awaited<ReturnType<typeof serve>>;
let seedServer: Awaited<ReturnType<typeof serve>>;
let seedArticleUrls: string[];

before(async () => {
  if (missing) return;
  const { chromium } = await import('playwright-core');
  fixture = await buildFixtureSite();
  const seedDir = join(tempDir('site-seeds-'), 'site');
  const report = await build({ contentDir: join(import.meta.dirname, '..', '..', 'content'), outputDir: seedDir, cacheDir: null, pathPrefix: '/archive/' });
  assert.equal(report.articles, 2, 'the seed archive has two articles');
  const articles = (await import('node:fs')).readFileSync(join(seedDir, 'data', 'articles.json'), 'utf8');
  seedArticleUrls = (JSON.parse(articles) as { url: string }[]).map((a) => `/archive${a.url}`).sort();
  fixtureServer = await serve(fixture.dir, '/');
  seedServer = await serve(seedDir, '/archive/');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await fixtureServer?.close();
  await seedServer?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  return result;
}

/**
 * Tick a search filter as a reader does: open its group, then the option. Pagefind's UI shows
 * the filters once it has loaded their index (slow on a loaded CI machine) and draws them again
 * as each merged bundle's filters arrive, which can close a group just opened: so the group is
 * opened until the option shows.
 */
async function checkFilter(page: Page, group: string, option: RegExp): Promise<void> {
  const box = page.getByLabel(option);
  await box.waitFor({ state: 'attached', timeout: 60_000 });
  const summary = page.locator('summary.pagefind-ui__filter-name', { hasText: group });
  for (let tries = 0; !(await box.isVisible()); tries++) {
    if (tries === 20) throw new Error(`the ${group} filter group would not open`);
    await summary.click();
    await page.waitForTimeout(250);
  }
  await box.check();
}

const AXE_PAGES = [
  ['home', ''],
  ['article', 'articles/2024/01/09/council-vote-script-script-alert-x-script-and-quotes/'],
  ['person', 'people/ilse-brandvold/'],
  ['place', 'places/port-elwin/'],
  ['directory', 'people/'],
  ['date archive', '2024/01/'],
  ['search', 'search/?q=Brandvold'],
] as const;

test('axe-core: no WCAG 2.1 A/AA violations on home, article, person, place, directory, date archive and search, light and dark', { skip }, async () => {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
    for (const [name, path] of AXE_PAGES) {
      await page.goto(fixtureServer.url + path);
      if (name === 'search') await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
      for (const v of await axeViolations(page)) problems.push(`${colorScheme} ${name}: ${v}`);
    }
    await page.close();
  }
  assert.deepEqual(problems, []);
});

test('a reader walks home -> article -> person; the person page lists both seed articles', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(seedServer.url);
  await page.locator('.home__latest .card__title a').first().click();
  await page.waitForURL(/\/archive\/articles\//);
  await page.getByRole('link', { name: 'Dmitry Peskov' }).first().click();
  await page.waitForURL(/\/archive\/people\/dmitry-peskov\/$/);
  const listed = await page.locator('.cards .card__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.deepEqual(listed.sort(), seedArticleUrls);
  await page.close();
});

test('searching "Peskov" from the header box returns both seed articles', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(seedServer.url);
  await page.locator('#site-q').fill('Peskov');
  await page.locator('#site-q').press('Enter');
  await page.waitForURL(/\/archive\/search\/\?q=Peskov/);
  await page.waitForSelector('.pagefind-ui__result', { timeout: 15_000 });
  // Results show as loading placeholders first; a result's link appears once its text has loaded.
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === 2);
  const found = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.deepEqual(found.sort(), seedArticleUrls);
  await page.close();
});

test('the topic filter narrows search results', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The council article's headline and body carry <script>; from the search index they must come out as text.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${fixtureServer.url}search/?q=Brandvold`);
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === 4, undefined, { timeout: 15_000 });
  assert.match((await page.locator('#search').textContent()) ?? '', /<script>alert\("body"\)<\/script>/);
  assert.equal(await page.locator('#search script').count(), 0);
  // Result titles are text nodes in Pagefind's UI: the headline reads as written, not as entities.
  const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
  assert.ok(titles.includes('Council vote: </script><script>alert("x")</script> & "quotes"'), titles.join(' | '));
  await checkFilter(page, 'Topic', /^Weather/);
  await page.waitForFunction(
    () => document.querySelectorAll('.pagefind-ui__result').length === 1 && document.querySelectorAll('.pagefind-ui__result-link').length === 1,
    undefined,
    { timeout: 15_000 },
  );
  const title = await page.locator('.pagefind-ui__result-link').first().textContent();
  assert.match(title ?? '', /Storm closes the Port Elwin terminal/);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('a search index split into bundles is searched as one, under a path prefix', { skip }, async () => {
  // Two articles per bundle, about: five articles make two bundles that the search page merges.
  const split = await buildFixtureSite({ pathPrefix: '/archive/', searchBundleArticles: 2 });
  const server = await serve(split.dir, '/archive/');
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=Brandvold`);
    await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === 4, undefined, { timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((found) => found.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const link of links) assert.match(link, /^\/archive\/articles\//);
    await checkFilter(page, 'Topic', /^Weather/);
    await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length === 1, undefined, { timeout: 15_000 });
    await page.close();
  } finally {
    await server.close();
  }
});

test('keyboard: the first Tab reaches the skip link, focus is visible, the skip link moves to the content', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(`${fixtureServer.url}people/ilse-brandvold/`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: el.getBoundingClientRect().top };
  });
  assert.equal(focused.text, 'Skip to content');
  assert.notEqual(focused.outline, 'none');
  assert.ok(focused.top >= 0, 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  // The jump to #main is a navigation: on a loaded machine it lands after the key press returns.
  await page.waitForURL(/#main$/, { timeout: 15_000 });
  await page.close();
});
