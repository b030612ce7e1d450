
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'circuit.easyRead': `باختصار:`,
'circuit.here': `أنت هنا`,
'circuit.hideAll': `إخفاء كل المراحل`,
'circuit.important': `مهم:`,
'circuit.local': `هنا`,
'circuit.localDelay': `المدة الطويلة بشكل غير عادي هنا:`,
'circuit.showAll': `إظهار كل المراحل`,
'circuit.sidePath': `طريق آخر:`,
'circuit.source': `المصدر:`,
'circuit.stepNumber': str`المرحلة ${0}:`,
'circuit.title': `مراحل طلب السكن الاجتماعي (demande de logement social)`,
'circuit.verifiedOn': str`تم التحقق في ${0}`,
    };
  