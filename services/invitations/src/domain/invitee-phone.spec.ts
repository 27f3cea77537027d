import { DomainError, createInviteBodySchema } from '@passerelle/contracts';
import { checkInviteePhone } from './invitee-phone';

function refusal(phone: string): DomainError {
  try {
    checkInviteePhone({ phone });
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${phone} was accepted`);
}

describe('checkInviteePhone', () => {
  it.each(['+33612345678', '+447911123456', '+212612345678', '+380501234567', '+14155552671'])('accepts %s', (phone) => {
    expect(() => checkInviteePhone({ phone })).not.toThrow();
  });

  it.each([
    ['a country code that does not exist', '+99912345678'],
    ['a French number starting with 0 after the country code', '+33012345678'],
    ['a French mobile one digit short', '+3361234567'],
    ['a US number with an impossible area code', '+10005550100'],
  ])('refuses %s, although it has the E.164 shape', (_why, phone) => {
    expect(createInviteBodySchema.safeParse({ kind: 'phone-only', invitee: { phone } }).success).toBe(true);
    const error = refusal(phone);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([{ path: 'invitee.phone', problem: 'invalid_phone_number' }]);
    expect(JSON.stringify(error.toBody())).not.toContain(phone.slice(1));
  });

  it('has nothing to check without a phone number', () => {
    expect(() => checkInviteePhone({})).not.toThrow();
    expect(() => checkInviteePhone({ phone: null })).not.toThrow();
  });
});
