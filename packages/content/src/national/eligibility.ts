import type { Eligibility } from '../schema/eligibility.js';

/** National eligibility rules (national-facts.md B.2, B.3; ceilings.json). Filled by the eligibility issue. */
export const nationalEligibility: Eligibility = { ceilings: [], priorities: [] };
