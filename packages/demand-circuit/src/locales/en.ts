
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'circuit.easyRead': `In short:`,
'circuit.here': `You are here`,
'circuit.hideAll': `Hide all steps`,
'circuit.important': `Important:`,
'circuit.local': `Locally`,
'circuit.localDelay': `Abnormally long delay here:`,
'circuit.showAll': `Show all steps`,
'circuit.sidePath': `Other path:`,
'circuit.source': `Source:`,
'circuit.stepNumber': str`Step ${0}:`,
'circuit.title': `The steps of your social housing application`,
'circuit.verifiedOn': str`checked on ${0}`,
    };
  