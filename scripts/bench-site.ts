/**
 * `npx tsx scripts/bench-site.ts [N] [OUT]`: render a synthetic archive of N articles
 * (default 10,000; invented words, realistic entity counts) and print where the time goes.
 * For checking that site rendering stays linear; not part of the test suite.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArchive } from '../src/archive/index.js';
import { renderSite, buildSiteModel, loadSiteOptions } from '../src/site/index.js';
import type { ArticleRecord, Entity, Place, Topic } from '../src/types.js';

const N = Number(process.argv[2] ?? 10_000);
const out = process.argv[3] ?? join(tmpdir(), `bench-site-${process.pid}`);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: T[]) => list[Math.floor(rand() ** 2 * list.length)]!;
const syllables = ['ka', 'lo', 'min', 'dar', 'te', 'vos', 'ri', 'an', 'bel', 'sun', 'or', 'ith', 'mar', 'el', 'gro'];
const word = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(syllables)).join('');
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const names = (n: number, parts: number) => Array.from({ length: n }, (_, i) => Array.from({ length: parts }, () => cap(word())).join(' ') + (i % 7 === 0 ? ` ${i}` : ''));
const people = names(4000, 2);
const places = names(1200, 1);
const orgs = names(1500, 2);
const topics: Topic[] = names(60, 1).map((name, i) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, iptc: `medtop:${i}`, score: 1 }));
const sources = ['Reuters', 'Wire Two', 'Daily Three', 'Coastal Wire', 'Inland Daily'];
const ent = (name: string): Entity => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, forms: [name], count: 1 });

const records: ArticleRecord[] = [];
for (let i = 0; i < N; i++) {
  const ps = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(people)))];
  const pl = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(places)))];
  const og = [...new Set(Array.from({ length: Math.floor(rand() * 5) }, () => pick(orgs)))];
  const paragraphs = Array.from({ length: 8 }, (_, k) =>
    Array.from({ length: 40 }, (_, j) => (j === 5 && ps[k % ps.length] ? ps[k % ps.length] : j === 12 && pl[k % pl.length] ? pl[k % pl.length] : word())).join(' ') + '.',
  );
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86400000).toISOString().slice(0, 10);
  records.push({
    id: `a${i}`, file: `bench/${i}.txt`, headline: `${cap(word())} ${word()} ${word()} ${word()} ${i}`, headlineSource: 'text',
    date: i % 50 === 0 ? null : day, dateSource: i % 50 === 0 ? null : 'dateline', dateline: null, source: pick(sources), byline: [],
    people: ps.map(ent), places: pl.map((name) => ({ ...ent(name), country: 'NO', lat: 60 + rand(), lon: 5 + rand() }) as Place),
    organizations: og.map(ent), topicsSource: 'classifier', topics: [pick(topics), pick(topics)].filter((t, k, a) => a.indexOf(t) === k),
    summary: paragraphs[0]!.slice(0, 200), words: 320, warnings: [], body: paragraphs.join('\n\n'),
  });
}
let t = performance.now();
const archive = buildArchive(records);
console.log(`archive ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const { options } = loadSiteOptions('/nonexistent');
buildSiteModel(archive, options);
console.log(`model ${(performance.now() - t).toFixed(0)} ms`);
rmSync(out, { recursive: true, force: true });
t = performance.now();
await renderSite({ archive, contentDir: '/nonexistent', outputDir: out, report: { articles: N, withWarnings: 0, skipped: [], warnings: [], notes: [] } });
console.log(`renderSite (model + eleventy + files + pagefind) ${(performance.now() - t).toFixed(0)} ms -> ${out}`);
