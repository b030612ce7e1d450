
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'directory.access': `Доступність`,
'directory.address': `Адреса`,
'directory.allCommunes': `Усі населені пункти`,
'directory.allDay': `увесь день`,
'directory.allServices': `Усі послуги`,
'directory.allTypes': `Усі типи`,
'directory.always': `Відчинено цілодобово, 7 днів на тиждень`,
'directory.at': str`о ${0}`,
'directory.closed': `Зачинено`,
'directory.closedDay': `зачинено`,
'directory.closes': str`Відчинено зараз · зачиняється: ${0}`,
'directory.communeLabel': `Населений пункт (commune)`,
'directory.communes': `Населені пункти, які обслуговує`,
'directory.count.few': str`Знайдено ${0} партнери`,
'directory.count.many': str`Знайдено ${0} партнерів`,
'directory.count.one': str`Знайдено ${0} партнера`,
'directory.count.other': str`Знайдено партнерів: ${0}`,
'directory.count.two': str`Знайдено ${0} партнери`,
'directory.count.zero': str`Знайдено ${0} партнерів`,
'directory.email': `Електронна пошта`,
'directory.everywhere': `Усі населені пункти території`,
'directory.holidays': `Святкові дні`,
'directory.hours': `Години роботи`,
'directory.more': str`Показати ще (${0} із ${1})`,
'directory.newTab': `(карта, відкривається в новій вкладці)`,
'directory.noPack': `Партнерів немає: цей список надає ваша територія (pack).`,
'directory.on': str`${0}, о ${1}`,
'directory.opens': str`Зачинено · відчиняється: ${0}`,
'directory.phone': `Телефон`,
'directory.print': `Надрукувати список`,
'directory.printAsk': str`Надрукувати всіх партнерів (${0})?`,
'directory.printEvery': str`Надрукувати всіх (${0})`,
'directory.printRefine': `Виберіть населений пункт або фільтр`,
'directory.reset': `Очистити все`,
'directory.searchLabel': `Назва, місто або потреба`,
'directory.serviceLabel': `Послуга`,
'directory.services': `Послуги`,
'directory.sheetContact': `Контакти`,
'directory.sheetDate': str`Список надруковано ${0}.`,
'directory.sheetFilters': str`Фільтри — ${0}.`,
'directory.sheetFirst': str`Перші партнери: ${0} із ${1}. Уточніть пошук, щоб список був коротшим.`,
'directory.sheetName': `Партнер`,
'directory.sheetNoFilter': `Без фільтра: усі партнери.`,
'directory.sheetWhat': `Що робить`,
'directory.title': `Хто що робить поруч із вами`,
'directory.tomorrow': str`завтра о ${0}`,
'directory.tryHint': `Спробуйте інше слово або менше фільтрів.`,
'directory.typeLabel': `Тип`,
'directory.website': `Вебсайт`,
'directory.weekLine': str`${0}: ${1}`,
    };
  