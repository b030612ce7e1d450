/**
 * The national circuit and the pack's `circuit` section: the step ids of api.md in
 * order, every text in French and English, every fact resting on a line of
 * shared/content/national-facts.md (cited in each row), nothing unconfirmed, and the
 * demo territory's specifics kept in its pack.
 */
import {
  hasLocale,
  localize,
  mergePacks,
  nationalCircuitOutline,
  nationalPack,
  validatePack,
  type CircuitStep,
} from '@voix-logement/content';
import demoPack from '../../../demo/packs/val-de-lone.json';

const steps = nationalPack.circuit.steps ?? [];
const byId = (id: string): CircuitStep => {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`no national step "${id}"`);
  return step;
};
/** Every text of a step in one locale, joined. */
const textOf = (s: CircuitStep, locale = 'fr') =>
  [s.title, s.summary, s.warning, s.easyRead, ...(s.details ?? [])].map((t) => localize(t, locale)).join(' ');

describe('national circuit', () => {
  it('joins each step outline to its details (an id mistyped in stepDetails leaves a step without its source)', () => {
    expect(steps.map((s) => s.id)).to.deep.equal(nationalCircuitOutline.steps!.map((s) => s.id));
    for (const step of steps) expect(step.source, step.id).to.be.a('string').with.length.above(0);
    expect(byId('prepare').details?.length).to.be.greaterThan(0);
  });

  it('gives <vl-questions> the outline only: title, summary, links, never the details', () => {
    for (const outline of nationalCircuitOutline.steps!) {
      expect(localize(outline.title, 'fr') && localize(outline.summary, 'en'), outline.id).to.have.length.above(0);
      const detailKeys = Object.keys(outline).filter((k) => ['details', 'warning', 'source', 'sourceUrl'].includes(k));
      expect(detailKeys, outline.id).to.deep.equal([]);
    }
  });

  it('has the numbered steps of api.md, in its order', () => {
    expect(steps.filter((s) => !s.sidePath).map((s) => s.id)).to.deep.equal([
      'prepare',
      'apply',
      'registration-number',
      'renewal',
      'scoring',
      'commission',
      'offer',
      'lease',
    ]);
  });

  it('has the side paths of api.md, each under a numbered step', () => {
    const sides = steps.filter((s) => s.sidePath);
    expect(sides.map((s) => [s.id, s.after])).to.deep.equal([
      ['long-wait', 'scoring'],
      ['refusal', 'offer'],
    ]);
  });

  it('passes its own schema', () => {
    expect(validatePack({ schemaVersion: 1, circuit: nationalPack.circuit }).problems).to.deep.equal([]);
  });

  it('says every title, summary, warning and paragraph in French and in English', () => {
    for (const s of steps) {
      for (const text of [s.title, s.summary, s.warning, s.easyRead, ...(s.details ?? [])].filter(Boolean)) {
        expect(hasLocale(text, 'fr') && hasLocale(text, 'en'), `${s.id}: ${localize(text, 'fr')}`).to.equal(true);
      }
    }
  });

  it('keeps each title and summary to one short line', () => {
    for (const s of steps) {
      expect(localize(s.title, 'fr').length, s.id).to.be.within(5, 60);
      expect(localize(s.summary, 'fr').length, s.id).to.be.within(20, 100);
    }
  });

  it('names a source for every step, with https links only', () => {
    for (const s of steps) {
      expect(localize(s.source, 'fr'), s.id).not.to.equal('');
      if (s.sourceUrl) expect(s.sourceUrl).to.match(/^https:\/\//);
    }
  });

  // [step, what the French text must say, the facts-file line it rests on]
  const facts: [string, RegExp, string][] = [
    ['prepare', /Tout adulte français ou en séjour régulier/, 'F "Who may apply": any adult, French or resident'],
    ['prepare', /quels que soient ses revenus/, 'F "Who may apply": whatever their income (F869)'],
    ['prepare', /18 ans ou plus/, 'B.1 #0 line 10: online filing requires ≥18 y'],
    ['prepare', /mineur émancipé fait sa demande à un guichet/, 'F: an emancipated minor goes to a desk'],
    ['prepare', /revenus 2024, sur l’avis reçu en 2025/, 'B.1 #1b, B.2: tax notice of year N-2, said as years'],
    ['prepare', /arrêté du 22 décembre 2020/, 'E line 161: supporting documents per arrêté du 22/12/2020'],
    ['apply', /gratuit/, 'B.1 #1 line 12: no fee at filing'],
    ['apply', /CCAS \(centre communal d’action sociale/, 'issue 15: CCAS explained where it first appears'],
    [
      'apply',
      /se faire payer pour accélérer une demande.*arnaque/,
      'F "Tell applicants too": paying to speed up is a scam',
    ],
    ['apply', /guichet enregistreur/, 'B.1 #1 line 12: guichet enregistreur'],
    ['apply', /Cerfa n° 14069\*05/, 'E line 161: Cerfa 14069*05 is the current form'],
    ['apply', /une demande dans chacun/, 'B.1 #1c line 14: one application per département'],
    ['apply', /numéro régional unique/, 'B.1 #1c line 14: Île-de-France applications are regional (NUR)'],
    ['apply', /Île-de-France/, 'B.1 #1c line 14: the Île-de-France exception (said here, not in the questions)'],
    ['registration-number', /un mois au plus/, 'B.1 #2 line 15: attestation within 1 month max'],
    ['registration-number', /n’est pas une place dans une file d’attente/, 'F "Tell applicants too": not a queue'],
    ['registration-number', /DALO/, 'B.1 #2c line 17: the date starts the DALO clock'],
    [
      'registration-number',
      /Sans attestation, vous n’êtes pas inscrit/,
      'B.1 #2 line 15: no attestation, not registered',
    ],
    ['renewal', /radiation/, 'B.1 #5 line 20: radiation and loss of seniority'],
    ['renewal', /ancienneté/, 'B.1 #5 line 20: loss of seniority'],
    ['renewal', /un mois avant/, 'B.1 #5 line 20: reminder letter 1 month before'],
    ['renewal', /Mettez à jour votre demande/, 'F "Tell applicants too" and B.1 #4: update when the household changes'],
    ['scoring', /aide à la décision/, 'B.1 #7 line 23: cotation is a decision aid'],
    ['scoring', /temps d’attente moyen/, 'B.1 #7 line 23: output includes average waiting time'],
    ['commission', /CALEOL/, 'B.1 #8 line 24: commission d’attribution … (CALEOL)'],
    ['commission', /représentants des locataires/, 'B.1 #8 line 24: members include tenants’ representatives'],
    ['offer', /au moins 10 jours/, 'E line 159: R441-10, at least ten days'],
    ['offer', /c’est un refus/, 'E line 159: no answer counts as a refusal'],
    ['long-wait', /fixé par le préfet/, 'E line 160: délai anormalement long set by each préfet'],
    ['long-wait', /tout de suite/, 'F "DALO without waiting" (L441-2-3 II, R441-14-1)'],
    [
      'long-wait',
      /Sans attendre, si vous êtes : sans logement ; menacé d’expulsion sans relogement/,
      'F: who need not wait',
    ],
    ['long-wait', /hébergé depuis plus de 6 mois, ou dans un logement de transition depuis plus de 18 mois/, 'F'],
    ['long-wait', /avec un enfant mineur ou une personne handicapée/, 'F: overcrowded or non-decent home'],
    ['long-wait', /le préfet doit vous proposer un logement/, 'F: the préfet must propose a home (R441-16-1)'],
    ['long-wait', /refusez un logement adapté .* peut ne plus être obligé/, 'F: refusing after DALO "peut" end it'],
    ['long-wait', /recours au tribunal administratif est possible/, 'F "Still open": no figure for the court appeal'],
    ['long-wait', /Hérault, 36 mois/, 'F: the delay differs by département (herault.gouv.fr)'],
    ['long-wait', /Cerfa n° 15036\*01/, 'B.1 #13 line 29: Cerfa n°15036*01'],
    ['long-wait', /ne garantit pas/, 'B.1 #13 line 29: "ne garantit pas d’obtenir rapidement"'],
    ['long-wait', /300 000 habitants/, 'B.1 #13 line 29: 6 months in DOM and agglomerations > 300,000'],
    ['refusal', /jusqu’à sa date de renouvellement/, 'B.1 #10 line 26: valid until its renewal date'],
    ['refusal', /cotation/, 'B.1 #7 line 23, #10 line 26: a refusal may change the local score'],
    ['lease', /Pas de frais de dossier/, 'F "Signing the lease": no application fee, ever'],
    ['lease', /dépôt de garantie : un mois de loyer au plus, sans les charges/, 'F: loi 89-462 art. 22'],
    ['lease', /Loca-Pass .* \(FSL\)/, 'F: help exists (Loca-Pass, FSL)'],
    ['lease', /APL\), versée par la CAF ou la MSA/, 'F: housing benefit'],
  ];
  for (const [id, said, line] of facts) {
    it(`says on "${id}" what the facts file says (${line})`, () => {
      expect(textOf(byId(id))).to.match(said);
    });
  }

  it('puts the renewal warning where it cannot be missed, in both languages', () => {
    const renewal = byId('renewal');
    expect(localize(renewal.warning, 'fr')).to.match(/supprimée.*radiation/);
    expect(localize(renewal.warning, 'en')).to.match(/cancelled.*radiation/);
  });

  it('gives no national figure for the abnormally long delay (E line 160: no national rule)', () => {
    const longWait = byId('long-wait');
    expect(longWait.localDelay).to.equal(undefined);
    expect(textOf(longWait)).to.match(/pas de durée nationale/);
  });

  it('leaves out what the facts file marks unsure (B.1 #8 three candidates, #13b four months, F 5 days, 18 characters)', () => {
    const all = steps.map((s) => textOf(s)).join(' ');
    expect(all).not.to.match(/3 candidats|trois candidats|4 mois|5 jours ouvrés|18 caractères/);
    expect(steps.every((s) => s.unconfirmed !== true)).to.equal(true);
  });

  it('explains each term where it first appears (a circuit often stands alone)', () => {
    const all = steps.map((s) => textOf(s)).join(' ');
    for (const [term, explained] of [
      ['DALO', 'DALO (droit au logement opposable)'],
      ['CCAS', 'CCAS (centre communal d’action sociale'],
      ['CALEOL', 'commission (CALEOL)'],
      ['cotation', 'points (cotation)'],
    ] as const) {
      const first = all.indexOf(term);
      expect(first, term).to.be.greaterThan(-1);
      expect(
        all.slice(first - explained.indexOf(term), first - explained.indexOf(term) + explained.length),
        term,
      ).to.equal(explained);
    }
  });

  it('never says DALO comes only after the long delay, nor that the lease is free (F)', () => {
    expect(textOf(byId('long-wait'))).not.to.match(/^Après un délai anormalement long/);
    expect(textOf(byId('lease'))).not.to.match(/gratuit/i);
    expect(steps.map((s) => textOf(s)).join(' ')).not.to.match(/N-2|N-1|à confirmer|vérification/);
  });
});

describe('the demo pack circuit (Val de Lône, fictional)', () => {
  const merged = mergePacks(nationalPack, demoPack as object).circuit.steps ?? [];
  const merged_ = (id: string) => merged.find((s) => s.id === id);

  it('passes validation', () => {
    expect(validatePack(demoPack).problems).to.deep.equal([]);
  });

  it('keeps the national texts and adds the local ones', () => {
    expect(localize(merged_('apply')?.title, 'fr')).to.equal('Déposer votre demande');
    expect(localize(merged_('apply')?.local, 'fr')).to.match(/CCAS/);
  });

  it('adds a local step placed after "prepare"', () => {
    expect(merged_('local-help')?.after).to.equal('prepare');
  });

  it('states its abnormally long delay as fictional, in both languages', () => {
    expect(localize(merged_('long-wait')?.localDelay, 'fr')).to.match(/fictif/);
    expect(localize(merged_('long-wait')?.localDelay, 'en')).to.match(/fictional/);
  });

  it('uses only the phone numbers reserved for fiction (04 65 71 xx xx)', () => {
    const text = JSON.stringify((demoPack as { circuit: unknown }).circuit);
    for (const [number] of text.matchAll(/0\d( \d\d){4}/g)) expect(number).to.match(/^04 65 71 /);
  });
});

describe('a wrong circuit in a pack', () => {
  const problemsOf = (circuit: unknown) => validatePack({ schemaVersion: 1, circuit }).problems;

  it('names a bad `after` by its JSON path', () => {
    const [problem] = problemsOf({ steps: [{ id: 'local', after: 'Après Dépôt' }] });
    expect(problem?.path).to.equal('$.circuit.steps[0].after');
  });

  it('refuses a javascript: link for a local scoring grid', () => {
    const [problem] = problemsOf({
      steps: [{ id: 'scoring', localLinks: [{ label: 'Grille', url: 'javascript:alert(1)' }] }],
    });
    expect(problem?.path).to.equal('$.circuit.steps[0].localLinks[0].url');
  });

  it('refuses a side path flag that is not true or false', () => {
    const [problem] = problemsOf({ steps: [{ id: 'x', sidePath: 'oui' }] });
    expect(problem?.path).to.equal('$.circuit.steps[0].sidePath');
  });
});
