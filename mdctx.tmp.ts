import { readFileSync, readdirSync } from 'node:fs';
import { firstMonthDay } from './src/extract/clues.js';
const dir = '../shared/corpora/bbc-dev/';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(dir + f, 'utf8').split('\n').slice(1).join('\n');
  const md = firstMonthDay(text);
  if (!md) continue;
  const re = new RegExp(`(\\b\\d{1,2}\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b)`);
  const m = re.exec(text);
  if (!m) continue;
  console.log(f, '|', text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 25).replace(/\s+/g, ' '));
}
