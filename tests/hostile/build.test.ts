/**
 * The hostile content folder through the whole build: it finishes and reports every
 * file, nothing from an article can run in a reader's browser, output stays inside
 * its folder, a killed build leaves the last site whole, and builds are byte-identical.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { build, type BuildReport } from '../../src/build/index.js';
import { listFiles, serve, browserMissing, CHROMIUM, CHROMIUM_ARGS } from '../site/helpers.js';
import { FIXTURES, writeHostileContent } from './fixtures.js';
import { tempDir } from '../temp-dir.js';

const { dir: content } = writeHostileContent();
const work = tempDir('hostile-build-');
const site = join(work, 'site');
let report: BuildReport;

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--quiet', ...args], { encoding: 'utf8' });

before(async () => {
  report = await build({ contentDir: content, outputDir: site, cacheDir: join(work, 'cache') });
});

test('the build finishes and accounts for every file, in the console report and data/build-report.json', () => {
  const published = FIXTURES.filter((f) => f.expect === 'article').length;
  assert.ok(report.articles >= published, `${report.articles} articles`);
  for (const fixture of FIXTURES.filter((f) => f.expect === 'skipped')) {
    assert.ok(report.skipped.some((s) => s.path.endsWith(fixture.name) && s.reason), `${fixture.name} is reported as skipped`);
  }
  assert.ok(report.withWarnings > 0);
  assert.deepEqual(JSON.parse(readFileSync(join(site, 'data', 'build-report.json'), 'utf8')), JSON.parse(JSON.stringify(report)));
});

test('nothing from an article can run: no live script, handler or javascript: URL in any page, feed or data file', () => {
  for (const file of listFiles(site)) {
    if (file.startsWith('pagefind/') || !/\.(html|xml|json|csv|txt)$/.test(file)) continue;
    const text = readFileSync(join(site, file), 'utf8');
    if (file.endsWith('.html')) assertInert(text, file);
    // Feeds are read by feed readers that render HTML: article text must arrive escaped.
    // (JSON and CSV are data: they hold the text as it is, quoted by their own rules.)
    else if (file.endsWith('.xml')) assert.doesNotMatch(text, /<(script|iframe|img)\b/i, `${file}: raw markup in a feed`);
  }
});

/** Parse the page as a browser would: only our own scripts, no handlers, no javascript: URLs, JSON-LD that cannot break out. */
function assertInert(html: string, file: string): void {
  let inScript: string | null = null;
  let scriptText = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const [attribute, value] of Object.entries(attributes)) {
        assert.ok(!/^on/i.test(attribute), `${file}: <${name} ${attribute}>`);
        if (/^(href|src|action|formaction)$/i.test(attribute)) assert.doesNotMatch(value, /^\s*(javascript:|vbscript:|data:(?!,$))/i, `${file}: <${name} ${attribute}="${value}">`);
      }
      assert.ok(!['iframe', 'object', 'embed'].includes(name), `${file}: <${name}>`);
      if (name === 'script') {
        inScript = attributes.type ?? '';
        scriptText = '';
        if (inScript !== 'application/ld+json') assert.match(attributes.src ?? '', /\/(assets\/site\.js|pagefind\/pagefind-ui\.js)$/, `${file}: an inline or foreign script`);
      }
    },
    ontext(text) {
      if (inScript !== null) scriptText += text;
    },
    onclosetag(name) {
      if (name !== 'script') return;
      if (inScript === 'application/ld+json') JSON.parse(scriptText);
      inScript = null;
    },
  });
  parser.end(html);
}

test('every output file lies inside the output folder', () => {
  assert.deepEqual(readdirSync(work).sort(), ['cache', 'site']);
  for (const file of listFiles(site)) assert.ok(!file.includes('..'), file);
  assert.ok(!existsSync(join(work, 'etc')) && !existsSync('/tmp/evil'), 'slugs did not escape');
});

test('two builds of the same input are byte-identical (the second from the cache)', async () => {
  const again = join(work, 'again');
  await build({ contentDir: content, outputDir: again, cacheDir: join(work, 'cache') });
  const files = listFiles(site);
  assert.deepEqual(listFiles(again), files);
  for (const file of files) assert.ok(readFileSync(join(site, file)).equals(readFileSync(join(again, file))), file);
});

test('refuses output folders that would destroy content or the system', async () => {
  for (const outputDir of [content, join(content, '..'), '/']) {
    await assert.rejects(build({ contentDir: content, outputDir }), /refusing/);
  }
});

test('exit codes: 0 with warnings, 2 with --strict, 2 when nothing is usable or a rules file is broken', () => {
  const out = join(work, 'cli');
  assert.equal(cli('--content', content, '--output', out, '--no-cache').status, 0);
  const strict = cli('--content', content, '--output', out, '--no-cache', '--strict');
  assert.equal(strict.status, 2);
  assert.match(strict.stderr, /--strict/);
  const empty = tempDir('empty-');
  assert.match(cli('--content', empty, '--output', join(work, 'none'), '--no-cache').stderr, /no usable article/);
  const broken = tempDir('broken-');
  cpSync(join(content, 'same-a.md'), join(broken, 'a.md'));
  writeFileSync(join(broken, '_aliases.yml'), 'merge: [');
  const result = cli('--content', broken, '--output', join(work, 'broken'), '--no-cache');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /_aliases\.yml: not valid YAML/);
});

test('an unknown option gets the usage line, not a stack trace; --help prints it', () => {
  const unknown = cli('--ouput', join(work, 'typo'));
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^error: Unknown option '--ouput'\nusage: npm run build -- /);
  assert.doesNotMatch(unknown.stderr, /at .*\.ts:\d+/);
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: npm run build -- .*--content DIR/);
});

test('a build killed half-way leaves the previous site whole', async () => {
  const before = listFiles(site).map((file) => [file, readFileSync(join(site, file)).length]);
  const big = tempDir('big-');
  for (let i = 0; i < 400; i++) {
    mkdirSync(join(big, String(i % 10)), { recursive: true });
    writeFileSync(join(big, String(i % 10), `${i}.txt`), `Story number ${i}\nOSLO, March ${(i % 28) + 1} - The council of Port Elwin met on Monday.\n`);
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--quiet', '--no-cache', '--content', big, '--output', site]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Killed once it has begun writing the new site into its staging folder beside the old one.
  const staging = () => readdirSync(work).some((name) => name.startsWith('site.building-'));
  for (let waited = 0; !staging() && waited < 60_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(staging(), 'the build never began writing its site');
  child.kill('SIGKILL');
  await exited;
  assert.deepEqual(listFiles(site).map((file) => [file, readFileSync(join(site, file)).length]), before);
  // The next build clears what the killed one left beside the output (and its own old site), in the background.
  await build({ contentDir: content, outputDir: site, cacheDir: join(work, 'cache') });
  const leftovers = () => readdirSync(work).filter((name) => name.startsWith('site.'));
  for (let waited = 0; leftovers().length > 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual(leftovers(), []);
});

test('in a browser, hostile articles open without a single dialog', async (t) => {
  const missing = browserMissing();
  if (missing) return t.skip(missing);
  const { chromium } = await import('playwright-core');
  const server = await serve(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const articles = JSON.parse(readFileSync(join(site, 'data', 'articles.json'), 'utf8')) as { url: string; file: string }[];
    const hostile = articles.filter((a) => /xss|slug|same/.test(a.file));
    assert.ok(hostile.length >= 3);
    for (const article of hostile) await page.goto(server.url + article.url.slice(1));
    for (const path of ['', 'people/', 'topics/', 'sources/']) await page.goto(server.url + path);
    await page.goto(`${server.url}search/?q=alert`);
    await page.waitForTimeout(1500);
    for (const link of await page.locator('a').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      assert.doesNotMatch(href, /^\s*javascript:/i);
    }
    assert.deepEqual(dialogs, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
