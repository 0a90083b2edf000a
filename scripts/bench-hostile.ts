/**
 * `npm run bench:hostile`: how long each hostile fixture takes to read and extract
 * (one core, after a warm-up), the figure the linear-time promise is judged by.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractOne } from '../src/build/index.js';
import { FIXTURES, writeHostileContent } from '../tests/hostile/fixtures.js';

const { dir } = writeHostileContent();
extractOne(Buffer.from('Warm up\nMOSCOW, Dec 10 - Dmitry Peskov said on Monday.'), 'warm-up.txt', {});
console.log(`${FIXTURES.length} hostile fixtures in ${dir}`);
for (const fixture of FIXTURES) {
  const path = join(dir, fixture.name);
  const bytes = readFileSync(path);
  const runs = bytes.length > 100_000 ? 3 : 20;
  const started = performance.now();
  let outcome = '';
  for (let i = 0; i < runs; i++) {
    const result = extractOne(bytes, fixture.name, {});
    outcome = result.ok ? `article, ${result.record.warnings.length} warnings` : `skipped: ${result.reason}`;
  }
  const ms = (performance.now() - started) / runs;
  console.log(`${fixture.name.padEnd(28)} ${String(statSync(path).size).padStart(9)} bytes  ${ms.toFixed(1).padStart(8)} ms  ${outcome}`);
}
