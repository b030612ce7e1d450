
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'circuit.title': `Les étapes de votre demande de logement social`,
'circuit.hideAll': `Masquer toutes les étapes`,
'circuit.showAll': `Afficher toutes les étapes`,
'circuit.stepNumber': str`Étape ${0} :`,
'circuit.sidePath': `Autre chemin :`,
'circuit.here': `Vous êtes ici`,
'circuit.important': `Important :`,
'circuit.easyRead': `En bref :`,
'circuit.local': `Ici`,
'circuit.localDelay': `Délai anormalement long ici :`,
'circuit.source': `Source :`,
'circuit.verifiedOn': str`vérifié le ${0}`,
    };
  