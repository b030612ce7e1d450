
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'questions.found-few': str`وجدنا ${0} أسئلة`,
'questions.found-many': str`وجدنا ${0} سؤالًا`,
'questions.found-one': str`عدد الأسئلة التي وجدناها: ${0}`,
'questions.found-other': str`عدد الأسئلة التي وجدناها: ${0}`,
'questions.found-two': str`وجدنا سؤالين (${0})`,
'questions.found-zero': str`لم نجد أي سؤال (${0})`,
'questions.next': `وبعد ذلك؟`,
'questions.next-figure': `أرقام المنطقة`,
'questions.next-step': str`مرحلة من المسار: ${0}`,
'questions.no-result': str`لا يوجد جواب فيه «${0}». جرّب كلمة أقصر.`,
'questions.rumour': `فكرة شائعة`,
'questions.search-label': `ابحث في الأسئلة والأجوبة`,
'questions.source': `المصدر:`,
'questions.staff-avoid': `لا تَعِد أبدًا بما يلي:`,
'questions.staff-direct': `وجِّه الشخص إلى:`,
'questions.staff-tell': `ما يجب قوله:`,
'questions.staff-title': `ملاحظة لموظفي الاستقبال`,
'questions.title': `أسئلتكم وأجوبتنا`,
'questions.unconfirmed': `لم يؤكده مصدر رسمي.`,
'questions.urgent': `إذا كان الأمر عاجلًا`,
'questions.verdict': `الحكم:`,
'questions.verdict-depends': `حسب الحالة`,
'questions.verdict-false': `خطأ`,
'questions.verdict-true': `صحيح`,
'questions.ways-out': `يمكنك أيضًا:`,
'questions.ways-out-call': `في حالة الطوارئ، اتصل بـ:`,
'questions.ways-out-desk': `ابحث عن مكتب استقبال (guichet) في بلديتك`,
'questions.ways-out-online': `قدِّم طلبك عبر الإنترنت`,
    };
  