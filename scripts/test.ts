/**
 * `npm test`: every `tests/**\/*.test.ts` through Node's own test runner.
 * Browser tests need Debian's chromium; without it they skip, and this says so up front.
 * The tests make their scratch folders under os.tmpdir(); pointing TMPDIR at one folder of
 * this run lets it delete them all afterwards, whatever a test left behind.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : findTests(path);
      return entry.name.endsWith('.test.ts') ? [path] : [];
    });
}

const only = process.argv.slice(2);
const files = only.length ? only : findTests('tests');
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  process.stderr.write('note: /usr/bin/chromium is missing, so the browser tests will skip (apt-get install chromium)\n');
}
const scratch = mkdtempSync(join(tmpdir(), 'news-archive-tests-'));
// Open to every user like /tmp itself: one test runs a build as an unprivileged user.
chmodSync(scratch, 0o1777);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: scratch },
});
rmSync(scratch, { recursive: true, force: true });
process.exit(result.status ?? 1);
