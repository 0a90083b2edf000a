/** Temporary folders for tests, removed when the test process exits: a run leaves nothing behind in the system's temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A hostile fixture the test made unreadable; the system's temp cleaning takes it.
    }
  }
});

/** A new empty folder under the system's temp folder, named `prefix` and random characters. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
