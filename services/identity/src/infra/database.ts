import { ServiceDatabase } from '@passerelle/nest-kit';
import { OrganisationEntity } from './entities/organisation.entity';
import { OtpChallengeEntity } from './entities/otp-challenge.entity';
import { PatientAuditEntity } from './entities/patient-audit.entity';
import { PatientIdentityEntity } from './entities/patient-identity.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { SigningKeyEntity } from './entities/signing-key.entity';
import { StaffUserEntity } from './entities/staff-user.entity';
import { TermsAcceptanceEntity } from './entities/terms-acceptance.entity';
import { TermsVersionEntity } from './entities/terms-version.entity';
import { migrations } from './migrations';

export const database: ServiceDatabase = {
  schema: 'identity',
  entities: [
    OrganisationEntity,
    StaffUserEntity,
    RefreshTokenEntity,
    SigningKeyEntity,
    PatientIdentityEntity,
    PatientAuditEntity,
    OtpChallengeEntity,
    TermsVersionEntity,
    TermsAcceptanceEntity,
  ],
  migrations,
};
