
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.alwaysOpen': `⟦24 h/24, 7 j/7⟧`,
'emergency.call': str`⟦Áppélér lé ${0}⟧`,
'emergency.callLead': `⟦Áppélér lé⟧`,
'emergency.exit': `⟦Qúíttér víté⟧`,
'emergency.exitHint': `⟦Rémpláçé çétté págé pár úñ síté ñéútré, sáñs rétóúr.⟧`,
'emergency.exitKeys': `⟦Áú çlávíér : 3 fóís lá tóúçhé Máj.⟧`,
'emergency.exitLead': `⟦Úrgéñçé :⟧`,
'emergency.free': `⟦Grátúít⟧`,
'emergency.gap': `⟦À sávóír :⟧`,
'emergency.leaving': `⟦Chárgéméñt…⟧`,
'emergency.nearYou': `⟦Près dé çhéz vóús⟧`,
'emergency.pressExpired': `⟦Sórtíé rápídé áññúléé.⟧`,
'emergency.pressOneMore': `⟦Máj : éñçóré 1 fóís póúr qúíttér.⟧`,
'emergency.pressTwoMore': `⟦Máj : éñçóré 2 fóís póúr qúíttér.⟧`,
'emergency.privacy': `⟦L'hístóríqúé dú ñávígátéúr péút gárdér çétté vísíté. Póúr l'évítér, óúvréz úñé féñêtré dé ñávígátíóñ prívéé (méñú dú ñávígátéúr).⟧`,
'emergency.question': `⟦Qúé sé pássé-t-íl ?⟧`,
'emergency.revealed.few': str`⟦${0} : ${1} ñúmérós à áppélér, jústé éñ déssóús.⟧`,
'emergency.revealed.many': str`⟦${0} : ${1} ñúmérós à áppélér, jústé éñ déssóús.⟧`,
'emergency.revealed.one': str`⟦${0} : ${1} ñúméró à áppélér, jústé éñ déssóús.⟧`,
'emergency.revealed.other': str`⟦${0} : ${1} ñúmérós à áppélér, jústé éñ déssóús.⟧`,
'emergency.revealed.two': str`⟦${0} : ${1} ñúmérós à áppélér, jústé éñ déssóús.⟧`,
'emergency.revealed.zero': str`⟦${0} : ${1} ñúméró à áppélér, jústé éñ déssóús.⟧`,
'emergency.sms': str`⟦Éñvóyér úñ SMS áú ${0}⟧`,
'emergency.sources': `⟦Sóúrçés :⟧`,
'emergency.steps': `⟦Qúé fáíré ?⟧`,
'emergency.title': `⟦Qúé fáíré éñ úrgéñçé ?⟧`,
'emergency.truceDetails': `⟦Ávéç dés déttés dé lóyér, vóús réstéz prótégé. L'éáú ñé péút jámáís êtré çóúpéé dáñs vótré résídéñçé príñçípálé ; éñ hívér, l'éléçtríçíté ét lé gáz ñóñ plús (íls péúvéñt êtré rédúíts, sáúf sí vóús ávéz lé çhèqúé éñérgíé). Éxçéptíóñs : úñ rélógéméñt ést prévú póúr tóúté lá fámíllé, óú lés pérsóññés sóñt éñtréés çhéz qúélqú'úñ pár lá fórçé, lá méñáçé óú lá rúsé (sqúát).⟧`,
'emergency.truceOff': str`⟦Cé ñ'ést pás lá trêvé d'hívér : úñé éxpúlsíóñ péút ávóír líéú. Lá próçháíñé trêvé çómméñçé lé ${0}. L'éáú, éllé, ñé péút jámáís êtré çóúpéé dáñs vótré résídéñçé príñçípálé.⟧`,
'emergency.truceOn': str`⟦Trêvé d'hívér : lés éxpúlsíóñs sóñt súspéñdúés júsqú'áú ${0} íñçlús.⟧`,
'emergency.verifiedOn': str`⟦vérífíé lé ${0}⟧`,
'emergency.whoToCall': `⟦Qúí áppélér⟧`,
    };
  