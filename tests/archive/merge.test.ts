import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAliasRules, foldName, mergeEntities, parseAliasRules } from '../../src/archive/index.js';
import { entity, makeRecord, place } from '../make-record.js';

const syria = place('Syria', 'SY');

test('folding removes case, accents, punctuation and particles', () => {
  assert.equal(foldName('Hayat al-Tahrir al-Sham'), foldName('Hayat Tahrir al-Sham'));
  assert.equal(foldName('U.S.'), 'us');
  assert.equal(foldName('Hmeimim airbase'), 'hmeimim air base');
});

test('spelling variants of one organization, and its acronym, become one entry', () => {
  const a = makeRecord('a.txt', { organizations: [entity('Hayat Tahrir al-Sham')], places: [syria] });
  const b = makeRecord('b.txt', { organizations: [entity('Hayat al-Tahrir al-Sham', ['Hayat al-Tahrir al-Sham', 'HTS'])], places: [syria] });
  const c = makeRecord('c.txt', { organizations: [entity('HTS')] });
  mergeEntities([a, b, c], emptyAliasRules());
  const ids = [a, b, c].map((r) => r.organizations[0]!.id);
  assert.deepEqual(new Set(ids), new Set([ids[0]]));
  assert.ok(['Hayat Tahrir al-Sham', 'Hayat al-Tahrir al-Sham'].includes(c.organizations[0]!.name));
});

test('initials own a name written as an acronym, not a clipped word ("Fed")', () => {
  const a = makeRecord('a.txt', { organizations: [entity('Frontier Exploration Department')] });
  const b = makeRecord('b.txt', { organizations: [entity('Fed', ['Fed', 'FED'])] });
  const c = makeRecord('c.txt', { organizations: [entity('FED')] });
  mergeEntities([a, b, c], emptyAliasRules());
  assert.equal(b.organizations[0]!.name, 'Fed');
  assert.equal(c.organizations[0]!.id, b.organizations[0]!.id, 'a headline\'s FED is the Fed the text writes');
  assert.notEqual(a.organizations[0]!.id, b.organizations[0]!.id);
});

test('a bare surname joins the one full name that owns it', () => {
  const a = makeRecord('a.txt', { people: [entity('Dmitry Peskov', ['Dmitry Peskov', 'Peskov'])] });
  const b = makeRecord('b.txt', { people: [entity('Peskov')] });
  mergeEntities([a, b], emptyAliasRules());
  assert.equal(b.people[0]!.id, 'dmitry-peskov');
  assert.equal(b.people[0]!.name, 'Dmitry Peskov');
  assert.deepEqual(b.people[0]!.forms, ['Peskov']);
});

test('a surname shared by two people stays apart without evidence', () => {
  const a = makeRecord('a.txt', { people: [entity('George Bush')] });
  const b = makeRecord('b.txt', { people: [entity('Jeb Bush')] });
  const c = makeRecord('c.txt', { people: [entity('Bush')] });
  mergeEntities([a, b, c], emptyAliasRules());
  assert.deepEqual([a, b, c].map((r) => r.people[0]!.id), ['george-bush', 'jeb-bush', 'bush']);
});

test('transliterations merge when they share context, not otherwise', () => {
  const a = makeRecord('a.txt', { places: [place('Khmeimim Air Base', 'SY'), syria] });
  const b = makeRecord('b.txt', { places: [place('Hmeimim airbase', 'SY'), syria] });
  mergeEntities([a, b], emptyAliasRules());
  assert.equal(a.places[0]!.id, b.places[0]!.id);

  const c = makeRecord('c.txt', { people: [entity('Jon Smith'), entity('Ann Lee')] });
  const d = makeRecord('d.txt', { people: [entity('John Smith'), entity('Bo Diaz')] });
  mergeEntities([c, d], emptyAliasRules());
  assert.notEqual(c.people[0]!.id, d.people[0]!.id);
});

test('a bare surname is never taken for a spelling of another (Regan is not Reagan)', () => {
  const white = place('Washington', 'US');
  const a = makeRecord('a.txt', { people: [entity('Donald Regan', ['Donald Regan', 'Regan'])], places: [white] });
  const b = makeRecord('b.txt', { people: [entity('Reagan')], places: [white] });
  const c = makeRecord('c.txt', { people: [entity('Regan')], places: [white] });
  mergeEntities([a, b, c], emptyAliasRules());
  assert.equal(c.people[0]!.id, 'donald-regan');
  assert.equal(b.people[0]!.id, 'reagan');
});

test('places in different countries never merge', () => {
  const a = makeRecord('a.txt', { places: [place('Paris', 'FR')] });
  const b = makeRecord('b.txt', { places: [place('Paris', 'US')] });
  mergeEntities([a, b], emptyAliasRules());
  assert.notEqual(a.places[0]!.id, b.places[0]!.id);
});

test("the editor's rules force, forbid and rename, and say so", () => {
  const rules = parseAliasRules(
    [
      'merge:',
      '  people:',
      '    - [Bashar al-Assad, Bashar Assad, Assad]',
      'separate:',
      '  people:',
      '    - [John Smith, Jon Smith]',
      'rename:',
      '  organizations:',
      '    Kremlin: the Kremlin',
    ].join('\n'),
    'content/_aliases.yml',
  );
  const a = makeRecord('a.txt', { people: [entity('Assad'), entity('John Smith')], organizations: [entity('Kremlin')] });
  const b = makeRecord('b.txt', { people: [entity('Bashar al-Assad'), entity('Jon Smith'), entity('Hafez al-Assad')] });
  const notes = mergeEntities([a, b], rules);
  assert.equal(a.people[0]!.name, 'Bashar al-Assad');
  assert.notEqual(a.people[1]!.id, b.people[1]!.id);
  assert.equal(a.organizations[0]!.name, 'the Kremlin');
  assert.equal(notes.length, 3);
  assert.match(notes.join('\n'), /merged people "Bashar al-Assad"/);
  assert.match(notes.join('\n'), /kept people "John Smith", "Jon Smith" apart/);
  assert.match(notes.join('\n'), /renamed organizations "Kremlin" to "the Kremlin"/);
});

test('a broken alias file names the file and the problem', () => {
  assert.throws(() => parseAliasRules('merge:\n  persons: []', 'x/_aliases.yml'), /x\/_aliases\.yml: merge: unknown kind "persons"/);
  assert.throws(() => parseAliasRules('merge: [', 'x/_aliases.yml'), /not valid YAML/);
});

test('variants in one article collapse into one entity with all forms and counts', () => {
  const a = makeRecord('a.txt', { people: [entity('Dmitry Peskov', ['Dmitry Peskov'], 1), entity('Dmitry  Peskov', ['Dmitry  Peskov'], 2)] });
  mergeEntities([a], emptyAliasRules());
  assert.equal(a.people.length, 1);
  assert.equal(a.people[0]!.count, 3);
});

test('a company with and without its legal form is one organization', () => {
  const a = makeRecord('a.txt', { organizations: [entity('Chrysler Corp')] });
  const b = makeRecord('b.txt', { organizations: [entity('Chrysler')] });
  const c = makeRecord('c.txt', { organizations: [entity('Goldman, Sachs and Co'), entity('Chrysler Financial Corp')] });
  const d = makeRecord('d.txt', { organizations: [entity('Goldman Sachs')] });
  mergeEntities([a, b, c, d], emptyAliasRules());
  assert.equal(b.organizations[0]!.id, a.organizations[0]!.id);
  assert.equal(d.organizations[0]!.id, c.organizations[0]!.id);
  assert.notEqual(c.organizations[1]!.id, a.organizations[0]!.id, 'a subsidiary stays its own');
});

test('a bare name more often named than the company with its legal form stays apart from it', () => {
  const house = ['a', 'b', 'c'].map((f) => makeRecord(`${f}.txt`, { organizations: [entity('House')] }));
  const company = makeRecord('d.txt', { organizations: [entity('House Inc')] });
  mergeEntities([...house, company], emptyAliasRules());
  assert.equal(house[0]!.organizations[0]!.name, 'House');
  assert.notEqual(company.organizations[0]!.id, house[0]!.organizations[0]!.id);
});

test('a generically named institution is one per country, shown with its country', () => {
  const institution = (country: string | null) => ({ ...entity('Finance Ministry'), country });
  const tokyo = makeRecord('tokyo.txt', { organizations: [institution('JP')] });
  const osaka = makeRecord('osaka.txt', { organizations: [institution('JP')] });
  const brasilia = makeRecord('brasilia.txt', { organizations: [institution('BR')] });
  const unplaced = makeRecord('unplaced.txt', { organizations: [institution(null)] });
  mergeEntities([tokyo, osaka, brasilia, unplaced], emptyAliasRules());
  const [japan, japanToo, brazil, unknown] = [tokyo, osaka, brasilia, unplaced].map((r) => r.organizations[0]!);
  assert.equal(japan!.name, 'Finance Ministry (Japan)');
  assert.equal(japan!.id, 'finance-ministry-japan');
  assert.equal(japanToo!.id, japan!.id);
  assert.equal(brazil!.name, 'Finance Ministry (Brazil)');
  assert.equal(unknown!.name, 'Finance Ministry', 'no country to join when two are possible');

  const alone = makeRecord('alone.txt', { organizations: [institution(null)] });
  const placed = makeRecord('placed.txt', { organizations: [institution('JP')] });
  mergeEntities([alone, placed], emptyAliasRules());
  assert.equal(alone.organizations[0]!.id, placed.organizations[0]!.id, 'with one country known, the unplaced mention is that one');

  const reordered = makeRecord('reordered.txt', { organizations: [{ ...entity('Ministry of Finance'), country: 'JP' }] });
  const usual = makeRecord('usual.txt', { organizations: [institution('JP')] });
  mergeEntities([reordered, usual], emptyAliasRules());
  assert.equal(reordered.organizations[0]!.id, usual.organizations[0]!.id, '"Ministry of Finance" is the Finance Ministry');
});

test('namesakes: the place most articles name keeps the plain name and id, the other is named with its country', () => {
  const ontario = makeRecord('a.txt', { places: [place('London', 'CA'), place('Ontario', 'CA')] });
  const england = ['b.txt', 'c.txt'].map((file) => makeRecord(file, { places: [place('London', 'GB')] }));
  mergeEntities([ontario, ...england], emptyAliasRules());
  assert.deepEqual(england.map((r) => [r.places[0]!.id, r.places[0]!.name]), [['london', 'London'], ['london', 'London']]);
  assert.deepEqual([ontario.places[0]!.id, ontario.places[0]!.name], ['london-canada', 'London (Canada)']);
});

test('acronyms one letter apart are different names, not transliterations', () => {
  const a = makeRecord('a.txt', { organizations: [entity('PC'), entity('Microsoft')] });
  const b = makeRecord('b.txt', { organizations: [entity('PWC'), entity('Microsoft')] });
  mergeEntities([a, b], emptyAliasRules());
  assert.notEqual(a.organizations[0]!.id, b.organizations[0]!.id);
});

test('an organization of two words or more is one with its last word plural or not; one word is left alone', () => {
  const a = makeRecord('a.txt', { organizations: [entity('Liberal Democrats'), entity('Times')] });
  const b = makeRecord('b.txt', { organizations: [entity('Liberal Democrat'), entity('Time')] });
  mergeEntities([a, b], emptyAliasRules());
  assert.equal(a.organizations[0]!.id, b.organizations[0]!.id);
  assert.notEqual(a.organizations[1]!.id, b.organizations[1]!.id);
});

test('a name with every word clipped joins the one full name those clippings begin, when they share context', () => {
  const a = makeRecord('a.txt', { organizations: [entity('Lib Dems'), entity('Labour')] });
  const b = makeRecord('b.txt', { organizations: [entity('Liberal Democrats'), entity('Labour')] });
  const c = makeRecord('c.txt', { organizations: [entity('Gen Dynamics'), entity('Acme')] });
  const d = makeRecord('d.txt', { organizations: [entity('General Dynamics'), entity('Boeing')] });
  mergeEntities([a, b, c, d], emptyAliasRules());
  assert.equal(a.organizations[0]!.id, b.organizations[0]!.id);
  assert.notEqual(c.organizations[0]!.id, d.organizations[0]!.id, 'no context in common');
});

test('clipped names join a full name written in more than one spelling, which names them', () => {
  const a = makeRecord('a.txt', { organizations: [entity('Lib Dems', ['Lib Dems'], 9), entity('Labour')] });
  const a2 = makeRecord('a2.txt', { organizations: [entity('Lib Dem'), entity('Labour')] });
  const b = makeRecord('b.txt', { organizations: [entity('Liberal Democrats'), entity('Labour')] });
  const c = makeRecord('c.txt', { organizations: [entity('Liberal Democrat'), entity('Labour')] });
  mergeEntities([a, a2, b, c], emptyAliasRules());
  assert.deepEqual(new Set([a, a2, b, c].map((r) => r.organizations[0]!.id)).size, 1);
  assert.equal(a.organizations[0]!.name, 'Liberal Democrats', 'shown by its full name');
});

test('a party is one with and without "Party", when the archive has one party of that name', () => {
  const a = makeRecord('a.txt', { organizations: [entity('Labour')] });
  const b = makeRecord('b.txt', { organizations: [entity('Labour Party')] });
  const c = makeRecord('c.txt', { organizations: [entity('Green')] });
  const d = makeRecord('d.txt', { organizations: [{ ...entity('Green Party'), country: 'DE' }] });
  const e = makeRecord('e.txt', { organizations: [{ ...entity('Green Party'), country: 'NZ' }] });
  mergeEntities([a, b, c, d, e], emptyAliasRules());
  assert.equal(a.organizations[0]!.id, b.organizations[0]!.id);
  assert.notEqual(c.organizations[0]!.id, d.organizations[0]!.id, 'two Green parties: the bare name could be either');
  assert.notEqual(c.organizations[0]!.id, e.organizations[0]!.id);
});

test("a party named by its members in the plural, or without its country's word, is the archive's one party of that name", () => {
  const a = makeRecord('a.txt', { organizations: [entity('Conservatives'), entity('Labour')] });
  const b = makeRecord('b.txt', { organizations: [entity('Conservative Party'), entity('Labour')] });
  const c = makeRecord('c.txt', { organizations: [entity('News'), entity('Labour')] });
  const d = makeRecord('d.txt', { organizations: [entity('New Party'), entity('Labour')] });
  mergeEntities([a, b, c, d], emptyAliasRules());
  assert.equal(a.organizations.find((o) => o.name === 'Conservative Party')?.id, b.organizations[0]!.id);
  assert.notEqual(c.organizations[0]!.id, d.organizations[0]!.id, '"News" is not the New Party\'s members');

  // Without "Party" and its country's word, where an article names both; elsewhere "National" is a theatre.
  const british = makeRecord('e.txt', { organizations: [entity('British Labour Party'), entity('Labour'), entity('British National Party')] });
  const theatre = makeRecord('f.txt', { organizations: [entity('National'), entity('Labour')] });
  mergeEntities([british, theatre], emptyAliasRules());
  assert.equal(british.organizations.filter((o) => /Labour/.test(o.name)).length, 1, JSON.stringify(british.organizations));
  assert.notEqual(theatre.organizations.find((o) => o.forms.includes('National'))!.id, british.organizations.find((o) => o.name === 'British National Party')!.id);

  const tories = makeRecord('i.txt', { organizations: [entity('Tories'), entity('Labour')] });
  const conservatives = makeRecord('j.txt', { organizations: [entity('Conservative Party'), entity('Labour')] });
  mergeEntities([tories, conservatives], emptyAliasRules());
  assert.equal(tories.organizations.find((o) => o.forms.includes('Tories'))!.id, conservatives.organizations[0]!.id, 'a nickname');

  // A party known by its country has namesakes elsewhere: another country's Liberals stay apart.
  const uk = makeRecord('g.txt', { organizations: [{ ...entity('Liberal Party'), country: 'GB' }, entity('Labour')] });
  const italy = makeRecord('h.txt', { organizations: [entity('Liberals'), entity('Labour')] });
  mergeEntities([uk, italy], emptyAliasRules());
  assert.notEqual(italy.organizations.find((o) => o.forms.includes('Liberals'))!.id, uk.organizations[0]!.id);
});
