
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'directory.count.few': str`تم العثور على ${0} شركاء`,
'directory.count.many': str`تم العثور على ${0} شريكًا`,
'directory.count.two': str`تم العثور على شريكَين (${0})`,
'directory.count.zero': str`لم يُعثر على أي شريك (${0})`,
'directory.title': `Qui fait quoi près de chez vous`,
'directory.noPack': `Aucun partenaire : la liste vient de votre territoire (pack).`,
'directory.searchLabel': `Nom, ville ou besoin`,
'directory.typeLabel': `Type`,
'directory.allTypes': `Tous les types`,
'directory.communeLabel': `Commune`,
'directory.allCommunes': `Toutes les communes`,
'directory.serviceLabel': `Service`,
'directory.allServices': `Tous les services`,
'directory.count.one': str`${0} partenaire trouvé`,
'directory.count.other': str`${0} partenaires trouvés`,
'directory.more': str`Afficher la suite (${0} sur ${1})`,
'directory.tryHint': `Essayez un autre mot ou moins de filtres.`,
'directory.reset': `Tout effacer`,
'directory.services': `Services`,
'directory.address': `Adresse`,
'directory.newTab': `(carte, ouvre un nouvel onglet)`,
'directory.communes': `Communes servies`,
'directory.everywhere': `Toutes les communes du territoire`,
'directory.hours': `Horaires`,
'directory.phone': `Téléphone`,
'directory.email': `Courriel`,
'directory.website': `Site web`,
'directory.access': `Accessibilité`,
'directory.on': str`${0} à ${1}`,
'directory.tomorrow': str`demain à ${0}`,
'directory.at': str`à ${0}`,
'directory.always': `Ouvert 24 h/24, 7 j/7`,
'directory.closed': `Fermé`,
'directory.closes': str`Ouvert maintenant · ferme ${0}`,
'directory.opens': str`Fermé · ouvre ${0}`,
'directory.holidays': `Jours fériés`,
'directory.allDay': `toute la journée`,
'directory.closedDay': `fermé`,
'directory.weekLine': str`${0} : ${1}`,
'directory.print': `Imprimer la liste`,
'directory.printAsk': str`Imprimer les ${0} partenaires ?`,
'directory.printEvery': str`Imprimer les ${0}`,
'directory.printRefine': `Choisir une commune ou un filtre`,
'directory.sheetDate': str`Liste imprimée le ${0}.`,
'directory.sheetFilters': str`Filtres — ${0}.`,
'directory.sheetNoFilter': `Sans filtre : tous les partenaires.`,
'directory.sheetFirst': str`${0} premiers partenaires sur ${1} : affinez la recherche pour une liste plus courte.`,
'directory.sheetName': `Partenaire`,
'directory.sheetWhat': `Ce qu’il fait`,
'directory.sheetContact': `Contact`,
    };
  