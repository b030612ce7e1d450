
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'circuit.easyRead': `Коротко:`,
'circuit.here': `Ви тут`,
'circuit.hideAll': `Сховати всі етапи`,
'circuit.important': `Важливо:`,
'circuit.local': `Тут`,
'circuit.localDelay': `Тут незвично довге очікування (délai anormalement long):`,
'circuit.showAll': `Показати всі етапи`,
'circuit.sidePath': `Інший шлях:`,
'circuit.source': `Джерело:`,
'circuit.stepNumber': str`Етап ${0}:`,
'circuit.title': `Етапи вашої заяви на соціальне житло`,
'circuit.verifiedOn': str`перевірено ${0}`,
    };
  