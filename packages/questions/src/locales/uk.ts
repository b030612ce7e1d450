
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'questions.found-few': str`Знайдено ${0} запитання`,
'questions.found-many': str`Знайдено ${0} запитань`,
'questions.found-two': str`Знайдено ${0} запитання`,
'questions.found-zero': str`Знайдено ${0} запитань`,
'questions.title': `Vos questions, nos réponses`,
'questions.search-label': `Chercher dans les questions et les réponses`,
'questions.found-one': str`${0} question trouvée`,
'questions.found-other': str`${0} questions trouvées`,
'questions.no-result': str`Aucune réponse ne contient « ${0} ». Essayez un mot plus court.`,
'questions.next-figure': `Les chiffres du territoire`,
'questions.rumour': `Idée reçue`,
'questions.verdict': `Verdict :`,
'questions.verdict-true': `Vrai`,
'questions.verdict-false': `Faux`,
'questions.verdict-depends': `Ça dépend`,
'questions.unconfirmed': `Non confirmé par une source officielle.`,
'questions.next': `Et ensuite ?`,
'questions.staff-title': `Note pour l’accueil`,
'questions.staff-tell': `À dire :`,
'questions.staff-avoid': `Ne jamais promettre :`,
'questions.staff-direct': `Orienter vers :`,
'questions.source': `Source :`,
'questions.next-step': str`Étape du parcours : ${0}`,
'questions.urgent': `Si c’est urgent`,
'questions.ways-out': `Vous pouvez aussi :`,
'questions.ways-out-call': `En urgence, appeler :`,
'questions.ways-out-desk': `Trouver un guichet dans votre commune`,
'questions.ways-out-online': `Faire sa demande en ligne`,
    };
  