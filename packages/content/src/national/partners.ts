import type { ContentPack } from '../schema/index.js';

/** Partner types every territory has; a pack may add its own. */
export const nationalPartnerTypes: NonNullable<ContentPack['partnerTypes']> = [
  { id: 'landlord', label: { fr: 'Bailleur social', en: 'Social landlord' } },
  { id: 'ccas', label: { fr: "CCAS (centre communal d'action sociale)", en: 'CCAS (municipal social services)' } },
  { id: 'association', label: { fr: 'Association', en: 'Association' } },
  { id: 'adil', label: { fr: 'ADIL (information sur le logement)', en: 'ADIL (housing information)' } },
  { id: 'state', label: { fr: "Services de l'État", en: 'State services' } },
  { id: 'intercommunality', label: { fr: 'Intercommunalité', en: 'Intercommunality' } },
];
