
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'questions.found-few': str`⟦${0} qúéstíóñs tróúvéés⟧`,
'questions.found-many': str`⟦${0} qúéstíóñs tróúvéés⟧`,
'questions.found-one': str`⟦${0} qúéstíóñ tróúvéé⟧`,
'questions.found-other': str`⟦${0} qúéstíóñs tróúvéés⟧`,
'questions.found-two': str`⟦${0} qúéstíóñs tróúvéés⟧`,
'questions.found-zero': str`⟦${0} qúéstíóñ tróúvéé⟧`,
'questions.next': `⟦Ét éñsúíté ?⟧`,
'questions.next-figure': `⟦Lés çhíffrés dú térrítóíré⟧`,
'questions.next-step': str`⟦Étápé dú párçóúrs : ${0}⟧`,
'questions.no-result': str`⟦Áúçúñé répóñsé ñé çóñtíéñt « ${0} ». Éssáyéz úñ mót plús çóúrt.⟧`,
'questions.rumour': `⟦Ídéé réçúé⟧`,
'questions.search-label': `⟦Chérçhér dáñs lés qúéstíóñs ét lés répóñsés⟧`,
'questions.source': `⟦Sóúrçé :⟧`,
'questions.staff-avoid': `⟦Né jámáís próméttré :⟧`,
'questions.staff-direct': `⟦Óríéñtér vérs :⟧`,
'questions.staff-tell': `⟦À díré :⟧`,
'questions.staff-title': `⟦Nóté póúr l’áççúéíl⟧`,
'questions.title': `⟦Vós qúéstíóñs, ñós répóñsés⟧`,
'questions.unconfirmed': `⟦Nóñ çóñfírmé pár úñé sóúrçé óffíçíéllé.⟧`,
'questions.urgent': `⟦Sí ç’ést úrgéñt⟧`,
'questions.verdict': `⟦Vérdíçt :⟧`,
'questions.verdict-depends': `⟦Çá dépéñd⟧`,
'questions.verdict-false': `⟦Fáúx⟧`,
'questions.verdict-true': `⟦Vráí⟧`,
'questions.ways-out': `⟦Vóús póúvéz áússí :⟧`,
'questions.ways-out-call': `⟦Éñ úrgéñçé, áppélér :⟧`,
'questions.ways-out-desk': `⟦Tróúvér úñ gúíçhét dáñs vótré çómmúñé⟧`,
'questions.ways-out-online': `⟦Fáíré sá démáñdé éñ lígñé⟧`,
    };
  