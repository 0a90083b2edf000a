/** Readable ASCII slugs for ids and URLs, whatever script a name is written in. */
import anyAscii from 'any-ascii';

const MAX_LENGTH = 80;

export function slugify(text: string, fallback = 'untitled'): string {
  const ascii = anyAscii(text.normalize('NFC')).toLowerCase();
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_LENGTH) {
    const cut = slug.lastIndexOf('-', MAX_LENGTH);
    slug = slug.slice(0, cut > 20 ? cut : MAX_LENGTH).replace(/-+$/, '');
  }
  return slug || fallback;
}
