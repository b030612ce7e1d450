// Reading a pack for the configurator, with one plain French sentence for each way it fails:
// an address that answers nothing, a server that does not let other sites read the pack (CORS),
// an HTTP error, a file that is not JSON.

/** Why a pack could not be read. */
export class PackReadError extends Error {
  /** @param {string} message in French, for the person */
  constructor(message) {
    super(message);
    this.name = 'PackReadError';
  }
}

const corsAdvice =
  'Le serveur répond, mais n’autorise pas les autres sites à lire le pack. Demandez à votre hébergeur d’ajouter l’en-tête « Access-Control-Allow-Origin: * » à ce fichier (par exemple, pour Apache : Header set Access-Control-Allow-Origin "*" ; pour Nginx : add_header Access-Control-Allow-Origin *;). Sans lui, les widgets des sites partenaires ne peuvent pas le lire non plus.';

/**
 * @param {string} url
 * @param {{ fetch?: typeof fetch, parsePackText?: (text: string) => any }} [tools]
 * @returns {Promise<unknown>} the pack's JSON
 */
export async function readPack(url, tools = {}) {
  const request = tools.fetch ?? ((u, init) => fetch(u, init));
  let response;
  try {
    response = await request(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    // The browser hides why: ask again without reading the answer. If that succeeds, the
    // server is there and only refuses other sites (the CORS header is missing).
    const answers = await request(url, { mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer' }).then(
      () => true,
      () => false,
    );
    throw new PackReadError(
      answers
        ? corsAdvice
        : `Adresse injoignable : aucun serveur ne répond à ${url}. Vérifiez l’adresse (une faute de frappe, un site hors ligne).`,
    );
  }
  if (!response.ok) {
    throw new PackReadError(
      response.status === 404
        ? `Aucun fichier à cette adresse (le serveur répond 404, « introuvable ») : vérifiez l’adresse.`
        : `Le serveur répond par une erreur (${response.status}) : réessayez plus tard, ou vérifiez l’adresse.`,
    );
  }
  const text = await response.text();
  if (tools.parsePackText) {
    const parsed = tools.parsePackText(text);
    if (!parsed.ok) throw new PackReadError(parsed.problem.message);
    return parsed.value;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new PackReadError('Le fichier n’est pas du JSON : vérifiez que l’adresse mène bien au pack.json.');
  }
}
