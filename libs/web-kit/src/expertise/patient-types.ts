import type { PatientView, RpcRequest, RpcResponse, identityPatientCreate, identityPatientSearch } from '@passerelle/contracts';
import type { CONSENT_GIVERS, PATIENT_SEARCH_MODES, PATIENT_SEXES } from '@passerelle/contracts/src/value-lists';

/**
 * Patient identities as the browser receives and sends them (`/api/v1/patients`): the contracts' types
 * (libs/contracts/src/identity/patients.ts). Identity owns them.
 */
export { CONSENT_GIVERS, PATIENT_SEARCH_MODES, PATIENT_SEXES } from '@passerelle/contracts/src/value-lists';
export type { PatientView } from '@passerelle/contracts';

export type PatientSex = (typeof PATIENT_SEXES)[number];
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
export type PatientSearchMode = (typeof PATIENT_SEARCH_MODES)[number];
export type PatientConsent = PatientView['consent'];

/** Query of `GET /patients` (mode and limit have defaults; the query string's limit is coerced server-side). */
export type PatientSearchQuery = Omit<RpcRequest<typeof identityPatientSearch>['query'], 'limit'> & { limit?: number };
/** Best match first; `score` 1 for an exact match, the name similarity (0–1) otherwise. */
export type PatientSearchResult = RpcResponse<typeof identityPatientSearch>;
/** Body of `POST /patients` as sent (the NIR as typed; identity normalises and checks it). */
export type CreatePatientBody = RpcRequest<typeof identityPatientCreate>['body'];
