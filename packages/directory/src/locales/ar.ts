
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'directory.access': `سهولة الوصول لذوي الإعاقة`,
'directory.address': `العنوان`,
'directory.allCommunes': `كل البلديات`,
'directory.allDay': `طول اليوم`,
'directory.allServices': `كل الخدمات`,
'directory.allTypes': `كل الأنواع`,
'directory.always': `مفتوح 24 ساعة في اليوم، 7 أيام في الأسبوع`,
'directory.at': str`الساعة ${0}`,
'directory.closed': `مغلق`,
'directory.closedDay': `مغلق`,
'directory.closes': str`مفتوح الآن · يغلق ${0}`,
'directory.communeLabel': `البلدية (commune)`,
'directory.communes': `البلديات التي تشملها الخدمة`,
'directory.count.few': str`وجدنا ${0} جهات`,
'directory.count.many': str`وجدنا ${0} جهة`,
'directory.count.one': str`عدد الجهات التي وجدناها: ${0}`,
'directory.count.other': str`عدد الجهات التي وجدناها: ${0}`,
'directory.count.two': str`وجدنا جهتين (${0})`,
'directory.count.zero': str`لم نجد أي جهة (${0})`,
'directory.email': `البريد الإلكتروني`,
'directory.everywhere': `كل بلديات المنطقة`,
'directory.holidays': `أيام العطل الرسمية`,
'directory.hours': `أوقات العمل`,
'directory.more': str`إظهار المزيد (${0} من ${1})`,
'directory.newTab': `(خريطة، تفتح في نافذة جديدة)`,
'directory.noPack': `لا توجد جهات: القائمة تأتي من منطقتك (pack).`,
'directory.on': str`يوم ${0} الساعة ${1}`,
'directory.opens': str`مغلق · يفتح ${0}`,
'directory.phone': `الهاتف`,
'directory.print': `طباعة القائمة`,
'directory.printAsk': str`هل تريد طباعة كل الجهات؟ عددها: ${0}.`,
'directory.printEvery': str`طباعة الكل (${0})`,
'directory.printRefine': `اختر بلدية أو فلترًا`,
'directory.reset': `مسح كل شيء`,
'directory.searchLabel': `الاسم أو المدينة أو الحاجة`,
'directory.serviceLabel': `الخدمة`,
'directory.services': `الخدمات`,
'directory.sheetContact': `التواصل`,
'directory.sheetDate': str`طُبعت القائمة في ${0}.`,
'directory.sheetFilters': str`الفلاتر — ${0}.`,
'directory.sheetFirst': str`هذه أول ${0} جهة من أصل ${1}. ابحث بدقة أكبر لتحصل على قائمة أقصر.`,
'directory.sheetName': `الجهة`,
'directory.sheetNoFilter': `بدون فلتر: كل الجهات.`,
'directory.sheetWhat': `ماذا تفعل`,
'directory.title': `من يفعل ماذا قرب مكان سكنك`,
'directory.tomorrow': str`غدًا الساعة ${0}`,
'directory.tryHint': `جرّب كلمة أخرى أو عددًا أقل من الفلاتر.`,
'directory.typeLabel': `النوع`,
'directory.website': `الموقع الإلكتروني`,
'directory.weekLine': str`${0}: ${1}`,
    };
  