import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, PatientView, RpcCommand, identityPatientCreate, nirKeyIsValid } from '@passerelle/contracts';
import { QueryFailedError, Repository } from 'typeorm';
import { frenchPhoneticKey } from '../../domain/patients/french-phonetic-key';
import { normalisePersonName } from '../../domain/patients/person-name';
import { PatientIdentityEntity } from '../../infra/entities/patient-identity.entity';
import { NirProtector } from '../../infra/nir-protector';
import { PatientRecords, assertMayHandlePatients } from '../shared/patient-access';

/** Clocks of browsers and servers differ a little: a consent "recorded" this far ahead is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;
const UNIQUE_VIOLATION = '23505';

/**
 * Creates an unverified patient identity for the actor's organisation, with the consent the requester
 * confirmed. A NIR is unique per organisation (compared by its HMAC); the same person entered twice is a
 * conflict, answered without the number.
 */
@Injectable()
export class CreatePatientUseCase {
  constructor(
    @InjectRepository(PatientIdentityEntity) private readonly identities: Repository<PatientIdentityEntity>,
    private readonly nir: NirProtector,
    private readonly records: PatientRecords,
  ) {}

  async execute({ actor, body }: RpcCommand<typeof identityPatientCreate>): Promise<PatientView> {
    assertMayHandlePatients(actor);
    this.validate(body);
    const identity = this.identities.create({
      organisationId: actor.organisationId,
      lastName: body.lastName,
      firstName: body.firstName,
      lastNameNormalised: normalisePersonName(body.lastName),
      firstNameNormalised: normalisePersonName(body.firstName),
      lastNamePhonetic: frenchPhoneticKey(body.lastName),
      firstNamePhonetic: frenchPhoneticKey(body.firstName),
      birthDate: body.birthDate,
      sex: body.sex ?? null,
      nirEncrypted: this.nir.encrypt(body.nir),
      nirHmac: this.nir.lookupHmac(body.nir),
      identityStatus: 'unverified',
      consentGivenBy: body.consent.givenBy,
      consentRecordedAt: new Date(body.consent.recordedAt),
      createdBy: actor.userId,
    });
    try {
      await this.identities.insert(identity);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError(ErrorCode.CONFLICT, 'A patient identity with this social-security number already exists', [
          { path: 'nir', problem: 'already_registered' },
        ]);
      }
      throw error;
    }
    const saved = await this.identities.findOneByOrFail({ id: identity.id });
    await this.records.recordAccess(actor, 'create', [saved.id]);
    return this.records.view(saved);
  }

  /** Rules the contract's shape cannot carry; issues name the field and the rule, never the value. */
  private validate(body: RpcCommand<typeof identityPatientCreate>['body']): void {
    const issues: { path: string; problem: string }[] = [];
    if (!nirKeyIsValid(body.nir)) issues.push({ path: 'nir', problem: 'invalid_key' });
    const today = new Date().toISOString().slice(0, 10);
    if (body.birthDate > today) issues.push({ path: 'birthDate', problem: 'in_future' });
    if (new Date(body.consent.recordedAt).getTime() > Date.now() + CLOCK_SKEW_MS) {
      issues.push({ path: 'consent.recordedAt', problem: 'in_future' });
    }
    if (issues.length > 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The patient identity is not valid', issues);
  }
}
