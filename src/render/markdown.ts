/**
 * Article bodies (Markdown, see ArticleRecord.body) to HTML through unified:
 * remark-parse + remark-gfm -> our mdast safety pass -> remark-rehype -> our hast
 * passes (entity links, scroll wrappers) -> rehype-stringify.
 *
 * Decision on raw HTML and unsafe links, made once here:
 *   - Raw HTML in a body (`<script>`, `<b>`, comments...) is ESCAPED AND SHOWN AS TEXT.
 *     Nothing is lost (a reader sees exactly what the file says) and nothing runs.
 *     The `html` mdast nodes are turned into text before remark-rehype, so no `raw`
 *     node ever reaches the stringifier (which would otherwise drop or emit them).
 *   - Links keep their href only for absolute `http:`, `https:` and `mailto:` targets.
 *     `javascript:`, `data:`, `vbscript:`, relative and fragment targets are neutralised:
 *     the link text stays, the link goes (a relative link in an article file points at
 *     nothing in this site, and would be a broken internal link).
 *   - Images never load (no external requests, the site works offline): an image becomes
 *     a text link "[image: alt]" to its URL when that URL is safe, plain text otherwise.
 *   - Body headings are shifted below the page's h1 and never skip a level.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

/** A thing whose first mention in the text becomes a link to its page. */
export interface LinkTarget {
  /** Final href (path prefix included). */
  href: string;
  /** Surface forms to look for, as written in the text. */
  forms: string[];
}

export interface RenderOptions {
  /** In priority order: a form claimed by an earlier target is not given to a later one. */
  links?: LinkTarget[];
}

/* Minimal unist shapes: enough for the passes below without depending on @types packages. */
interface Node {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

export function isSafeUrl(url: string | undefined | null): boolean {
  // Browsers ignore tabs and newlines inside URLs ("java\nscript:"), so judge the cleaned form.
  return SAFE_URL.test((url ?? '').replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** The mdast safety pass (see the file comment). */
function remarkSafety() {
  return (tree: Node) => {
    fixHeadings(tree);
    sanitise(tree, true);
  };
}

function sanitise(node: Node, block: boolean): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'html') {
      // Raw HTML -> visible text. A block of HTML becomes a paragraph so it is not a bare text node.
      const text: Node = { type: 'text', value: child.value ?? '' };
      children[i] = block && node.type !== 'paragraph' && node.type !== 'heading' && !isPhrasingParent(node)
        ? { type: 'paragraph', children: [text] }
        : text;
      continue;
    }
    if (child.type === 'link') {
      if (!isSafeUrl(child.url)) {
        children.splice(i, 1, ...(child.children ?? []));
        i--;
        continue;
      }
    } else if (child.type === 'image') {
      const label: Node = { type: 'text', value: `[image${child.alt ? `: ${child.alt}` : ''}]` };
      children[i] = isSafeUrl(child.url) ? { type: 'link', url: child.url, children: [label] } : label;
      continue;
    } else if (child.type === 'definition') {
      if (!isSafeUrl(child.url)) child.url = '';
    } else if (child.type === 'linkReference' || child.type === 'imageReference') {
      // Resolved later against definitions; unsafe definitions were emptied above, and an
      // empty definition would still make a link to the page itself, so drop the reference wrapper.
      const def = findDefinition(child);
      if (def !== undefined && !isSafeUrl(def)) {
        children.splice(i, 1, ...(child.type === 'linkReference' ? child.children ?? [] : [{ type: 'text', value: child.alt ?? '' }]));
        i--;
        continue;
      }
    }
    sanitise(child, child.type !== 'paragraph' && child.type !== 'heading' && !isPhrasingParent(child));
  }
}

const PHRASING_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);
function isPhrasingParent(node: Node): boolean {
  return PHRASING_PARENTS.has(node.type);
}

let currentDefinitions = new Map<string, string>();
function findDefinition(node: Node & { identifier?: string }): string | undefined {
  return node.identifier === undefined ? undefined : currentDefinitions.get(node.identifier.toLowerCase());
}

function collectDefinitions(tree: Node): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: Node & { identifier?: string }) => {
    if (node.type === 'definition' && node.identifier !== undefined) found.set(node.identifier.toLowerCase(), node.url ?? '');
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

/** h1 is the headline: body headings start at h2 and never jump more than one level down. */
function fixHeadings(tree: Node): void {
  const headings: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === 'heading') headings.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  const depths = [...new Set(headings.map((h) => h.depth ?? 1))].sort((a, b) => a - b);
  let previous = 1;
  for (const heading of headings) {
    const ranked = 2 + depths.indexOf(heading.depth ?? 1);
    heading.depth = Math.min(ranked, previous + 1, 6);
    previous = heading.depth;
  }
}

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSafety)
  .use(remarkRehype, { footnoteLabel: 'Notes', footnoteBackLabel: 'Back to reference' })
  .freeze();
const stringifier = unified().use(rehypeStringify).freeze();

/** Markdown body to safe HTML, with the first mention of each link target linked. */
export function renderBody(markdown: string, options: RenderOptions = {}): string {
  const hast = plainParagraphs(markdown) ?? markdownToHast(markdown);
  if (options.links?.length) linkFirstMentions(hast, options.links);
  wrapScrollables(hast);
  return stringifier.stringify(hast as never);
}

/** The same, always through remark (the reference the fast path is tested against). */
export function renderBodyWithRemark(markdown: string, options: RenderOptions = {}): string {
  const hast = markdownToHast(markdown);
  if (options.links?.length) linkFirstMentions(hast, options.links);
  wrapScrollables(hast);
  return stringifier.stringify(hast as never);
}

function markdownToHast(markdown: string): Node {
  const mdast = parser.parse(markdown) as unknown as Node;
  currentDefinitions = collectDefinitions(mdast);
  const hast = parser.runSync(mdast as never) as unknown as Node;
  currentDefinitions = new Map();
  return hast;
}

/*
 * Fast path. Most wire copy is nothing but paragraphs of plain prose, and parsing it with
 * remark costs ~1.5 ms an article (15 s for 10,000). When a body provably has no Markdown
 * in it -- no character that starts inline syntax or an entity, no autolink, no line that
 * could open a block -- the hast remark-rehype would make is just <p> elements with the
 * lines as text, so we build that tree directly and run the same hast passes and the same
 * stringifier. tests/render/markdown.test.ts checks with fast-check that both paths give
 * identical HTML for such bodies.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>#|~&@\t\r\0]|:\/\/|www\./i;
const BLOCK_START = /^(?:[-+=>:]|\d{1,9}[.)]|\s)/;

export function plainParagraphs(markdown: string): Node | null {
  if (INLINE_SYNTAX.test(markdown)) return null;
  const children: Node[] = [];
  const trimmed = markdown.replace(/^(?:[ ]*\n)+/, '').replace(/(?:\n[ ]*)+$/, '');
  for (const block of trimmed.split(/\n(?:[ ]*\n)+/)) {
    if (/^[ ]*$/.test(block)) continue;
    const lines = block.split('\n');
    for (const line of lines) {
      if (line === '' || BLOCK_START.test(line) || /\s$/.test(line)) return null;
    }
    if (children.length) children.push({ type: 'text', value: '\n' });
    children.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: lines.join('\n') }] });
  }
  return { type: 'root', children };
}

/* ---------- hast passes ---------- */

const SKIP_TAGS = new Set(['a', 'pre', 'code', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Link the first mention of each target. One regex of every form, longest first, so
 * "Dmitry Peskov" wins over "Peskov" at the same place; word edges are Unicode-aware
 * so "Syria" does not match inside "Syrian". The edges are checked here rather than in
 * the regex: a `\p{L}` lookaround costs V8 half a millisecond to compile, per article.
 */
export function linkFirstMentions(tree: Node, targets: LinkTarget[]): void {
  const byForm = new Map<string, number>();
  targets.forEach((target, index) => {
    for (const form of target.forms) {
      const trimmed = form.trim();
      if (trimmed.length >= 2 && !byForm.has(trimmed)) byForm.set(trimmed, index);
    }
  });
  if (byForm.size === 0) return;
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
  // The form the bounded regex would have matched at `index`: the first in `forms` order that fits between word edges.
  const formAt = (text: string, index: number, first: string): string | undefined => {
    if (isWordBefore(text, index)) return undefined;
    if (!isWordAt(text, index + first.length)) return first;
    return forms.find((form) => form.length < first.length && text.startsWith(form, index) && !isWordAt(text, index + form.length));
  };
  const linked = new Set<number>();
  let remaining = new Set(byForm.values()).size;

  const visit = (node: Node): void => {
    const children = node.children;
    if (!children || remaining === 0) return;
    for (let i = 0; i < children.length && remaining > 0; i++) {
      const child = children[i]!;
      if (child.type === 'element') {
        if (!SKIP_TAGS.has(child.tagName ?? '')) visit(child);
        continue;
      }
      if (child.type !== 'text' || !child.value) continue;
      const text = child.value;
      const pieces: Node[] = [];
      let last = 0;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match && remaining > 0; match = pattern.exec(text)) {
        const form = formAt(text, match.index, match[0]);
        pattern.lastIndex = match.index + (form?.length ?? 1);
        if (form === undefined) continue;
        const target = byForm.get(form)!;
        if (linked.has(target)) continue;
        linked.add(target);
        remaining--;
        if (match.index > last) pieces.push({ type: 'text', value: text.slice(last, match.index) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: targets[target]!.href, className: ['mention'] },
          children: [{ type: 'text', value: form }],
        });
        last = match.index + form.length;
      }
      if (pieces.length === 0) continue;
      if (last < text.length) pieces.push({ type: 'text', value: text.slice(last) });
      children.splice(i, 1, ...pieces);
      i += pieces.length - 1;
    }
  };
  visit(tree);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Whether the character ending just before `index` is a letter, digit or underscore (surrogate pairs read whole). */
function isWordBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether the character starting at `index` is a letter, digit or underscore. */
function isWordAt(text: string, index: number): boolean {
  return index < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Wide tables and preformatted blocks scroll sideways; make those regions reachable by keyboard. */
function wrapScrollables(tree: Node): void {
  const visit = (node: Node) => {
    const children = node.children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type !== 'element') continue;
      if (child.tagName === 'pre') {
        child.properties = { ...child.properties, tabIndex: 0 };
        continue;
      }
      if (child.tagName === 'table') {
        children[i] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0 },
          children: [child],
        };
        continue;
      }
      visit(child);
    }
  };
  visit(tree);
}
