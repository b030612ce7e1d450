
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'directory.access': `⟦Áççéssíbílíté⟧`,
'directory.address': `⟦Ádréssé⟧`,
'directory.allCommunes': `⟦Tóútés lés çómmúñés⟧`,
'directory.allDay': `⟦tóúté lá jóúrñéé⟧`,
'directory.allServices': `⟦Tóús lés sérvíçés⟧`,
'directory.allTypes': `⟦Tóús lés typés⟧`,
'directory.always': `⟦Óúvért 24 h/24, 7 j/7⟧`,
'directory.at': str`⟦à ${0}⟧`,
'directory.closed': `⟦Férmé⟧`,
'directory.closedDay': `⟦férmé⟧`,
'directory.closes': str`⟦Óúvért máíñtéñáñt · férmé ${0}⟧`,
'directory.communeLabel': `⟦Cómmúñé⟧`,
'directory.communes': `⟦Cómmúñés sérvíés⟧`,
'directory.count.few': str`⟦${0} pártéñáírés tróúvés⟧`,
'directory.count.many': str`⟦${0} pártéñáírés tróúvés⟧`,
'directory.count.one': str`⟦${0} pártéñáíré tróúvé⟧`,
'directory.count.other': str`⟦${0} pártéñáírés tróúvés⟧`,
'directory.count.two': str`⟦${0} pártéñáírés tróúvés⟧`,
'directory.count.zero': str`⟦${0} pártéñáíré tróúvé⟧`,
'directory.email': `⟦Cóúrríél⟧`,
'directory.everywhere': `⟦Tóútés lés çómmúñés dú térrítóíré⟧`,
'directory.holidays': `⟦Jóúrs féríés⟧`,
'directory.hours': `⟦Hóráírés⟧`,
'directory.more': str`⟦Áffíçhér lá súíté (${0} súr ${1})⟧`,
'directory.newTab': `⟦(çárté, óúvré úñ ñóúvél óñglét)⟧`,
'directory.noPack': `⟦Áúçúñ pártéñáíré : lá lísté víéñt dé vótré térrítóíré (páçk).⟧`,
'directory.on': str`⟦${0} à ${1}⟧`,
'directory.opens': str`⟦Férmé · óúvré ${0}⟧`,
'directory.phone': `⟦Téléphóñé⟧`,
'directory.print': `⟦Ímprímér lá lísté⟧`,
'directory.printAsk': str`⟦Ímprímér lés ${0} pártéñáírés ?⟧`,
'directory.printEvery': str`⟦Ímprímér lés ${0}⟧`,
'directory.printRefine': `⟦Chóísír úñé çómmúñé óú úñ fíltré⟧`,
'directory.reset': `⟦Tóút éffáçér⟧`,
'directory.searchLabel': `⟦Nóm, víllé óú bésóíñ⟧`,
'directory.serviceLabel': `⟦Sérvíçé⟧`,
'directory.services': `⟦Sérvíçés⟧`,
'directory.sheetContact': `⟦Cóñtáçt⟧`,
'directory.sheetDate': str`⟦Lísté ímpríméé lé ${0}.⟧`,
'directory.sheetFilters': str`⟦Fíltrés — ${0}.⟧`,
'directory.sheetFirst': str`⟦${0} prémíérs pártéñáírés súr ${1} : áffíñéz lá réçhérçhé póúr úñé lísté plús çóúrté.⟧`,
'directory.sheetName': `⟦Pártéñáíré⟧`,
'directory.sheetNoFilter': `⟦Sáñs fíltré : tóús lés pártéñáírés.⟧`,
'directory.sheetWhat': `⟦Cé qú’íl fáít⟧`,
'directory.title': `⟦Qúí fáít qúóí près dé çhéz vóús⟧`,
'directory.tomorrow': str`⟦démáíñ à ${0}⟧`,
'directory.tryHint': `⟦Éssáyéz úñ áútré mót óú móíñs dé fíltrés.⟧`,
'directory.typeLabel': `⟦Typé⟧`,
'directory.website': `⟦Síté wéb⟧`,
'directory.weekLine': str`⟦${0} : ${1}⟧`,
    };
  