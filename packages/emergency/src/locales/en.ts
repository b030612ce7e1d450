
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.alwaysOpen': `24/7`,
'emergency.call': str`Call ${0}`,
'emergency.free': `Free`,
'emergency.gap': `Good to know:`,
'emergency.nearYou': `Near you`,
'emergency.privacy': `This page may stay in the browser's history. Private browsing keeps no trace of it.`,
'emergency.sms': str`Text ${0}`,
'emergency.sources': `Sources:`,
'emergency.title': `What to do in an emergency?`,
'emergency.truceDetails': `With rent arrears, you stay protected. Water can never be cut off in your main home; in winter, neither can electricity or gas (they may be reduced, unless you get the chèque énergie). Exceptions: rehousing is arranged for the whole family, or the people entered someone’s home by force, threats or deceit (squat).`,
'emergency.truceOff': str`This is not the winter truce: an eviction can take place. The next truce starts on ${0}. Water, though, can never be cut off in your main home.`,
'emergency.truceOn': str`Winter truce: evictions are suspended up to and including ${0}.`,
'emergency.unconfirmed': `(not confirmed by an official source)`,
'emergency.verifiedOn': str`checked on ${0}`,
'emergency.whoToCall': `Who to call`,
    };
  