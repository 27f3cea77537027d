import { DomainError, ErrorCode } from '@passerelle/contracts';
import { isValidPhoneNumber } from 'libphonenumber-js/max';

/**
 * The contract checks the E.164 shape; this checks the number exists in its country's numbering plan
 * (full metadata), so an SMS is not queued for a number that cannot receive it.
 */
export function checkInviteePhone(invitee: { phone?: string | null }): void {
  if (!invitee.phone) return;
  if (!isValidPhoneNumber(invitee.phone)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The phone number is not valid', [
      { path: 'invitee.phone', problem: 'invalid_phone_number' },
    ]);
  }
}
