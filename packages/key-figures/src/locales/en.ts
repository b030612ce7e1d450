
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'figures.action': `These figures describe the past, not your application. To keep your chances: renew your application every year and, if you can, ask for several communes.`,
'figures.allocated.one': str`${0}, ${1} social home allocated.`,
'figures.allocated.other': str`${0}, ${1} social homes allocated.`,
'figures.average': `Average wait`,
'figures.between': str`From ${0} to ${1}`,
'figures.empty': `Social housing figures (applications pending, homes allocated, waiting times) are published by each territory, from the national register of applications and the social landlords' data.`,
'figures.home': `Home`,
'figures.homes.one': str`${0}, ${1} social home.`,
'figures.homes.other': str`${0}, ${1} social homes.`,
'figures.in-year': str`In ${0}`,
'figures.median': `Median wait`,
'figures.median-note': `Median wait: half of the households housed had waited less.`,
'figures.months.one': str`${0} month`,
'figures.months.other': str`${0} months`,
'figures.on-day': str`On ${0}`,
'figures.pending.one': str`${0}, ${1} social housing application pending.`,
'figures.pending.other': str`${0}, ${1} social housing applications pending.`,
'figures.percent': str`${0}%`,
'figures.ratio.one': str`${0}, 1 home allocated for every ${1} application.`,
'figures.ratio.other': str`${0}, 1 home allocated for every ${1} applications.`,
'figures.size-all': `All homes`,
'figures.size-rooms': str`T${0} (${1} rooms)`,
'figures.size-t1': `T1 (1 room)`,
'figures.size-t5': `T5 or larger (5 rooms or more)`,
'figures.source': `Source:`,
'figures.title': `Social housing in figures`,
'figures.transfers.one': str`${0}, ${1} of these applications is from a social tenant who wants to move.`,
'figures.transfers.other': str`${0}, ${1} of these applications are from social tenants who want to move.`,
'figures.turnover': str`${0}, ${1} of social homes changed tenant.`,
'figures.verified-on': str`, checked on ${0}`,
'figures.wait-title': `How long people wait, by size of home`,
'figures.whole-territory': `The whole territory`,
    };
  