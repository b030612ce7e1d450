
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'questions.found-few': str`${0} questions found`,
'questions.found-many': str`${0} questions found`,
'questions.found-one': str`${0} question found`,
'questions.found-other': str`${0} questions found`,
'questions.found-two': str`${0} questions found`,
'questions.found-zero': str`${0} questions found`,
'questions.next': `What next?`,
'questions.next-figure': `The territory's figures`,
'questions.next-step': str`Step of the path: ${0}`,
'questions.no-result': str`No answer contains “${0}”. Try a shorter word.`,
'questions.rumour': `Rumour`,
'questions.search-label': `Search questions and answers`,
'questions.source': `Source:`,
'questions.staff-avoid': `Never promise:`,
'questions.staff-direct': `Direct to:`,
'questions.staff-tell': `What to say:`,
'questions.staff-title': `Staff note`,
'questions.title': `Your questions, our answers`,
'questions.unconfirmed': `Not confirmed by an official source.`,
'questions.urgent': `If it is urgent`,
'questions.verdict': `Verdict:`,
'questions.verdict-depends': `It depends`,
'questions.verdict-false': `False`,
'questions.verdict-true': `True`,
'questions.ways-out': `You can also:`,
'questions.ways-out-call': `In an emergency, call:`,
'questions.ways-out-desk': `Find a desk in your commune`,
'questions.ways-out-online': `Apply online`,
    };
  