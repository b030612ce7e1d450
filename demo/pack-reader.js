// Reads a territory pack from its address for the configurator (and the studio), and says in
// plain French what went wrong: the usual failure of a pack on another site is a missing
// CORS header, which a browser reports exactly like an unreachable address.

/**
 * @typedef {{ ok: true, json: unknown, text: string }
 *   | { ok: false, reason: 'unreachable' | 'cors' | 'status' | 'not-json', status?: number, text?: string }
 * } PackReading
 * `text`: the file as read (the studio's validator names the line of a JSON error in it).
 */

/**
 * @param {string} url
 * @param {typeof fetch} [fetchImpl]
 * @returns {Promise<PackReading>}
 */
export async function readPack(url, fetchImpl = fetch) {
  let response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    // Refused: either nobody answers, or the server answers without allowing other sites to
    // read. A no-cors request tells them apart: it succeeds (unreadable) when the server answers.
    try {
      await fetchImpl(url, { mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
      return { ok: false, reason: 'cors' };
    } catch {
      return { ok: false, reason: 'unreachable' };
    }
  }
  if (!response.ok) return { ok: false, reason: 'status', status: response.status };
  const text = await response.text();
  try {
    return { ok: true, json: JSON.parse(text), text };
  } catch {
    return { ok: false, reason: 'not-json', text };
  }
}

/**
 * What to tell a communication service when its pack cannot be read: the problem, then what
 * to do about it.
 * @param {string} url
 * @param {PackReading & { ok: false }} reading
 * @param {string} pageOrigin the origin of the page that reads the pack (for the CORS header)
 * @returns {string[]}
 */
export function readingProblem(url, reading, pageOrigin) {
  switch (reading.reason) {
    case 'cors':
      return [
        `Le serveur de ${url} répond, mais il n'autorise pas les autres sites à lire le pack.`,
        'Demandez à la personne qui gère ce serveur d’ajouter à la réponse l’en-tête ' +
          '« Access-Control-Allow-Origin: * » (ou « Access-Control-Allow-Origin: ' +
          `${pageOrigin} » pour ce seul site), puis vérifiez de nouveau.`,
      ];
    case 'status':
      return [
        `Le serveur de ${url} répond « ${reading.status} » : le pack n’est pas à cette adresse` +
          `${reading.status === 404 ? ' (fichier introuvable)' : ''}.`,
        'Vérifiez l’adresse (copiez-la depuis la barre d’adresse du navigateur en ouvrant le pack).',
      ];
    case 'not-json':
      return [
        `Le fichier ${url} a été lu, mais ce n’est pas un pack : son contenu n’est pas du JSON valide.`,
        'Ouvrez-le avec le studio ou l’outil de vérification (pnpm validate) pour voir la ligne en cause.',
      ];
    default:
      return [
        `L’adresse ${url} ne répond pas : elle est peut-être mal écrite, ou le serveur est arrêté.`,
        'Vérifiez l’adresse, et qu’elle commence par https://.',
      ];
  }
}
