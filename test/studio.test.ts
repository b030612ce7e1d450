/**
 * The territory's studio (issue 22), driven as a communication service would: start a pack for a
 * territory, import a spreadsheet of 20 partners with one bad row, see the error beside the field,
 * fix it, add a local question with its verdict and staff note and a criterion of the scoring grid,
 * preview, export. The exported pack
 * passes the widgets' validator; it is written to test/fixtures/studio-pack.json, which
 * test/node/studio-pack.test.mjs runs through `node scripts/validate.mjs`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { commands, userEvent } from 'vitest/browser';
import { vi } from 'vitest';
import '@voix-logement/widgets';
import '../demo/studio.css';
import { clearPackCache } from '@voix-logement/core/testing';
import { figureIds, jsonPath, nationalPack, parsePackText, validatePack } from '@voix-logement/content';
import { holidayHours, hoursStatus, parseHours, weekSummary } from '@voix-logement/directory/hours';
import { mountStudio } from '../demo/studio/studio.js';
import { decodeText, parseCsv } from '../demo/studio/csv.js';
import { dataInclusionToPartners, splitExport } from '../demo/studio/data-inclusion.js';
import { storageKey } from '../demo/studio/storage.js';
import { guessMapping, partnerColumns, rowsToPartners } from '../demo/studio/partner-import.js';
import partnersModel from '../demo/partenaires-modele.csv?raw';

type Rendered = HTMLElement & { updateComplete: Promise<unknown>; contentReady: Promise<unknown> };

/** An in-memory localStorage: each test starts from an empty browser. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

/** Wednesday 2026-12-02, 10:00 in Paris. */
const now = () => new Date('2026-12-02T09:00:00Z');

async function mount(storage = memoryStorage(), extra: Record<string, unknown> = {}) {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  const downloads: string[] = [];
  const studio = mountStudio(root, {
    validatePack,
    parsePackText,
    jsonPath,
    nationalPack,
    figureIds,
    hours: { parseHours, hoursStatus, weekSummary, holidayHours },
    storage,
    now,
    today: () => '2026-12-03',
    download: (text: string) => downloads.push(text),
    delayMs: 0,
    ...extra,
  });
  return { root, studio, downloads, storage };
}

const labelled = <T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return root.querySelector<T>(`#${CSS.escape(label.htmlFor)}`)!;
};

const buttonNamed = (root: ParentNode, text: string) => {
  const found = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** The message tied to a field by aria-describedby. */
const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.focus();
  input.select?.();
  await userEvent.keyboard(text);
}

async function chooseFile(input: HTMLInputElement, name: string, bytes: Uint8Array<ArrayBuffer> | string) {
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** Twenty partners as a French spreadsheet exports them: `;`, Windows-1252, quoted cells; row 8's e-mail is wrong. */
function partnersCsv(): Uint8Array<ArrayBuffer> {
  const header = 'Nom;Type;Adresse;Code postal;Commune;Horaires;Téléphone;Courriel;Site web';
  const communes = ['Lônes-les-Bains', 'Écoulanges', 'Montval', 'Bourg-des-Prés'];
  const types = ['CCAS', 'Bailleur social', 'Association', 'ADIL'];
  const lines = Array.from({ length: 20 }, (_, i) => {
    const n = String(i + 10).padStart(2, '0');
    const commune = communes[i % 4];
    const mail = i === 7 ? 'accueil-at-exemple.fr' : `accueil${n}@exemple.fr`;
    return [
      `"Partenaire ${n} de ${commune}"`,
      types[i % 4],
      `"${i + 1}, rue des Prés"`,
      `000${String(i % 9)}0`,
      commune,
      // A cell holding the separator is quoted, as spreadsheets write it.
      '"Mo-Fr 09:00-12:00,14:00-17:00; PH off"',
      `04 65 71 00 ${n}`,
      mail,
      `https://partenaire${n}.example`,
    ].join(';');
  });
  const text = [header, ...lines].join('\r\n');
  // Every character here is in Latin-1, where Windows-1252 bytes are the code points.
  return new Uint8Array([...text].map((c) => c.charCodeAt(0)));
}

describe('the studio', () => {
  beforeEach(() => clearPackCache());
  afterEach(() => vi.restoreAllMocks());

  it('builds a pack from nothing to pack.json, as a communication service would', async () => {
    const { root, studio, downloads, storage } = await mount();

    // 1. A pack for a territory.
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Agglomération du Val de Lône');
    const zone = labelled<HTMLSelectElement>(root, 'Zone des plafonds de ressources');
    zone.value = 'other';
    buttonNamed(root, 'Commencer ce pack').click();
    expect(root.querySelector('#st-problems h2')!.textContent).to.contain('Aucun problème');
    expect(document.activeElement).to.equal(root.querySelector('#st-problems'));

    // 2. The spreadsheet: read as Windows-1252 with `;`, columns mapped from their names.
    const csvInput = labelled(root, 'Fichier CSV des partenaires');
    await chooseFile(csvInput, 'partenaires.csv', partnersCsv());
    await vi.waitFor(() => expect(root.textContent).to.contain('Fichier lu : 20 lignes de partenaires'));
    expect(root.textContent).to.contain('séparateur point-virgule, encodage Windows-1252');
    expect(labelled<HTMLSelectElement>(root, 'Courriel').selectedOptions[0]!.textContent).to.equal('Courriel');
    expect(labelled<HTMLSelectElement>(root, "Horaires d'accueil").selectedOptions[0]!.textContent).to.equal(
      'Horaires',
    );
    // The mapping step too is usable without a mouse or sight.
    await expect(root).to.be.accessible();
    buttonNamed(root, 'Importer 20 partenaires').click();

    // 3. The bad row: named in the summary and in the table.
    expect(root.querySelector('#st-partners-import-result')!.textContent).to.contain('20 partenaires importés');
    expect(studio.state.pack.partners).to.have.length(20);
    expect(studio.state.pack.partners[1].nom).to.equal('Partenaire 11 de Écoulanges');
    expect(studio.state.pack.partners[0].type).to.equal('ccas');
    const summary = root.querySelector('#st-problems')!;
    expect(summary.querySelector('h2')!.textContent).to.contain('1 problème à corriger');
    expect(summary.textContent).to.contain('Partenaire n° 8');
    expect(summary.textContent).to.contain('attendu une adresse électronique');
    const badRow = [...root.querySelectorAll('tbody tr')][7]!;
    expect(badRow.textContent).to.contain('À corriger (1)');

    // 4. From the summary to the field; the message is tied to it.
    summary.querySelector('button')!.click();
    const email = labelled(root, 'Courriel');
    expect(document.activeElement).to.equal(email);
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(describedText(email)).to.contain('Reçu "accueil-at-exemple.fr", attendu une adresse électronique');
    // The card reads the hours back, with "open now" at Wednesday 10:00 in Paris.
    expect(root.querySelector('.st-hours')!.textContent).to.contain('Lundi au vendredi : 9 h – 12 h, 14 h – 17 h');
    expect(root.querySelector('.st-hours')!.textContent).to.contain('Jours fériés : fermé');
    expect(root.querySelector('.st-hours')!.textContent).to.contain(
      'Maintenant (heure de Paris) : ouvert, ferme aujourd’hui à 12 h',
    );

    // 5. Fixed: the summary says the pack can be exported, the field is no longer invalid.
    await typeInto(email, 'accueil17@exemple.fr');
    await vi.waitFor(() => expect(summary.querySelector('h2')!.textContent).to.contain('Aucun problème'));
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
    expect(root.querySelector('#st-live')!.textContent).to.contain('Plus aucun problème');
    buttonNamed(root, 'Fermer la fiche').click();
    expect(document.activeElement).to.equal(buttonNamed(root, 'Modifier Partenaire 17 de Bourg-des-Prés'));

    // 6. A local question, a rumour with its verdict and the note for front-desk staff.
    buttonNamed(root, 'Ajouter une question locale').click();
    await vi.waitFor(() => expect(summary.textContent).to.contain('problème'));
    const card = root
      .querySelector<HTMLElement>('#st-questions-title')!
      .parentElement!.querySelector('fieldset.st-card')!;
    expect(document.activeElement).to.equal(labelled(card, 'Thème (obligatoire)'));
    const topic = labelled<HTMLSelectElement>(card, 'Thème (obligatoire)');
    topic.value = 'apply';
    topic.dispatchEvent(new Event('change'));
    await typeInto(
      labelled(card, 'La question, dans les mots des gens (ou la rumeur) (obligatoire)'),
      'À Montval, il faut habiter la commune depuis cinq ans',
    );
    const verdict = labelled<HTMLSelectElement>(card, 'Verdict (pour une rumeur)');
    verdict.value = 'false';
    verdict.dispatchEvent(new Event('change'));
    await typeInto(
      labelled<HTMLTextAreaElement>(card, 'La réponse, en une ou deux phrases (obligatoire)'),
      'Faux. Aucune durée de résidence n’est exigée pour déposer une demande.',
    );
    await typeInto(
      labelled<HTMLTextAreaElement>(card, 'Ce qu’il faut dire'),
      'La demande se dépose partout, dès aujourd’hui.',
    );
    await typeInto(labelled<HTMLTextAreaElement>(card, 'Ce qu’il ne faut jamais promettre'), 'Un délai.');
    await vi.waitFor(() => expect(summary.querySelector('h2')!.textContent).to.contain('Aucun problème'));
    const question = studio.state.pack.questions.items[0];
    expect(question.id).to.equal('a-montval-il-faut-habiter-la-commune-depuis-cinq');
    expect(question.verdict).to.equal('false');
    expect(question.staffNote.avoid).to.equal('Un délai.');

    // 6 bis. One criterion of the territory's scoring grid, with its points (made up for the test).
    buttonNamed(root, 'Ajouter un critère').click();
    await userEvent.keyboard('Critère fictif du test');
    const criterion = root.querySelector('#st-scoring-title')!.parentElement!.querySelector('fieldset.st-card')!;
    await typeInto(labelled(criterion, 'Points'), '40');
    await vi.waitFor(() => expect(summary.querySelector('h2')!.textContent).to.contain('Aucun problème'));

    // 7. The preview: the questions widget with the pack as it stands, at phone and desktop width.
    const widget = labelled<HTMLSelectElement>(root, 'Widget');
    widget.value = 'vl-questions';
    buttonNamed(root, 'Afficher l’aperçu avec le pack actuel').click();
    await vi.waitFor(() => expect(root.querySelector('#st-preview-status')!.textContent).to.contain('Aperçu à jour'));
    const phone = studio.preview!.phone;
    const desktop = studio.preview!.desktop;
    expect(phone.getBoundingClientRect().width).to.equal(375);
    for (const frame of [phone, desktop]) {
      const el = frame.querySelector<Rendered>('vl-questions')!;
      expect(el.shadowRoot!.textContent).to.contain('il faut habiter la commune depuis cinq ans');
    }
    // … and in English: the same element, the other language.
    const french = desktop.querySelector('vl-questions')!.shadowRoot!.querySelector('h2')!.textContent;
    labelled(root, 'English').click();
    buttonNamed(root, 'Afficher l’aperçu avec le pack actuel').click();
    await vi.waitFor(() => expect(root.querySelector('#st-preview-status')!.textContent).to.contain('en anglais'));
    expect(desktop.getAttribute('lang')).to.equal('en');
    expect(desktop.querySelector('vl-questions')!.shadowRoot!.querySelector('h2')!.textContent).not.to.equal(french);

    // 8. No axe violation on the whole studio, previews included.
    await expect(root).to.be.accessible();

    // 9. The export: pack.json, which the widgets' validator accepts.
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    expect(downloads).to.have.length(1);
    expect(root.querySelector('#st-export-result')!.textContent).to.contain('pack.json est prêt');
    const exported = JSON.parse(downloads[0]!);
    const validation = validatePack(exported);
    expect(validation.problems).to.deep.equal([]);
    expect(validation.ok).to.equal(true);
    expect(exported.territory).to.deep.include({
      name: 'Agglomération du Val de Lône',
      zone: 'other',
      updatedOn: '2026-12-03',
    });
    expect(exported.partners).to.have.length(20);
    expect(exported.partners[7].courriel).to.equal('accueil17@exemple.fr');
    expect(exported.questions.items[0]).to.deep.include({ topic: 'apply', verdict: 'false' });
    expect(exported.eligibility.scoring.criteria).to.deep.equal([
      { id: 'critere-fictif-du-test', label: 'Critère fictif du test', points: 40 },
    ]);
    await commands.writeFile('test/fixtures/studio-pack.json', downloads[0]!);

    // 10. Then the configurator, with the pack's published address filled.
    const published = labelled(root, 'Adresse où vous avez publié pack.json');
    await typeInto(published, 'https://agglo.example/voix-logement/pack.json');
    expect(root.querySelector<HTMLAnchorElement>('#st-configurator-link')!.getAttribute('href')).to.equal(
      'configurateur.html?pack=https%3A%2F%2Fagglo.example%2Fvoix-logement%2Fpack.json',
    );

    // 11. The work is kept in this browser: a new visit resumes it.
    expect(JSON.parse(storage.getItem(storageKey)!).pack.partners).to.have.length(20);
    const again = await mount(storage);
    expect(again.studio.state.pack.questions.items[0].verdict).to.equal('false');
    expect(again.root.textContent).to.contain('Travail repris');
  });

  it('refuses to export a pack the widgets would refuse, and says why', async () => {
    const { root, downloads } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    buttonNamed(root, 'Ajouter un partenaire').click();
    expect(document.activeElement).to.equal(labelled(root, 'Nom (obligatoire)'));
    await userEvent.keyboard('Maison de l’habitat');
    // The table follows the card.
    expect(root.querySelector('tbody th')!.textContent).to.equal('Maison de l’habitat');
    await typeInto(labelled(root, 'Téléphone'), '04 ab');
    await vi.waitFor(() => expect(root.querySelector('#st-problems h2')!.textContent).to.contain('1 problème'));
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    expect(downloads).to.have.length(0);
    expect(root.querySelector('#st-export-result')!.textContent).to.contain('Export impossible : 1 problème');
    expect(document.activeElement).to.equal(root.querySelector('#st-export-result'));
    expect(describedText(labelled(root, 'Téléphone'))).to.contain('attendu un numéro de téléphone');
    // A card with its errors shown has no axe violation either.
    await expect(root).to.be.accessible();
  });

  it('names each remark before export, and exports once they are read', async () => {
    const { root, downloads } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    buttonNamed(root, 'Ajouter un partenaire').click();
    await typeInto(labelled(root, 'Nom (obligatoire)'), 'Maison de l’habitat');
    await typeInto(labelled(root, 'Horaires d’accueil'), 'du lundi au vendredi');
    expect(root.querySelector('.st-hours')!.textContent).to.contain('Écriture non reconnue');
    buttonNamed(root, 'Ajouter un numéro local').click();
    const contact = root.querySelector('#st-emergency-title')!.parentElement!.querySelector('fieldset.st-card')!;
    await typeInto(labelled(contact, 'Nom (obligatoire)'), 'Permanence logement');
    await typeInto(labelled(contact, 'Téléphone'), '04 65 71 00 99');
    labelled(contact, 'Pas encore confirmé par une source officielle').click();
    await vi.waitFor(() => expect(root.querySelector('#st-problems h2')!.textContent).to.contain('Aucun problème'));
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    expect(downloads).to.have.length(0);
    const result = root.querySelector('#st-export-result')!.textContent;
    expect(result).to.contain('ne sont pas dans l’écriture reconnue');
    expect(result).to.contain('« Permanence logement » est marqué « pas encore confirmé »');
    buttonNamed(root, 'J’ai lu ces remarques : exporter').click();
    expect(downloads).to.have.length(1);
    const pack = JSON.parse(downloads[0]!);
    expect(pack.emergency.contacts[0]).to.deep.include({
      id: 'permanence-logement',
      scope: 'local',
      unconfirmed: true,
    });
  });

  it('imports a data·inclusion export: current names, and old ones with a remark', async () => {
    const { root, studio } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    const structures = [
      {
        id: 'dora--1',
        source: 'dora',
        nom: 'CCAS de Montval',
        description: 'Accueil, aide à la demande de logement social.',
        adresse: '1 place de la Mairie',
        code_postal: '00050',
        commune: 'Montval',
        telephone: '04 65 71 00 01',
        horaires_accueil: 'Mo-Fr 09:00-12:00',
        date_maj: '2026-11-01',
      },
      {
        id: 'dora--2',
        source: 'dora',
        nom: 'Association Toit',
        typologie: 'ASSO',
        horaires_ouverture: 'Tu 14:00-17:00',
        presentation_resume: 'Hébergement.',
      },
    ];
    const services = [
      {
        id: 's1',
        structure_id: 'dora--1',
        source: 'dora',
        nom: 'Aide à la demande',
        thematiques: ['logement-hebergement--louer-un-logement'],
      },
    ];
    await chooseFile(
      labelled(root, 'Fichiers data·inclusion (structures, services)'),
      'export.json',
      JSON.stringify({ structures, services }),
    );
    await vi.waitFor(() => expect(studio.state.pack.partners).to.have.length(2));
    const [ccas, association] = studio.state.pack.partners;
    expect(ccas).to.deep.include({ id: 'ccas-de-montval', horaires_accueil: 'Mo-Fr 09:00-12:00' });
    expect(ccas.services[0]).to.deep.equal({
      nom: 'Aide à la demande',
      thematiques: ['logement-hebergement--louer-un-logement'],
    });
    expect(association).to.deep.include({
      horaires_accueil: 'Tu 14:00-17:00',
      typologie: 'ASSO',
      description: 'Hébergement.',
    });
    const result = root.querySelector('#st-partners-import-result')!.textContent;
    expect(result).to.contain('« horaires_ouverture » : lu comme « horaires_accueil »');
    expect(result).to.contain('« typologie » : lu comme « type »');
    // The validator names the old field kept in the pack, among the remarks.
    expect(root.querySelector('#st-problems')!.textContent).to.contain('ancien nom (data·inclusion v0)');
  });

  it('adds a key figure with its period and source, which the widget shows in the preview', async () => {
    const { root, studio } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    const codes = labelled<HTMLTextAreaElement>(root, 'Codes INSEE des communes (pour leurs chiffres clés)');
    await typeInto(codes, 'Montval ; 3818');
    await vi.waitFor(() => expect(describedText(codes)).to.contain('code INSEE de commune'));
    await typeInto(codes, 'Montval ; 38185');
    await vi.waitFor(() =>
      expect(studio.state.pack.territory.communeCodes).to.deep.equal([{ name: 'Montval', insee: '38185' }]),
    );
    buttonNamed(root, 'Ajouter un chiffre').click();
    const card = root.querySelector('#st-figures-title')!.parentElement!.querySelector('fieldset.st-card')!;
    const which = labelled<HTMLSelectElement>(card, 'Quel chiffre (obligatoire)');
    expect(document.activeElement).to.equal(which);
    which.value = 'pending';
    which.dispatchEvent(new Event('change'));
    // The place: a commune of the territory's codes, offered by its name.
    const where = labelled<HTMLSelectElement>(card, 'Où');
    expect([...where.options].map((o) => o.textContent)).to.deep.equal(['Tout le territoire', 'Montval (38185)']);
    await typeInto(labelled(card, 'Valeur (obligatoire)'), '3 412');
    await vi.waitFor(() =>
      expect(describedText(labelled(card, 'Valeur (obligatoire)'))).to.contain('attendu un nombre'),
    );
    await typeInto(labelled(card, 'Valeur (obligatoire)'), '3412');
    await typeInto(labelled(card, 'Période (obligatoire)'), '2025-12-31');
    await typeInto(labelled(card, 'Source (obligatoire)'), 'SNE (valeur fictive)');
    const checked = labelled(card, 'Vérifié le (obligatoire)');
    checked.value = '2026-11-20';
    checked.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(root.querySelector('#st-problems h2')!.textContent).to.contain('Aucun problème'));
    expect(studio.state.pack.figures.items[0]).to.deep.equal({
      figure: 'pending',
      value: 3412,
      period: '2025-12-31',
      source: 'SNE (valeur fictive)',
      verifiedOn: '2026-11-20',
    });
    labelled<HTMLSelectElement>(root, 'Widget').value = 'vl-key-figures';
    buttonNamed(root, 'Afficher l’aperçu avec le pack actuel').click();
    await vi.waitFor(() => expect(root.querySelector('#st-preview-status')!.textContent).to.contain('Aperçu à jour'));
    expect(studio.preview!.desktop.querySelector('vl-key-figures')!.shadowRoot!.textContent).to.match(/3\s?412/);
  });

  it("builds the territory's scoring grid: criteria added and removed, errors beside their field, shown by the eligibility widget", async () => {
    const { root, studio, downloads } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    const section = root.querySelector('#st-scoring-title')!.parentElement!;
    const summary = root.querySelector('#st-problems')!;
    // Its place among the steps, numbered like the others.
    expect(
      [...root.querySelectorAll('.st-editor .st-section > h2')].map((t) => t.textContent!.split('.')[0]),
    ).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(section.querySelector('h2')!.textContent).to.equal('4. Votre grille de cotation');
    expect(section.textContent).to.contain('Le studio vérifie la forme, pas les faits');

    // The introduction, in French and in English; the address of the published grid.
    await typeInto(labelled<HTMLTextAreaElement>(section, 'Introduction'), 'Grille fictive, pour le test.');
    await typeInto(
      labelled<HTMLTextAreaElement>(section, 'Introduction, en anglais (facultatif)'),
      'A made-up grid, for the test.',
    );
    const url = labelled(section, 'Adresse de la grille complète');
    await typeInto(url, 'javascript:alert(1)');
    await vi.waitFor(() => expect(url.getAttribute('aria-invalid')).to.equal('true'));
    expect(describedText(url)).to.contain('attendu une adresse web commençant par https://');
    expect(summary.querySelector('h2')!.textContent).to.contain('1 problème');
    expect(summary.textContent).to.contain('Grille de cotation, Adresse de la grille complète');
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    expect(downloads).to.have.length(0);
    expect(root.querySelector('#st-export-result')!.textContent).to.contain('Export impossible : 1 problème');
    await typeInto(url, 'https://ville-test.example/cotation');
    await vi.waitFor(() => expect(url.hasAttribute('aria-invalid')).to.equal(false));

    // From the keyboard: the add button leads to the new criterion's first field.
    const add = buttonNamed(root, 'Ajouter un critère');
    add.focus();
    await userEvent.keyboard('{Enter}');
    const cards = () => [...section.querySelectorAll<HTMLElement>('fieldset.st-card')];
    expect(document.activeElement).to.equal(labelled(cards()[0]!, 'Intitulé du critère (obligatoire)'));
    await userEvent.keyboard('Premier critère fictif');
    await typeInto(labelled(cards()[0]!, 'Intitulé du critère, en anglais (facultatif)'), 'First made-up criterion');
    const points = labelled(cards()[0]!, 'Points');
    await typeInto(points, '12 points');
    await vi.waitFor(() => expect(describedText(points)).to.contain('attendu un nombre'));
    await typeInto(points, '40');
    // A second one without points (none shown), a third left without its label.
    buttonNamed(root, 'Ajouter un critère').click();
    await typeInto(labelled(cards()[1]!, 'Intitulé du critère (obligatoire)'), 'Deuxième critère fictif');
    buttonNamed(root, 'Ajouter un critère').click();
    expect(document.activeElement).to.equal(labelled(cards()[2]!, 'Intitulé du critère (obligatoire)'));
    await vi.waitFor(() => expect(summary.querySelector('h2')!.textContent).to.contain('1 problème'));
    const missing = labelled(cards()[2]!, 'Intitulé du critère (obligatoire)');
    expect(missing.getAttribute('aria-invalid')).to.equal('true');
    expect(describedText(missing)).to.contain('Obligatoire mais absent');
    expect(summary.textContent).to.contain('Critère de cotation n° 3 « sans intitulé »');
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    expect(downloads).to.have.length(0);
    expect(root.querySelector('#st-export-result')!.textContent).to.contain('Export impossible : 1 problème');
    // The summary leads to the field; the section with its error has no axe violation.
    summary.querySelector('button')!.click();
    expect(document.activeElement).to.equal(missing);
    await expect(root).to.be.accessible();

    // Removed: the grid holds the two criteria written, their ids made from their labels.
    buttonNamed(root, 'Retirer le critère n° 3').click();
    expect(cards()).to.have.length(2);
    await vi.waitFor(() => expect(summary.querySelector('h2')!.textContent).to.contain('Aucun problème'));
    const grid = {
      intro: { fr: 'Grille fictive, pour le test.', en: 'A made-up grid, for the test.' },
      url: 'https://ville-test.example/cotation',
      criteria: [
        {
          id: 'premier-critere-fictif',
          label: { fr: 'Premier critère fictif', en: 'First made-up criterion' },
          points: 40,
        },
        { id: 'deuxieme-critere-fictif', label: 'Deuxième critère fictif' },
      ],
    };
    expect(studio.state.pack.eligibility.scoring).to.deep.equal(grid);
    await expect(root).to.be.accessible();

    // The preview: the eligibility widget shows the grid, the points only where there are some.
    labelled<HTMLSelectElement>(root, 'Widget').value = 'vl-eligibility';
    buttonNamed(root, 'Afficher l’aperçu avec le pack actuel').click();
    await vi.waitFor(() => expect(root.querySelector('#st-preview-status')!.textContent).to.contain('Aperçu à jour'));
    const shown = studio.preview!.desktop.querySelector('vl-eligibility')!.shadowRoot!;
    expect(shown.textContent).to.contain('Grille fictive, pour le test.');
    const items = [...shown.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.find((t) => t.startsWith('Premier critère fictif'))).to.match(/40 points$/);
    expect(items).to.include('Deuxième critère fictif');
    expect(shown.querySelector('a[href="https://ville-test.example/cotation"]')).not.to.equal(null);
    await expect(root).to.be.accessible();

    // Exported with the pack, which the validator accepts.
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    expect(downloads).to.have.length(1);
    const exported = JSON.parse(downloads[0]!);
    expect(exported.eligibility.scoring).to.deep.equal(grid);
    expect(validatePack(exported).problems).to.deep.equal([]);
    expect(validatePack(exported).ok).to.equal(true);
  });

  it('opens a pack with a scoring grid: its criteria in the form, not said to be kept as is', async () => {
    const { root, studio } = await mount();
    const file = labelled(root, 'Fichier pack.json sur cet ordinateur');
    const pack = {
      schemaVersion: 1,
      territory: { name: 'Montval' },
      eligibility: { scoring: { criteria: [{ id: 'a', label: { fr: 'Critère A', en: 'Criterion A' }, points: -10 }] } },
    };
    await chooseFile(file, 'pack.json', JSON.stringify(pack));
    await vi.waitFor(() => expect(root.querySelector('#st-scoring-title')).not.to.equal(null));
    const card = root
      .querySelector('#st-scoring-title')!
      .parentElement!.querySelector<HTMLElement>('fieldset.st-card')!;
    expect(labelled(card, 'Intitulé du critère (obligatoire)').value).to.equal('Critère A');
    expect(labelled(card, 'Intitulé du critère, en anglais (facultatif)').value).to.equal('Criterion A');
    expect(labelled(card, 'Points').value).to.equal('-10');
    expect(root.querySelector('#st-start-message')!.textContent).not.to.contain('Gardés tels quels');
    // An id that came from the file does not follow the label.
    await typeInto(labelled(card, 'Intitulé du critère (obligatoire)'), 'Critère A modifié');
    await vi.waitFor(() =>
      expect(studio.state.pack.eligibility.scoring.criteria[0]).to.deep.equal({
        id: 'a',
        label: { fr: 'Critère A modifié', en: 'Criterion A' },
        points: -10,
      }),
    );
  });

  it("adds the pack's own partner type and topic, offered in the partner's and the question's lists", async () => {
    const { root, studio } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    buttonNamed(root, 'Ajouter un type de partenaire').click();
    expect(document.activeElement).to.equal(labelled(root, 'Nom (obligatoire)'));
    await userEvent.keyboard('Point d’accès au droit');
    buttonNamed(root, 'Ajouter un thème').click();
    await userEvent.keyboard('Vivre à Montval');
    await vi.waitFor(() => expect(root.querySelector('#st-problems h2')!.textContent).to.contain('Aucun problème'));
    const typeCard = root.querySelector<HTMLElement>('.st-own-labels')!;
    await typeInto(
      labelled<HTMLTextAreaElement>(typeCard, 'Les mots que les gens tapent pour le chercher (un par ligne)'),
      'avocat gratuit{Enter}PAD',
    );
    expect(studio.state.pack.partnerTypes).to.deep.equal([
      { id: 'point-d-acces-au-droit', label: 'Point d’accès au droit', keywords: ['avocat gratuit', 'PAD'] },
    ]);
    expect(studio.state.pack.questions.topics).to.deep.equal([{ id: 'vivre-a-montval', label: 'Vivre à Montval' }]);
    buttonNamed(root, 'Ajouter un partenaire').click();
    const type = labelled<HTMLSelectElement>(root.querySelector('.st-card')!.closest('section')!, 'Type');
    expect([...type.options].map((o) => o.value)).to.include('point-d-acces-au-droit');
    buttonNamed(root, 'Ajouter une question locale').click();
    const topic = labelled<HTMLSelectElement>(
      root.querySelector('fieldset[data-list="questions.items"]')!,
      'Thème (obligatoire)',
    );
    expect([...topic.options].map((o) => o.value)).to.include('vivre-a-montval');
  });

  it("writes a question's details in French and in English, paragraph by paragraph", async () => {
    const { root, studio } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    buttonNamed(root, 'Ajouter une question locale').click();
    const card = root.querySelector<HTMLElement>('fieldset[data-list="questions.items"]')!;
    const label = 'Détails (un paragraphe, puis une ligne vide, puis le suivant)';
    const french = labelled<HTMLTextAreaElement>(card, label);
    const english = labelled<HTMLTextAreaElement>(card, `${label}, en anglais (facultatif)`);
    expect(english.lang).to.equal('en');
    const details = () => studio.state.pack.questions.items[0].details;

    await typeInto(french, 'Premier paragraphe.{Enter}{Enter}Deuxième paragraphe.');
    expect(details()).to.deep.equal(['Premier paragraphe.', 'Deuxième paragraphe.']);
    // English for the first paragraph only: the second stays French only.
    await typeInto(english, 'First paragraph.');
    expect(details()).to.deep.equal([{ fr: 'Premier paragraphe.', en: 'First paragraph.' }, 'Deuxième paragraphe.']);
    await typeInto(english, 'First paragraph.{Enter}{Enter}Second paragraph.');
    expect(details()).to.deep.equal([
      { fr: 'Premier paragraphe.', en: 'First paragraph.' },
      { fr: 'Deuxième paragraphe.', en: 'Second paragraph.' },
    ]);
    // Changing the French keeps each English text with its paragraph.
    await typeInto(french, 'Premier, réécrit.{Enter}{Enter}Deuxième paragraphe.');
    expect(details()![0]).to.deep.equal({ fr: 'Premier, réécrit.', en: 'First paragraph.' });
    // An English paragraph with no French beside it is kept, and the validator asks for its French.
    await typeInto(english, 'First paragraph.{Enter}{Enter}Second paragraph.{Enter}{Enter}Third, alone.');
    expect(details()![2]).to.deep.equal({ en: 'Third, alone.' });
    await vi.waitFor(() => expect(root.querySelector('#st-problems h2')!.textContent).to.contain('problème'));
  });

  it('reads the partners model (demo/partenaires-modele.csv): every column found, a valid partner', () => {
    const [headers, ...rows] = parseCsv(partnersModel).rows;
    const mapping = guessMapping(headers!);
    expect(Object.keys(mapping).sort()).to.deep.equal(
      partnerColumns
        .map(([field]) => field)
        .filter((f) => f !== 'code_insee')
        .sort(),
    );
    const { partners, remarks } = rowsToPartners(rows, mapping, { takenIds: [], types: nationalPack.partnerTypes! });
    expect(remarks).to.deep.equal([]);
    expect(partners[0]).to.deep.include({ type: 'ccas', horaires_accueil: 'Mo-Fr 09:00-12:00,14:00-17:00; PH off' });
    expect(partners[0]!['services']).to.deep.equal(['Aide à la demande de logement social', 'Domiciliation']);
    expect(validatePack({ schemaVersion: 1, partners }).problems).to.deep.equal([]);
  });

  it("writes a step's local words and the local delay, and drops a step left empty", async () => {
    const { root, studio, downloads } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    const circuit = root.querySelector('#st-circuit-title')!.parentElement!;
    const apply = nationalPack.circuit!.steps!.find((s) => s.id === 'apply')!;
    const title = typeof apply.title === 'string' ? apply.title : apply.title!['fr'];
    // Each step is a disclosure: the person opens the ones to change.
    for (const summary of circuit.querySelectorAll('summary')) {
      if (summary.textContent === title || /DALO/.test(summary.textContent ?? '')) summary.click();
    }
    const local = labelled<HTMLTextAreaElement>(circuit, `Chez vous, à l’étape « ${title} »`);
    await typeInto(local, 'Déposez votre demande à la Maison de l’habitat.');
    await typeInto(labelled(circuit, 'Délai anormalement long dans votre département'), '30 mois (exemple fictif)');
    await vi.waitFor(() => expect(studio.state.pack.circuit?.steps).to.have.length(2));
    expect(studio.state.pack.circuit.steps[0]).to.deep.equal({
      id: 'apply',
      local: 'Déposez votre demande à la Maison de l’habitat.',
    });
    expect(studio.state.pack.circuit.steps[1]).to.deep.equal({
      id: 'long-wait',
      localDelay: '30 mois (exemple fictif)',
    });
    local.select();
    await userEvent.keyboard('{Backspace}');
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    const pack = JSON.parse(downloads[0]!);
    expect(pack.circuit.steps).to.deep.equal([{ id: 'long-wait', localDelay: '30 mois (exemple fictif)' }]);
  });

  it('adds a step of the territory’s own, placed after a national step, which the circuit shows there', async () => {
    const { root, studio, downloads } = await mount();
    await typeInto(labelled(root, 'Nom du territoire (obligatoire)'), 'Ville test');
    buttonNamed(root, 'Commencer ce pack').click();
    buttonNamed(root, 'Ajouter une étape locale').click();
    const circuit = root.querySelector('#st-circuit-title')!.parentElement!;
    expect(document.activeElement).to.equal(labelled(circuit, 'Nom de l’étape (obligatoire)'));
    await userEvent.keyboard('Réunion d’information');
    const after = labelled<HTMLSelectElement>(circuit, 'Elle vient après');
    after.value = 'apply';
    after.dispatchEvent(new Event('change'));
    await vi.waitFor(() =>
      expect(studio.state.pack.circuit?.steps).to.deep.equal([
        { id: 'reunion-d-information', title: 'Réunion d’information', after: 'apply' },
      ]),
    );
    buttonNamed(root, 'Vérifier et exporter pack.json').click();
    const pack = JSON.parse(downloads[0]!);
    expect(validatePack(pack).problems).to.deep.equal([]);
    const el = await fixture<HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> }>(
      html`<vl-demand-circuit
        content-src=${URL.createObjectURL(new Blob([downloads[0]!], { type: 'application/json' }))}
      ></vl-demand-circuit>`,
    );
    await el.contentReady;
    await el.updateComplete;
    const titles = [...el.shadowRoot!.querySelectorAll('[part="step-title"]')].map((t) => t.textContent);
    const apply = titles.findIndex((t) => t === 'Déposer votre demande');
    expect(titles[apply + 1]).to.equal('Réunion d’information');
  });

  it('opens a pack file, and says in French when it is not JSON', async () => {
    const { root, studio } = await mount();
    const file = labelled(root, 'Fichier pack.json sur cet ordinateur');
    await chooseFile(file, 'pack.json', '{ "schemaVersion": 1, ');
    await vi.waitFor(() =>
      expect(root.querySelector('#st-start-message')!.textContent).to.contain("n'est pas du JSON valide"),
    );
    expect(studio.state.pack).to.equal(null);
    await chooseFile(
      file,
      'pack.json',
      JSON.stringify({ schemaVersion: 1, territory: { name: 'Montval' }, partners: [{ id: 'a', nom: 'A' }] }),
    );
    await vi.waitFor(() => expect(studio.state.pack?.territory?.name).to.equal('Montval'));
    expect(root.querySelector('#st-start-message')!.textContent).to.contain('Pack ouvert depuis le fichier pack.json');
    expect(root.querySelectorAll('tbody tr')).to.have.length(1);
  });

  it('reads a CSV with `,`, UTF-8 with a BOM, and quoted line breaks', () => {
    const bytes = new TextEncoder().encode('\uFEFFnom,services\n"CCAS, Écoulanges","Accueil\nAide"\n');
    const { text, encoding } = decodeText(bytes);
    expect(encoding).to.equal('UTF-8');
    expect(parseCsv(text)).to.deep.equal({
      delimiter: ',',
      rows: [
        ['nom', 'services'],
        ['CCAS, Écoulanges', 'Accueil\nAide'],
      ],
    });
  });

  it('reads data·inclusion lists given as separate files', () => {
    const parts = splitExport([
      { id: 'a', nom: 'A' },
      { id: 's', structure_id: 'a', nom: 'Service' },
    ]);
    const { partners, remarks } = dataInclusionToPartners(parts, { takenIds: ['a'] });
    expect(partners[0]).to.deep.equal({ id: 'a-2', nom: 'A', services: [{ nom: 'Service' }] });
    expect(remarks).to.deep.equal([]);
  });

  it('opens a pack online, and explains a server that does not let other sites read it', async () => {
    // The server answers, but without the CORS header: the read fails, an opaque (no-cors) one does not.
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(null, { status: 200 }))
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({ schemaVersion: 1, territory: { name: 'Val de Lône' }, eligibility: { zone: 'other' } }),
        ),
      );
    const { root, studio } = await mount(memoryStorage(), { fetch });
    await typeInto(labelled(root, 'Ou adresse du pack en ligne'), 'https://agglo.example/pack.json');
    buttonNamed(root, 'Ouvrir ce pack').click();
    await vi.waitFor(() =>
      expect(root.querySelector('#st-start-message')!.textContent).to.contain('Access-Control-Allow-Origin: *'),
    );
    buttonNamed(root, 'Ouvrir ce pack').click();
    await vi.waitFor(() => expect(studio.state.pack?.territory?.name).to.equal('Val de Lône'));
    expect(root.querySelector('#st-start-message')!.textContent).to.contain('Gardés tels quels');
    expect(
      root.querySelector<HTMLInputElement>('#st-territory-title')!.parentElement!.querySelector('input')!.value,
    ).to.equal('Val de Lône');
  });
});
