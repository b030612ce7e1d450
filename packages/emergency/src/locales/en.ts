
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.alwaysOpen': `24/7`,
'emergency.call': str`Call ${0}`,
'emergency.free': `Free`,
'emergency.gap': `Missing information:`,
'emergency.nearYou': `Near you`,
'emergency.privacy': `This page may stay in the browser's history. Private browsing keeps no trace of it.`,
'emergency.sms': str`Text ${0}`,
'emergency.sources': `Sources:`,
'emergency.title': `What to do in an emergency?`,
'emergency.truceDetails': `With rent arrears, you stay protected. No energy or water cut-off. Exceptions: rehousing is ensured for the whole family, or the home is squatted.`,
'emergency.truceOff': str`This is not the winter truce: an eviction can take place. The next truce starts on ${0}.`,
'emergency.truceOn': str`Winter truce: evictions are suspended up to and including ${0}.`,
'emergency.unconfirmed': `(to be checked)`,
'emergency.verifiedOn': str`checked on ${0}`,
'emergency.whoToCall': `Who to call`,
    };
  