/** The fixture archive rendered once: pages, machine files, escaping, determinism. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, FIXTURE_CONTENT, htmlPages, listFiles, read, type BuiltSite } from './helpers.js';
import { articleBodies, buildSiteModel, loadSiteOptions } from '../../src/site/index.js';
import { searchBundlePaths } from '../../src/site/model.js';
import { CSV_COLUMNS } from '../../src/site/files.js';

let site: BuiltSite;
let second: BuiltSite;
/** Rendered as a large archive is: pages dealt to two worker threads, several Eleventy runs each. */
let parallel: BuiltSite;
const council = 'articles/2024/01/09/council-vote-script-script-alert-x-script-and-quotes/index.html';
const storm = 'articles/2023/11/02/storm-closes-the-port-elwin-terminal-for-two-days/index.html';

before(async () => {
  site = await buildFixtureSite({ workers: 1 });
  second = await buildFixtureSite({ workers: 1 });
  parallel = await buildFixtureSite({ workers: 2, batchPages: 4 });
});

after(() => {
  for (const built of [site, second, parallel]) rmSync(built.dir, { recursive: true, force: true });
});

test('one page per article at /articles/YYYY/MM/DD/<id>/, undated under /articles/undated/', () => {
  const articles = htmlPages(site.dir).filter((f) => f.startsWith('articles/'));
  assert.equal(articles.length, site.archive.articles.length);
  for (const article of site.archive.articles) assert.ok(existsSync(join(site.dir, article.url, 'index.html')), article.url);
  assert.ok(site.archive.articles.some((a) => a.url.startsWith('/articles/undated/')));
});

test('every page the issue lists exists', () => {
  const expected = [
    'index.html', '404.html', 'search/index.html', 'dates/index.html', 'undated/index.html',
    '2023/index.html', '2023/11/index.html', '2023/11/02/index.html', '2024/01/09/index.html',
    'people/index.html', 'places/index.html', 'organizations/index.html', 'topics/index.html', 'sources/index.html',
    'people/ilse-brandvold/index.html', 'people/vladimir-putin/index.html', 'places/port-elwin/index.html',
    'places/port-elwin/page/2/index.html', 'organizations/harbour-authority/index.html', 'topics/energy/index.html',
    'sources/coastal-wire/index.html', 'feed.xml', 'people/ilse-brandvold/feed.xml', 'topics/economy/feed.xml',
    'sitemap.xml', 'robots.txt', 'data/articles.json', 'data/entities.json', 'data/articles.csv',
    'assets/site.css', 'assets/world.svg', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-entry.json',
  ];
  for (const file of expected) assert.ok(existsSync(join(site.dir, file)), file);
});

test('data/articles.json: every record plus its url', () => {
  const articles = JSON.parse(read(site.dir, 'data/articles.json'));
  assert.equal(articles.length, site.archive.articles.length);
  assert.deepEqual(articles[0], JSON.parse(JSON.stringify(site.archive.articles[0])));
  for (const a of articles) assert.match(a.url, /^\/articles\//);
});

test('data/entities.json: every kind, each entry with id, name, aliases, url and article ids', () => {
  const entities = JSON.parse(read(site.dir, 'data/entities.json'));
  assert.deepEqual(Object.keys(entities), ['people', 'places', 'organizations', 'topics', 'sources']);
  const ids = new Set(site.archive.articles.map((a) => a.id));
  for (const list of Object.values(entities) as { id: string; name: string; aliases: string[]; url: string; articles: string[] }[][]) {
    for (const entry of list) {
      assert.equal(typeof entry.name, 'string');
      assert.ok(Array.isArray(entry.aliases));
      assert.match(entry.url, /^\/[a-z]+\/[a-z0-9-]+\/$/);
      for (const id of entry.articles) assert.ok(ids.has(id));
    }
  }
  assert.ok(entities.people.some((p: { url: string }) => p.url === '/people/vladimir-putin/'), 'non-Latin names get transliterated slugs');
});

test('data/articles.csv: one row an article, entities joined, formulas defused', () => {
  const text = read(site.dir, 'data/articles.csv').replace(/^\ufeff/, '');
  const lines = text.trimEnd().split('\r\n');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  assert.equal(lines.length, site.archive.articles.length + 1);
  assert.match(text, /"'=HYPERLINK\(""http:\/\/evil\.example""\)"/);
  assert.match(text, /'\+SUM\(A1:A2\)/);
  assert.match(text, /'@Reporter One/);
  assert.match(text, /Ilse Brandvold; Владимир Путин|Владимир Путин; Ilse Brandvold/);
  assert.doesNotMatch(text, /,[=+@]/);
});

test('article page: escaped headline, JSON-LD that survives </script>, inferred date and generated headline marked, first mentions linked', () => {
  const html = read(site.dir, council);
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /<h1 [^>]*>Council vote: &lt;\/script&gt;&lt;script&gt;alert\(&quot;x&quot;\)/);
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  const ld = JSON.parse(scripts[0]![1]!);
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, site.archive.articles.find((a) => a.file.endsWith('council-vote.md'))!.headline);
  assert.equal(ld.datePublished, '2024-01-09');
  assert.deepEqual(ld.author, [{ '@type': 'Person', name: '@Reporter One' }]);
  assert.equal(ld.publisher.name, '=HYPERLINK("http://evil.example")');
  assert.deepEqual(ld.about, [{ '@type': 'Thing', name: 'Politics' }]);
  assert.ok(ld.mentions.some((m: { name: string }) => m.name === 'Kyiv'));
  // Body: raw HTML shown as text, bad link gone, first mention linked once.
  assert.match(html, /&#x3C;script>alert\("body"\)&#x3C;\/script>/);
  assert.doesNotMatch(html, /javascript:/);
  assert.match(html, /<a href="\/people\/vladimir-putin\/" class="mention">Владимир Путин<\/a>/);
  const stormHtml = read(site.dir, storm);
  assert.match(stormHtml, /Nov 2, 2023<\/time><\/a> <span class="inferred">\(date inferred\)<\/span>/);
  assert.match(stormHtml, /The file has no headline; this one is made from its first sentence\./);
  assert.doesNotMatch(html, /The file has no headline/);
  assert.match(stormHtml, /<a href="\/places\/port-elwin\/" class="mention">Port Elwin<\/a>/);
  assert.match(stormHtml, /rel="prev"/);
});

test('the search index holds one record per article, with filters for topic, person, place, organization, source and year', async () => {
  const bodies = await articleBodies(site.archive.articles);
  const model = buildSiteModel(site.archive, loadSiteOptions(FIXTURE_CONTENT).options, bodies);
  assert.deepEqual(model.search.map((bundle) => bundle.path), ['pagefind/'], 'a small archive is one bundle');
  const split = buildSiteModel(site.archive, loadSiteOptions(FIXTURE_CONTENT).options, bodies, { searchBundleArticles: 2 });
  assert.deepEqual(split.search.map((bundle) => bundle.path), ['pagefind/', 'pagefind-1/']);
  assert.deepEqual(split.search.flatMap((bundle) => bundle.records.map((r) => r.url)).sort(), site.archive.articles.map((a) => a.url).sort(), 'each article in exactly one bundle');
  assert.deepEqual(split.site.searchMerge, ['/pagefind-1/']);
  const tooSmall = buildSiteModel(site.archive, loadSiteOptions(FIXTURE_CONTENT).options, bodies, { searchBundleArticles: 1 });
  assert.deepEqual(tooSmall.search.map((bundle) => bundle.path), ['pagefind/'], 'four bundles would leave one empty: one bundle instead');
  assert.deepEqual([4_999, 5_000, 10_051, 20_000, 1_000_000].map((n) => searchBundlePaths(n).length), [1, 2, 4, 8, 8]);
  const records = model.search[0]!.records;
  assert.deepEqual(records.map((r) => r.url), site.archive.articles.map((a) => a.url));
  const record = records.find((r) => `${r.url.slice(1)}index.html` === council)!;
  for (const filter of ['topic', 'person', 'place', 'organization', 'source', 'year']) assert.ok(record.filters[filter]?.length, filter);
  assert.ok(!record.content.includes('<script'), 'search text is escaped');
  // The storm article writes only "Brandvold": its record carries the merged name, so a search for it finds the article.
  const stormRecord = records.find((r) => `${r.url.slice(1)}index.html` === storm)!;
  assert.match(stormRecord.content, /\nAlso written: Ilse Brandvold\.$/);
  assert.doesNotMatch(record.content, /Also written:[^\n]*Ilse Brandvold/, 'a spelling the text has is not repeated');
  assert.ok(existsSync(join(site.dir, 'pagefind', 'pagefind.js')));
});

test('entity pages: counts, first and last appearance, timeline, co-occurrence, pagination, feed', () => {
  const html = read(site.dir, 'places/port-elwin/index.html');
  assert.match(html, /<strong>3<\/strong> articles/);
  assert.match(html, /First seen <a [^>]*><time datetime="2023-03-14">/);
  assert.match(html, /Latest <a [^>]*><time datetime="2023-11-02">/);
  assert.match(html, /<svg class="timeline"/);
  assert.match(html, /<svg class="locator"/);
  assert.match(html, /In <a href="\/places\/norway\/">Norway<\/a>/);
  assert.match(html, /Often seen with[\s\S]*href="\/people\/ilse-brandvold\/"/);
  assert.match(html, /href="\/places\/port-elwin\/page\/2\/"/);
  assert.match(html, /href="\/places\/port-elwin\/feed\.xml"/);
  const norway = read(site.dir, 'places/norway/index.html');
  assert.match(norway, /Places in Norway[\s\S]*Port Elwin[\s\S]*Bergen|Places in Norway[\s\S]*Bergen[\s\S]*Port Elwin/);
  const syria = read(site.dir, 'places/syria/index.html');
  assert.match(syria, /Places in Syria[\s\S]*href="\/places\/latakia\/"/);
  assert.match(read(site.dir, 'places/latakia/index.html'), /In <a href="\/places\/syria\/">Syria<\/a>/);
  const energy = read(site.dir, 'topics/energy/index.html');
  assert.match(energy, /<a href="\/topics\/economy\/">Economy<\/a>/);
  assert.match(read(site.dir, 'topics/economy/index.html'), /Narrower topics[\s\S]*href="\/topics\/energy\/"/);
});

test('directories: A-Z with counts, letter navigation, largest first', () => {
  const html = read(site.dir, 'places/index.html');
  assert.match(html, /Most covered[\s\S]*Port Elwin<\/a> <span class="count">3<\/span>/);
  assert.match(html, /<a href="#letter-p">P<\/a>/);
  assert.match(html, /id="letter-p"/);
});

test('feeds: Atom, escaped, updated = newest article date', () => {
  const feed = read(site.dir, 'feed.xml');
  assert.match(feed, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  assert.match(feed, /<updated>2024-01-09T00:00:00Z<\/updated>/);
  assert.match(feed, /<title>Council vote: &lt;\/script&gt;&lt;script&gt;/);
  assert.match(feed, /<id>https:\/\/archive\.example\.org\/articles\//);
  const person = read(site.dir, 'people/ilse-brandvold/feed.xml');
  assert.match(person, /<updated>2024-01-09T00:00:00Z<\/updated>/);
  const storm_ = read(site.dir, 'topics/weather/feed.xml');
  assert.match(storm_, /<feed[\s\S]*?<updated>2023-11-02T00:00:00Z<\/updated>/);
});

test('sitemap and robots use absolute URLs from the configured base URL', () => {
  const sitemap = read(site.dir, 'sitemap.xml');
  assert.match(sitemap, /<loc>https:\/\/archive\.example\.org\/<\/loc>/);
  assert.match(sitemap, /<loc>https:\/\/archive\.example\.org\/people\/ilse-brandvold\/<\/loc>/);
  assert.match(read(site.dir, 'robots.txt'), /Sitemap: https:\/\/archive\.example\.org\/sitemap\.xml/);
});

test('no template leaks: no undefined, NaN or [object Object] anywhere', () => {
  for (const file of listFiles(site.dir).filter((f) => /\.(html|xml)$/.test(f) && !f.startsWith('pagefind/'))) {
    assert.doesNotMatch(read(site.dir, file), /undefined|NaN|\[object Object\]/, file);
  }
});

test('deterministic: the same input gives byte-identical output, search index included', () => {
  const files = listFiles(site.dir);
  assert.deepEqual(listFiles(second.dir), files);
  for (const file of files) {
    assert.ok(readFileSync(join(site.dir, file)).equals(readFileSync(join(second.dir, file))), `${file} differs between two builds`);
  }
});

test('deterministic: rendering in worker threads and batches gives the same bytes as one thread', () => {
  const files = listFiles(site.dir);
  assert.deepEqual(listFiles(parallel.dir), files);
  for (const file of files) {
    assert.ok(readFileSync(join(site.dir, file)).equals(readFileSync(join(parallel.dir, file))), `${file} differs when rendered in workers`);
  }
});
