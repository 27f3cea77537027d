import { InitialSchema1795319832484 } from './1795319832484-initial-schema';
import { PatientIdentities1795323235927 } from './1795323235927-patient-identities';
import { PatientSearchTrigramIndexes1795323235928 } from './1795323235928-patient-search-trigram-indexes';
import { ExternalAccountsOtpTerms1796153060588 } from './1796153060588-external-accounts-otp-terms';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [InitialSchema1795319832484, PatientIdentities1795323235927, PatientSearchTrigramIndexes1795323235928, ExternalAccountsOtpTerms1796153060588];
