// The text's shape: turns body lines (one paragraph a line, hard-wrapped wire copy, or Markdown) into paragraphs and tables, and renders them as Markdown.

/** One unit of the body: a prose paragraph, a preformatted table, or a raw Markdown block. */
export interface Block {
  kind: 'paragraph' | 'table' | 'markdown';
  /** Paragraph text on one line; table rows joined by `\n`; Markdown as written. */
  text: string;
}

export interface SegmentedBody {
  blocks: Block[];
  /** A wire sign-off dropped from the foot (`Reuter`, `REUTER`), as written; null when none. */
  signOff: string | null;
}

export interface RenderedBody {
  /** The body as Markdown: paragraphs escaped, tables fenced. */
  markdown: string;
  /** Plain paragraphs (tables as their rows) for the extractors. */
  paragraphs: string[];
}

// What a wire transmission leaves after a sign-off: dots, a carriage return written out (`^M`), a filing time (`11:43/VB`).
const TRAILER = String.raw`(?:\.{0,3}(?:\^M)?|\d{1,2}:\d{2}\/[A-Z]{1,4})`;
// A trailing wire sign-off or continuation marker line: `Reuter`, ` REUTER...`, `REUTER...^M`, `MORE`.
const SIGN_OFF = new RegExp(String.raw`^(reuters?|more)${TRAILER}$`, 'i');
// The same sign-off after the last sentence on its line (`SAO SIMAO NIL. REUTER11:43/VB`).
const INLINE_SIGN_OFF = new RegExp(String.raw`[.)"'”] +(reuters?)${TRAILER}$`, 'i');
// An aligned column gap: two or more spaces between non-space characters.
const GAP = /\S {2,}\S/;
const GAPS = /\S {2,}(?=\S)/g;
// Wire copy wraps near 65 columns; a line this long or shorter can be a wrapped line.
const WRAP_MAX = 80;
// Words that cannot end a sentence, so a line ending in one continues on the next line.
const CONTINUING = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'than', 'that', 'against', 'into', 'over', 'under', 'its', 'their', 'his', 'her']);

/** Splits body lines into blocks; drops a trailing sign-off. Lines are the text after the headline, byline and dateline lines. */
export function segmentBody(lines: readonly string[], markdown: boolean): SegmentedBody {
  const kept = lines.map((l) => l.trimEnd());
  let signOff: string | null = null;
  for (let end = kept.length - 1; end >= 0; end--) {
    const line = kept[end] ?? '';
    if (line === '') { kept.length = end; continue; }
    const own = SIGN_OFF.exec(line.trim());
    if (!own) {
      // A sign-off run onto the last sentence: `... a tenth of an ounce. REUTER`.
      const inline = INLINE_SIGN_OFF.exec(line.slice(-24));
      if (inline) {
        signOff ??= inline[1] ?? null;
        kept[end] = line.slice(0, line.length - (inline[0].length - 1)).trimEnd();
      }
      break;
    }
    // The sign-off nearest the text names the agency (`REUTER` above `Reuter` keeps the first).
    signOff = own[1]!;
    kept.length = end;
  }
  const groups = splitOnBlankLines(kept);
  const blocks = markdown ? groups.map((g): Block => ({ kind: 'markdown', text: g.join('\n') })) : plainBlocks(groups);
  return { blocks, signOff };
}

// Groups of consecutive non-blank lines; blank lines inside a fenced code block stay inside it.
function splitOnBlankLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line.trim() === '') {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) groups.push(current);
  return groups;
}

// Plain text: wire copy (blank lines between hard-wrapped paragraphs) joins each group; otherwise each line is a paragraph.
function plainBlocks(groups: readonly string[][]): Block[] {
  const wrapped = isBlankLineParagraphed(groups);
  const blocks: Block[] = [];
  for (const group of groups) {
    for (const run of splitTables(group)) {
      if (run.table) blocks.push({ kind: 'table', text: run.lines.join('\n') });
      else for (const p of joinLines(run.lines, wrapped)) blocks.push({ kind: 'paragraph', text: p });
    }
  }
  return blocks;
}

// Wire copy: several blank-line groups, and lines inside multi-line groups are short (hard-wrapped).
function isBlankLineParagraphed(groups: readonly string[][]): boolean {
  if (groups.length < 2) return false;
  let inner = 0;
  let short = 0;
  for (const g of groups) {
    for (let i = 0; i < g.length - 1; i++) {
      inner++;
      if ((g[i] ?? '').length <= WRAP_MAX) short++;
    }
  }
  return inner === 0 || short / inner >= 0.8;
}

/** Whether a line is a row of a preformatted table: columns aligned with runs of spaces. */
export function isTableRow(line: string): boolean {
  if (!GAP.test(line)) return false;
  const gaps = line.match(GAPS)?.length ?? 0;
  const indented = /^\s/.test(line);
  // Prose has at most a double space after a full stop; tables have wide or repeated gaps.
  return gaps >= 2 || indented || /\S {3,}\S/.test(line);
}

// Runs of table rows (two or more in a row) versus prose lines, in order.
function splitTables(lines: readonly string[]): { table: boolean; lines: string[] }[] {
  const runs: { table: boolean; lines: string[] }[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && isTableRow(lines[j] ?? '')) j++;
    if (j - i >= 2) {
      runs.push({ table: true, lines: lines.slice(i, j) });
      i = j;
      continue;
    }
    const start = i;
    i = Math.max(j, i + 1);
    // Extend the prose run up to the next table of two or more rows.
    while (i < lines.length && !(isTableRow(lines[i] ?? '') && isTableRow(lines[i + 1] ?? ''))) i++;
    const last = runs[runs.length - 1];
    if (last && !last.table) last.lines.push(...lines.slice(start, i));
    else runs.push({ table: false, lines: lines.slice(start, i) });
  }
  return runs;
}

// Prose lines to paragraphs: a wire group is one paragraph; one-a-line text rejoins only lines that plainly continue.
function joinLines(lines: readonly string[], wrapped: boolean): string[] {
  const clean: string[] = [];
  for (const l of lines) {
    const t = collapseSpaces(l.trim());
    if (t !== '') clean.push(t);
  }
  if (wrapped) return clean.length ? [joinWrapped(clean)] : [];
  const out: string[] = [];
  for (const line of clean) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continues(prev, line)) out[out.length - 1] = joinPair(prev, line);
    else out.push(line);
  }
  return out;
}

// Whitespace other than a lone space: a tab, a no-break space, or a space before more whitespace.
const NOT_LONE_SPACE = /[^\S ]| \s/;

/** Runs of whitespace as one space; most lines have none to collapse and are returned as they are. */
function collapseSpaces(text: string): string {
  return NOT_LONE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function joinWrapped(lines: readonly string[]): string {
  let text = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) text = joinPair(text, lines[i] ?? '');
  return text;
}

// A word broken at a hyphen across lines keeps the hyphen (wire copy hyphenates compounds, not syllables).
function joinPair(a: string, b: string): string {
  return a.endsWith('-') && !a.endsWith(' -') ? a + b : `${a} ${b}`;
}

// In one-a-line text, a line continues on the next when it stops mid-sentence and the next starts in lower case.
function continues(prev: string, next: string): boolean {
  if (/[.!?:;"”’)]$/.test(prev)) return false;
  if (/^[a-z]/.test(next)) return true;
  const lastWord = prev.slice(prev.lastIndexOf(' ') + 1).toLowerCase();
  return CONTINUING.has(lastWord);
}

/** Renders blocks as Markdown (escaped prose, fenced tables) and as plain paragraphs. */
export function renderBody(blocks: readonly Block[]): RenderedBody {
  const md: string[] = [];
  const paragraphs: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      md.push('```text\n' + b.text.replace(/```/g, "'''") + '\n```');
      paragraphs.push(b.text);
    } else if (b.kind === 'markdown') {
      md.push(b.text);
      const plain = markdownToPlain(b.text);
      if (plain) paragraphs.push(plain);
    } else if (b.text) {
      md.push(escapeMarkdown(b.text));
      paragraphs.push(b.text);
    }
  }
  return { markdown: md.join('\n\n'), paragraphs };
}

// The characters the inline escapes below act on; most paragraphs have none.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&]/;

/** Escapes plain text so Markdown shows it literally (`<SRD>`, `*`, a leading `1.` or `#`). */
export function escapeMarkdown(text: string): string {
  let s = MARKDOWN_SPECIAL.test(text) ? text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '&amp;') : text;
  // Line-start syntax: headings, quotes, list markers, thematic breaks.
  s = s.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
  return s;
}

/** Plain text of a Markdown block for the extractors: markers, links and HTML removed. */
export function markdownToPlain(text: string): string {
  if (/^\s*(```|~~~)/.test(text)) return text.replace(/^\s*(```|~~~).*$/gm, '').trim();
  return text
    .replace(/!\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
    .replace(/<[^<>\n]{1,200}>/g, '')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`\n]{1,500}?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}
