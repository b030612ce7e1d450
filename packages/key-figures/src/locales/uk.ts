
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'figures.action': `Ці цифри описують минуле, а не вашу заяву. Щоб зберегти свої шанси, поновлюйте заяву щороку. І якщо можете, вкажіть кілька населених пунктів (communes).`,
'figures.allocated.one': str`${0}: надано ${1} помешкання соціального житла.`,
'figures.allocated.other': str`${0}: надано помешкань соціального житла — ${1}.`,
'figures.average': `Середнє очікування`,
'figures.between': str`З ${0} по ${1}`,
'figures.empty': `Цифри про соціальне житло (заяви в очікуванні, надане житло, час очікування) публікує кожна територія. Вони беруться з національного реєстру заяв і з даних соціальних орендодавців (bailleurs sociaux).`,
'figures.home': `Житло`,
'figures.homes.one': str`${0}: ${1} помешкання соціального житла.`,
'figures.homes.other': str`${0}: помешкань соціального житла — ${1}.`,
'figures.in-year': str`У ${0} році`,
'figures.median': `Медіанне очікування`,
'figures.median-note': `Медіанне очікування: половина домогосподарств, які отримали житло, чекали менше.`,
'figures.months.one': str`${0} місяць`,
'figures.months.other': str`${0} міс.`,
'figures.on-day': str`Станом на ${0}`,
'figures.pending.one': str`${0}: ${1} заява на соціальне житло в очікуванні.`,
'figures.pending.other': str`${0}: заяв на соціальне житло в очікуванні — ${1}.`,
'figures.percent': str`${0} %`,
'figures.ratio.one': str`${0}: 1 надане помешкання на ${1} заяву.`,
'figures.ratio.other': str`${0}: на 1 надане помешкання припадає заяв — ${1}.`,
'figures.size-all': `Усе житло`,
'figures.size-rooms': str`T${0} (${1} кімнати)`,
'figures.size-t1': `T1 (1 кімната)`,
'figures.size-t5': `T5 і більше (5 кімнат або більше)`,
'figures.source': `Джерело:`,
'figures.title': `Соціальне житло в цифрах`,
'figures.transfers.one': str`${0}: ${1} із цих заяв — від орендарів соціального житла (HLM), які хочуть змінити житло.`,
'figures.transfers.other': str`${0}: із цих заяв ${1} — від орендарів соціального житла (HLM), які хочуть змінити житло.`,
'figures.turnover': str`${0}: у ${1} помешкань соціального житла змінився орендар.`,
'figures.verified-on': str`, перевірено ${0}`,
'figures.wait-title': `Скільки чекають, залежно від розміру житла`,
'figures.whole-territory': `Уся територія`,
    };
  