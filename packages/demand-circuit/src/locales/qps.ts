
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'circuit.easyRead': `⟦Éñ bréf :⟧`,
'circuit.here': `⟦Vóús êtés íçí⟧`,
'circuit.hideAll': `⟦Másqúér tóútés lés étápés⟧`,
'circuit.important': `⟦Ímpórtáñt :⟧`,
'circuit.local': `⟦Íçí⟧`,
'circuit.localDelay': `⟦Déláí áñórmáléméñt lóñg íçí :⟧`,
'circuit.showAll': `⟦Áffíçhér tóútés lés étápés⟧`,
'circuit.sidePath': `⟦Áútré çhémíñ :⟧`,
'circuit.source': `⟦Sóúrçé :⟧`,
'circuit.stepNumber': str`⟦Étápé ${0} :⟧`,
'circuit.title': `⟦Lés étápés dé vótré démáñdé dé lógéméñt sóçíál⟧`,
'circuit.unconfirmed': `⟦Íñfórmátíóñ à çóñfírmér⟧`,
'circuit.verifiedOn': str`⟦vérífíé lé ${0}⟧`,
    };
  