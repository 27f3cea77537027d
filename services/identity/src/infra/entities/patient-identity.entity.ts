import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CONSENT_GIVERS, IDENTITY_STATUSES, PATIENT_SEXES } from '@passerelle/contracts';

/**
 * A patient identity as a requester entered it. The NIR is an AES-256-GCM ciphertext (FieldCipher,
 * IDENTITY_DATA_KEY) plus a keyed HMAC for exact lookups and per-organisation uniqueness.
 *
 * Names and birth date stay in clear, on purpose: approximate search runs pg_trgm similarity and the
 * phonetic key must be compared in SQL, neither of which works on ciphertexts, and a search over
 * 100,000 identities must answer in milliseconds. They are protected by the schema's access rights, the
 * per-organisation filter of every query, the read audit, and by never being logged or put in errors.
 *
 * The trigram GIN indexes on the normalised names use an operator class TypeORM cannot express: they
 * are created by the hand-reviewed migration PatientSearchTrigramIndexes and marked `synchronize: false`
 * here so the schema check ignores them.
 */
@Entity('patient_identities')
@Index('UQ_patient_identities_nir_hmac', ['organisationId', 'nirHmac'], { unique: true })
@Index('IDX_patient_identities_last_name_exact', ['organisationId', 'lastNameNormalised'])
@Index('IDX_patient_identities_last_name_phonetic', ['organisationId', 'lastNamePhonetic'])
@Index('IDX_patient_identities_first_name_phonetic', ['organisationId', 'firstNamePhonetic'])
@Index('IDX_patient_identities_birth_date', ['organisationId', 'birthDate'])
export class PatientIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  /** As typed (trimmed): what views show. */
  @Column('text', { name: 'last_name' })
  lastName!: string;

  @Column('text', { name: 'first_name' })
  firstName!: string;

  /** Without accents, upper case (normalisePersonName): what exact and approximate search compare. */
  @Index('IDX_patient_identities_last_name_trgm', { synchronize: false })
  @Column('text', { name: 'last_name_normalised' })
  lastNameNormalised!: string;

  @Index('IDX_patient_identities_first_name_trgm', { synchronize: false })
  @Column('text', { name: 'first_name_normalised' })
  firstNameNormalised!: string;

  /** frenchPhoneticKey (SOUNDEX2): what phonetic search compares. */
  @Column('text', { name: 'last_name_phonetic' })
  lastNamePhonetic!: string;

  @Column('text', { name: 'first_name_phonetic' })
  firstNamePhonetic!: string;

  /** YYYY-MM-DD (the pg driver hands `date` columns back as strings). */
  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  @Column('text', { nullable: true })
  sex!: (typeof PATIENT_SEXES)[number] | null;

  @Column('text', { name: 'nir_encrypted' })
  nirEncrypted!: string;

  /** HMAC-SHA256 of the NIR under a key derived from IDENTITY_DATA_KEY, hex. */
  @Column('text', { name: 'nir_hmac' })
  nirHmac!: string;

  @Column('text', { name: 'identity_status', default: 'unverified' })
  identityStatus!: (typeof IDENTITY_STATUSES)[number];

  @Column('text', { name: 'consent_given_by' })
  consentGivenBy!: (typeof CONSENT_GIVERS)[number];

  @Column('timestamptz', { name: 'consent_recorded_at' })
  consentRecordedAt!: Date;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
