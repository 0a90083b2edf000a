import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { csvCell, escapeHtml, escapeXml, jsonForScript } from '../../src/site/escape.js';
import { defaults, loadSiteOptions } from '../../src/site/config.js';
import { timelineSvg } from '../../src/site/timeline.js';
import { dayRange } from '../../src/site/dates.js';
import { locatorSvg } from '../../src/site/map.js';
import { isCountryPlace } from '../../src/countries.js';
import { feedXml } from '../../src/site/feeds.js';
import { splitModel } from '../../src/site/render.js';
import { buildSiteModel, shownAliases, type SiteModel } from '../../src/site/model.js';
import { buildArchive } from '../../src/archive/index.js';
import { entity, makeRecord, place } from '../make-record.js';
import { tempDir } from '../temp-dir.js';

test('JSON for a script element cannot end the script and parses back', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const json = jsonForScript({ headline: text });
      return !/[<>&]/.test(json) && JSON.parse(json).headline === text;
    }),
  );
  assert.equal(jsonForScript('</script>'), '"\\u003c/script\\u003e"');
});

test('HTML and XML escaping', () => {
  assert.equal(escapeHtml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  assert.equal(escapeXml('a\u0001b<'), 'ab&lt;');
});

test('CSV cells: quoting, and no formula injection', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx']) assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), bad);
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell(null), '');
});

test('site options: defaults, then _site.yml, then overrides; bad values are warned about and ignored', () => {
  const dir = tempDir('site-config-');
  assert.deepEqual(loadSiteOptions(dir).options, defaults);
  writeFileSync(join(dir, '_site.yml'), 'title: My Paper\npageSize: 0\ncolour: red\npathPrefix: archive\nbaseUrl: https://news.example.org/\n');
  const { options, warnings } = loadSiteOptions(dir);
  assert.equal(options.title, 'My Paper');
  assert.equal(options.pageSize, defaults.pageSize);
  assert.equal(options.pathPrefix, '/archive/');
  assert.equal(options.baseUrl, 'https://news.example.org');
  assert.equal(warnings.length, 2);
  assert.equal(loadSiteOptions(dir, { pathPrefix: '/other/sub' }).options.pathPrefix, '/other/sub/');
  writeFileSync(join(dir, '_site.yml'), 'title: [unclosed');
  assert.equal(loadSiteOptions(dir).warnings.length, 1);
});

test('timeline SVG: one bar per month with articles, a text alternative, nothing for no dates', () => {
  const svg = timelineSvg(['2024-01-05', '2024-01-20', '2024-03-02'], 't')!;
  assert.equal(svg.match(/<rect /g)?.length, 2);
  assert.match(svg, /<title id="t-title">Articles per month: 3 dated articles from Jan 2024 to Mar 2024; busiest month Jan 2024 with 2\.<\/title>/);
  assert.equal(timelineSvg([], 't'), null);
});

test('timeline SVG: a label at the last bar ends at its tick rather than run off the chart', () => {
  const svg = timelineSvg(['2004-01-05', '2012-01-20'], 't')!;
  assert.match(svg, /<text x="\d+(?:\.\d+)?" y="\d+">2004<\/text>/);
  assert.match(svg, /<text x="\d+(?:\.\d+)?" y="\d+" text-anchor="end">2012<\/text>/);
});

test('timeline SVG by day over a given span: a bar per day with articles, a label at each month', () => {
  const svg = timelineSvg(['1987-02-27', '1987-03-02', '1987-03-02'], 't', { unit: 'day', days: dayRange('1987-02-10', '1987-03-30')! })!;
  assert.equal(svg.match(/<rect /g)?.length, 2);
  assert.match(svg, /Articles per day: 3 dated articles from Feb 27, 1987 to Mar 2, 1987; busiest day Mar 2, 1987 with 2\./);
  assert.match(svg, />Mar 1987<\/text>/);
  assert.match(svg, />Feb 10<\/text>/);
  const withinMonth = timelineSvg(['1987-03-05'], 't', { unit: 'day', days: dayRange('1987-03-02', '1987-03-30')! })!;
  assert.match(withinMonth, />Mar 2, 1987<\/text>/, 'the only label carries the year');
  assert.deepEqual(dayRange('2024-02-28', '2024-03-01'), ['2024-02-28', '2024-02-29', '2024-03-01']);
  assert.equal(dayRange('2024-01-01', '2024-12-31', 92), null);
});

test('locator map: a window on the world with the place marked; countries recognised', () => {
  const svg = locatorSvg({ worldHref: '/archive/assets/world.svg', name: 'Damascus', lat: 33.5, lon: 36.3, country: 'SY', id: 'map' })!;
  assert.match(svg, /<image href="\/archive\/assets\/world\.svg"/);
  assert.match(svg, /<circle class="marker"/);
  assert.match(svg, /<path class="country" d="M/);
  assert.match(svg, /Locator map: Damascus, Syria/);
  assert.equal(locatorSvg({ worldHref: '/w.svg', name: 'Nowhere', lat: null, lon: null, country: null, id: 'map' }), null);
  assert.ok(isCountryPlace('Syria', 'syria', 'SY'));
  assert.ok(!isCountryPlace('Latakia', 'latakia', 'SY'));
});

test('feeds: any text stays escaped, well-formed XML 1.0', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (title, name) => {
      const xml = feedXml(
        {
          permalink: '/feed.xml', title, subtitle: name, self: 'https://x.org/feed.xml', alternate: 'https://x.org/', id: 'https://x.org/', updated: '2024-01-09T00:00:00Z',
          entries: [{ title, url: 'https://x.org/a/', updated: '2024-01-09T00:00:00Z', summary: title, authors: [name], categories: [name] }],
        },
        { lang: 'en', title: name },
      );
      // No raw markup characters or characters XML 1.0 forbids inside any element or attribute.
      const text = xml.replace(/<[^<>]*>/g, '');
      assert.doesNotMatch(text, /[<>"]/);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      assert.match(xml, /<updated>2024-01-09T00:00:00Z<\/updated>/);
    }),
  );
});

test('render shares: every page and feed in exactly one share, list order kept', () => {
  const list = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ permalink: `/${tag}/${i}/` }));
  const model = {
    site: {}, home: {}, dates: {},
    articlePages: list(7, 'a'), entityPages: list(11, 'e'), datePages: list(2, 'd'), directoryPages: list(1, 'r'), feeds: list(5, 'f'),
  } as unknown as SiteModel;
  for (const n of [1, 2, 3]) {
    const shares = splitModel(model, n);
    assert.equal(shares.length, n);
    assert.equal(shares.filter((share) => share.first).length, 1);
    for (const key of ['articlePages', 'entityPages', 'datePages', 'directoryPages', 'feeds'] as const) {
      const all = shares.flatMap((share) => share[key] as { permalink: string }[]).map((page) => page.permalink);
      assert.deepEqual([...all].sort(), model[key].map((page) => page.permalink).sort());
      for (const share of shares) {
        const order = (share[key] as { permalink: string }[]).map((page) => model[key].findIndex((p) => p.permalink === page.permalink));
        assert.deepEqual(order, [...order].sort((a, b) => a - b));
      }
    }
  }
});

test('aliases shown to readers: one spelling of each, in ordinary case, never the name itself', () => {
  const entry = { name: 'United States', aliases: ['AMERICA', 'America', 'U.S.', 'UNITED STATES', 'USA'] };
  assert.deepEqual(shownAliases(entry), ['America', 'U.S.', 'USA']);
  assert.deepEqual(shownAliases({ name: 'NATO', aliases: ['Nato'] }), []);
});

test('an entity listed over several pages has its profile on page 1 only, and its count and feed on all', () => {
  const records = Array.from({ length: 5 }, (_, i) =>
    makeRecord(`news/${i}.txt`, { headline: `Story ${i}`, date: `2024-01-0${i + 1}`, dateSource: 'dateline', people: [entity('Ada Lovelace')] }),
  );
  const bodies = new Map(records.map((record) => [record.file, '<p>Text.</p>']));
  const model = buildSiteModel(buildArchive(records), { ...defaults, pageSize: 2 }, bodies);
  const pages = model.entityPages.filter((page) => page.name === 'Ada Lovelace');
  assert.deepEqual(pages.map((page) => [page.pager.current, page.profile, page.articles.length, page.count]), [[1, true, 2, 5], [2, false, 2, 5], [3, false, 1, 5]]);
  assert.match(pages[0]!.timelineSvg ?? '', /<svg/);
  for (const later of pages.slice(1)) {
    assert.equal(later.timelineSvg, null);
    assert.deepEqual(later.together, []);
    assert.equal(later.feed, pages[0]!.feed);
  }
});

test('a country named with its qualifier beside a namesake ("Georgia (country)") is still the country page, not one made up beside it', () => {
  assert.ok(isCountryPlace('Georgia (country)', 'georgia-country', 'GE'));
  const state = (i: number) => makeRecord(`us/${i}.txt`, { headline: `Atlanta ${i}`, places: [place('Georgia', 'US', 33, -83), place('Atlanta', 'US', 33.7, -84.4)] });
  const records = [state(1), state(2), makeRecord('ge/1.txt', { headline: 'Tbilisi', places: [place('Georgia', 'GE', 42, 43.5), place('Tbilisi', 'GE', 41.7, 44.8)] })];
  const model = buildSiteModel(buildArchive(records), defaults, new Map(records.map((record) => [record.file, '<p>Text.</p>'])));
  const georgias = model.entityPages.filter((page) => page.kind === 'places' && page.name.startsWith('Georgia')).map((page) => [page.name, page.synthetic, page.permalink]);
  assert.deepEqual(georgias, [['Georgia', false, '/places/georgia/index.html'], ['Georgia (country)', false, '/places/georgia-country/index.html']]);
  const tbilisi = model.entityPages.find((page) => page.name === 'Tbilisi')!;
  assert.equal(tbilisi.country?.href, '/places/georgia-country/');
});

test('"Often seen with" weighs each shared article by the other name\'s rarity, and shows the articles shared', () => {
  // The wire is in every article; Ford shares fewer articles with General Motors but is in few others.
  const records = Array.from({ length: 20 }, (_, i) =>
    makeRecord(`wire/${i}.txt`, {
      headline: `Story ${i}`,
      organizations: [entity('Wire Service'), ...(i < 4 ? [entity('General Motors')] : []), ...(i < 2 ? [entity('Ford Motor Co')] : [])],
    }),
  );
  const bodies = new Map(records.map((record) => [record.file, '<p>Text.</p>']));
  const model = buildSiteModel(buildArchive(records), defaults, bodies);
  const gm = model.entityPages.find((page) => page.name === 'General Motors')!;
  assert.deepEqual(gm.together.map((link) => [link.name, link.count]), [['Ford Motor Co', 2], ['Wire Service', 4]]);
});
