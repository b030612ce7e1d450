
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.revealed.few': str`${0}: ${1} номери, за якими можна зателефонувати, одразу нижче.`,
'emergency.revealed.many': str`${0}: ${1} номерів, за якими можна зателефонувати, одразу нижче.`,
'emergency.revealed.two': str`${0}: ${1} номери, за якими можна зателефонувати, одразу нижче.`,
'emergency.revealed.zero': str`${0}: ${1} номерів, за якими можна зателефонувати, одразу нижче.`,
'emergency.title': `Que faire en urgence ?`,
'emergency.question': `Que se passe-t-il ?`,
'emergency.leaving': `Chargement…`,
'emergency.steps': `Que faire ?`,
'emergency.truceOn': str`Trêve d'hiver : les expulsions sont suspendues jusqu'au ${0} inclus.`,
'emergency.truceOff': str`Ce n'est pas la trêve d'hiver : une expulsion peut avoir lieu. La prochaine trêve commence le ${0}. L'eau, elle, ne peut jamais être coupée dans votre résidence principale.`,
'emergency.truceDetails': `Avec des dettes de loyer, vous restez protégé. L'eau ne peut jamais être coupée dans votre résidence principale ; en hiver, l'électricité et le gaz non plus (ils peuvent être réduits, sauf si vous avez le chèque énergie). Exceptions : un relogement est prévu pour toute la famille, ou les personnes sont entrées chez quelqu'un par la force, la menace ou la ruse (squat).`,
'emergency.gap': `À savoir :`,
'emergency.exitLead': `Urgence :`,
'emergency.exit': `Quitter vite`,
'emergency.exitHint': `Remplace cette page par un site neutre, sans retour.`,
'emergency.exitKeys': `Au clavier : 3 fois la touche Maj.`,
'emergency.privacy': `L'historique du navigateur peut garder cette visite. Pour l'éviter, ouvrez une fenêtre de navigation privée (menu du navigateur).`,
'emergency.whoToCall': `Qui appeler`,
'emergency.nearYou': `Près de chez vous`,
'emergency.free': `Gratuit`,
'emergency.alwaysOpen': `24 h/24, 7 j/7`,
'emergency.sources': `Sources :`,
'emergency.verifiedOn': str`vérifié le ${0}`,
'emergency.revealed.one': str`${0} : ${1} numéro à appeler, juste en dessous.`,
'emergency.revealed.other': str`${0} : ${1} numéros à appeler, juste en dessous.`,
'emergency.pressTwoMore': `Maj : encore 2 fois pour quitter.`,
'emergency.pressOneMore': `Maj : encore 1 fois pour quitter.`,
'emergency.pressExpired': `Sortie rapide annulée.`,
'emergency.sms': str`Envoyer un SMS au ${0}`,
'emergency.callLead': `Appeler le`,
'emergency.call': str`Appeler le ${0}`,
    };
  