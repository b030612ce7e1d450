
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.alwaysOpen': `⟦24 h/24, 7 j/7⟧`,
'emergency.call': str`⟦Áppélér lé ${0}⟧`,
'emergency.free': `⟦Grátúít⟧`,
'emergency.gap': `⟦Íñfórmátíóñ máñqúáñté :⟧`,
'emergency.nearYou': `⟦Près dé çhéz vóús⟧`,
'emergency.privacy': `⟦Cétté págé péút réstér dáñs l'hístóríqúé dú ñávígátéúr. Lá ñávígátíóñ prívéé ñ'éñ gárdé pás dé tráçé.⟧`,
'emergency.sms': str`⟦Éñvóyér úñ SMS áú ${0}⟧`,
'emergency.sources': `⟦Sóúrçés :⟧`,
'emergency.title': `⟦Qúé fáíré éñ úrgéñçé ?⟧`,
'emergency.truceDetails': `⟦Ávéç dés déttés dé lóyér, vóús réstéz prótégé. Pás dé çóúpúré d'éñérgíé ñí d'éáú. Éxçéptíóñs : úñ rélógéméñt ést ássúré póúr tóúté lá fámíllé, óú lé lógéméñt ést sqúátté.⟧`,
'emergency.truceOff': str`⟦Cé ñ'ést pás lá trêvé d'hívér : úñé éxpúlsíóñ péút ávóír líéú. Lá próçháíñé trêvé çómméñçé lé ${0}.⟧`,
'emergency.truceOn': str`⟦Trêvé d'hívér : lés éxpúlsíóñs sóñt súspéñdúés júsqú'áú ${0} íñçlús.⟧`,
'emergency.unconfirmed': `⟦(à vérífíér)⟧`,
'emergency.verifiedOn': str`⟦vérífíé lé ${0}⟧`,
'emergency.whoToCall': `⟦Qúí áppélér⟧`,
    };
  