/**
 * A content folder full of the junk real archives hold, written fresh for each
 * test run (a 5 MB article and binary files have no place in the repository).
 * Each fixture says what it is and how the build must treat it.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../temp-dir.js';

export interface Fixture {
  name: string;
  /** `article`: published (perhaps with warnings); `skipped`: reported in the build report, not published. */
  expect: 'article' | 'skipped';
  bytes: Uint8Array | string;
}

const XSS = `<script>alert(1)</script>`;
const ATTR = `"><img src=x onerror=alert(1)>`;

/** 2,000 distinct capitalised names in one article: entity extraction must stay linear. */
function manyNames(): string {
  const syllables = ['Ka', 'Lo', 'Mi', 'Ne', 'Sa', 'Tu', 'Vo', 'Re', 'Di', 'Po'];
  const names: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const a = syllables[i % 10]! + syllables[Math.floor(i / 10) % 10]!.toLowerCase() + 'v';
    const b = syllables[Math.floor(i / 100) % 10]! + syllables[(i * 7) % 10]!.toLowerCase() + 'nski';
    names.push(`${a} ${b}`);
  }
  return `Names in the news\n${names.map((name) => `${name} said on Monday that talks would go on.`).join(' ')}\n`;
}

export const FIXTURES: Fixture[] = [
  { name: 'empty.txt', expect: 'skipped', bytes: '' },
  { name: 'whitespace.txt', expect: 'skipped', bytes: '  \n\t\n   \n' },
  { name: 'binary.txt', expect: 'skipped', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  { name: 'huge.txt', expect: 'article', bytes: `A very long report\n${'The committee met again and discussed the budget in detail. '.repeat(85_000)}\n` },
  { name: 'one-line.txt', expect: 'article', bytes: `One enormous line ${'word '.repeat(40_000)}` },
  { name: 'invalid-utf8.txt', expect: 'article', bytes: Buffer.concat([Buffer.from('Zürich bank report\nPrices in Genève rose '), Buffer.from([0xff, 0xfe, 0xe9]), Buffer.from(' percent.\n')]) },
  { name: 'utf16.txt', expect: 'article', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks resume in Geneva\r\nDiplomats met in Geneva on Tuesday.\r\n', 'utf16le')]) },
  { name: 'cp1252.txt', expect: 'article', bytes: Buffer.concat([Buffer.from('Shares fall in London\nThe index fell to '), Buffer.from([0xa3]), Buffer.from('5bn, a '), Buffer.from([0x93]), Buffer.from('shock'), Buffer.from([0x94]), Buffer.from(' to traders.\n')]) },
  { name: 'bad-yaml.md', expect: 'article', bytes: '---\ntitle: ok\npeople: [unclosed\n---\nThe body of an article whose front matter is broken.\n' },
  { name: 'wrong-types.md', expect: 'article', bytes: '---\ndate: yesterday\npeople: 42\ntitle: Wrong types in front matter\n---\nThe body.\n' },
  { name: 'slug-escape.md', expect: 'article', bytes: '---\ntitle: Escaping slug\nslug: ../../etc/passwd\n---\nA slug that tries to leave the output folder.\n' },
  { name: 'slug-absolute.md', expect: 'article', bytes: '---\ntitle: Absolute slug\nslug: /tmp/evil\n---\nAnother slug that tries to leave.\n' },
  { name: 'same-a.md', expect: 'article', bytes: '---\ntitle: Same headline\ndate: 2020-05-01\n---\nThe first of two.\n' },
  { name: 'same-b.md', expect: 'article', bytes: '---\ntitle: Same headline\ndate: 2020-05-01\n---\nThe second of two.\n' },
  { name: 'xss-headline.txt', expect: 'article', bytes: `${XSS} ${ATTR} </script> headline\nThe body mentions ${XSS} and ${ATTR} and [a link](javascript:alert(1)).\n` },
  { name: 'xss-front-matter.md', expect: 'article', bytes: `---\ntitle: '</script><script>alert(1)</script>'\nsource: '${ATTR}'\nbyline: '<b onmouseover=alert(1)>x</b>'\npeople: ['</script><script>alert(2)</script>']\ntopics: ['<img src=x onerror=alert(3)>']\n---\nBody with <iframe src="javascript:alert(4)"></iframe> and <a href="javascript:alert(5)">a link</a>.\n\n[md link](javascript:alert(6)) ![img](javascript:alert(7))\n` },
  { name: 'impossible-date.md', expect: 'article', bytes: '---\ntitle: February thirtieth\ndate: 2023-02-30\n---\nNo such day.\n' },
  { name: 'year-zero.md', expect: 'article', bytes: '---\ntitle: Year zero\ndate: 0000-01-01\n---\nNo such year.\n' },
  { name: 'text-impossible-date.txt', expect: 'article', bytes: 'Impossible dateline\nLONDON, Feb 30 - Nothing happened on this day.\n' },
  { name: 'many-names.txt', expect: 'article', bytes: manyNames() },
  { name: 'with space and accént.txt', expect: 'article', bytes: 'A file name with spaces\nThe body.\n' },
  { name: 'Русская статья.txt', expect: 'article', bytes: 'Новости из Москвы\nМОСКВА, 10 дек - Текст статьи.\n' },
  { name: '中文/新闻.txt', expect: 'article', bytes: '北京新闻\n这是一篇文章。\n' },
];

/** Write the fixtures into a fresh content folder, plus a symlink loop and an unreadable file. */
export function writeHostileContent(): { dir: string; unreadable: string | null } {
  const dir = tempDir('hostile-');
  for (const fixture of FIXTURES) {
    const path = join(dir, fixture.name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, fixture.bytes);
  }
  mkdirSync(join(dir, 'loop'));
  symlinkSync('..', join(dir, 'loop', 'back'));
  const unreadable = join(dir, 'unreadable.txt');
  writeFileSync(unreadable, 'Secret\nNobody may read this.\n');
  chmodSync(unreadable, 0o000);
  // Root reads everything whatever the mode; the test then cannot expect a skip.
  return { dir, unreadable: process.getuid?.() === 0 ? null : unreadable };
}
