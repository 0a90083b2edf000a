/**
 * `npm run extract -- PATH... [--shard K/N] [--reference-year YYYY] [--cache DIR] [--workers N]`
 * Prints one JSON record per article on stdout (NDJSON) and nothing else;
 * warnings and skipped files go to stderr.
 */
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { buildArchive, loadEditorRules, noEditorRules } from '../archive/index.js';
// Not ../build/index.js, which loads Eleventy: start-up counts in the throughput of this command.
import { extractPaths } from '../build/extract-all.js';
import { parseCommandLine, parseReferenceYear, parseShard, reportSkipped, writeLines } from './options.js';

const USAGE = 'usage: npm run extract -- PATH... [--shard K/N] [--workers N] [--cache DIR] [--reference-year YYYY] [--no-archive]';

const { values, positionals } = parseCommandLine(() => parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', short: 'h' },
    shard: { type: 'string' },
    'reference-year': { type: 'string' },
    cache: { type: 'string' },
    workers: { type: 'string' },
    'no-archive': { type: 'boolean', default: false },
  },
}), USAGE);

if (positionals.length === 0) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const shard = parseShard(values.shard);
const { records, skipped } = await extractPaths(positionals, {
  shard,
  referenceYear: parseReferenceYear(values['reference-year']),
  cacheDir: values.cache,
  workers: values.workers === undefined ? undefined : Math.max(1, Number(values.workers) || 1),
  bodies: false,
});
// A shard is only part of the collection: leave the archive-wide steps (dates, ids, merging) to the build.
if (!shard && !values['no-archive']) {
  // One content folder may carry the editor's `_aliases.yml` and `_topics.yml`, as in a build.
  const folder = positionals.length === 1 && statSync(positionals[0]!, { throwIfNoEntry: false })?.isDirectory();
  buildArchive(records, folder ? loadEditorRules(positionals[0]!) : noEditorRules());
}
reportSkipped(skipped);
for (const record of records) for (const warning of record.warnings) process.stderr.write(`warning: ${record.file}: ${warning}\n`);
await writeLines(records.map((record) => JSON.stringify(record)));
