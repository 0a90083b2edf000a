/**
 * `npx tsx scripts/bench-site.ts [N] [OUT]`: render a synthetic archive of N articles
 * (default 10,000; invented words, realistic entity counts) and print where the time goes.
 * For checking that site rendering stays linear; not part of the test suite.
 *
 * `npx tsx scripts/bench-site.ts --content DIR [--cache DIR] [--runs K] [OUT]`: the same for a
 * real corpus, records taken from a (warm) extraction cache, so only the archive and the site
 * are timed; with --runs, the site is rendered K times into fresh folders.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArchive, loadEditorRules } from '../src/archive/index.js';
import { articleBodies, renderSite, buildSiteModel, loadSiteOptions } from '../src/site/index.js';
import type { ArticleRecord, Entity, Place, Topic } from '../src/types.js';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string' }, cache: { type: 'string', default: '.cache' }, runs: { type: 'string', default: '1' }, snapshot: { type: 'string' }, workers: { type: 'string' }, batch: { type: 'string' } },
});
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const phases = (timings: Record<string, number>) => Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
let peakRss = 0;
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100).unref();

if (flags.content) {
  const contentDir = flags.content;
  let t = performance.now();
  // --snapshot FILE: records and bodies saved on the first run and read back after, so that
  // extractor changes (which invalidate the cache) do not cost a full extraction per benchmark.
  let extracted: { records: ArticleRecord[]; bodies: Map<string, string> };
  if (flags.snapshot && existsSync(flags.snapshot)) {
    const saved = JSON.parse(readFileSync(flags.snapshot, 'utf8')) as { records: ArticleRecord[]; bodies: [string, string][] };
    extracted = { records: saved.records, bodies: new Map(saved.bodies) };
  } else {
    const { extractPaths } = await import('../src/build/index.js');
    extracted = await extractPaths([contentDir], { cacheDir: flags.cache });
    if (flags.snapshot) writeFileSync(flags.snapshot, JSON.stringify({ records: extracted.records, bodies: [...extracted.bodies] }));
  }
  const { records, bodies } = extracted;
  console.log(`records ${records.length} ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const archive = buildArchive(records, loadEditorRules(contentDir));
  console.log(`archive ${(performance.now() - t).toFixed(0)} ms`);
  for (let run = 0; run < Number(flags.runs); run++) {
    const out = positionals[0] ? `${positionals[0]}${run ? `-${run}` : ''}` : join(tmpdir(), `bench-site-${process.pid}-${run}`);
    rmSync(out, { recursive: true, force: true });
    const timings: Record<string, number> = {};
    peakRss = process.memoryUsage.rss();
    const cpu0 = process.cpuUsage();
    t = performance.now();
    const workers = flags.workers ? Number(flags.workers) : undefined;
    const batchPages = flags.batch ? Number(flags.batch) : undefined;
    await renderSite({ archive, bodies, contentDir, outputDir: out, timings, workers, batchPages, report: { articles: records.length, withWarnings: 0, skipped: [], warnings: [], notes: [] } });
    const cpu = process.cpuUsage(cpu0);
    console.log(`renderSite ${(performance.now() - t).toFixed(0)} ms (${phases(timings)}; peak RSS ${mb(peakRss)}; CPU ${(cpu.user / 1e6).toFixed(1)} s user + ${(cpu.system / 1e6).toFixed(1)} s sys, all threads, Pagefind not included) -> ${out}`);
  }
  process.exit(0);
}

const N = Number(positionals[0] ?? 10_000);
const out = positionals[1] ?? join(tmpdir(), `bench-site-${process.pid}`);
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
const bodies = await articleBodies(archive.articles);
t = performance.now();
const { options } = loadSiteOptions('/nonexistent');
buildSiteModel(archive, options, bodies);
console.log(`model ${(performance.now() - t).toFixed(0)} ms`);
rmSync(out, { recursive: true, force: true });
t = performance.now();
const timings: Record<string, number> = {};
await renderSite({ archive, bodies, contentDir: '/nonexistent', outputDir: out, timings, report: { articles: N, withWarnings: 0, skipped: [], warnings: [], notes: [] } });
console.log(`renderSite ${(performance.now() - t).toFixed(0)} ms (${phases(timings)}; peak RSS ${mb(peakRss)}) -> ${out}`);
