/**
 * `npm run build -- [--content DIR] [--output DIR] [--records FILE] [--strict] [--serve]`
 * Reads every article under the content folder, builds the archive and renders
 * the site into the output folder.
 */
import { parseArgs } from 'node:util';
import { build } from '../build/index.js';
import { fail, parseCommandLine, parseReferenceYear } from './options.js';

const USAGE = `usage: npm run build -- [--content DIR] [--output DIR] [--path-prefix P] [--reference-year YYYY]
                      [--cache DIR | --no-cache] [--records FILE] [--strict] [--quiet] [--serve]
(README.md, "Options of npm run build", says what each does)`;

const { values } = parseCommandLine(() => parseArgs({
  options: {
    help: { type: 'boolean', short: 'h' },
    content: { type: 'string', default: 'content' },
    output: { type: 'string', default: '_site' },
    records: { type: 'string' },
    cache: { type: 'string', default: '.cache' },
    'no-cache': { type: 'boolean', default: false },
    'reference-year': { type: 'string' },
    'path-prefix': { type: 'string' },
    strict: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
}), USAGE);

try {
  const report = await build({
    contentDir: values.content,
    outputDir: values.output,
    recordsFile: values.records,
    cacheDir: values['no-cache'] ? null : values.cache,
    referenceYear: parseReferenceYear(values['reference-year']),
    pathPrefix: values['path-prefix'],
    serve: values.serve,
    log: values.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`),
  });
  if (report.articles === 0) fail(`no usable article under ${values.content}`);
  if (values.strict && (report.skipped.length > 0 || report.withWarnings > 0)) {
    fail(`--strict: ${report.skipped.length} skipped and ${report.withWarnings} with warnings`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
