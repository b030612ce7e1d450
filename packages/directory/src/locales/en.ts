
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'directory.access': `Accessibility`,
'directory.address': `Address`,
'directory.allCommunes': `All towns`,
'directory.allDay': `all day`,
'directory.allServices': `All services`,
'directory.allTypes': `All types`,
'directory.always': `Open 24 hours a day, 7 days a week`,
'directory.closed': `Closed`,
'directory.closedDay': `closed`,
'directory.closesAt': str`Open now · closes at ${0}`,
'directory.closesOn': str`Open now · closes on ${0} at ${1}`,
'directory.closesTomorrow': str`Open now · closes tomorrow at ${0}`,
'directory.communeLabel': `Town (commune)`,
'directory.communes': `Towns served`,
'directory.count.one': str`${0} partner found`,
'directory.count.other': str`${0} partners found`,
'directory.email': `Email`,
'directory.everywhere': `Every town of the territory`,
'directory.holidays': `Public holidays`,
'directory.hours': `Opening hours`,
'directory.loading': `Loading partners…`,
'directory.more': str`Show more (${0} of ${1})`,
'directory.newTab': `(map, opens a new tab)`,
'directory.noPack': `The list of partners comes from your territory, in its content file (pack). No partner is loaded here.`,
'directory.opensAt': str`Closed · opens at ${0}`,
'directory.opensOn': str`Closed · opens on ${0} at ${1}`,
'directory.opensTomorrow': str`Closed · opens tomorrow at ${0}`,
'directory.phone': `Phone`,
'directory.reset': `Clear the search and filters`,
'directory.searchForm': `Find a partner`,
'directory.searchLabel': `Name, town or need`,
'directory.serviceLabel': `Service`,
'directory.services': `What they do for you:`,
'directory.title': `Who does what near you`,
'directory.tryHint': `Try another word, a shorter word, or fewer filters.`,
'directory.typeLabel': `Type`,
'directory.website': `Website`,
'directory.weekLine': str`${0}: ${1}`,
    };
  