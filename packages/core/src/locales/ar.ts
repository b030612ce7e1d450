
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'core.reference.back': `العودة إلى العربية`,
'core.reference.readFrench': `اقرأ بالفرنسية`,
'core.reference.showingFrench': `أنت تقرأ النص الفرنسي، وهو النص المرجعي.`,
'core.reference.translated': `مترجم من الفرنسية: النص الفرنسي هو المرجع.`,
    };
  