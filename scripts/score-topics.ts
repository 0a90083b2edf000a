/**
 * Topic figures the way ../shared/tools/score.py computes them, without running the whole
 * extraction (until `npm run extract` exists, and for quick checks afterwards):
 *
 *   npx tsx scripts/score-topics.ts CORPUS_DIR GOLD_JSON [--errors N] [--explain]
 *   npx tsx scripts/score-topics.ts --seeds [SEEDS_DIR]
 *
 * Prints topic_acc (topics[0] matches the BBC section), econ_topic_recall (economy among
 * topics[:2] of stories with a Reuters topic code), classifyTopics throughput on one core,
 * and model load time. Headline = line 1, body = the rest (wire datelines and sign-offs
 * removed as the extractor does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultModel } from '../src/extract/topics/classifier.js';
import { classifyTopics, explainTopics } from '../src/extract/topics/index.js';
import type { Topic } from '../src/types.js';
import { loadCorpus, tally, topicHits } from './train-topics.js';

const fmt = (ts: Topic[]): string => ts.map((t) => `${t.parent ? '  ' : ''}${t.name} (${t.iptc ?? '-'}) ${t.score}`).join(' | ');

function main(): void {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const t0 = performance.now();
  defaultModel();
  console.log(`model_load_ms ${(performance.now() - t0).toFixed(1)}`);

  if (args[0] === '--seeds') {
    const dir = args[1] && !args[1].startsWith('--') ? args[1] : path.resolve('..', 'shared', 'seeds');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const nl = text.indexOf('\n');
      const input = { headline: text.slice(0, nl), body: text.slice(nl + 1) };
      console.log(`${f}: ${fmt(classifyTopics(input))}`);
      if (args.includes('--explain')) {
        for (const e of explainTopics(input, 6)) console.log(`   ${e.topic.name}: ${e.evidence.map((v) => `${v.feature}[${v.source}] ${v.weight}`).join(', ')}`);
      }
    }
    return;
  }

  const [dir, gold] = args;
  if (!dir || !gold) throw new Error('usage: score-topics.ts CORPUS_DIR GOLD_JSON [--errors N]');
  const docs = loadCorpus(dir, gold);
  const t1 = performance.now();
  const results = docs.map((d) => classifyTopics(d));
  const secs = (performance.now() - t1) / 1000;
  const t = tally(docs, (_d, i) => results[i] ?? []);
  console.log(`docs ${docs.length}`);
  if (t.bbcTotal) console.log(`topic_acc ${(t.bbcRight / t.bbcTotal).toFixed(4)}`);
  if (t.econTotal) console.log(`econ_topic_recall ${(t.econRight / t.econTotal).toFixed(4)}`);
  const t2 = performance.now();
  for (const d of docs) classifyTopics(d);
  const warm = (performance.now() - t2) / 1000;
  console.log(`articles_per_second ${Math.round(docs.length / secs)} (first pass, cold) ${Math.round(docs.length / warm)} (second pass)`);
  const counts = new Map<string, number>();
  for (const r of results) if (r[0]) counts.set(r[0].name, (counts.get(r[0].name) ?? 0) + 1);
  console.log(`first_topic_counts ${JSON.stringify(Object.fromEntries([...counts].sort((a, b) => b[1] - a[1])))}`);
  const nErr = Number(opt('--errors') ?? 0);
  let shown = 0;
  docs.forEach((d, i) => {
    if (shown >= nErr) return;
    const r = results[i] ?? [];
    const bad = d.category ? !(r[0] && topicHits(r[0], d.category)) : d.econ ? !r.slice(0, 2).some((x) => topicHits(x, 'business')) : false;
    if (!bad) return;
    shown++;
    console.log(`${d.file} [${d.category ?? 'econ'}] ${d.headline} => ${fmt(r)}`);
  });
}

main();
