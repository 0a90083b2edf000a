import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanMention, clusterMentions, initials, normName, type Mention } from '../../src/extract/entities/consistency.js';
import { loadLexicon } from '../../src/extract/entities/gazetteer.js';
import type { EntityType } from '../../src/extract/entities/tagger.js';

const m = (type: EntityType, text: string, extra: Partial<Mention> = {}): Mention => ({
  type,
  tokens: text.split(' '),
  text,
  caps: false,
  before: '',
  after: [],
  ...extra,
});

test('titles are stripped from names and mark a person', () => {
  const c = cleanMention(m('ORG', 'President Bashar al-Assad'));
  assert.equal(c?.text, 'Bashar al-Assad');
  assert.equal(c?.type, 'PER');
  const after = cleanMention(m('LOC', 'Smith', { before: 'Mr.' }));
  assert.equal(after?.type, 'PER');
  assert.equal(cleanMention(m('PER', 'the')), null);
  assert.equal(cleanMention(m('PER', 'Tory Liam Fox'))?.text, 'Liam Fox', 'a party before a full name');
  assert.equal(cleanMention(m('PER', 'Liberal Democrat'))?.text, 'Liberal Democrat', 'a party alone is left to the votes');
  assert.equal(cleanMention(m('PER', 'Chrysler Chairman Lee Iacocca'))?.text, 'Lee Iacocca', 'a title inside the span');
  assert.equal(cleanMention(m('PER', 'Martin Luther King'))?.text, 'Martin Luther King', 'a title word at the end is part of the name');
});

test('an article at the end is no part of a name, and initials alone name no one ("S and P. The issue")', () => {
  assert.equal(cleanMention(m('PER', 'P. The')), null);
  assert.equal(cleanMention(m('PER', 'Jon Smith The'))?.text, 'Jon Smith');
  assert.equal(cleanMention(m('PER', 'J.P. Morgan'))?.text, 'J.P. Morgan');
});

test('a company form at the end makes an organisation', () => {
  assert.equal(cleanMention(m('PER', 'Salomon Bros.'))?.type, 'ORG');
});

test("a word that ends or begins organizations' names and no one's makes an organisation", () => {
  for (const name of ['Google News', 'Xbox Live', 'Jupiter Research', 'Tyson Foods', 'Societe Generale', 'Banco Santander']) assert.equal(cleanMention(m('PER', name))?.type, 'ORG', name);
  for (const name of ['Gordon Brown', 'Mike Newsome', 'Olive Research-Smith', 'Bianca Jagger']) assert.equal(cleanMention(m('PER', name))?.type, 'PER', name);
});

test('a well-known organization is not a person, nor the small town that shares its name', () => {
  for (const name of ['Sony', 'Vodafone', 'Procter & Gamble', 'Sony Ericsson']) assert.equal(cleanMention(m('PER', name))?.type, 'ORG', name);
  assert.equal(cleanMention(m('LOC', 'Nokia'))?.type, 'ORG', 'a Finnish town of 30,000');
  // A one-word name that is also a first name may be a person; a title makes one.
  assert.equal(cleanMention(m('PER', 'Ford'))?.type, 'PER');
  assert.equal(cleanMention(m('ORG', 'Sony', { before: 'Mr' }))?.type, 'PER');
  // Written as a place, it is the place.
  assert.equal(cleanMention(m('LOC', 'Avon', { after: [',', 'Massachusetts'] }))?.type, 'LOC');
  assert.equal(cleanMention(m('LOC', 'Nokia', { before: 'in' }))?.type, 'LOC');
  assert.equal(cleanMention(m('LOC', 'Hitachi', { after: [',', 'Toshiba'] }))?.type, 'ORG', 'a list of companies');
});

test('a plural verb or a club\'s role after a one-word name makes it a club or company ("Chelsea have won", "Chelsea boss")', () => {
  for (const after of [['have', 'won'], ['boss', 'Jose'], ['chairman']]) {
    const c = cleanMention(m('PER', 'Chelsea', { after }));
    assert.equal(c?.type, 'ORG', after[0]);
    assert.equal(c?.typedBy, 'context', 'the article\'s own evidence');
  }
  assert.equal(cleanMention(m('PER', 'Brown', { before: 'and', after: ['have'] }))?.type, 'PER', '"Blair and Brown have": a plural subject');
  assert.equal(cleanMention(m('PER', 'Sophos', { before: 'firm' }))?.type, 'ORG', '"security firm Sophos"');
  assert.equal(cleanMention(m('PER', 'Carl Vinson', { before: 'carrier' }))?.type, 'PER', 'an aircraft carrier is not a firm');
  assert.equal(cleanMention(m('PER', 'Governor Mervyn King', { before: 'bank' }))?.type, 'PER', 'the word before the name is the title');
  assert.equal(cleanMention(m('PER', 'Gordon Brown', { after: ['have'] }))?.type, 'PER', 'one word only');
  assert.deepEqual(clusterMentions([m('PER', 'Muslims', { after: ['are'] })], loadLexicon()), [], 'a people word stays none');
});

test('a "person" written as a work or an award is none ("the film Vera Drake", "Closer star Clive Owen", "Brit Awards")', () => {
  assert.equal(cleanMention(m('PER', 'Vera Drake', { before: 'film' })), null);
  assert.equal(cleanMention(m('PER', 'Closer', { after: ['star', 'Clive'] })), null);
  assert.equal(cleanMention(m('PER', 'Brit Awards')), null, 'an award');
  assert.equal(cleanMention(m('PER', 'Oscar', { before: 'an', after: ['for', 'best'] })), null, '"nominated for an Oscar for best actor"');
  assert.equal(cleanMention(m('ORG', 'Oscars', { before: 'the' })), null, 'an award is no organization either');
  assert.equal(cleanMention(m('PER', 'Oscar-winning', { before: '' })), null);
  assert.equal(cleanMention(m('PER', 'Oscar', { before: 'coach', after: ['told'] }))?.type, 'PER', 'a man called Oscar');
  assert.equal(cleanMention(m('PER', 'Oscar Wilde'))?.type, 'PER');
  assert.equal(cleanMention(m('PER', 'Gaston Gaudio', { before: 'play' }))?.type, 'PER', '"will now play Gaston Gaudio"');
  assert.equal(cleanMention(m('PER', 'Kidman', { before: 'and', after: ['star', 'in'] }))?.type, 'PER', '"Cruise and Kidman star in"');
});

test("wire copy's brackets and tickers are no part of a name", () => {
  assert.equal(cleanMention(m('PER', '< Goldman'))?.text, 'Goldman');
  assert.equal(cleanMention(m('ORG', 'BAC > Bank of America'))?.text, 'Bank of America');
  assert.equal(cleanMention(m('ORG', 'Dresser Industries < DI'))?.text, 'Dresser Industries');
  assert.equal(cleanMention(m('ORG', 'London-based < Mastertronic Ltd'))?.text, 'Mastertronic Ltd');
  assert.equal(cleanMention(m('ORG', 'CCI', { before: '<', after: ['>', ','] })), null, '"Citicorp <CCI>": a ticker alone');
  assert.equal(cleanMention(m('ORG', 'BRKN.S', { before: '<', after: ['>'] })), null);
  assert.equal(cleanMention(m('ORG', 'Cantrex', { before: '<', after: ['>'] }))?.text, 'Cantrex', 'a name in brackets stays');
  assert.equal(cleanMention(m('ORG', 'CCI', { before: 'the', after: ['said'] }))?.text, 'CCI');
});

test('a part of a law or a document is no name ("Chapter 11", "Article III")', () => {
  assert.equal(cleanMention(m('PER', 'Chapter', { after: ['11', 'bankruptcy'] })), null);
  assert.equal(cleanMention(m('ORG', 'Article', { after: ['III'] })), null);
  assert.equal(cleanMention(m('PER', 'Chapter', { after: ['said'] }))?.text, 'Chapter', 'a name without a number after it stays');
});

test('number words alone are not names ("Nine months" in a results table), within a name they stay', () => {
  assert.equal(cleanMention(m('PER', 'Nine')), null);
  assert.equal(cleanMention(m('ORG', 'Twenty One')), null);
  assert.equal(cleanMention(m('ORG', 'First Boston'))?.text, 'First Boston');
  assert.equal(cleanMention(m('ORG', 'III')), null, 'Reserves I, II and III');
  assert.equal(cleanMention(m('PER', 'John Paul II'))?.text, 'John Paul II');
  assert.equal(cleanMention(m('ORG', 'MCI'))?.text, 'MCI', 'only the small numerals of ordinals');
});

test('a company form alone or an amount in a wire headline is not a name', () => {
  assert.equal(cleanMention(m('ORG', 'Ltd')), null);
  assert.equal(cleanMention(m('PER', 'N.Z. Dlrs')), null);
  assert.equal(cleanMention(m('ORG', 'Salomon Brothers Inc'))?.text, 'Salomon Brothers Inc');
});

test('initials of organisation names, particles included or not', () => {
  assert.ok(initials(['Hayat', 'Tahrir', 'al-Sham']).includes('hts'));
  assert.ok(initials(['Hayat', 'al-Tahrir', 'al-Sham']).includes('hts'));
  assert.ok(initials(['North', 'Atlantic', 'Treaty', 'Organisation']).includes('nato'));
});

test('a later surname joins the full name, and a parenthesised acronym joins its organisation', () => {
  const clusters = clusterMentions(
    [
      m('PER', 'Dmitry Peskov'),
      m('PER', 'Peskov'),
      m('ORG', 'Peskov'),
      m('ORG', 'Hayat al-Tahrir al-Sham', { after: ['(', 'HTS', ')'] }),
      m('ORG', 'HTS'),
      m('LOC', 'Syria'),
    ],
    loadLexicon(),
  );
  const peskov = clusters.find((c) => c.type === 'PER')!;
  assert.deepEqual(peskov.mentions.map((x) => x.text).sort(), ['Dmitry Peskov', 'Peskov', 'Peskov']);
  const hts = clusters.filter((c) => c.type === 'ORG');
  assert.equal(hts.length, 1);
  assert.deepEqual(hts[0]!.mentions.map((x) => x.text).sort(), ['HTS', 'Hayat al-Tahrir al-Sham']);
  assert.equal(clusters.filter((c) => c.type === 'LOC').length, 1);
});

test("an acronym joins the organisation it spells, read with or without its legal form", () => {
  const clusters = clusterMentions([m('ORG', 'General Motors Corp'), m('ORG', 'GM'), m('ORG', 'Global Marine Inc'), m('ORG', 'GMI')], loadLexicon());
  const texts = clusters.map((c) => c.mentions.map((x) => x.text).sort());
  assert.deepEqual(texts, [['GM', 'General Motors Corp'], ['GMI', 'Global Marine Inc']]);
});

test('a surname of two words joins the full name it ends ("Bra Kanon", "De Clercq")', () => {
  const clusters = clusterMentions([m('PER', 'Denis Bra Kanon'), m('PER', 'Bra Kanon'), m('PER', 'Willy De Clercq'), m('PER', 'De Clercq'), m('ORG', 'Kanon Group')], loadLexicon());
  const texts = clusters.map((c) => c.mentions.map((x) => x.text).sort());
  assert.deepEqual(texts, [['Bra Kanon', 'Denis Bra Kanon'], ['De Clercq', 'Willy De Clercq'], ['Kanon Group']]);
});

test('the majority of a name\'s tags fixes its type; headline capitals weigh less', () => {
  const clusters = clusterMentions(
    [m('ORG', 'LEICESTERSHIRE', { caps: true }), m('LOC', 'LEICESTERSHIRE', { caps: true }), m('ORG', 'Leicestershire'), m('ORG', 'Leicestershire'), m('LOC', 'Leicestershire')],
    loadLexicon(),
  );
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0]!.type, 'ORG');
  assert.equal(normName("Russia's"), 'russia');
});

test('a time zone after a clock time is not a name', () => {
  assert.equal(cleanMention(m('ORG', 'EST', { before: 'hrs' })), null);
  assert.equal(cleanMention(m('LOC', 'GMT')), null);
  assert.equal(cleanMention(m('ORG', 'AST Research'))?.text, 'AST Research');
});

test('a country the tagger read as an organization is the country ("the US says")', () => {
  assert.equal(cleanMention(m('ORG', 'US'))?.type, 'LOC');
  assert.equal(cleanMention(m('ORG', 'US Treasury'))?.type, 'ORG');
});

test('a holiday is not a name, an island named for one is', () => {
  assert.equal(cleanMention(m('PER', 'Merry Christmas')), null);
  assert.equal(cleanMention(m('PER', 'Easter')), null);
  assert.equal(cleanMention(m('LOC', 'Christmas Island'))?.text, 'Christmas Island');
});

test('a party member is not a person', () => {
  assert.equal(cleanMention(m('PER', 'Tory')), null);
  assert.equal(cleanMention(m('PER', 'Democrats')), null);
  assert.equal(cleanMention(m('ORG', 'Conservatives'))?.type, 'ORG', 'the party itself stays');
});

test('an acronym of a common noun is not a name on its own', () => {
  assert.equal(cleanMention(m('ORG', 'PC')), null);
  assert.equal(cleanMention(m('ORG', 'MPs')), null);
  for (const acronym of ['ID', 'TV', 'IPO', 'AGM']) assert.equal(cleanMention(m('ORG', acronym)), null, acronym);
  assert.equal(cleanMention(m('ORG', 'PC World'))?.text, 'PC World');
});
