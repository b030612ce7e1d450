// A classic script (module scripts do not run from a file: address): when the page is opened
// as a file, say why nothing starts and what to do, instead of "Chargement…" for ever.
if (location.protocol === 'file:') {
  for (const loading of document.querySelectorAll('[data-loading]')) {
    loading.textContent =
      'Cette page ne peut pas fonctionner ouverte comme un fichier (adresse « file:// ») : les navigateurs ' +
      'y bloquent les scripts. Ouvrez-la par une adresse web : dans le dossier du projet, lancez « pnpm demo », ' +
      'puis ouvrez http://localhost:8080/' +
      location.pathname.split('/').pop() +
      ' ; ou utilisez la version publiée en ligne.';
    loading.setAttribute('role', 'alert');
  }
}
