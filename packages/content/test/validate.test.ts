/**
 * The validator's French messages, as a communication service reads them: the field's
 * JSON path, what was received, what was expected, an example (issue 3).
 */
import { expect } from '@open-wc/testing';
import { jsonPath, maxProblems, nationalPack, packSummary, parsePackText, validatePack } from '@voix-logement/content';

const problemsOf = (pack: unknown) => {
  const r = validatePack(pack);
  return r.ok ? [] : r.problems;
};

describe('validating a content pack', () => {
  it('when the pack is the smallest valid one, it is accepted', () => {
    const r = validatePack({ schemaVersion: 1 });
    expect(r.ok).to.equal(true);
    expect(r.problems).to.deep.equal([]);
  });

  const rows: { situation: string; pack: unknown; path: string; says: string }[] = [
    { situation: 'the pack is a list', pack: [], path: '$', says: 'Le pack doit être un objet JSON' },
    {
      situation: 'schemaVersion is missing',
      pack: { territory: { name: 'x' } },
      path: '$.schemaVersion',
      says: 'absent, attendu la version du schéma du pack (1). Exemple : "schemaVersion": 1.',
    },
    {
      situation: 'schemaVersion is from the future',
      pack: { schemaVersion: 2 },
      path: '$.schemaVersion',
      says: 'version de schéma inconnue (reçu 2), attendu 1',
    },
    { situation: 'schemaVersion is a string', pack: { schemaVersion: '1' }, path: '$.schemaVersion', says: 'reçu "1"' },
    {
      situation: 'a text is a number',
      pack: { schemaVersion: 1, territory: { name: 42 } },
      path: '$.territory.name',
      says: 'reçu 42, attendu un texte, ou un texte par langue. Exemple : "Dépôt de la demande"',
    },
    {
      situation: 'a required text is missing',
      pack: { schemaVersion: 1, territory: {} },
      path: '$.territory.name',
      says: 'obligatoire mais absent, attendu un texte, ou un texte par langue',
    },
    {
      situation: 'the zone is unknown',
      pack: { schemaVersion: 1, territory: { name: 'x', zone: 'nord' } },
      path: '$.territory.zone',
      says: 'attendu une zone parmi paris, idf, other, overseas. Exemple : "other"',
    },
    {
      situation: 'a date is written the French way',
      pack: { schemaVersion: 1, territory: { name: 'x', updatedOn: '20/11/2026' } },
      path: '$.territory.updatedOn',
      says: 'attendu une date au format AAAA-MM-JJ. Exemple : "2026-11-23"',
    },
    {
      situation: 'a link is javascript:',
      pack: { schemaVersion: 1, territory: { name: 'x', publisherUrl: 'javascript:alert(1)' } },
      path: '$.territory.publisherUrl',
      says: 'attendu une adresse web commençant par https:// ou http://',
    },
    {
      situation: 'a link is data:',
      pack: { schemaVersion: 1, territory: { name: 'x', publisherUrl: 'data:text/html,<script>' } },
      path: '$.territory.publisherUrl',
      says: 'https://',
    },
    {
      situation: 'a link has no host',
      pack: { schemaVersion: 1, territory: { name: 'x', publisherUrl: 'https://' } },
      path: '$.territory.publisherUrl',
      says: 'https://',
    },
    {
      situation: 'the map link lacks {query}',
      pack: { schemaVersion: 1, territory: { name: 'x', mapUrl: 'https://carte.example/' } },
      path: '$.territory.mapUrl',
      says: 'contenant {query}',
    },
    {
      situation: 'a locale code is not one',
      pack: { schemaVersion: 1, territory: { name: { français: 'x' } } },
      path: '$.territory.name["français"]',
      says: 'reçu "français", attendu un code de langue. Exemple : "fr" ou "en"',
    },
    {
      situation: 'a text is longer than 20,000 characters',
      pack: { schemaVersion: 1, territory: { name: 'x'.repeat(20001) } },
      path: '$.territory.name',
      says: 'attendu au plus 20000 caractères',
    },
    {
      situation: 'a text has more than 20 locales',
      pack: {
        schemaVersion: 1,
        territory: {
          name: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`l${String.fromCharCode(97 + i)}`, 'x'])),
        },
      },
      path: '$.territory.name',
      says: 'au plus 20',
    },
    {
      situation: 'there are more communes than allowed',
      pack: { schemaVersion: 1, territory: { name: 'x', communes: Array(2001).fill('C') } },
      path: '$.territory.communes',
      says: 'reçu une liste de 2001 éléments, attendu au plus 2000 éléments',
    },
    {
      situation: 'an id has capitals and spaces',
      pack: { schemaVersion: 1, territory: { name: 'x', id: 'Val de Lône' } },
      path: '$.territory.id',
      says: 'attendu un identifiant en minuscules, chiffres et tirets. Exemple : "ccas-echirolles"',
    },
    {
      situation: 'a new emergency contact has no name',
      pack: { schemaVersion: 1, emergency: { contacts: [{ id: 'ccas-x', phone: '04 65 71 00 11' }] } },
      path: '$.emergency.contacts[0].name',
      says: 'obligatoire mais absent',
    },
    {
      situation: 'two partners share an id',
      pack: {
        schemaVersion: 1,
        partners: [
          { id: 'p', nom: 'A' },
          { id: 'p', nom: 'B' },
        ],
      },
      path: '$.partners[1].id',
      says: 'l\'identifiant "p" est déjà utilisé en $.partners[0]',
    },
  ];
  for (const { situation, pack, path, says } of rows) {
    it(`when ${situation}, the message names ${path}`, () => {
      const problems = problemsOf(pack);
      const found = problems.find((p) => p.path === path);
      expect(found, JSON.stringify(problems)).to.not.equal(undefined);
      expect(found!.message).to.contain(`Champ ${path} :`.replace('Champ $ :', 'Le pack'));
      expect(found!.message).to.contain(says);
    });
  }

  it('when the schemaVersion is unknown, that is the only message', () => {
    expect(problemsOf({ schemaVersion: 3, territory: { name: 1 }, partners: 'x' })).to.have.length(1);
  });

  it('when a national entry is overridden by id, only its id and the changed fields are needed', () => {
    const q = nationalPack.questions.items![0]!;
    const r = validatePack({
      schemaVersion: 1,
      questions: { items: [{ id: q.id, answer: 'Réponse locale.' }] },
      emergency: { contacts: [{ id: '115', hours: 'Toujours.' }] },
    });
    expect(r.ok, JSON.stringify(r.problems)).to.equal(true);
  });

  it('when a field is unknown, it is named as a remark and its content is never read', () => {
    const deep = JSON.parse(`{"schemaVersion":1,"tittle":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    const started = performance.now();
    const r = validatePack(deep);
    expect(performance.now() - started).to.be.below(200);
    expect(r.ok).to.equal(true);
    expect(r.warnings.map((w) => w.message)).to.deep.equal([
      'Champ $.tittle : champ inconnu, il sera ignoré. Vérifiez son orthographe.',
    ]);
    expect(r.ok && 'tittle' in r.pack).to.equal(false);
  });

  it('when a pack has thousands of errors, the list stops at the bound and counts them all', () => {
    const partners = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, nom: i }));
    const r = validatePack({ schemaVersion: 1, partners });
    expect(r.ok).to.equal(false);
    expect(r.problems).to.have.length(maxProblems);
    expect(r.count).to.equal(300);
  });

  it('when a partner uses data·inclusion v0 names, the pack is valid with a remark', () => {
    const r = validatePack({
      schemaVersion: 1,
      partners: [{ id: 'p', nom: 'P', horaires_ouverture: 'Mo-Fr 09:00-12:00' }],
    });
    expect(r.ok).to.equal(true);
    expect(r.warnings[0]!.message).to.contain('Préférez "horaires_accueil"');
  });
});

describe('reading a pack file', () => {
  it('when the text is not JSON, says where, in French', () => {
    const r = parsePackText('{\n  "schemaVersion": 1,\n}');
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.problem.message).to.match(/^Le fichier n'est pas du JSON valide \(ligne 3, colonne 1\)/);
  });

  it('when the file starts with a byte-order mark, reads it', () => {
    expect(parsePackText('\uFEFF{"schemaVersion":1}')).to.deep.equal({ ok: true, value: { schemaVersion: 1 } });
  });
});

describe('summing up a valid pack', () => {
  it('counts each section, singular and plural', () => {
    const rows = packSummary({
      schemaVersion: 1,
      territory: { name: 'x', communes: ['A', 'B'] },
      partners: [{ id: 'p', nom: 'P' }],
    });
    expect(rows.find((r) => r.label === 'communes')?.count).to.equal(2);
    expect(rows.find((r) => r.label === 'partenaire')?.count).to.equal(1);
  });
});

describe('JSON paths', () => {
  const rows: [(string | number)[], string][] = [
    [[], '$'],
    [['partners', 3, 'telephone'], '$.partners[3].telephone'],
    [['territory', 'name', 'fr-CA'], '$.territory.name["fr-CA"]'],
  ];
  for (const [keys, path] of rows)
    it(`when the keys are ${JSON.stringify(keys)}, the path is ${path}`, () => expect(jsonPath(keys)).to.equal(path));
});
