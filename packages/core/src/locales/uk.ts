
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.reference.back': `Повернутися до української`,
'core.reference.readFrench': `Читати французькою`,
'core.reference.showingFrench': `Ви читаєте французький текст, він є основним.`,
'core.reference.translated': `Перекладено з французької: основним є французький текст.`,
    };
  