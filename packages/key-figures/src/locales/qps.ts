
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'figures.action': `⟦Cés çhíffrés déçrívéñt lé pássé, pás vótré démáñdé. Póúr gárdér vós çháñçés : réñóúvéléz vótré démáñdé çháqúé áññéé ét, sí vóús lé póúvéz, démáñdéz plúsíéúrs çómmúñés.⟧`,
'figures.allocated.one': str`⟦${0}, ${1} lógéméñt sóçíál áttríbúé.⟧`,
'figures.allocated.other': str`⟦${0}, ${1} lógéméñts sóçíáúx áttríbúés.⟧`,
'figures.average': `⟦Áttéñté móyéññé⟧`,
'figures.between': str`⟦Dú ${0} áú ${1}⟧`,
'figures.empty': `⟦Lés çhíffrés dú lógéméñt sóçíál (démáñdés éñ áttéñté, lógéméñts áttríbúés, témps d'áttéñté) sóñt públíés pár çháqúé térrítóíré, à pártír dé l'éñrégístréméñt ñátíóñál dés démáñdés ét dés dóññéés dés báílléúrs sóçíáúx.⟧`,
'figures.home': `⟦Lógéméñt⟧`,
'figures.homes.one': str`⟦${0}, ${1} lógéméñt sóçíál.⟧`,
'figures.homes.other': str`⟦${0}, ${1} lógéméñts sóçíáúx.⟧`,
'figures.in-year': str`⟦Éñ ${0}⟧`,
'figures.median': `⟦Áttéñté médíáñé⟧`,
'figures.median-note': `⟦Áttéñté médíáñé : lá móítíé dés méñágés lógés áváíéñt áttéñdú móíñs lóñgtémps.⟧`,
'figures.months.one': str`⟦${0} móís⟧`,
'figures.months.other': str`⟦${0} móís⟧`,
'figures.on-day': str`⟦Áú ${0}⟧`,
'figures.pending.one': str`⟦${0}, ${1} démáñdé dé lógéméñt sóçíál éñ áttéñté.⟧`,
'figures.pending.other': str`⟦${0}, ${1} démáñdés dé lógéméñt sóçíál éñ áttéñté.⟧`,
'figures.percent': str`⟦${0} %⟧`,
'figures.ratio.one': str`⟦${0}, 1 lógéméñt áttríbúé póúr ${1} démáñdé.⟧`,
'figures.ratio.other': str`⟦${0}, 1 lógéméñt áttríbúé póúr ${1} démáñdés.⟧`,
'figures.size-all': `⟦Tóús lógéméñts⟧`,
'figures.size-rooms': str`⟦T${0} (${1} píèçés)⟧`,
'figures.size-t1': `⟦T1 (1 píèçé)⟧`,
'figures.size-t5': `⟦T5 ét plús (5 píèçés óú plús)⟧`,
'figures.source': `⟦Sóúrçé :⟧`,
'figures.title': `⟦Lé lógéméñt sóçíál éñ çhíffrés⟧`,
'figures.transfers.one': str`⟦${0}, ${1} dé çés démáñdés víéñt d'úñ lóçátáíré HLM qúí véút çháñgér dé lógéméñt.⟧`,
'figures.transfers.other': str`⟦${0}, ${1} dé çés démáñdés víéññéñt dé lóçátáírés HLM qúí véúléñt çháñgér dé lógéméñt.⟧`,
'figures.turnover': str`⟦${0}, ${1} dés lógéméñts sóçíáúx óñt çháñgé dé lóçátáíré.⟧`,
'figures.verified-on': str`⟦, vérífíé lé ${0}⟧`,
'figures.wait-title': `⟦Lé témps d'áttéñté, pár táíllé dé lógéméñt⟧`,
'figures.whole-territory': `⟦Tóút lé térrítóíré⟧`,
    };
  