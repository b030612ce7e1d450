import type { ContentPack } from '../schema/index.js';

/**
 * Partner types every territory has; a pack may add its own. The keywords are the words
 * people type for them in the directory's search (not facts: search synonyms).
 */
export const nationalPartnerTypes: NonNullable<ContentPack['partnerTypes']> = [
  {
    id: 'landlord',
    label: { fr: 'Bailleur social', en: 'Social landlord' },
    keywords: ['HLM', 'office HLM', 'OPH', 'bailleur', 'logement social', 'landlord', 'housing association'],
  },
  {
    id: 'ccas',
    label: { fr: "CCAS (centre communal d'action sociale)", en: 'CCAS (municipal social services)' },
    keywords: [
      'mairie',
      'action sociale',
      'assistante sociale',
      'assistant social',
      'aide sociale',
      'town hall',
      'social worker',
    ],
  },
  {
    id: 'association',
    label: { fr: 'Association', en: 'Association' },
    keywords: ['accompagnement', 'aide', 'bénévoles', 'charity', 'support'],
  },
  {
    id: 'adil',
    label: { fr: 'ADIL (information sur le logement)', en: 'ADIL (housing information)' },
    keywords: ['conseil juridique', 'juriste', 'droit', 'bail', 'loyer', 'legal advice', 'tenancy'],
  },
  {
    id: 'state',
    label: { fr: "Services de l'État", en: 'State services' },
    keywords: ['préfecture', 'État', 'DALO', 'DDETS', 'prefecture', 'government'],
  },
  {
    id: 'intercommunality',
    label: { fr: 'Intercommunalité', en: 'Intercommunality' },
    keywords: ['agglomération', 'agglo', 'métropole', 'communauté de communes', 'EPCI', 'metropolitan'],
  },
];
