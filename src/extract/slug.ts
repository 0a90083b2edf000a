// URL-safe ids from headlines: lowercase ASCII words joined by hyphens (the archive makes them unique later).
import anyAscii from 'any-ascii';

/** Longest slug, in characters; cut at a hyphen. */
const SLUG_MAX = 80;

/** A slug of a text: `Kremlin confirms talks` -> `kremlin-confirms-talks`; `article` when nothing is left. */
export function slugify(text: string): string {
  let slug = anyAscii(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > SLUG_MAX) {
    const cut = slug.slice(0, SLUG_MAX + 1);
    const dash = cut.lastIndexOf('-');
    slug = (dash > 20 ? cut.slice(0, dash) : slug.slice(0, SLUG_MAX)).replace(/-+$/, '');
  }
  return slug || 'article';
}
