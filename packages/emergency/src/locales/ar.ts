
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.alwaysOpen': `24 ساعة في اليوم، 7 أيام في الأسبوع`,
'emergency.call': str`اتصل بالرقم ${0}`,
'emergency.callLead': `اتصل بالرقم`,
'emergency.exit': `اخرج بسرعة`,
'emergency.exitHint': `يضع موقعًا عاديًا مكان هذه الصفحة، ولا يمكن الرجوع إليها.`,
'emergency.exitKeys': `بلوحة المفاتيح: اضغط 3 مرات على زر Maj (Shift).`,
'emergency.exitLead': `طوارئ:`,
'emergency.free': `مجاني`,
'emergency.gap': `معلومة مفيدة:`,
'emergency.leaving': `جارٍ التحميل…`,
'emergency.nearYou': `قرب مكان سكنك`,
'emergency.pressExpired': `تم إلغاء الخروج السريع.`,
'emergency.pressOneMore': `Maj (Shift): اضغط مرة واحدة أخرى للخروج.`,
'emergency.pressTwoMore': `Maj (Shift): اضغط مرتين أخريين للخروج.`,
'emergency.privacy': `سجلّ المتصفح قد يحفظ هذه الزيارة. لتجنب ذلك، افتح نافذة تصفح خاص (من قائمة المتصفح).`,
'emergency.question': `ماذا يحدث معك؟`,
'emergency.revealed.few': str`${0}: ${1} أرقام تتصل بها في الأسفل مباشرة.`,
'emergency.revealed.many': str`${0}: ${1} رقمًا تتصل به في الأسفل مباشرة.`,
'emergency.revealed.one': str`${0}: الرقم الذي تتصل به في الأسفل مباشرة. عدد الأرقام: ${1}.`,
'emergency.revealed.other': str`${0}: الأرقام التي تتصل بها في الأسفل مباشرة. عدد الأرقام: ${1}.`,
'emergency.revealed.two': str`${0}: رقمان تتصل بهما (${1}) في الأسفل مباشرة.`,
'emergency.revealed.zero': str`${0}: لا يوجد رقم تتصل به (${1}).`,
'emergency.sms': str`أرسل رسالة SMS إلى ${0}`,
'emergency.sources': `المصادر:`,
'emergency.steps': `ماذا تفعل؟`,
'emergency.title': `ماذا تفعل في حالة الطوارئ؟`,
'emergency.truceDetails': `إذا كانت عليك ديون إيجار، تبقى محميًا. لا يمكن قطع الماء أبدًا في مسكنك الرئيسي. وفي الشتاء، لا يمكن قطع الكهرباء والغاز أيضًا (يمكن تخفيضهما، إلا إذا كان لديك شيك الطاقة chèque énergie). الاستثناءات: إذا كان هناك مسكن بديل جاهز لكل العائلة (relogement)، أو إذا دخل الأشخاص بيت شخص آخر بالقوة أو بالتهديد أو بالحيلة (squat).`,
'emergency.truceOff': str`الآن ليست فترة الهدنة الشتوية (trêve d’hiver): يمكن أن يحدث الطرد من المسكن (expulsion). الهدنة القادمة تبدأ يوم ${0}. أما الماء، فلا يمكن قطعه أبدًا في مسكنك الرئيسي.`,
'emergency.truceOn': str`الهدنة الشتوية (trêve d’hiver): الطرد من المسكن (expulsion) متوقف حتى نهاية يوم ${0}.`,
'emergency.verifiedOn': str`تم التحقق في ${0}`,
'emergency.whoToCall': `بمن تتصل`,
    };
  