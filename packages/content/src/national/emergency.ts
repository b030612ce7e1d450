import type { Emergency } from '../schema/emergency.js';

/** National emergency situations and numbers (national-facts.md B.4). Filled by the emergency issue. */
export const nationalEmergency: Emergency = { situations: [], contacts: [] };
