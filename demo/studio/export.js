// The export: refuse a pack the widgets would refuse, name every remark before, write pack.json,
// then lead to the configurator with the pack's published address.
import { h, uid } from './dom.js';
import { getAt, textIn } from './paths.js';

/** Overrides of a national entry that change nothing ({ "id": "prepare" }) are left out. */
export function tidyPack(pack, national) {
  const copy = structuredClone(pack);
  const lists = [
    [['circuit', 'steps'], national.circuit?.steps],
    [['emergency', 'contacts'], national.emergency?.contacts],
    [['emergency', 'situations'], national.emergency?.situations],
    [['questions', 'items'], national.questions?.items],
  ];
  for (const [keys, nationalList] of lists) {
    const ids = new Set((nationalList ?? []).map((e) => e.id));
    const parent = getAt(copy, keys.slice(0, -1));
    const list = parent?.[keys[1]];
    if (!Array.isArray(list)) continue;
    parent[keys[1]] = list.filter((e) => !(e && ids.has(e.id) && Object.keys(e).length === 1));
    if (!parent[keys[1]].length) delete parent[keys[1]];
    if (!Object.keys(parent).length) delete copy[keys[0]];
  }
  return copy;
}

/** Remarks that do not stop the export: the validator's warnings, unconfirmed facts, unread hours. */
export function remarksOf(pack, validation, hours) {
  const remarks = validation.warnings.map((w) => w.message);
  const unconfirmed = [
    ...(pack.questions?.items ?? []).map((q) => ['La question', textIn(q.question, 'fr') || q.id, q]),
    ...(pack.emergency?.contacts ?? []).map((c) => ['Le numéro', textIn(c.name, 'fr') || c.id, c]),
    ...(pack.circuit?.steps ?? []).map((s) => ['L’étape', s.id, s]),
  ];
  for (const [what, name, entry] of unconfirmed) {
    if (entry?.unconfirmed)
      remarks.push(`${what} « ${name} » est marqué « pas encore confirmé » : les widgets le signalent aux lecteurs.`);
  }
  for (const partner of pack.partners ?? []) {
    const text = partner.horaires_accueil ?? partner.horaires_ouverture;
    if (text && !hours.parseHours(text).ok)
      remarks.push(
        `Les horaires de « ${textIn(partner.nom, 'fr') || partner.id} » ne sont pas dans l’écriture reconnue : ils seront affichés tels quels, sans « ouvert maintenant ».`,
      );
  }
  return remarks;
}

/** Saves `text` as pack.json through a Blob URL (nothing is sent anywhere). */
export function downloadFile(text, name = 'pack.json') {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportSection(
  ctx,
  {
    download = downloadFile,
    today = () => new Date().toISOString().slice(0, 10),
    configuratorUrl = 'configurateur.html',
  } = {},
) {
  const button = h(
    'button',
    { type: 'button', id: 'st-export', class: 'st-primary' },
    'Vérifier et exporter pack.json',
  );
  const result = h('div', { id: 'st-export-result', class: 'st-export-result', tabindex: '-1' });
  const urlId = uid('st-published');
  const published = h('input', {
    id: urlId,
    type: 'url',
    placeholder: 'https://agglo.example/voix-logement/pack.json',
    'aria-describedby': `${urlId}-hint`,
  });
  const configLink = h(
    'a',
    { id: 'st-configurator-link', href: configuratorUrl },
    'Ouvrir le configurateur avec ce pack',
  );
  published.addEventListener('input', () => {
    const url = published.value.trim();
    configLink.href = url ? `${configuratorUrl}?pack=${encodeURIComponent(url)}` : configuratorUrl;
  });

  function write(pack) {
    const text = `${JSON.stringify(pack, null, 2)}\n`;
    download(text);
    result.replaceChildren(
      h(
        'p',
        { class: 'st-ok' },
        'pack.json est prêt (dans vos téléchargements). Publiez-le sur votre site, puis donnez-en l’adresse à vos partenaires.',
      ),
    );
    result.focus();
    return text;
  }

  function run(confirmed = false) {
    ctx.setAt(['territory', 'updatedOn'], today());
    const pack = tidyPack(ctx.pack, ctx.national);
    const validation = ctx.validatePack(pack);
    ctx.validateNow();
    if (!validation.ok) {
      result.replaceChildren(
        h(
          'p',
          { class: 'st-error' },
          `Export impossible : ${validation.count} problème${validation.count > 1 ? 's' : ''} à corriger. Les widgets refuseraient ce pack ou en laisseraient une partie de côté. La liste est en haut de page.`,
        ),
      );
      result.focus();
      return null;
    }
    const remarks = remarksOf(pack, validation, ctx.hours);
    if (remarks.length && !confirmed) {
      const go = h('button', { type: 'button', id: 'st-export-anyway' }, 'J’ai lu ces remarques : exporter');
      go.addEventListener('click', () => run(true));
      result.replaceChildren(
        h('p', {}, `Avant d’exporter, ${remarks.length > 1 ? `ces ${remarks.length} remarques` : 'cette remarque'} :`),
        h('ul', {}, ...remarks.map((r) => h('li', {}, r))),
        go,
      );
      result.focus();
      return null;
    }
    return write(pack);
  }
  button.addEventListener('click', () => run(false));

  const section = h(
    'section',
    { class: 'st-section', 'aria-labelledby': 'st-export-title' },
    h('h2', { id: 'st-export-title' }, '9. Exporter et publier'),
    h(
      'p',
      {},
      'Le studio vérifie le pack avec le même contrôle que les widgets, vous montre les remarques, puis enregistre pack.json. La date de mise à jour devient celle du jour.',
    ),
    button,
    result,
    h('h3', {}, 'Ensuite : le code à coller chez chaque partenaire'),
    h('label', { for: urlId }, 'Adresse où vous avez publié pack.json'),
    h(
      'p',
      { id: `${urlId}-hint`, class: 'st-hint' },
      'Le serveur doit autoriser les autres sites à le lire : en-tête Access-Control-Allow-Origin: * (voir le guide).',
    ),
    published,
    h('p', {}, configLink),
  );
  return { section, run };
}
