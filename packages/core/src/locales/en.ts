
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.reference.back': `Back to the translation`,
'core.reference.readFrench': `Read in French`,
'core.reference.showingFrench': `You are reading the French text, which is the reference.`,
'core.reference.translated': `Translated from French: the French text is the reference.`,
    };
  