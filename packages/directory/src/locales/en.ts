
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
'directory.always': `Open 24/7`,
'directory.at': str`at ${0}`,
'directory.closed': `Closed`,
'directory.closedDay': `closed`,
'directory.closes': str`Open now · closes ${0}`,
'directory.communeLabel': `Town (commune)`,
'directory.communes': `Towns served`,
'directory.count.few': str`${0} partners found`,
'directory.count.many': str`${0} partners found`,
'directory.count.one': str`${0} partner found`,
'directory.count.other': str`${0} partners found`,
'directory.count.two': str`${0} partners found`,
'directory.count.zero': str`${0} partners found`,
'directory.email': `Email`,
'directory.everywhere': `Every town of the territory`,
'directory.holidays': `Public holidays`,
'directory.hours': `Opening hours`,
'directory.more': str`Show more (${0} of ${1})`,
'directory.newTab': `(map, opens a new tab)`,
'directory.noPack': `No partners: the list comes from your territory (pack).`,
'directory.on': str`on ${0} at ${1}`,
'directory.opens': str`Closed · opens ${0}`,
'directory.phone': `Phone`,
'directory.print': `Print the list`,
'directory.printAsk': str`Print all ${0} partners?`,
'directory.printEvery': str`Print all ${0}`,
'directory.printRefine': `Choose a commune or a filter`,
'directory.reset': `Clear everything`,
'directory.searchLabel': `Name, town or need`,
'directory.serviceLabel': `Service`,
'directory.services': `Services`,
'directory.sheetContact': `Contact`,
'directory.sheetDate': str`List printed on ${0}.`,
'directory.sheetFilters': str`Filters — ${0}.`,
'directory.sheetFirst': str`First ${0} partners of ${1}: narrow the search for a shorter list.`,
'directory.sheetName': `Partner`,
'directory.sheetNoFilter': `No filter: every partner.`,
'directory.sheetWhat': `What they do`,
'directory.title': `Who does what near you`,
'directory.tomorrow': str`tomorrow at ${0}`,
'directory.tryHint': `Try another word or fewer filters.`,
'directory.typeLabel': `Type`,
'directory.website': `Website`,
'directory.weekLine': str`${0}: ${1}`,
    };
  