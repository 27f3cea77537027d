import { StaffActor, createPatientBodySchema } from '@passerelle/contracts';
import { refusalOf, untouchable } from '@passerelle/testing';
import type { Repository } from 'typeorm';
import type { PatientIdentityEntity } from '../../infra/entities/patient-identity.entity';
import { NirProtector } from '../../infra/nir-protector';
import type { PatientRecords } from '../shared/patient-access';
import { CreatePatientUseCase } from './create-patient.usecase';

const actor: StaffActor = {
  kind: 'staff',
  userId: '0b8a5e0c-6a4c-4a3f-9d0c-8c7f0f5f2d01',
  organisationId: '6f1c2f7e-3a51-4d8e-9a49-2f0d7b1f6c11',
  roles: ['requester'],
};
const VALID_NIR = '184127512345640';
const body = (nir: string) =>
  createPatientBodySchema.parse({
    lastName: 'Dupont',
    firstName: 'Jeanne',
    birthDate: '1984-03-12',
    nir,
    consent: { givenBy: 'patient', recordedAt: '2026-11-20T09:30:00Z' },
  });

function useCase() {
  return new CreatePatientUseCase(
    untouchable<Repository<PatientIdentityEntity>>(),
    new NirProtector({ NODE_ENV: 'test', IDENTITY_DATA_KEY: undefined }),
    untouchable<PatientRecords>(),
  );
}

describe('CreatePatientUseCase', () => {
  it('refuses a wrong NIR key with nir: invalid_key, without the number in the error', async () => {
    const nir = '184127512345641';
    const error = await refusalOf(useCase().execute({ actor, body: body(nir) }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([{ path: 'nir', problem: 'invalid_key' }]);
    expect(JSON.stringify(error.toBody()) + error.message).not.toContain(nir.slice(0, 13));
  });

  it('refuses a birth date or a consent in the future', async () => {
    const future = { ...body(VALID_NIR), birthDate: '2999-01-01', consent: { givenBy: 'patient' as const, recordedAt: '2999-01-01T00:00:00Z' } };
    const error = await refusalOf(useCase().execute({ actor, body: future }));
    expect(error.issues).toEqual([
      { path: 'birthDate', problem: 'in_future' },
      { path: 'consent.recordedAt', problem: 'in_future' },
    ]);
  });

  it('refuses staff without a patient-handling role before looking at the input', async () => {
    const error = await refusalOf(useCase().execute({ actor: { ...actor, roles: [] }, body: body('184127512345641') }));
    expect(error.code).toBe('FORBIDDEN');
  });
});

describe('NirProtector', () => {
  const protector = new NirProtector({ NODE_ENV: 'test', IDENTITY_DATA_KEY: undefined });

  it('encrypts to a different ciphertext each time, which decrypts back', () => {
    const a = protector.encrypt(VALID_NIR);
    expect(a).not.toContain(VALID_NIR);
    expect(protector.encrypt(VALID_NIR)).not.toBe(a);
    expect(protector.decrypt(a)).toBe(VALID_NIR);
  });

  it('gives a stable lookup HMAC that depends on the key', () => {
    expect(protector.lookupHmac(VALID_NIR)).toBe(protector.lookupHmac(VALID_NIR));
    expect(protector.lookupHmac(VALID_NIR)).not.toBe(protector.lookupHmac('184127512345641'));
    const otherKey = new NirProtector({ NODE_ENV: 'test', IDENTITY_DATA_KEY: Buffer.alloc(32, 7) });
    expect(otherKey.lookupHmac(VALID_NIR)).not.toBe(protector.lookupHmac(VALID_NIR));
  });
});
