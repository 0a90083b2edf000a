/**
 * The Atom feeds (RFC 4287): one for the site and one per topic and entity, written
 * straight from TypeScript with the helpers of @11ty/eleventy-plugin-rss
 * (https://www.11ty.dev/docs/plugins/rss/) rather than as Eleventy pages. A feed is a
 * fixed XML shape filled with values from the model, so a template bought nothing but
 * Eleventy's per-page cost on 20,000-odd files.
 *
 * Text is escaped the way Nunjucks' autoescape did it when the feeds were templates
 * (`& < > " ' \`), so the XML is byte for byte what it was; characters XML 1.0 cannot
 * carry (C0 controls other than tab, CR, LF) are dropped, so every feed parses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { FeedPage, SiteData } from './model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };

function x(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&"'<>\\]/g, (ch) => ESCAPES[ch]!);
}

const rfc3339 = (value: string) => dateToRfc3339(new Date(value));

/** One feed as XML text. */
export function feedXml(feed: FeedPage, site: Pick<SiteData, 'lang' | 'title'>): string {
  let out =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(site.lang)}">\n` +
    `  <title>${x(feed.title)}</title>\n` +
    `  <subtitle>${x(feed.subtitle)}</subtitle>\n` +
    `  <link href="${x(feed.self)}" rel="self" type="application/atom+xml"/>\n` +
    `  <link href="${x(feed.alternate)}" rel="alternate" type="text/html"/>\n` +
    `  <id>${x(feed.id)}</id>\n` +
    `  <updated>${rfc3339(feed.updated)}</updated>\n` +
    `  <author><name>${x(site.title)}</name></author>\n`;
  for (const entry of feed.entries) {
    out +=
      '  <entry>\n' +
      `    <title>${x(entry.title)}</title>\n` +
      `    <link href="${x(entry.url)}" rel="alternate" type="text/html"/>\n` +
      `    <id>${x(entry.url)}</id>\n` +
      `    <updated>${rfc3339(entry.updated)}</updated>\n`;
    for (const name of entry.authors) out += `    <author><name>${x(name)}</name></author>\n`;
    for (const term of entry.categories) out += `    <category term="${x(term)}"/>\n`;
    out += `    <summary>${x(entry.summary)}</summary>\n  </entry>\n`;
  }
  return `${out}</feed>\n`;
}

/** Write `feeds` under `outputDir` (each at its `permalink`), creating each folder once. */
export function writeFeeds(feeds: readonly FeedPage[], site: Pick<SiteData, 'lang' | 'title'>, outputDir: string): void {
  const made = new Set<string>();
  for (const feed of feeds) {
    const file = join(outputDir, feed.permalink);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, feedXml(feed, site));
  }
}
