import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticleBody } from '../../src/render/article-body.js';
import { resolveEntityLinks } from '../../src/render/entity-links.js';
import { renderBody } from '../../src/render/markdown.js';
import { emptyAliasRules, mergeEntities } from '../../src/archive/index.js';
import { entity, makeRecord, place } from '../make-record.js';

const body = 'Kremlin spokesman Dmitry Peskov said Syria was calm. Peskov spoke in Moscow about Syria and <script>x</script>.';

test('placeholders resolve to the same HTML as linking directly', () => {
  const record = makeRecord('a.txt', { body, people: [entity('Dmitry Peskov', ['Dmitry Peskov', 'Peskov'])], places: [place('Syria', 'SY'), place('Moscow', 'RU')] });
  const href = (id: string) => `/x/${id}/`;
  const direct = renderBody(body, {
    links: [
      { href: href('dmitry-peskov'), forms: ['Dmitry Peskov', 'Peskov'] },
      { href: href('syria'), forms: ['Syria'] },
      { href: href('moscow'), forms: ['Moscow'] },
    ],
  });
  const resolved = resolveEntityLinks(renderArticleBody(record), record, (_kind, e) => href(e.id));
  assert.equal(resolved, direct);
  assert.equal((resolved.match(/<a /g) ?? []).length, 3, 'first mentions only');
  assert.ok(!resolved.includes('<script>'), 'raw HTML stays text');
});

test('after merging, two variants in one article link once, to the merged entity', () => {
  const record = makeRecord('a.txt', {
    body: 'Hayat Tahrir al-Sham and Hayat al-Tahrir al-Sham are one group.',
    organizations: [entity('Hayat Tahrir al-Sham'), entity('Hayat al-Tahrir al-Sham')],
  });
  const html = renderArticleBody(record);
  mergeEntities([record], emptyAliasRules());
  const resolved = resolveEntityLinks(html, record, (kind, e) => `/${kind}/${e.id}/`);
  assert.equal((resolved.match(/<a /g) ?? []).length, 1);
  assert.match(resolved, /href="\/organizations\/hayat-(al-)?tahrir-al-sham\/"/);
});

test('an entity without a page keeps its text and loses the link', () => {
  const record = makeRecord('a.txt', { body: 'Peskov spoke.', people: [entity('Peskov')] });
  assert.equal(resolveEntityLinks(renderArticleBody(record), record, () => null), '<p>Peskov spoke.</p>');
});
