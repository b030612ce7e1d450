
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.reference.back': `⟦Révéñír à lá trádúçtíóñ⟧`,
'core.reference.readFrench': `⟦Líré éñ fráñçáís⟧`,
'core.reference.showingFrench': `⟦Vóús líséz lé téxté fráñçáís, qúí fáít référéñçé.⟧`,
'core.reference.translated': `⟦Trádúít dú fráñçáís : lé téxté fráñçáís fáít référéñçé.⟧`,
    };
  