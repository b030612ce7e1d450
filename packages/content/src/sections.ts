/**
 * The top-level sections of a content pack, each with its shape (generated from the valibot
 * schema by scripts/json-schema.mjs, one file a section). A widget checks only the sections it
 * reads: a per-element file that imports `emergencySection` alone bundles only that shape.
 */
import type { ContentPack } from './schema/index.js';
import type { Shape } from './shape.js';
import territory from './generated/shape/territory.json';
import circuit from './generated/shape/circuit.json';
import eligibility from './generated/shape/eligibility.json';
import emergency from './generated/shape/emergency.json';
import partnerTypes from './generated/shape/partnerTypes.json';
import partners from './generated/shape/partners.json';
import questions from './generated/shape/questions.json';
import figures from './generated/shape/figures.json';

/** A section of the pack: every top-level field but `$schema` and `schemaVersion`. */
export type SectionKey = Exclude<keyof ContentPack, '$schema' | 'schemaVersion'>;

export interface PackSection {
  key: SectionKey;
  /** The section's shape: a JSON Schema subset whose `$ref`s point into the pack's `$defs`. */
  shape: Shape;
}

export const territorySection: PackSection = { key: 'territory', shape: territory as Shape };
export const circuitSection: PackSection = { key: 'circuit', shape: circuit as Shape };
export const eligibilitySection: PackSection = { key: 'eligibility', shape: eligibility as Shape };
export const emergencySection: PackSection = { key: 'emergency', shape: emergency as Shape };
export const partnerTypesSection: PackSection = { key: 'partnerTypes', shape: partnerTypes as Shape };
export const partnersSection: PackSection = { key: 'partners', shape: partners as Shape };
export const questionsSection: PackSection = { key: 'questions', shape: questions as Shape };
export const figuresSection: PackSection = { key: 'figures', shape: figures as Shape };

/** Every section, in the schema's order (a test checks that none is missing). */
export const packSections: readonly PackSection[] = [
  territorySection,
  circuitSection,
  eligibilitySection,
  emergencySection,
  partnerTypesSection,
  partnersSection,
  questionsSection,
  figuresSection,
];
