
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
'emergency.privacy': `This page may stay in the browser's history. A private browsing window does not keep history.`,
'emergency.sms': str`Text ${0}`,
'emergency.sources': `Sources:`,
'emergency.title': `What to do in an emergency?`,
'emergency.truceDetails': `Exceptions: rehousing is ensured for the whole family, or the person entered someone else's home by force, threats or deceit (squat). A tenant with rent arrears remains protected. During the truce, no cut-off of energy or water in the main home.`,
'emergency.truceNext': str`an eviction can take place. The next truce starts on ${0}.`,
'emergency.truceOff': `This is not the winter truce:`,
'emergency.truceOn': `Winter truce:`,
'emergency.truceUntil': str`evictions are suspended up to and including ${0}.`,
'emergency.unconfirmed': `(to be checked)`,
'emergency.verifiedOn': str`checked on ${0}`,
'emergency.whoToCall': `Who to call`,
    };
  