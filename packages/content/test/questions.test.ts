/**
 * The national questions and the pack's `questions` section: every national answer
 * rests on a line of shared/content/national-facts.md (cited in each row), the demo
 * territory's own answers stay in its pack, and the validator names a wrong field.
 */
import { hasLocale, localize, mergePacks, nationalPack, validatePack, type Question } from '@voix-logement/content';
import demoPack from '../../../demo/packs/val-de-lone.json';

const national = nationalPack.questions;
const items = national.items ?? [];
const byId = (id: string): Question => {
  const q = items.find((i) => i.id === id);
  if (!q) throw new Error(`no national question "${id}"`);
  return q;
};
/** Every French text of a question, joined: question, answer, details. */
const frText = (q: Question) => [q.question, q.answer, ...(q.details ?? [])].map((t) => localize(t, 'fr')).join(' ');

/** Step ids of the national circuit, from api.md ("ids are part of the contract"). */
const circuitStepIds = [
  'prepare',
  'apply',
  'registration-number',
  'renewal',
  'scoring',
  'commission',
  'offer',
  'lease',
  'long-wait',
  'refusal',
];

describe('national questions', () => {
  it('offer at least ten questions, with unique ids', () => {
    expect(items.length).to.be.at.least(10);
    expect(new Set(items.map((q) => q.id)).size).to.equal(items.length);
  });

  it('have the topics of api.md, in its order, labelled in French and English', () => {
    expect((national.topics ?? []).map((t) => t.id)).to.deep.equal([
      'apply',
      'priority',
      'allocation',
      'waiting',
      'offer',
      'rights',
      'money',
    ]);
    for (const topic of national.topics ?? []) {
      expect(hasLocale(topic.label, 'fr') && hasLocale(topic.label, 'en'), topic.id).to.equal(true);
    }
  });

  it('give every topic at least one question', () => {
    for (const topic of national.topics ?? []) {
      expect(
        items.some((q) => q.topic === topic.id),
        topic.id,
      ).to.equal(true);
    }
  });

  it('pass the pack schema', () => {
    const result = validatePack({ schemaVersion: 1, questions: national });
    expect(result.problems).to.deep.equal([]);
  });

  describe('each entry', () => {
    for (const q of items) {
      it(`"${q.id}" is complete, in French and English, sourced, and points somewhere next`, () => {
        for (const text of [q.question, q.answer, ...(q.details ?? [])]) {
          expect(hasLocale(text, 'fr') && hasLocale(text, 'en'), `${q.id}: ${localize(text, 'fr')}`).to.equal(true);
        }
        expect(q.topic, q.id).to.be.a('string');
        expect(localize(q.source, 'fr'), `${q.id} source`).not.to.equal('');
        expect(q.next, `${q.id} next`).not.to.equal(undefined);
        if (q.next?.step) expect(circuitStepIds, q.id).to.include(q.next.step);
        // The national pack never points at a partner: partners come from the pack.
        expect(q.next?.partner, q.id).to.equal(undefined);
      });

      it(`"${q.id}" gives a short answer of one or two sentences first`, () => {
        for (const locale of ['fr', 'en']) {
          const sentences = localize(q.answer, locale)
            .split(/[.!?](?:\s|$)/)
            .filter((s) => s.trim());
          expect(sentences.length, `${q.id} (${locale})`).to.be.within(1, 2);
        }
      });

      if (q.staffNote) {
        it(`"${q.id}" tells staff what to say, what never to promise and where to direct the person`, () => {
          for (const part of [q.staffNote!.tell, q.staffNote!.avoid, q.staffNote!.direct]) {
            expect(hasLocale(part, 'fr') && hasLocale(part, 'en'), q.id).to.equal(true);
          }
        });
      }
    }
  });

  it('name a web address for every source, so a short source name is enough', () => {
    expect(items.filter((q) => !q.sourceUrl).map((q) => q.id)).to.deep.equal([]);
  });

  describe('rest on the facts file', () => {
    // [question id, facts-file line, what the French text must say, verdict]
    const rows: [string, string, RegExp[], Question['verdict']][] = [
      [
        'free',
        'B.1 #1; F "Signing the lease": no application fee, ever, but a deposit of one month at most',
        [/gratuite/, /pas de frais de dossier/, /dépôt de garantie/, /un mois de loyer au plus, sans les charges/],
        'false',
      ],
      [
        'pay-to-speed-up',
        'F "Tell applicants too": nobody may be paid to speed up an application (a scam)',
        [/Personne n’a le droit de se faire payer/, /arnaque/],
        'false',
      ],
      [
        'update',
        'B.1 #4; F: update the application when the household changes',
        [/Mettez à jour votre demande/, /naissance, une séparation, un nouveau travail, une nouvelle adresse/],
        undefined,
      ],
      [
        'dalo-now',
        'F "DALO without waiting" (L441-2-3 II, R441-14-1); the préfet must propose; refusal after DALO',
        [
          /sans attendre le délai anormalement long/,
          /sans logement ; menacé d’expulsion sans relogement/,
          /plus de 6 mois/,
          /plus de 18 mois/,
          /le préfet doit vous proposer un logement/,
          /peut vous faire perdre ce droit/,
        ],
        undefined,
      ],
      [
        'several-desks',
        'B.1 #3: one application per département, seen by all bailleurs (IdF: circuit "apply")',
        [/une seule demande par département/i, /tous les bailleurs/i],
        'false',
      ],
      [
        'where-to-apply',
        'B.1 #1: online or guichet enregistreur (commune/CCAS, bailleur, préfecture)',
        [/en ligne/i, /guichet enregistreur/, /préfecture/],
        undefined,
      ],
      [
        'registration-number',
        'B.1 #2: attestation within 1 month (18 characters, no attestation: circuit)',
        [/un mois/, /pas une place dans une file d’attente/],
        undefined,
      ],
      [
        'renewal',
        'B.1 #5: renew every year, else radiation and loss of seniority',
        [/chaque année/, /radiation/, /ancienneté/],
        undefined,
      ],
      [
        'priority',
        'F: DALO first, then the L441-1 categories (without letters)',
        [/DALO \(droit au logement opposable\)/, /article L441-1 du Code de la construction et de l’habitation/],
        undefined,
      ],
      [
        'single-person',
        'B.2 categories: one person alone is category 1; B.1 #0 anyone may file',
        [/personne seule peut faire une demande/i, /sa propre catégorie/],
        'depends',
      ],
      ['commission', 'B.1 #8: CALEOL (members: circuit "commission")', [/CALEOL/], undefined],
      [
        'scoring',
        'B.1 #7: cotation is a decision aid, public criteria',
        [/aide à la décision/, /critères publics/],
        'false',
      ],
      [
        'long-wait',
        'B.1 #12, #13; E: délai anormalement long; DALO (préfet, no guarantee: circuit "long-wait")',
        [/délai anormalement long/, /DALO/, /sans attendre/],
        undefined,
      ],
      [
        'income-above',
        'E: F869 "quels que soient le montant de votre revenu"; PLI above ceilings',
        [/quels que soient vos revenus/, /PLI/, /10 %/],
        'false',
      ],
      [
        'refusal',
        'B.1 #10: stays valid until renewal (cotation may change: circuit "refusal")',
        [/reste valable/, /renouvellement/],
        'false',
      ],
    ];
    for (const [id, line, patterns, verdict] of rows) {
      it(`"${id}" (${line})`, () => {
        const q = byId(id);
        for (const pattern of patterns) expect(frText(q), `${id} ${pattern}`).to.match(pattern);
        expect(q.verdict).to.equal(verdict);
      });
    }

    it('show applicants no doubt: nothing unconfirmed, the priorities cited to Légifrance (F)', () => {
      expect(items.filter((q) => q.unconfirmed).map((q) => q.id)).to.deep.equal([]);
      expect(byId('priority').sourceUrl).to.equal(
        'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006825388',
      );
      const all = items.map(frText).join(' ');
      expect(all).not.to.match(/à confirmer|liste de 2016|information manquante|N-2/i);
      expect(all).not.to.match(/13 situations/);
    });

    it('never say DALO comes only after the long delay (F)', () => {
      expect(localize(byId('long-wait').answer, 'fr')).to.match(/sans attendre/);
    });

    it('never state a territory delay or local scoring rule nationally', () => {
      for (const q of items) {
        expect(q.id.startsWith('local-'), q.id).to.equal(false);
        expect(frText(q), q.id).not.to.match(/Val de Lône/);
      }
    });
  });
});

describe("the pack's questions section", () => {
  const problemsOf = (questions: unknown) => validatePack({ schemaVersion: 1, questions }).problems;

  it('names a wrong verdict by its path, in French', () => {
    const [problem] = problemsOf({
      items: [{ id: 'x', topic: 'apply', question: 'Q', answer: 'R', verdict: 'maybe' }],
    });
    expect(problem?.path).to.equal('$.questions.items[0].verdict');
    expect(problem?.message).to.contain('un verdict parmi true, false, depends');
  });

  it('refuses a javascript: link and names the field', () => {
    const [problem] = problemsOf({ items: [{ id: 'x', next: { url: 'javascript:alert(1)' } }] });
    expect(problem?.path).to.equal('$.questions.items[0].next.url');
    expect(problem?.message).to.contain('https://');
  });

  it('asks for an object with tell, avoid and direct as the staff note', () => {
    const [problem] = problemsOf({ items: [{ id: 'x', staffNote: 'Dire que…' }] });
    expect(problem?.path).to.equal('$.questions.items[0].staffNote');
    expect(problem?.message).to.contain('un objet');
  });

  it('names a wrong topic id', () => {
    const [problem] = problemsOf({ topics: [{ id: 'Mes Questions', label: 'x' }] });
    expect(problem?.path).to.equal('$.questions.topics[0].id');
    expect(problem?.message).to.contain('identifiant');
  });

  it('accepts an override that names only the fields it changes', () => {
    expect(problemsOf({ items: [{ id: 'refusal', staffNote: { direct: 'Vers le service habitat.' } }] })).to.deep.equal(
      [],
    );
  });
});

describe('the demo territory (Val de Lône, fictional)', () => {
  const validation = validatePack(demoPack);
  const merged = validation.ok ? mergePacks(nationalPack, validation.pack) : nationalPack;
  const mergedItems = merged.questions.items ?? [];
  const own = (demoPack as { questions?: { items?: { id: string }[] } }).questions?.items ?? [];

  it('is a valid pack', () => {
    expect(validation.problems).to.deep.equal([]);
  });

  it('answers the territory questions in its own, fictional, words', () => {
    for (const id of ['local-wait', 'local-empty-flats', 'local-refusal-scoring']) {
      const q = mergedItems.find((i) => i.id === id);
      expect(q, id).not.to.equal(undefined);
      expect(frText(q!), id).to.match(/fictif|fictive/);
      expect(hasLocale(q!.answer, 'en'), id).to.equal(true);
    }
  });

  it('overrides one national entry by id, keeping what it does not name', () => {
    expect(own.filter((q) => items.some((n) => n.id === q.id)).map((q) => q.id)).to.deep.equal(['refusal']);
    const refusal = mergedItems.find((q) => q.id === 'refusal')!;
    expect(localize(refusal.question, 'fr')).to.equal(localize(byId('refusal').question, 'fr'));
    expect(localize(refusal.details?.[0], 'fr')).to.match(/Val de Lône/);
    expect(refusal.staffNote?.tell).to.deep.equal(byId('refusal').staffNote?.tell);
    expect(localize(refusal.staffNote?.direct, 'fr')).to.match(/Val de Lône/);
    expect(refusal.next?.step).to.equal('refusal');
    expect(refusal.next?.url).to.match(/^https:\/\/val-de-lone\.example\//);
  });
});
