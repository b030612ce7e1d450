
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'figures.action': `هذه الأرقام تصف الماضي، ولا تصف طلبك. لكي تحافظ على فرصك: جدِّد طلبك كل سنة. وإذا استطعت، اطلب عدة بلديات.`,
'figures.allocated.one': str`${0}، عدد المساكن الاجتماعية التي مُنحت: ${1}.`,
'figures.allocated.other': str`${0}، عدد المساكن الاجتماعية التي مُنحت: ${1}.`,
'figures.average': `متوسط مدة الانتظار`,
'figures.between': str`من ${0} إلى ${1}`,
'figures.empty': `أرقام السكن الاجتماعي (الطلبات التي تنتظر، المساكن التي مُنحت، مدة الانتظار) تنشرها كل منطقة. تأتي هذه الأرقام من السجل الوطني للطلبات ومن بيانات المؤجِّرين الاجتماعيين (bailleurs sociaux).`,
'figures.home': `المسكن`,
'figures.homes.one': str`${0}، عدد المساكن الاجتماعية: ${1}.`,
'figures.homes.other': str`${0}، عدد المساكن الاجتماعية: ${1}.`,
'figures.in-year': str`في سنة ${0}`,
'figures.median': `مدة الانتظار الوسطى`,
'figures.median-note': `مدة الانتظار الوسطى: نصف الأسر التي حصلت على مسكن انتظرت مدة أقل منها.`,
'figures.months.one': str`${0} شهر`,
'figures.months.other': str`${0} شهر`,
'figures.on-day': str`بتاريخ ${0}`,
'figures.pending.one': str`${0}، عدد طلبات السكن الاجتماعي التي تنتظر: ${1}.`,
'figures.pending.other': str`${0}، عدد طلبات السكن الاجتماعي التي تنتظر: ${1}.`,
'figures.percent': str`${0} %`,
'figures.ratio.one': str`${0}، عدد الطلبات مقابل كل مسكن مُنح: ${1}.`,
'figures.ratio.other': str`${0}، عدد الطلبات مقابل كل مسكن مُنح: ${1}.`,
'figures.size-all': `كل المساكن`,
'figures.size-rooms': str`T${0} (${1} غرف)`,
'figures.size-t1': `T1 (غرفة واحدة)`,
'figures.size-t5': `T5 أو أكبر (5 غرف أو أكثر)`,
'figures.source': `المصدر:`,
'figures.title': `السكن الاجتماعي بالأرقام`,
'figures.transfers.one': str`${0}، من بين هذه الطلبات، عدد طلبات مستأجري السكن الاجتماعي (HLM) الذين يريدون تغيير مسكنهم: ${1}.`,
'figures.transfers.other': str`${0}، من بين هذه الطلبات، عدد طلبات مستأجري السكن الاجتماعي (HLM) الذين يريدون تغيير مسكنهم: ${1}.`,
'figures.turnover': str`${0}، تغيَّر المستأجر في ${1} من المساكن الاجتماعية.`,
'figures.verified-on': str`، تم التحقق في ${0}`,
'figures.wait-title': `مدة الانتظار، حسب حجم المسكن`,
'figures.whole-territory': `كل المنطقة`,
    };
  