// Page entry of the configurator: the same bundle a partner loads, its manifest and hashes.
import { mergePacks, nationalPack, validatePack } from '/dist/voix-logement-validator.js';
import { mountConfigurator } from './configurator.js';

const [manifest, meta, stylesheetIntegrity] = await Promise.all([
  fetch('/dist/custom-elements.json').then((r) => r.json()),
  fetch('/dist/voix-logement.json').then((r) => r.json()),
  // The reserving stylesheet's hash, written by packages/widgets/scripts/build-css.mjs.
  fetch('/dist/voix-logement.css.sri').then(async (r) => (r.ok ? (await r.text()).trim() : '')),
]);
mountConfigurator(document.getElementById('configurator'), {
  manifest,
  validatePack,
  national: nationalPack,
  mergePacks,
  // The studio opens the configurator with its pack's address: configurateur.html?pack=https://…
  pack: new URLSearchParams(location.search).get('pack') ?? '',
  scriptUrl: `https://cdn.jsdelivr.net/npm/@voix-logement/widgets@${meta.version}/dist/voix-logement.js`,
  integrity: meta.integrity,
  files: meta.files,
  stylesheetIntegrity,
});
