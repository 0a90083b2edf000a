// Scores and times extractEntities on a corpus without the full CLI: splits each file the way the
// extract CLI does (headline, byline, dateline, unwrapped body), writes JSONL records, runs score.py on them.
//   tsx scripts/score-entities.ts CORPUS_DIR [GOLD_JSON] [--out records.jsonl] [--limit N] [--repeat N]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractEntities, loadLexicon, loadModel } from '../src/extract/entities/index.js';

interface Parsed {
  headline: string;
  byline: string[];
  dateline?: string;
  body: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/** A rough stand-in for the CLI's reader: enough to feed extractEntities realistic input. */
export function parseArticle(raw: string): Parsed {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  const headline = (lines.shift() ?? '').trim();
  let rest = lines.join('\n').trim();
  const byline: string[] = [];
  const by = /^by\s+([^,\n]+)(?:,[^\n]*)?\n/i.exec(rest);
  if (by && by[1]) {
    byline.push(by[1].trim());
    rest = rest.slice(by[0].length).trim();
  }
  const tailBy = /\n\s*By\s+(\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3})\s*$/u.exec(rest);
  if (tailBy && tailBy[1]) {
    byline.push(tailBy[1].trim());
    rest = rest.slice(0, tailBy.index).trim();
  }
  let dateline: string | undefined;
  const iso = /^([A-Z][A-Za-z .,'-]+?)\s+\d{4}-\d{2}-\d{2}\s*\n/.exec(rest);
  const wire = new RegExp(`^([A-Z][A-Za-z .,'-]+?),?\\s+(?:\\(([^)]*)\\)\\s*)?${MONTH}\\s+\\d{1,2}\\s*(?:\\(([^)]*)\\))?\\s*[-–—:]\\s*`).exec(rest);
  if (iso && iso[1]) {
    dateline = iso[1].trim();
    rest = rest.slice(iso[0].length);
  } else if (wire && wire[1]) {
    dateline = wire[1].trim();
    rest = rest.slice(wire[0].length);
  }
  rest = rest.replace(/\n\s*Reuter\s*$/, '');
  // Wire copy is hard-wrapped: join the lines of a paragraph when paragraphs are blank-line separated.
  const paras = rest.split(/\n\s*\n/);
  const wrapped = paras.length > 1 && paras.some((p) => p.split('\n').length > 2);
  const body = wrapped ? paras.map((p) => p.split('\n').map((l) => l.trim()).join(' ')).join('\n\n') : rest;
  return { headline, byline, dateline, body };
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (k: string): string | undefined => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')));
  const dir = positional[0];
  if (!dir) throw new Error('usage: score-entities.ts CORPUS_DIR [GOLD_JSON]');
  const gold = positional[1];
  const out = opt('--out') ?? '/tmp/entities-records.jsonl';
  const limit = Number(opt('--limit') ?? Infinity);
  const repeat = Number(opt('--repeat') ?? 1);
  const t0 = performance.now();
  loadModel();
  loadLexicon();
  const loadMs = performance.now() - t0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort().slice(0, limit);
  const docs = files.map((f) => ({ file: f, ...parseArticle(readFileSync(join(dir, f), 'utf8')) }));
  const records: string[] = [];
  let bytes = 0;
  let ms = 0;
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < repeat; r++) {
    const s = performance.now();
    for (const d of docs) {
      const ents = extractEntities(d.body, { headline: d.headline, exclude: d.byline, dateline: d.dateline });
      if (r === 0) {
        bytes += d.body.length;
        records.push(JSON.stringify({ file: basename(d.file), byline: d.byline, ...ents }));
      }
    }
    ms += performance.now() - s;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  writeFileSync(out, records.join('\n') + '\n');
  const n = docs.length * repeat;
  console.log(`model+gazetteer load ${loadMs.toFixed(0)} ms; ${n} articles (avg ${(bytes / docs.length / 1000).toFixed(1)} KB) in ${(ms / 1000).toFixed(2)} s = ${((n * 1000) / ms).toFixed(0)} articles/s wall, ${((n * 1000) / cpuMs).toFixed(0)} articles/s of process CPU time`);
  if (gold) {
    const score = new URL('../../shared/tools/score.py', import.meta.url).pathname;
    const res = execFileSync('python3', [score, dir, gold, '--records', out], { encoding: 'utf8' });
    console.log(res.split('\n').filter((l) => /_(p|r|f1|recall)\s/.test(l)).join('\n'));
  }
}

main();
