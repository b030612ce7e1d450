// Page entry of the configurator: the same bundle a partner loads, its manifest and hash.
import { validatePack } from '/dist/voix-logement-validator.js';
import { mountConfigurator } from './configurator.js';

const [manifest, meta] = await Promise.all([
  fetch('/dist/custom-elements.json').then((r) => r.json()),
  fetch('/dist/voix-logement.json').then((r) => r.json()),
]);
mountConfigurator(document.getElementById('configurator'), {
  manifest,
  validatePack,
  scriptUrl: `https://cdn.jsdelivr.net/npm/@voix-logement/widgets@${meta.version}/dist/voix-logement.js`,
  integrity: meta.integrity,
});
