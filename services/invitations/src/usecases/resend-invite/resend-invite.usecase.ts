import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, InviteView, RpcCommand, invitationsInviteResend } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import type { InvitationsConfig } from '../../config';
import { mayDo } from '../../domain/invite';
import { InviteStore } from '../../domain/invite-store';
import { hashLinkToken, newLinkToken } from '../../domain/link-token';
import { InviteSender } from '../shared/invite-sender';
import { toInviteView } from '../shared/invite-view';
import { findManageableInvite } from '../shared/visible-invite';

/** A new link replaces the old one (which stops working at once), with a fresh expiry, and is sent again. */
@Injectable()
export class ResendInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly sender: InviteSender,
    @InjectConfig() private readonly config: Pick<InvitationsConfig, 'INVITE_TTL_HOURS'>,
  ) {}

  async execute({ actor, inviteId }: RpcCommand<typeof invitationsInviteResend>): Promise<InviteView> {
    const invite = await findManageableInvite(this.store, actor, inviteId);
    const now = new Date();
    if (!mayDo('resend', invite, now)) throw revokedRefusal();

    const token = newLinkToken();
    const renewed = await this.store.renewLink(invite.id, {
      tokenHash: hashLinkToken(token),
      expiresAt: new Date(now.getTime() + this.config.INVITE_TTL_HOURS * 3600_000),
      sentAt: now,
    });
    // Revoked between the read and the update.
    if (!renewed) throw revokedRefusal();
    await this.sender.send(renewed, token);
    return toInviteView(renewed, now);
  }
}

function revokedRefusal(): DomainError {
  return new DomainError(ErrorCode.UNPROCESSABLE, 'A revoked invite cannot be sent again', [
    { path: 'inviteId', problem: 'revoked' },
  ]);
}
