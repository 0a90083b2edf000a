/**
 * `npm run bench:extract [-- --corpus DIR] [--rounds N]`
 *
 * Times the whole per-article extraction (`extractArticle`: head, body, dates, source, summary,
 * entities, topics) in-process on one core over ../shared/corpora/bbc-dev (1,112 BBC stories):
 * the import and model-load times, a cold first pass, then warm passes (the best and the median,
 * wall and CPU time: the machine may be shared), the per-stage split (entities, topics, the rest,
 * from a sampled CPU profile of one more pass) and the peak resident memory.
 * Files are read before timing starts: this measures extraction, not the disk. Last, the whole
 * `npm run extract` command on one core (`--workers 1`), start-up and output included.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SourceFile } from '../src/types.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: fileURLToPath(new URL('../../shared/corpora/bbc-dev', import.meta.url)) },
    rounds: { type: 'string', default: '5' },
  },
});
const corpus = resolve(values.corpus);
const rounds = Math.max(1, Number(values.rounds) || 5);

if (!existsSync(corpus)) {
  console.log(`bench:extract: skipped, no corpus at ${relative(process.cwd(), corpus) || corpus} (../shared is not here)`);
  process.exit(0);
}

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// Import times: the modules alone (models load lazily, on the first article).
let t0 = performance.now();
const { readArticleFile, isArticleName } = await import('../src/read/index.js');
const readImportMs = performance.now() - t0;
t0 = performance.now();
const { extractArticle } = await import('../src/extract/index.js');
const importMs = performance.now() - t0;
const entities = await import('../src/extract/entities/index.js');

const sources: SourceFile[] = [];
for (const name of readdirSync(corpus).sort()) {
  if (!isArticleName(name)) continue;
  const read = readArticleFile(join(corpus, name), name);
  if (read.ok) sources.push(read.source);
}
if (!sources.length) {
  console.log(`bench:extract: skipped, no articles in ${corpus}`);
  process.exit(0);
}
const kb = sources.reduce((n, s) => n + s.text.length, 0) / sources.length / 1000;

// Model loads: the tagger's model and lexicon, then whatever else the first article loads (topics).
t0 = performance.now();
entities.loadModel();
entities.loadLexicon();
const nerLoadMs = performance.now() - t0;
t0 = performance.now();
extractArticle(sources[0]!);
const firstMs = performance.now() - t0;

interface Pass {
  wall: number;
  cpu: number;
}
function pass(): Pass {
  const w = performance.now();
  const c = cpuMs();
  for (const s of sources) extractArticle(s);
  return { wall: (performance.now() - w) / sources.length, cpu: (cpuMs() - c) / sources.length };
}

const cold = pass();
const warm: Pass[] = [];
for (let r = 0; r < rounds; r++) warm.push(pass());
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const wall = sorted(warm.map((p) => p.wall));
const cpu = sorted(warm.map((p) => p.cpu));
const median = (xs: number[]): number => xs[xs.length >> 1]!;

// Per-stage split: inclusive samples under extractEntities and classifyTopics in a profiled pass.
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');
pass();
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const stage = stageSplit(profile);

const rate = (msPerArticle: number): string => `${Math.round(1000 / msPerArticle)} articles/s`;
const ms = (x: number): string => `${x.toFixed(3)} ms`;
const mib = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;
console.log(`bench:extract — extractArticle over ${relative(process.cwd(), corpus) || corpus}: ${sources.length} articles, ${kb.toFixed(1)} KB average, one core, in-process`);
console.log(`import src/extract/index.ts ${importMs.toFixed(0)} ms (src/read ${readImportMs.toFixed(0)} ms); entity model + lexicon load ${nerLoadMs.toFixed(0)} ms; first article (loads the rest) ${firstMs.toFixed(0)} ms`);
console.log(`cold pass:  ${rate(cold.wall)} (${ms(cold.wall)}/article wall, ${ms(cold.cpu)} CPU)`);
console.log(`warm, ${rounds} passes: best ${rate(wall[0]!)} (${ms(wall[0]!)}/article), median ${rate(median(wall))} (${ms(median(wall))}/article) wall; CPU time best ${rate(cpu[0]!)}, median ${rate(median(cpu))} (${ms(median(cpu))}/article)`);
if (stage.total > 0) {
  const per = (n: number): string => `${((100 * n) / stage.total).toFixed(0)}% ≈ ${ms((median(cpu) * n) / stage.total)}`;
  console.log(`stages (profiled pass, share of extractArticle; ms from the median CPU time): entities ${per(stage.entities)}, topics ${per(stage.topics)}, rest ${per(stage.total - stage.entities - stage.topics)}`);
}
console.log(`peak memory (maxRSS) ${mib(process.resourceUsage().maxRSS)}`);

// The whole command as a user runs it, on one core: npm and Node start-up, reading, extraction,
// the archive-wide steps and the JSON on stdout (thrown away). Best of two runs: the machine is shared.
const runs = [0, 1].map(() => wholeCommand());
const best = runs.sort((a, b) => a.seconds - b.seconds)[0]!;
console.log(
  `whole \`npm run extract -- --workers 1\`: ${best.seconds.toFixed(2)} s wall for ${sources.length} articles = ${Math.round(sources.length / best.seconds)} articles/s` +
    (best.peakKiB ? `, ${best.cpuSeconds.toFixed(2)} s CPU, peak memory ${mib(best.peakKiB)}` : ''),
);

/** One run of the extract command under GNU time when it is there (CPU and peak memory), else wall time only. */
function wholeCommand(): { seconds: number; cpuSeconds: number; peakKiB: number } {
  const args = ['run', '--silent', 'extract', '--', '--workers', '1', corpus];
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', 'npm', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 })
    : spawnSync('npm', args, { stdio: ['ignore', 'ignore', 'ignore'] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`npm run extract failed with exit ${result.status}`);
  if (!gnuTime) return { seconds, cpuSeconds: 0, peakKiB: 0 };
  const [user, system, kib] = String(result.stderr).trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds, cpuSeconds: user! + system!, peakKiB: kib! };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Samples under extractArticle, and under extractEntities / classifyTopics within it. */
function stageSplit(p: { nodes: ProfileNode[]; samples?: number[] }): { total: number; entities: number; topics: number } {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map<number, ProfileNode>();
  for (const n of p.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n);
  }
  const is = (n: ProfileNode, name: string, dir: string): boolean => n.callFrame.functionName === name && n.callFrame.url.includes(dir);
  let total = 0;
  let ents = 0;
  let topics = 0;
  for (const id of p.samples ?? []) {
    let inArticle = false;
    let inEntities = false;
    let inTopics = false;
    for (let n = byId.get(id); n; n = parent.get(n.id)) {
      if (is(n, 'extractArticle', '/extract/')) inArticle = true;
      else if (is(n, 'extractEntities', '/extract/entities/')) inEntities = true;
      else if (is(n, 'classifyTopics', '/extract/topics/')) inTopics = true;
    }
    if (!inArticle) continue;
    total++;
    if (inEntities) ents++;
    else if (inTopics) topics++;
  }
  return { total, entities: ents, topics };
}
