/**
 * Patient identities as the browser sees them (`/api/v1/patients`), mirroring
 * libs/contracts/src/identity/patients.ts. Identity owns them; keep the two in step.
 */
export const PATIENT_SEXES = ['female', 'male', 'other'] as const;
export type PatientSex = (typeof PATIENT_SEXES)[number];
export const CONSENT_GIVERS = ['patient', 'legal-representative'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
/** `exact`: same names; `approximate`: typos (trigram similarity); `phonetic`: sounds alike in French. */
export const PATIENT_SEARCH_MODES = ['exact', 'approximate', 'phonetic'] as const;
export type PatientSearchMode = (typeof PATIENT_SEARCH_MODES)[number];

export interface PatientConsent {
  givenBy: ConsentGiver;
  recordedAt: string;
}

export interface PatientView {
  id: string;
  lastName: string;
  firstName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  sex: PatientSex | null;
  /** Masked but for the last 4 characters and the key, e.g. `*********0123 45`. */
  nirMasked: string;
  identityStatus: 'unverified';
  consent: PatientConsent;
  createdByUserId: string;
  createdAt: string;
}

export interface PatientSearchQuery {
  lastName?: string;
  firstName?: string;
  birthDate?: string;
  mode: PatientSearchMode;
  limit?: number;
}

/** Best match first; `score` 1 for an exact match, the name similarity (0–1) otherwise. */
export interface PatientSearchResult {
  items: (PatientView & { score: number })[];
}

export interface CreatePatientBody {
  lastName: string;
  firstName: string;
  birthDate: string;
  sex?: PatientSex;
  nir: string;
  consent: PatientConsent;
}
