// Editors' rules (content/_topics.yml): parsing, validation and application.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Topic } from '../../src/types.js';
import { applyTopicRules, parseTopicRules } from '../../src/extract/topics/index.js';
import { TopicRulesError } from '../../src/extract/topics/rules.js';

const POLITICS: Topic = { id: 'politics', name: 'politics', iptc: 'medtop:11000000', score: 0.7 };
const ECONOMY: Topic = { id: 'economy-business-and-finance', name: 'economy, business and finance', iptc: 'medtop:04000000', score: 0.2 };
const HUMAN: Topic = { id: 'human-interest', name: 'human interest', iptc: 'medtop:08000000', score: 0.1 };
const ELECTION: Topic = { id: 'election', name: 'election', iptc: 'medtop:20000574', score: 0.7, parent: 'politics' };
const TOPICS = [POLITICS, ECONOMY, HUMAN, ELECTION];

const RULES = `
topics:
  - name: Brexit
    parent: politics
    keywords: [brexit, article 50, withdrawal agreement]
  - name: Local news
    id: local
    keywords: town council
    min: 1
    score: 0.9
rename:
  economy-business-and-finance: business
hide: [human-interest]
`;

test('parses the documented format', () => {
  const rules = parseTopicRules(RULES);
  assert.deepEqual(
    rules.topics.map((t) => [t.id, t.name, t.parent, t.iptc, t.min, t.score]),
    [
      ['brexit', 'Brexit', 'politics', null, 2, undefined],
      ['local', 'Local news', undefined, null, 1, 0.9],
    ],
  );
  assert.deepEqual(rules.rename, { 'economy-business-and-finance': 'business' });
  assert.deepEqual(rules.hide, ['human-interest']);
  assert.deepEqual(parseTopicRules(''), { topics: [], rename: {}, hide: [] });
});

test('rejects malformed files with a message naming the problem', () => {
  const bad: Array<[string, RegExp]> = [
    ['topics: [{name: X}]', /keywords/],
    ['topics: [{name: Politics, keywords: [a]}]', /built-in/],
    ['topics: [{name: X, parent: nowhere, keywords: [a]}]', /parent "nowhere"/],
    ['topics: [{name: X, keywords: [a], iptc: "11000000"}]', /medtop/],
    ['topics: [{name: X, keywords: [a], min: 0}]', /min/],
    ['rename: {nope: x}', /not a built-in topic id/],
    ['hide: [nope]', /not a topic id/],
    ['colour: red', /unknown key/],
    ['topics: [unclosed', /not valid YAML/],
  ];
  for (const [yaml, message] of bad) assert.throws(() => parseTopicRules(yaml), (e: unknown) => e instanceof TopicRulesError && message.test(e.message), yaml);
});

test('adds a custom second-level topic when its keywords occur often enough', () => {
  const rules = parseTopicRules(RULES);
  const once = applyTopicRules(TOPICS, 'MPs debated Brexit.', rules);
  assert.ok(!once.some((t) => t.id === 'brexit'), 'one mention is below min: 2');
  const twice = applyTopicRules(TOPICS, 'MPs debated Brexit and Article  50 again. BREXIT!', rules);
  const brexit = twice.find((t) => t.id === 'brexit');
  assert.deepEqual(brexit, { id: 'brexit', name: 'Brexit', iptc: null, score: 0.8, parent: 'politics' });
  // Custom children come after the built-in children of the same parent.
  assert.deepEqual(twice.map((t) => t.id), ['politics', 'economy-business-and-finance', 'election', 'brexit']);
  assert.ok(!applyTopicRules(TOPICS, 'brexiteers', rules).some((t) => t.id === 'brexit'), 'whole words only');
});

test('renames and hides built-in topics; hiding a parent hides its children', () => {
  const rules = parseTopicRules(RULES);
  const out = applyTopicRules(TOPICS, '', rules);
  assert.deepEqual(out.map((t) => [t.id, t.name]), [
    ['politics', 'politics'],
    ['economy-business-and-finance', 'business'],
    ['election', 'election'],
  ]);
  assert.equal(out[1]?.iptc, 'medtop:04000000', 'the code stays');
  const hidePolitics = parseTopicRules('hide: [politics]');
  assert.deepEqual(applyTopicRules(TOPICS, '', hidePolitics).map((t) => t.id), ['economy-business-and-finance', 'human-interest']);
  assert.equal(TOPICS[1]?.name, 'economy, business and finance', 'the input is not changed');
});

test('a matched custom top-level topic is ranked by its score and keeps at most 3 top-level topics', () => {
  const rules = parseTopicRules('topics:\n  - {name: Local news, id: local, keywords: [town council], min: 1, score: 0.9}\n');
  const out = applyTopicRules(TOPICS, 'The town council met.', rules);
  assert.deepEqual(out.map((t) => t.id), ['local', 'politics', 'economy-business-and-finance', 'election']);
  assert.equal(out[0]?.iptc, null);
});
