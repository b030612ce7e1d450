/**
 * The embedded national pack: the rules of the whole country, written from
 * shared/content/national-facts.md and ceilings.json only. A territory pack is laid
 * over it (see merge.ts). Partners are never national: they come from the pack.
 */
import type { ContentPack } from '../schema/index.js';
import { nationalCircuit } from './circuit.js';
import { nationalEligibility } from './eligibility.js';
import { nationalEmergency } from './emergency.js';
import { nationalPartnerTypes } from './partners.js';
import { nationalQuestions } from './questions.js';

/** Every section present: what a widget reads after merging a territory pack over it. */
// `territory` and `figures` have no national default: they come from a territory's pack only.
export type ResolvedContent = Required<Omit<ContentPack, '$schema' | 'territory' | 'figures'>> &
  Pick<ContentPack, 'territory' | 'figures'>;

export const nationalPack: ResolvedContent = {
  schemaVersion: 1,
  circuit: nationalCircuit,
  eligibility: nationalEligibility,
  emergency: nationalEmergency,
  partnerTypes: nationalPartnerTypes,
  partners: [],
  questions: nationalQuestions,
};
