
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'emergency.alwaysOpen': `24/7`,
'emergency.call': str`Call ${0}`,
'emergency.callLead': `Call`,
'emergency.exit': `Leave quickly`,
'emergency.exitHint': `Replaces this page with a neutral website, with no way back.`,
'emergency.exitKeys': `With a keyboard: press Shift 3 times.`,
'emergency.exitLead': `Emergency:`,
'emergency.free': `Free`,
'emergency.gap': `Good to know:`,
'emergency.leaving': `Loading…`,
'emergency.nearYou': `Near you`,
'emergency.pressExpired': `Quick exit cancelled.`,
'emergency.pressOneMore': `Shift: press 1 more time to leave.`,
'emergency.pressTwoMore': `Shift: press 2 more times to leave.`,
'emergency.privacy': `Your browser's history may keep this visit. To avoid it, open a private browsing window (browser menu).`,
'emergency.question': `What is happening?`,
'emergency.revealed.few': str`${0}: ${1} numbers to call, just below.`,
'emergency.revealed.many': str`${0}: ${1} numbers to call, just below.`,
'emergency.revealed.one': str`${0}: ${1} number to call, just below.`,
'emergency.revealed.other': str`${0}: ${1} numbers to call, just below.`,
'emergency.revealed.two': str`${0}: ${1} numbers to call, just below.`,
'emergency.revealed.zero': str`${0}: ${1} numbers to call, just below.`,
'emergency.sms': str`Text ${0}`,
'emergency.sources': `Sources:`,
'emergency.steps': `What to do?`,
'emergency.title': `What to do in an emergency?`,
'emergency.truceDetails': `With rent arrears, you stay protected. Water can never be cut off in your main home; in winter, neither can electricity or gas (they may be reduced, unless you get the chèque énergie). Exceptions: rehousing is arranged for the whole family, or the people entered someone’s home by force, threats or deceit (squat).`,
'emergency.truceOff': str`This is not the winter truce: an eviction can take place. The next truce starts on ${0}. Water, though, can never be cut off in your main home.`,
'emergency.truceOn': str`Winter truce: evictions are suspended up to and including ${0}.`,
'emergency.verifiedOn': str`checked on ${0}`,
'emergency.whoToCall': `Who to call`,
    };
  