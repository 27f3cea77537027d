import { DomainError, ErrorCode } from '@passerelle/contracts';
import { Invite, inviteStatus, mayDo } from '../../domain/invite';
import type { InviteStore } from '../../domain/invite-store';
import { hashLinkToken } from '../../domain/link-token';

/**
 * The invite behind a join link, if the link may still be used. Unknown (or tampered, or replaced by a
 * resend) → NOT_FOUND; revoked or expired → UNPROCESSABLE naming which, so the page can say so.
 */
export async function findUsableInvite(store: InviteStore, token: string, now: Date): Promise<Invite> {
  const invite = await store.findByTokenHash(hashLinkToken(token));
  if (!invite) throw new DomainError(ErrorCode.NOT_FOUND, 'This link is not valid');
  if (!mayDo('redeem', invite, now)) {
    const status = inviteStatus(invite, now);
    throw new DomainError(
      ErrorCode.UNPROCESSABLE,
      status === 'revoked' ? 'This link has been withdrawn' : 'This link has expired',
      [{ path: 'token', problem: status }],
    );
  }
  return invite;
}
