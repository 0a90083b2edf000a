import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSafeUrl, plainParagraphs, renderBody, renderBodyWithRemark } from '../../src/render/markdown.js';

const peskov = { href: '/people/dmitry-peskov/', forms: ['Dmitry Peskov', 'Peskov'] };
const syria = { href: '/places/syria/', forms: ['Syria'] };

test('paragraphs and preformatted tables survive', () => {
  const html = renderBody('First paragraph.\n\nSecond one.\n\n```\nCol A   Col B\n1       2\n```\n');
  assert.match(html, /<p>First paragraph\.<\/p>/);
  assert.match(html, /<p>Second one\.<\/p>/);
  assert.match(html, /<pre tabindex="0"><code>Col A {3}Col B\n1 {7}2\n<\/code><\/pre>/);
});

test('GFM tables render in a keyboard-scrollable wrapper', () => {
  const html = renderBody('| a | b |\n| --- | --- |\n| 1 | 2 |');
  assert.match(html, /<div class="table-scroll" tabindex="0"><table>/);
});

test('raw HTML is shown as text, never emitted', () => {
  const html = renderBody('Hello <script>alert(1)</script> <b onclick="x">bold</b>\n\n<div>block</div>\n\n<!-- comment -->');
  assert.doesNotMatch(html, /<script|<b |<div>|<!--/);
  assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
  assert.match(html, /<p>&#x3C;div>block&#x3C;\/div><\/p>/);
});

test('javascript:, data: and relative link targets are neutralised; text is kept', () => {
  const html = renderBody(
    '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) [d](/local) [e](https://ok.example/) [f][r]\n\n[r]: javascript:evil',
  );
  assert.doesNotMatch(html, /javascript:|data:|href="\/local"/i);
  assert.match(html, /<a href="https:\/\/ok\.example\/">e<\/a>/);
  for (const text of ['a', 'b', 'c', 'd', 'f']) assert.match(html, new RegExp(`\\b${text}\\b`));
  assert.equal(isSafeUrl('java\nscript:alert(1)'), false);
  assert.equal(isSafeUrl('mailto:desk@example.org'), true);
});

test('images never load: they become a text link', () => {
  const html = renderBody('![the harbour](https://example.org/h.png) ![bad](javascript:x)');
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /<a href="https:\/\/example\.org\/h\.png">\[image: the harbour\]<\/a>/);
  assert.match(html, /\[image: bad\]/);
});

test('body headings sit below the page h1 and never skip a level', () => {
  const html = renderBody('# One\n\n#### Two\n\n## Three');
  assert.match(html, /<h2>One<\/h2>/);
  assert.match(html, /<h3>Two<\/h3>/);
  assert.match(html, /<h3>Three<\/h3>/);
});

test('the first mention of each entity is linked, once, longest form first', () => {
  const html = renderBody('Kremlin spokesman Dmitry Peskov said. Peskov added that Syria, not Syrian bases, mattered. Syria again.', {
    links: [peskov, syria],
  });
  assert.equal(html.match(/href="\/people\/dmitry-peskov\/"/g)?.length, 1);
  assert.match(html, /<a href="\/people\/dmitry-peskov\/" class="mention">Dmitry Peskov<\/a> said\. Peskov added/);
  assert.equal(html.match(/href="\/places\/syria\/"/g)?.length, 1);
  assert.match(html, /that <a href="\/places\/syria\/" class="mention">Syria<\/a>, not Syrian/);
});

test('mentions are not linked inside existing links, code or headings', () => {
  const html = renderBody('# Peskov speaks\n\n`Peskov` and [Peskov](https://example.org/) and then Peskov.', { links: [peskov] });
  assert.match(html, /<h2>Peskov speaks<\/h2>/);
  assert.match(html, /<code>Peskov<\/code>/);
  assert.match(html, /and then <a href="\/people\/dmitry-peskov\/" class="mention">Peskov<\/a>\./);
  assert.doesNotMatch(html, /<a [^>]*>[^<]*<a /);
});

test('link targets with markup characters are escaped in the href', () => {
  const html = renderBody('Meet O"Brien today.', { links: [{ href: '/people/o"brien/?a=1&b=<2>', forms: ['O"Brien'] }] });
  assert.match(html, /href="\/people\/o&#x22;brien\/\?a=1&#x26;b=<2>"/);
});

test('non-Latin forms are matched on Unicode word edges', () => {
  const html = renderBody('Владимир Путин встретился. Путинизм нет.', { links: [{ href: '/people/vladimir-putin/', forms: ['Владимир Путин', 'Путин'] }] });
  assert.match(html, /<a href="\/people\/vladimir-putin\/" class="mention">Владимир Путин<\/a>/);
  assert.equal(html.match(/<a /g)?.length, 1);
});

test('the plain-prose fast path gives exactly what remark gives', () => {
  const alphabet = 'abc XYZ.,;:\'"()-+=!?$%/1234567890\n\n\n  éЖ\u00a0\u3000—…'.split('');
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((chars) => chars.join(''));
  let fastCases = 0;
  fc.assert(
    fc.property(text, (body) => {
      if (!plainParagraphs(body)) return true;
      fastCases++;
      const links = [{ href: '/x/', forms: ['abc', 'XYZ'] }];
      return renderBody(body, { links }) === renderBodyWithRemark(body, { links });
    }),
    { numRuns: 6000 },
  );
  assert.ok(fastCases > 500, `the fast path was taken ${fastCases} times`);
  // Wire copy as the extractors hand it over takes the fast path.
  assert.ok(plainParagraphs('MOSCOW, Dec 10 (Alliance News): The Kremlin said.\n\n“It is early,” Peskov said.'));
});

test('whatever the input, no script, handler or javascript: URL comes out', () => {
  const piece = fc.constantFrom('<script>x</script>', '<img src=x onerror=y>', '[l](javascript:z)', '<a href="javascript:q">', '`c`', '**b**', '\n\n', '# h', 'text ', '> q', '| a |\n|---|', '![i](data:x)', '&lt;', '<!-- c -->');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const html = renderBody(pieces.join(''), { links: [peskov] });
      return !/<script|<img|<a [^>]*href="(?:javascript|data):|<[a-z][^>]*\son\w+=/i.test(html);
    }),
    { numRuns: 500 },
  );
});
