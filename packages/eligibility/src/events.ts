import type { Zone } from './rules.js';

/** What the check found, without anything the reader typed (no income, no ages). */
export interface EligibilityResultDetail {
  /** Household category, 1 to 6. */
  category: number;
  zone: Zone;
  /** Year of the ceilings used. */
  year: number;
  /**
   * Per product: true if under or equal to the ceiling, false if above, null if the ceiling is
   * not available. Overseas, PLAI and PLUS do not exist (null): `llts` and `lls` say the
   * overseas counterparts, beside `pls`.
   */
  under: {
    plai: boolean | null;
    plus: boolean | null;
    pls: boolean | null;
    llts?: boolean | null;
    lls?: boolean | null;
  };
}

/** Fired when the reader runs the household check and gets a result. */
export class EligibilityResultEvent extends CustomEvent<EligibilityResultDetail> {
  constructor(detail: EligibilityResultDetail) {
    super('vl-eligibility-result', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'vl-eligibility-result': EligibilityResultEvent;
  }
}
