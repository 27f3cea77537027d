import type { ConsentGiver } from '@passerelle/web-kit';

/** The patient's consent to a request while the wizard runs: who gave it, and when the requester confirmed it. */
export interface ConsentState {
  givenBy: ConsentGiver;
  /** Null until the requester confirms. */
  recordedAt: string | null;
}
