// Page entry of the configurator: the same bundle a partner loads, its manifest and hashes.
import { figureIds, nationalPack, parsePackText, validatePack } from '/dist/voix-logement-validator.js';
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
  parsePackText,
  nationalPack,
  figureIds,
  scriptUrl: `https://cdn.jsdelivr.net/npm/@voix-logement/widgets@${meta.version}/dist/voix-logement.js`,
  integrity: meta.integrity,
  files: meta.files,
  stylesheetIntegrity,
});

// The studio links here with the pack's published address: configurateur.html?pack=https://…
const pack = new URLSearchParams(location.search).get('pack');
const packField = document.getElementById('cfg-pack');
if (pack && /^https?:\/\//i.test(pack) && packField) {
  packField.value = pack;
  packField.dispatchEvent(new Event('change'));
}
