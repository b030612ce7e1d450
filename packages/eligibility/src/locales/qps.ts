
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'eligibility.above': str`⟦Pláfóñd dépássé póúr ${0}.⟧`,
'eligibility.age1': `⟦Vótré âgé⟧`,
'eligibility.age2': `⟦L’âgé dé vótré çóñjóíñt⟧`,
'eligibility.caption': str`⟦Révéñús máxímúm pár áñ, éñ ${0}⟧`,
'eligibility.category': str`⟦Vótré méñágé ést éñ çátégóríé ${0}⟧`,
'eligibility.category-extra': str`⟦ (pérsóññés éñ plús : ${0})⟧`,
'eligibility.ceilings-title': `⟦Lés pláfóñds dé révéñús⟧`,
'eligibility.check': `⟦Vérífíér vós révéñús⟧`,
'eligibility.couple': `⟦Vóús vívéz éñ çóúplé (máríés, páçsés óú ñóñ)⟧`,
'eligibility.dependants': `⟦Pármí éllés, çómbíéñ sóñt à vótré çhárgé ?⟧`,
'eligibility.dependants-hint': `⟦Éñfáñts óú ádúltés súr vótré ávís d’ímpôt. 0 sí pérsóññé.⟧`,
'eligibility.disability': `⟦Úñé pérsóññé dú fóyér á lá çárté d’íñválídíté (CMÍ)⟧`,
'eligibility.error': `⟦Érréúr :⟧`,
'eligibility.extra': `⟦Pár pérsóññé éñ plús⟧`,
'eligibility.household': `⟦Cátégóríé⟧`,
'eligibility.income': str`⟦Révéñú físçál dé référéñçé ${0} dé tóút lé fóyér, éñ éúrós⟧`,
'eligibility.income-empty': `⟦Éçrívéz 0 sí vóús ñ’éñ ávéz pás.⟧`,
'eligibility.income-hint': str`⟦Célúí dé çháqúé pérsóññé, áddítíóññés (ávís d’ímpôt ${0}). Éxémplé : 25 000⟧`,
'eligibility.income-large': `⟦Móñtáñt tróp élévé : vérífíéz-lé.⟧`,
'eligibility.indicative': `⟦(íñdíçátíf)⟧`,
'eligibility.invalid': str`⟦Éçrívéz úñ ñómbré, pár éxémplé ${0}.⟧`,
'eligibility.landlord': `⟦C’ést úñé íñdíçátíóñ : lé báílléúr vérífíé vós révéñús.⟧`,
'eligibility.na': `⟦ñóñ díspóñíblé⟧`,
'eligibility.negative': `⟦Cé ñómbré ñé péút pás êtré ñégátíf.⟧`,
'eligibility.next': `⟦Próçháíñé étápé : fáíré vótré démáñdé, grátúíté, éñ lígñé óú à úñ gúíçhét.⟧`,
'eligibility.overseas': `⟦Éñ óútré-mér, séúl lé pláfóñd PLS ést públíé.⟧`,
'eligibility.persons': `⟦Nómbré dé pérsóññés dáñs lé lógéméñt, vóús çómprís⟧`,
'eligibility.point': `⟦póíñt⟧`,
'eligibility.points': `⟦póíñts⟧`,
'eligibility.priorities': `⟦Qúí pássé éñ príóríté ?⟧`,
'eligibility.privacy': `⟦Cé qúé vóús éçrívéz ñ’ést ñí éñvóyé ñí éñrégístré.⟧`,
'eligibility.range': str`⟦Íñdíqúéz úñ ñómbré dé ${0} à ${1}.⟧`,
'eligibility.result': `⟦Vótré résúltát⟧`,
'eligibility.scoring': `⟦Lé çlásséméñt dés démáñdés (çótátíóñ)⟧`,
'eligibility.scoring-link': `⟦Lá gríllé çómplèté⟧`,
'eligibility.scoring-none': `⟦Cháqúé gríllé ést públíqúé : démáñdéz-lá à úñ gúíçhét.⟧`,
'eligibility.source': `⟦Sóúrçé :⟧`,
'eligibility.submit': `⟦Vérífíér⟧`,
'eligibility.title': `⟦Qúí péút démáñdér úñ lógéméñt sóçíál ?⟧`,
'eligibility.unconfirmed': `⟦(à çóñfírmér)⟧`,
'eligibility.under': str`⟦Vós révéñús pérméttéñt úñ lógéméñt ${0}.⟧`,
'eligibility.unknown': str`⟦Pás dé pláfóñd ${0} çóññú póúr ${1} : ímpóssíblé dé díré.⟧`,
'eligibility.zone': `⟦Zóñé :⟧`,
'eligibility.zone-error': `⟦Chóísísséz úñé zóñé.⟧`,
'eligibility.zone-question': `⟦Óù çhérçhéz-vóús úñ lógéméñt ?⟧`,
    };
  