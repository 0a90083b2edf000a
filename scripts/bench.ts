/**
 * `npm run bench [-- --sizes 1000,10000,50000] [--skip-baselines]`
 *
 * Builds ../shared/corpora/reuters-dev with this project (cold with an empty
 * cache, then warm after editing one article), and in the same run the
 * baselines a user would otherwise pick: plain Eleventy 3 rendering the same
 * articles as Markdown pages with a layout (no NLP), and Hugo when installed.
 * Prints wall times, peak memory and the ratios. Every run writes to a fresh
 * folder: deleting 100k+ files slows file creation on this disk for a minute.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const CORPUS = resolve('../shared/corpora/reuters-dev');
const ROOT = process.cwd();

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '' },
    'skip-baselines': { type: 'boolean', default: false },
    corpus: { type: 'string', default: CORPUS },
  },
});

interface Run {
  seconds: number;
  peakMiB: number;
}

/** Run a command under GNU time: wall seconds and the peak resident memory of its largest process. */
function timed(command: string, args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = result.stderr.trim().split('\n');
  if (result.status !== 0) {
    process.stderr.write(lines.slice(-20).join('\n') + '\n');
    throw new Error(`${command} ${args.join(' ')} failed with exit ${result.status}`);
  }
  const [seconds, kib] = lines[lines.length - 1]!.split(' ').map(Number);
  return { seconds: seconds!, peakMiB: Math.round(kib! / 1024) };
}

function ours(content: string, output: string, cache: string): Run {
  return timed(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/cli/build.ts', '--content', content, '--output', output, '--cache', cache, '--quiet']);
}

/** The same articles as Markdown with a layout, as a plain Eleventy or Hugo user would set them up. */
function writeMarkdownSite(corpus: string, dir: string, flavour: 'eleventy' | 'hugo'): void {
  const contentDir = flavour === 'eleventy' ? join(dir, 'articles') : join(dir, 'content', 'articles');
  mkdirSync(contentDir, { recursive: true });
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(corpus, name), 'utf8');
    const [title = name, ...rest] = text.split('\n');
    const front = flavour === 'eleventy' ? `layout: article.njk\ntitle: ${JSON.stringify(title.trim())}` : `title: ${JSON.stringify(title.trim())}`;
    writeFileSync(join(contentDir, name.replace(/\.txt$/, '.md')), `---\n${front}\n---\n${rest.join('\n')}\n`);
  }
  const layout = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${flavour === 'eleventy' ? '{{ title }}' : '{{ .Title }}'}</title></head><body><main><h1>${flavour === 'eleventy' ? '{{ title }}' : '{{ .Title }}'}</h1>${body}</main></body></html>\n`;
  if (flavour === 'eleventy') {
    mkdirSync(join(dir, '_includes'), { recursive: true });
    writeFileSync(join(dir, '_includes', 'article.njk'), layout('{{ content | safe }}'));
  } else {
    mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
    writeFileSync(join(dir, 'layouts', '_default', 'single.html'), layout('{{ .Content }}'));
    writeFileSync(join(dir, 'layouts', '_default', 'list.html'), layout(''));
    writeFileSync(join(dir, 'config.toml'), 'baseURL = "https://example.org/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term"]\n');
  }
}

/** Copy of the corpus, grown to `size` articles by re-dating and re-using files, for the scale curve. */
function synthesise(corpus: string, dir: string, size: number): void {
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort();
  for (let i = 0; i < size; i++) {
    const name = names[i % names.length]!;
    const round = Math.floor(i / names.length);
    let text = readFileSync(join(corpus, name), 'utf8');
    // Each round moves the copies to another year, so URLs and dates stay distinct.
    if (round > 0) text = `---\ndate: ${1987 + round}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}\n---\n${text}`;
    writeFileSync(join(dir, round > 0 ? `r${round}-${name}` : name), text);
  }
}

function waitUntilGone(dir: string, prefix: string): void {
  const deadline = Date.now() + 600_000;
  while (readdirSync(dir).some((name) => name.startsWith(prefix)) && Date.now() < deadline) spawnSync('sleep', ['1']);
}

function line(text: string, log: string): void {
  process.stdout.write(`${text}\n`);
  appendFileSync(log, `${text}\n`);
}

function main(): void {
  const corpus = resolve(values.corpus);
  if (!existsSync(corpus)) {
    process.stdout.write(`skipped: ${corpus} is missing (the bench reads ../shared/corpora/reuters-dev)\n`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'news-bench-'));
  const log = join(work, 'bench.txt');
  const count = readdirSync(corpus).filter((n) => n.endsWith('.txt')).length;
  line(`bench: ${count} articles from ${corpus}; work folder ${work}; ${new Date().toISOString()}`, log);

  // Ours, cold: an empty cache and a fresh output folder. The content is a copy so one file can be edited.
  const content = join(work, 'content');
  cpSync(corpus, content, { recursive: true });
  const cold = ours(content, join(work, 'site-cold'), join(work, 'cache'));
  line(`ours cold:  ${cold.seconds.toFixed(1)} s, peak ${cold.peakMiB} MiB`, log);

  const edited = join(content, readdirSync(content).filter((n) => n.endsWith('.txt')).sort()[0]!);
  appendFileSync(edited, '\nA correction was appended to this article.\n');
  const warm = ours(content, join(work, 'site-cold'), join(work, 'cache'));
  line(`ours warm (one article edited): ${warm.seconds.toFixed(1)} s, peak ${warm.peakMiB} MiB, ${(warm.seconds / cold.seconds).toFixed(3)} of cold`, log);
  // Should the warm build have swapped a new site in, the old one is being removed in the background: let that finish first.
  waitUntilGone(work, 'site-cold.old-');

  if (!values['skip-baselines']) {
    const eleventyDir = join(work, 'eleventy');
    writeMarkdownSite(corpus, eleventyDir, 'eleventy');
    const eleventyCli = join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
    const eleventy = timed(process.execPath, [eleventyCli, '--quiet', '--input=.', '--output=_site'], eleventyDir);
    line(`plain Eleventy 3 (Markdown + layout, no NLP): ${eleventy.seconds.toFixed(1)} s, peak ${eleventy.peakMiB} MiB`, log);
    line(`ratio ours cold / plain Eleventy: ${(cold.seconds / eleventy.seconds).toFixed(2)}`, log);

    if (existsSync('/usr/bin/hugo')) {
      const hugoDir = join(work, 'hugo');
      writeMarkdownSite(corpus, hugoDir, 'hugo');
      const hugo = timed('/usr/bin/hugo', ['--quiet', '--source', hugoDir, '--destination', join(hugoDir, 'public')]);
      line(`Hugo: ${hugo.seconds.toFixed(1)} s, peak ${hugo.peakMiB} MiB`, log);
      line(`ratio ours cold / Hugo: ${(cold.seconds / hugo.seconds).toFixed(2)}`, log);
    } else {
      line('Hugo: not installed (apt-get install hugo), ratio not measured', log);
    }
  }

  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [];
  for (const size of sizes) {
    const dir = join(work, `synth-${size}`);
    synthesise(corpus, dir, size);
    const run = ours(dir, join(work, `site-${size}`), join(work, `cache-${size}`));
    line(`scale ${size} articles: ${run.seconds.toFixed(1)} s, peak ${run.peakMiB} MiB, ${((run.seconds / size) * 1000).toFixed(2)} ms/article`, log);
  }
  line(`log: ${log}`, log);
}

main();
