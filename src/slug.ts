/** Readable ASCII slugs for ids and URLs, whatever script a name is written in. */
import anyAscii from 'any-ascii';

/** Longest slug, in characters; cut at a hyphen. */
const MAX_LENGTH = 80;

/** `Kremlin confirms talks` -> `kremlin-confirms-talks`; `Editor's pick & more` -> `editors-pick-and-more`; `fallback` when nothing is left. */
export function slugify(text: string, fallback = 'untitled'): string {
  let slug = anyAscii(text.normalize('NFC'))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_LENGTH) {
    const cut = slug.lastIndexOf('-', MAX_LENGTH);
    slug = slug.slice(0, cut > 20 ? cut : MAX_LENGTH).replace(/-+$/, '');
  }
  return slug || fallback;
}
