
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'eligibility.above': str`Ceiling exceeded for ${0}.`,
'eligibility.age1': `Your age`,
'eligibility.age2': `Your partner's age`,
'eligibility.caption': str`Maximum income a year, in ${0}`,
'eligibility.category': str`Your household is in category ${0}`,
'eligibility.category-extra': str` (extra people: ${0})`,
'eligibility.ceilings-title': `Income ceilings`,
'eligibility.check': `Check your income`,
'eligibility.couple': `You live as a couple (married, in a PACS or not)`,
'eligibility.dependants': `How many of them depend on you?`,
'eligibility.dependants-hint': `Children or adults on your tax notice. 0 if nobody.`,
'eligibility.disability': `Someone in the household holds the invalidity card (CMI)`,
'eligibility.error': `Error:`,
'eligibility.extra': `Per additional person`,
'eligibility.household': `Category`,
'eligibility.income': str`${0} reference tax income (revenu fiscal de référence) of the whole household, in euros`,
'eligibility.income-empty': `Write 0 if you have none.`,
'eligibility.income-hint': str`Each person's, added up (${0} tax notice). Example: 25000`,
'eligibility.income-large': `Amount too high: check it.`,
'eligibility.indicative': `(indicative)`,
'eligibility.invalid': str`Write a number, for example ${0}.`,
'eligibility.landlord': `This is a guide: the landlord checks your income.`,
'eligibility.na': `not available`,
'eligibility.negative': `This number cannot be negative.`,
'eligibility.next': `Next step: file your application, free of charge, online or at a desk.`,
'eligibility.overseas': `Overseas, only the PLS ceiling is published.`,
'eligibility.persons': `Number of people in the home, you included`,
'eligibility.point': `point`,
'eligibility.points': `points`,
'eligibility.priorities': `Who comes first?`,
'eligibility.privacy': `What you type is neither sent nor saved.`,
'eligibility.range': str`Enter a number from ${0} to ${1}.`,
'eligibility.result': `Your result`,
'eligibility.scoring': `How applications are ranked (cotation)`,
'eligibility.scoring-link': `The full grid`,
'eligibility.scoring-none': `Each grid is public: ask a desk for it.`,
'eligibility.source': `Source:`,
'eligibility.submit': `Check`,
'eligibility.title': `Who can apply for social housing?`,
'eligibility.unconfirmed': `(to be confirmed)`,
'eligibility.under': str`Your income allows ${0} housing.`,
'eligibility.unknown': str`No known ${0} ceiling for ${1}: we cannot tell.`,
'eligibility.zone': `Zone:`,
'eligibility.zone-error': `Choose a zone.`,
'eligibility.zone-question': `Where are you looking for a home?`,
    };
  