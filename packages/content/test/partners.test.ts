/** The partners section of the content pack (data·inclusion v1 names where they fit). */
import { validatePack } from '@voix-logement/content';
import demo from '../../../demo/packs/val-de-lone.json';

const pack = (partners: unknown[], extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, partners, ...extra });

describe('partners in a content pack', () => {
  it('accepts the demo pack of Val de Lône', () => {
    const result = validatePack(demo);
    expect(result.problems).to.deep.equal([]);
    expect(result.ok && result.pack.partners?.length).to.be.greaterThan(11);
  });

  it('accepts a partner with the data·inclusion v1 names', () => {
    const result = validatePack(
      pack([
        {
          id: 'ccas-exemple',
          nom: 'CCAS (fictif)',
          type: 'ccas',
          adresse: '1 place de la Mairie',
          code_postal: '00000',
          code_insee: '00000',
          commune: 'Écoulanges',
          communes_servies: ['Écoulanges'],
          horaires_accueil: 'Mo-Fr 09:00-12:00; PH off',
          telephone: '04 65 71 00 00',
          courriel: 'ccas@exemple.example',
          site_web: 'https://ccas.example/',
          reseaux_porteurs: ['UNCCAS'],
          services: [
            'Déposer une demande',
            {
              nom: { fr: 'Changer de logement', en: 'Move' },
              thematiques: ['logement-hebergement--changer-de-logement'],
            },
          ],
          accessibilite: { fr: 'Plain-pied', en: 'Step-free' },
        },
      ]),
    );
    expect(result.problems).to.deep.equal([]);
  });

  it('keeps the v0 names horaires_ouverture and typologie (the directory maps them)', () => {
    const result = validatePack(pack([{ id: 'a', nom: 'A', typologie: 'CCAS', horaires_ouverture: 'Mo 09:00-12:00' }]));
    expect(result.ok).to.equal(true);
    if (result.ok)
      expect(result.pack.partners?.[0]).to.include({ typologie: 'CCAS', horaires_ouverture: 'Mo 09:00-12:00' });
  });

  it.each([
    [{ id: 'a', nom: 'A', site_web: 'javascript:alert(1)' }, '$.partners[0].site_web', 'https://'],
    [{ id: 'a', nom: 'A', telephone: 'appelez-nous' }, '$.partners[0].telephone', 'téléphone'],
    [{ id: 'a', nom: 'A', courriel: 'pas une adresse' }, '$.partners[0].courriel', 'électronique'],
    [{ id: 'A B', nom: 'A' }, '$.partners[0].id', 'identifiant'],
    [{ id: 'a' }, '$.partners[0].nom', 'texte'],
    [{ id: 'a', nom: 'A', services: [42] }, '$.partners[0].services[0]', 'texte'],
  ])('refuses %j, naming %s in French', (partner, path, words) => {
    const result = validatePack(pack([partner]));
    expect(result.ok).to.equal(false);
    expect(result.problems[0]?.path).to.equal(path);
    expect(result.problems[0]?.message).to.include(words);
  });

  it('accepts partner types defined by the pack', () => {
    expect(
      validatePack(pack([], { partnerTypes: [{ id: 'shelter', label: { fr: 'Hébergement', en: 'Shelter' } }] })).ok,
    ).to.equal(true);
  });
});
