/** Pure logic of <vl-questions>: topic selection, search, fragments. */
import type { Questions } from '@voix-logement/content';
import { filterGroups, haystack, matches, parseIdList, questionIdFromHash, selectGroups } from '../src/questions.js';

const content: Questions = {
  topics: [
    { id: 'apply', label: 'Faire sa demande' },
    { id: 'offer', label: 'Proposition' },
    { id: 'empty', label: 'Sans question' },
  ],
  items: [
    { id: 'a1', topic: 'apply', question: 'Où déposer ?', answer: 'Au guichet ou en ligne.' },
    {
      id: 'o1',
      topic: 'offer',
      question: 'Combien de temps ?',
      answer: 'Au moins dix jours.',
      staffNote: { avoid: 'Ne pas promettre de délai.' },
    },
    {
      id: 'a2',
      topic: 'apply',
      question: { fr: 'Numéro unique ?', en: 'Registration number?' },
      answer: { fr: 'Dix-huit caractères.', en: 'Eighteen characters.' },
      details: ['Cœur de la demande.'],
    },
    { id: 'lost', topic: 'nowhere', question: 'Perdue', answer: 'Sans thème.' },
    { id: 'half', topic: 'apply' },
  ],
};

describe('parseIdList', () => {
  const rows: [string | null, string[]][] = [
    [null, []],
    ['', []],
    [' offer , apply,offer,, ', ['offer', 'apply']],
  ];
  for (const [input, expected] of rows) {
    it(`reads ${JSON.stringify(input)}`, () => expect(parseIdList(input)).to.deep.equal(expected));
  }
});

describe('selectGroups', () => {
  const ids = (wanted: string[]) =>
    selectGroups(content, wanted).groups.map((g) => `${g.topic.id}:${g.items.map((q) => q.id).join('+')}`);

  it('shows every topic with questions, in content order, when nothing is asked', () => {
    expect(ids([])).to.deep.equal(['apply:a1+a2', 'offer:o1']);
  });
  it('follows the order asked', () => {
    expect(ids(['offer', 'apply'])).to.deep.equal(['offer:o1', 'apply:a1+a2']);
  });
  it('skips an unknown topic and reports it', () => {
    const s = selectGroups(content, ['nope', 'offer']);
    expect(s.unknown).to.deep.equal(['nope']);
    expect(s.groups.map((g) => g.topic.id)).to.deep.equal(['offer']);
  });
  it('shows every topic when only unknown topics are asked (never a blank widget)', () => {
    expect(ids(['nope'])).to.deep.equal(['apply:a1+a2', 'offer:o1']);
  });
  it('leaves out a topic without questions', () => {
    expect(ids(['empty', 'offer'])).to.deep.equal(['offer:o1']);
  });
  it('reports questions whose topic does not exist, and incomplete entries, as hidden', () => {
    expect(selectGroups(content, []).hidden.map((q) => q.id)).to.deep.equal(['lost', 'half']);
  });
});

describe('search', () => {
  const rows: [string, string, boolean][] = [
    ['numero', 'Numéro unique ? Dix-huit caractères.', true],
    ['NUMÉRO', 'Numéro unique ? Dix-huit caractères.', true],
    ['coeur', 'Cœur de la demande.', true],
    ['dix caracteres', 'Numéro unique ? Dix-huit caractères.', true],
    ['dix jours', 'Numéro unique ? Dix-huit caractères.', false],
    ['   ', 'anything', true],
  ];
  for (const [query, text, expected] of rows) {
    it(`"${query}" ${expected ? 'finds' : 'does not find'} "${text}"`, () => {
      const q = { id: 'x', topic: 't', question: text, answer: '' };
      expect(matches(haystack(q, 'fr', false), query)).to.equal(expected);
    });
  }

  it('searches the staff note only for staff', () => {
    const o1 = content.items![1]!;
    expect(matches(haystack(o1, 'fr', false), 'promettre')).to.equal(false);
    expect(matches(haystack(o1, 'fr', true), 'promettre')).to.equal(true);
  });

  it('searches the texts of the reader’s language', () => {
    const groups = selectGroups(content, []).groups;
    const found = (query: string, locale: string) =>
      filterGroups(groups, query, locale, false).flatMap((g) => g.items.map((q) => q.id));
    expect(found('eighteen', 'en')).to.deep.equal(['a2']);
    expect(found('eighteen', 'fr')).to.deep.equal([]);
    expect(found('', 'fr')).to.deep.equal(['a1', 'a2', 'o1']);
  });
});

describe('questionIdFromHash', () => {
  const rows: [string, string | undefined][] = [
    ['#vl-q-renewal', 'renewal'],
    ['#vl-q-commission', 'commission'],
    ['#vl-step-renewal', undefined],
    ['', undefined],
    ['#vl-q-<img>', undefined],
    ['#vl-q-%E0%A4%A', undefined],
  ];
  for (const [hash, expected] of rows) {
    it(`reads "${hash}"`, () => expect(questionIdFromHash(hash)).to.equal(expected));
  }
});
