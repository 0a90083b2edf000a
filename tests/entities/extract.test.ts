import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities, slugify, titleCase } from '../../src/extract/entities/index.js';

// A short article written for this test (not corpus text).
const BODY = [
  'Foreign Minister Sergey Lavrov met Turkish officials in Ankara on Tuesday, the Russian Foreign Ministry said.',
  '',
  'Lavrov told reporters that the fighters of Hayat Tahrir al-Sham (HTS) had left Latakia. President Vladimir Putin was briefed, Kremlin spokesman Dmitry Peskov said.',
  '',
  'Peskov added that Putin would visit Syria. HTS did not comment.',
  '',
  'By Jane Example',
].join('\n');

test('people: full names with later surnames merged, titles stripped, byline excluded', () => {
  const r = extractEntities(BODY, { headline: 'LAVROV MEETS OFFICIALS IN ANKARA', exclude: ['Jane Example'] });
  const people = new Map(r.people.map((p) => [p.name, p]));
  assert.deepEqual([...people.keys()].sort(), ['Dmitry Peskov', 'Sergey Lavrov', 'Vladimir Putin']);
  const lavrov = people.get('Sergey Lavrov')!;
  assert.equal(lavrov.id, 'sergey-lavrov');
  assert.ok(lavrov.forms.includes('Lavrov'));
  assert.ok(lavrov.count >= 3, 'headline, full name and surname mentions');
  assert.ok(people.get('Dmitry Peskov')!.forms.includes('Peskov'));
});

test('places resolve to countries and coordinates; demonyms are not places', () => {
  const r = extractEntities(BODY, { dateline: 'MOSCOW' });
  const places = new Map(r.places.map((p) => [p.id, p]));
  assert.equal(places.get('latakia')?.country, 'SY');
  assert.equal(places.get('ankara')?.country, 'TR');
  assert.equal(places.get('syria')?.country, 'SY');
  assert.equal(places.get('moscow')?.country, 'RU');
  assert.ok(places.get('moscow')!.lat !== null);
  assert.ok(!places.has('russian') && !places.has('turkish'));
});

test('organizations: an acronym in parentheses is the same organization', () => {
  const r = extractEntities(BODY);
  const hts = r.organizations.find((o) => o.forms.includes('HTS'));
  assert.ok(hts, JSON.stringify(r.organizations));
  assert.equal(hts.name, 'Hayat Tahrir al-Sham');
  assert.ok(hts.count >= 3);
  assert.ok(!r.people.some((p) => /Kremlin|HTS/.test(p.name)));
});

test('a company whose name holds "and" is one organization, also where the article repeats it without its legal form', () => {
  const body =
    'Standard and Poor\'s Corp said it cut the rating of Harbour Freight Inc. Standard and Poor\'s cited weak earnings. ' +
    'Butcher and Singer Inc agreed, while Ford and Chrysler Corp raised prices. Sales in Italy and Hercules Inc rose.';
  const r = extractEntities(body);
  const orgs = r.organizations.map((o) => o.name);
  const sp = r.organizations.find((o) => o.name === "Standard and Poor's Corp");
  assert.equal(sp?.count, 2, orgs.join(', '));
  assert.ok(orgs.includes('Butcher and Singer Inc'), orgs.join(', '));
  // A company or a country before "and" is a name of its own.
  for (const name of ['Ford', 'Chrysler Corp', 'Hercules Inc']) assert.ok(orgs.includes(name), `${name} in ${orgs.join(', ')}`);
  assert.deepEqual(r.places.map((p) => p.name), ['Italy']);
  assert.deepEqual(r.people, [], 'neither Standard, Poor nor Butcher is a person');
});

test('an organization keeps a first word the tagger left out, and two names run together over a verb are two', () => {
  const r = extractEntities(
    'Torchmark Corp is raising 200 mln dlrs, said lead manager First Boston Corp. Analysts said General Electric Co would gain. ' +
      'The analyst at Swiss National Bank said Walt Disney Co rose, and Fairchild Semiconductor Corp was bought by Fujitsu Ltd on Monday.',
  );
  // Surface forms: "Swiss National Bank" is named "National Bank" with its country (institutions.ts).
  const orgs = r.organizations.flatMap((o) => o.forms);
  for (const name of ['First Boston Corp', 'General Electric Co', 'Swiss National Bank', 'Walt Disney Co', 'Fairchild Semiconductor Corp', 'Fujitsu Ltd']) {
    assert.ok(orgs.some((o) => o.replace(/\.$/, '') === name), `${name} in ${orgs.join(' | ')}`);
  }
  // At a sentence's start only a title or an ordinal before a name with a legal form is taken.
  const opening = extractEntities('NEW YORK, March 3 - General Electric Co said it would buy the unit. First Boston Corp was its adviser. Chairman Jack Welch said so.');
  assert.deepEqual(opening.organizations.map((o) => o.name).sort(), ['First Boston Corp', 'General Electric Co']);
  // A head the tagger left out, or took for another kind of name, before "of", "on" or "for"; not a post.
  const headed = extractEntities('GENEVA, March 3 - Members of the General Agreement on Tariffs and Trade agreed today. He spoke to the Secretary of State for Economic Affairs.');
  assert.deepEqual(headed.organizations.map((o) => o.name).sort(), ['Economic Affairs', 'General Agreement on Tariffs and Trade']);
  // A label before a name in a table row is not part of it; nor is a title.
  const table = extractEntities('IPO FILING\nCompany Name Homegate Hospitality Inc\nLead Underwriter Bear Stearns & Co Inc\n').organizations.map((o) => o.name);
  assert.ok(!table.some((o) => /^(?:Name|Underwriter) /.test(o)), table.join(' | '));
  const titled = extractEntities('The talks were led by Assistant U.S. Trade Representative Alan Holmer.').organizations.map((o) => o.name);
  assert.ok(!titled.some((o) => o.startsWith('Assistant')), titled.join(' | '));
});

test('a partnership named "A, B and Co" is one organization, and its first name repeated is the firm', () => {
  const r = extractEntities(
    'Analysts at Smith Barney, Harris Upham and Co Inc and Kidder, Peabody and Co were cautious. Smith Barney said it would buy. ' +
      'The issue was led by Goldman, Sachs and Co, with Lead Underwriter Bear Stearns & Co Inc.',
  );
  const orgs = r.organizations.map((o) => o.name);
  for (const name of ['Smith Barney, Harris Upham and Co Inc', 'Kidder, Peabody and Co', 'Smith Barney', 'Goldman, Sachs and Co', 'Bear Stearns & Co Inc.']) {
    assert.ok(orgs.includes(name), `${name} in ${orgs.join(' | ')}`);
  }
  assert.deepEqual(r.people, []);
  assert.deepEqual(r.places, []);
});

test('"X and Y\'s" with nothing after the possessive names a company; a lone "Company" names nothing', () => {
  const index = extractEntities("Futures on the Standard and Poor's 500 index rose.");
  assert.deepEqual([...index.organizations.map((o) => o.name), ...index.people.map((p) => p.name)], ['Standard and Poor'], 'an index named after the company');
  const r = extractEntities("The notes were rated AAA by Moody's and Standard and Poor's. Note: Company is a unit of Bayer AG. Exports grew faster than Britain and France's.");
  assert.ok(r.organizations.some((o) => o.name.startsWith('Standard and Poor')), JSON.stringify(r.organizations.map((o) => o.name)));
  assert.ok(!r.places.some((p) => p.name === 'Company' || p.name === 'Standard'), JSON.stringify(r.places.map((p) => p.name)));
  assert.deepEqual(r.places.map((p) => p.name).sort(), ['France', 'United Kingdom'], 'two countries are not a company');
});

test('a people in the plural ("Latin Americans", "Soviets") is no entity, nor is an adjective ("Latin", "Philippine") taken for a person', () => {
  const r = extractEntities('Latin Americans and West Germans met the Soviets in Vienna. Latin countries were unable to pay.');
  assert.deepEqual([...r.people, ...r.organizations].map((e) => e.name), []);
  assert.deepEqual(r.places.map((p) => p.name), ['Vienna']);
  // The adjective of a country named in the plural.
  assert.deepEqual(extractEntities('A rift has occurred among Philippine negotiators over the debt.').people, []);
  // A people's nickname.
  assert.deepEqual(extractEntities('The Scot won the final in three sets. The Aussies were beaten.').people, []);
});

test('a lone institution noun ("the Bank", "the Commission said") is no entity of its own; one-word institutions are', () => {
  const r = extractEntities(
    'The Bank of England cut its rate. The Bank said demand was weak. The European Commission agreed, and the Commission said the Treasury and Congress would follow.',
  );
  const orgs = r.organizations.map((o) => o.name);
  assert.ok(!orgs.includes('Bank') && !orgs.includes('Commission'), orgs.join(' | '));
  for (const name of ['Bank of England', 'European Commission', 'Treasury', 'Congress']) assert.ok(orgs.includes(name), `${name} in ${orgs.join(' | ')}`);
});

test('a title alone ("the Chancellor said") and a period in a results table ("Nine mths") name no one', () => {
  const r = extractEntities('Chancellor Nigel Lawson spoke. Later the Chancellor said growth was strong.\nNine mths\nShr 1.20 dlrs vs 1.10 dlrs');
  assert.deepEqual(r.people.map((p) => p.name), ['Nigel Lawson']);
  assert.deepEqual(r.organizations, []);
});

test('titles in capitals read as names: "U.S. HOUSE" -> "U.S. House", "POOR\'S" -> "Poor\'s"', () => {
  assert.deepEqual(['U.S. HOUSE', "O'NEILL", "ALBERTSON'S INC"].map(titleCase), ['U.S. House', "O'Neill", "Albertson's Inc"]);
});

test('an ALL-CAPS headline name takes the body\'s casing and type', () => {
  const r = extractEntities('Leicestershire beat Somerset by an innings. Leicestershire now lead the table.', {
    headline: 'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP',
  });
  const leics = [...r.organizations, ...r.places, ...r.people].filter((e) => e.id === 'leicestershire');
  assert.equal(leics.length, 1);
  assert.ok(leics[0]!.forms.includes('LEICESTERSHIRE'));
  assert.equal(leics[0]!.name, 'Leicestershire');
});

test('a word the wire capitalised after "U.S." is no part of a name: "the U.S. Market" is the United States', () => {
  const body = 'GENEVA, March 4 - The accord aims to protect the U.S. Market from dumping. Prices in the market fell. ' +
    'U.S. Officials said the officials would meet the U.S. Trade Representative on trade.';
  const r = extractEntities(body, { headline: 'U.N. Council concerned about the council' });
  const orgs = r.organizations.map((o) => o.name);
  assert.ok(!orgs.some((o) => /^U\.S\. (?:Market|Officials)$/.test(o)), orgs.join(' | '));
  assert.ok(orgs.includes('U.S. Trade Representative'), orgs.join(' | '));
  assert.ok(r.places.some((p) => p.name === 'United States'));
  assert.ok(orgs.some((o) => o.startsWith('U.N. Council')), `a headline keeps its own capitals: ${orgs.join(' | ')}`);
});

test('a word of an ALL-CAPS headline that the text writes in lowercase is no person; a name in a lowercase text is', () => {
  const body =
    'Chicago, March 3 - The National Pork Board told a convention in Des Moines that refunds from the checkoff program are below ' +
    'forecasts. The board runs the program set up by the farm bill. Jane Doe, a pork producer from Iowa and head of the board, ' +
    'said one mln dlrs was collected.';
  const r = extractEntities(body, { headline: 'PORK CHECKOFF REFUNDS BELOW FORECAST' });
  assert.deepEqual(r.people.map((p) => p.name), ['Jane Doe']);
  const typed = extractEntities('caracas, march 12 - president jaime lusinchi spoke today. Lusinchi said the debt accord was fair.');
  assert.ok(typed.people.some((p) => p.forms.includes('Lusinchi')), JSON.stringify(typed.people));
});

test('the agency that filed the article is an organization where its text names it ("told Reuter")', () => {
  const r = extractEntities('LONDON, March 3 - The minister told Reuter that talks went well.', { agencies: ['Reuters'] });
  assert.deepEqual(r.people, []);
  assert.deepEqual(r.organizations.map((o) => [o.name, o.forms]), [['Reuters', ['Reuter']]]);
});

test('a dateline left in the body is read as places, each part resolved', () => {
  const r = extractEntities('PORTLAND, Ore., Feb 26 - Acme Corp said it would buy a rival.');
  const portland = r.places.find((p) => p.id === 'portland');
  assert.equal(portland?.country, 'US');
  assert.ok(r.organizations.some((o) => o.name.startsWith('Acme')));
});

test('slugs are lowercase ASCII with hyphens', () => {
  assert.equal(slugify('Bashar al-Assad'), 'bashar-al-assad');
  assert.equal(slugify('Zoë O’Brien'), 'zoe-obrien');
});
