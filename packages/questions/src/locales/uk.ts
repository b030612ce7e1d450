
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'questions.found-few': str`Знайдено ${0} запитання`,
'questions.found-many': str`Знайдено ${0} запитань`,
'questions.found-one': str`Знайдено ${0} запитання`,
'questions.found-other': str`Знайдено запитань: ${0}`,
'questions.found-two': str`Знайдено ${0} запитання`,
'questions.found-zero': str`Знайдено ${0} запитань`,
'questions.next': `Що далі?`,
'questions.next-figure': `Цифри вашої території`,
'questions.next-step': str`Етап шляху: ${0}`,
'questions.no-result': str`Жодна відповідь не містить «${0}». Спробуйте коротше слово.`,
'questions.rumour': `Поширена думка`,
'questions.search-label': `Шукати в запитаннях і відповідях`,
'questions.source': `Джерело:`,
'questions.staff-avoid': `Ніколи не обіцяйте:`,
'questions.staff-direct': `Куди направити:`,
'questions.staff-tell': `Що сказати:`,
'questions.staff-title': `Примітка для працівників прийому`,
'questions.title': `Ваші запитання, наші відповіді`,
'questions.unconfirmed': `Не підтверджено офіційним джерелом.`,
'questions.urgent': `Якщо це терміново`,
'questions.verdict': `Висновок:`,
'questions.verdict-depends': `Залежить від ситуації`,
'questions.verdict-false': `Неправда`,
'questions.verdict-true': `Правда`,
'questions.ways-out': `Ви також можете:`,
'questions.ways-out-call': `У терміновій ситуації дзвоніть:`,
'questions.ways-out-desk': `Знайти пункт прийому у вашому населеному пункті`,
'questions.ways-out-online': `Подати заяву онлайн`,
    };
  