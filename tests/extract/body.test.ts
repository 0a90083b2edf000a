import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, isTableRow, markdownToPlain, renderBody, segmentBody } from '../../src/extract/body.js';

const lines = (s: string) => s.split('\n');

test('one paragraph a line stays one paragraph a line, curly quotes kept', () => {
  const { blocks, signOff } = segmentBody(lines('First paragraph here.\n“Quoted words,” she said.\nLast one.'), false);
  assert.equal(signOff, null);
  assert.deepEqual(blocks.map((b) => b.text), ['First paragraph here.', '“Quoted words,” she said.', 'Last one.']);
});

test('hard-wrapped wire copy is unwrapped and the Reuter sign-off dropped', () => {
  const text = [
    'The harbour board said it would widen the',
    'northern channel this summer, at a cost of',
    'about four mln dlrs.',
    '',
    'Work starts in June.',
    ' Reuter',
    '',
  ].join('\n');
  const { blocks, signOff } = segmentBody(lines(text), false);
  assert.equal(signOff, 'Reuter');
  assert.deepEqual(blocks.map((b) => b.text), [
    'The harbour board said it would widen the northern channel this summer, at a cost of about four mln dlrs.',
    'Work starts in June.',
  ]);
});

test('a sign-off keeps no transmission trailer: "REUTER...^M" and a filing time "REUTER11:43/VB" are dropped', () => {
  const own = segmentBody(lines('The board met on Monday.\n   \nREUTER...^M\n'), false);
  assert.equal(own.signOff, 'REUTER');
  assert.deepEqual(own.blocks.map((b) => b.text), ['The board met on Monday.']);
  const inline = segmentBody(lines('Rain in the north was nil. REUTER11:43/VB\n'), false);
  assert.equal(inline.signOff, 'REUTER');
  assert.deepEqual(inline.blocks.map((b) => b.text), ['Rain in the north was nil.']);
});

test('a preformatted table inside wire copy is fenced, not reflowed', () => {
  const text = [
    'Output by field was as follows, in',
    'thousand tonnes -',
    ' FIELD        MARCH     FEB',
    ' NORTH        1.20      1.10',
    ' SOUTH        0.80      0.95',
    '',
    'The figures are provisional.',
    ' REUTER',
  ].join('\n');
  const seg = segmentBody(lines(text), false);
  assert.deepEqual(seg.blocks.map((b) => b.kind), ['paragraph', 'table', 'paragraph']);
  const { markdown, paragraphs } = renderBody(seg.blocks);
  assert.match(markdown, /```text\n FIELD {8}MARCH {5}FEB\n NORTH {8}1\.20 {6}1\.10\n SOUTH {8}0\.80 {6}0\.95\n```/);
  assert.equal(paragraphs[0], 'Output by field was as follows, in thousand tonnes -');
  assert.equal(seg.signOff, 'REUTER');
});

test('isTableRow tells aligned columns from prose with a double space', () => {
  assert.ok(isTableRow(' WHEAT    2.55   2.40'));
  assert.ok(isTableRow('Total      14.7      16.0'));
  assert.ok(!isTableRow('It rose.  Then it fell.'));
  assert.ok(!isTableRow('plain words only'));
});

test('one-a-line text rejoins a line broken mid-sentence', () => {
  const { blocks } = segmentBody(lines('The team will play four matches in\nthe north before the series.\nA second line stands alone.'), false);
  assert.deepEqual(blocks.map((b) => b.text), ['The team will play four matches in the north before the series.', 'A second line stands alone.']);
});

test('Markdown bodies are kept as Markdown; the plain paragraphs lose the markup', () => {
  const md = 'Some **bold** text and a [link](https://example.org).\n\n- item one\n- item two\n\n```\ncode  block\n\nstill code\n```';
  const seg = segmentBody(lines(md), true);
  assert.equal(seg.blocks.length, 3);
  const { markdown, paragraphs } = renderBody(seg.blocks);
  assert.equal(markdown, md);
  assert.equal(paragraphs[0], 'Some bold text and a link.');
  assert.equal(paragraphs[1], 'item one item two');
});

test('plain text is escaped so Markdown shows it literally', () => {
  assert.equal(escapeMarkdown('ACME <ACM> rose 5*2'), 'ACME \\<ACM\\> rose 5\\*2');
  assert.equal(escapeMarkdown('1. First'), '1\\. First');
  assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
  assert.equal(markdownToPlain('## Title with `code`'), 'Title with code');
});

test('a sign-off run onto the last sentence is dropped too', () => {
  const { blocks, signOff } = segmentBody(lines('Coins come in half and quarter ounces. REUTER'), false);
  assert.equal(signOff, 'REUTER');
  assert.deepEqual(blocks.map((b) => b.text), ['Coins come in half and quarter ounces.']);
});
