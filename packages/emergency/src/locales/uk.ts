
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.alwaysOpen': `Цілодобово, 7 днів на тиждень`,
'emergency.call': str`Подзвонити на ${0}`,
'emergency.callLead': `Подзвонити`,
'emergency.exit': `Швидко вийти`,
'emergency.exitHint': `Замінює цю сторінку нейтральним сайтом, без повернення назад.`,
'emergency.exitKeys': `На клавіатурі: 3 рази натисніть Shift (Maj).`,
'emergency.exitLead': `Терміново:`,
'emergency.free': `Безкоштовно`,
'emergency.gap': `Варто знати:`,
'emergency.leaving': `Завантаження…`,
'emergency.nearYou': `Поруч із вами`,
'emergency.pressExpired': `Швидкий вихід скасовано.`,
'emergency.pressOneMore': `Shift: ще 1 раз, щоб вийти.`,
'emergency.pressTwoMore': `Shift: ще 2 рази, щоб вийти.`,
'emergency.privacy': `Історія браузера може зберегти цей візит. Щоб цього уникнути, відкрийте приватне вікно (меню браузера).`,
'emergency.question': `Що сталося?`,
'emergency.revealed.few': str`${0}: ${1} номери для дзвінка, одразу нижче.`,
'emergency.revealed.many': str`${0}: ${1} номерів для дзвінка, одразу нижче.`,
'emergency.revealed.one': str`${0}: ${1} номер для дзвінка, одразу нижче.`,
'emergency.revealed.other': str`${0}: номерів для дзвінка — ${1}, одразу нижче.`,
'emergency.revealed.two': str`${0}: ${1} номери для дзвінка, одразу нижче.`,
'emergency.revealed.zero': str`${0}: ${1} номерів для дзвінка, одразу нижче.`,
'emergency.sms': str`Надіслати SMS на ${0}`,
'emergency.sources': `Джерела:`,
'emergency.steps': `Що робити?`,
'emergency.title': `Що робити в терміновій ситуації?`,
'emergency.truceDetails': `Якщо у вас є борги за оренду, ви все одно захищені. Воду у вашому основному житлі ніколи не можуть відключити. Узимку також не можуть відключити електрику і газ (їх можуть обмежити, але не тоді, коли у вас є енергетичний чек — chèque énergie). Винятки: для всієї сім’ї передбачено інше житло (relogement), або люди увійшли в чуже житло силою, погрозами чи обманом (squat).`,
'emergency.truceOff': str`Зараз немає зимової заборони виселень (trêve d’hiver): виселення можливе. Наступна заборона почнеться ${0}. А от воду у вашому основному житлі ніколи не можуть відключити.`,
'emergency.truceOn': str`Зимова заборона виселень (trêve d’hiver): виселення зупинені до ${0} включно.`,
'emergency.verifiedOn': str`перевірено ${0}`,
'emergency.whoToCall': `Куди дзвонити`,
    };
  