import type { Circuit } from '../schema/circuit.js';

/** National steps of an application (national-facts.md B.1). Filled by the circuit issue. */
export const nationalCircuit: Circuit = { steps: [] };
