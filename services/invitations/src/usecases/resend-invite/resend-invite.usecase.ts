import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, InviteView, RpcCommand, SlotView, invitationsInviteResend, schedulingSlotList } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import type { InvitationsConfig } from '../../config';
import { Invite, mayDo } from '../../domain/invite';
import { InviteStore } from '../../domain/invite-store';
import { hashLinkToken, newLinkToken } from '../../domain/link-token';
import { InviteSender } from '../shared/invite-sender';
import { toInviteView } from '../shared/invite-view';
import { findManageableInvite } from '../shared/visible-invite';

/**
 * A new link replaces the old one (which stops working at once), with a fresh expiry, and is sent again.
 * A planned invite is sent again as the planned message, with its slot as it stands now.
 */
@Injectable()
export class ResendInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly sender: InviteSender,
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: Pick<InvitationsConfig, 'INVITE_TTL_HOURS'>,
  ) {}

  async execute({ actor, inviteId }: RpcCommand<typeof invitationsInviteResend>): Promise<InviteView> {
    const invite = await findManageableInvite(this.store, actor, inviteId);
    const now = new Date();
    if (!mayDo('resend', invite, now)) throw revokedRefusal();
    const slot = invite.planned ? await this.slotOf(invite) : undefined;

    const token = newLinkToken();
    const renewed = await this.store.renewLink(invite.id, {
      tokenHash: hashLinkToken(token),
      linkToken: token,
      expiresAt: new Date(Math.max(now.getTime() + this.config.INVITE_TTL_HOURS * 3600_000, slot ? Date.parse(slot.closesAt) : 0)),
      sentAt: now,
    });
    // Revoked between the read and the update.
    if (!renewed) throw revokedRefusal();
    if (!slot) {
      await this.sender.send(renewed, token);
    } else {
      await this.sender.sendPlanned(renewed, {
        template: 'session-invite-planned',
        idempotencyKey: `invite:${renewed.id}:${renewed.sendCount}`,
        slot,
        token,
      });
    }
    return toInviteView((await this.store.findById(renewed.id)) ?? renewed, now);
  }

  private async slotOf(invite: Invite): Promise<SlotView> {
    const { items } = await this.rpc.request(schedulingSlotList, { inviteIds: [invite.id] });
    if (!items[0]) throw new DomainError(ErrorCode.NOT_FOUND, 'This invite has no planned slot');
    return items[0];
  }
}

function revokedRefusal(): DomainError {
  return new DomainError(ErrorCode.UNPROCESSABLE, 'A revoked invite cannot be sent again', [
    { path: 'inviteId', problem: 'revoked' },
  ]);
}
