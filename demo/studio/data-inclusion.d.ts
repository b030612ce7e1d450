// Types of data-inclusion.js, for the browser tests.
export function splitExport(json: unknown): { structures: object[]; services: object[] };
export function dataInclusionToPartners(
  data: { structures: object[]; services: object[] },
  options: { takenIds: Iterable<string> },
): { partners: Record<string, unknown>[]; remarks: string[] };
