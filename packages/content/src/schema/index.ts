/**
 * The content pack: one JSON document, versioned by `schemaVersion`, that extends and
 * overrides the embedded national content by id. Each section has its own file.
 */
import * as v from 'valibot';
import { list } from './common.js';
import { territory } from './territory.js';
import { circuit } from './circuit.js';
import { eligibility } from './eligibility.js';
import { emergency } from './emergency.js';
import { partner, partnerType } from './partners.js';
import { questions } from './questions.js';
import { figures } from './figures.js';

/** Schema versions this code can read. */
export const supportedSchemaVersions = [1] as const;
/** The version a new pack should declare. */
export const currentSchemaVersion = 1;

export const contentPack = v.object({
  /** Where editors find the JSON Schema (content-pack.schema.json); ignored by the widgets. */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000, 'maxLength'))),
  schemaVersion: v.picklist(supportedSchemaVersions, 'schemaVersion'),
  territory: v.optional(territory),
  circuit: v.optional(circuit),
  eligibility: v.optional(eligibility),
  emergency: v.optional(emergency),
  partnerTypes: v.optional(list(partnerType, 50)),
  partners: v.optional(list(partner, 5000)),
  questions: v.optional(questions),
  /** The territory's figures (no national default): `<vl-key-figures>`. */
  figures: v.optional(figures),
});
export type ContentPack = v.InferOutput<typeof contentPack>;

export * from './common.js';
export * from './territory.js';
export * from './circuit.js';
export * from './eligibility.js';
export * from './emergency.js';
export * from './partners.js';
export * from './questions.js';
export * from './figures.js';
