import { Injectable } from '@nestjs/common';
import { InviteView, RpcCommand, chatParticipantRemoveByInvite, invitationsInviteRevoke } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { InviteStore } from '../../domain/invite-store';
import { toInviteView } from '../shared/invite-view';
import { findManageableInvite } from '../shared/visible-invite';

/**
 * The link stops working and a guest who already joined with it leaves the session. Idempotent: a second
 * revoke asks chat again, which also repairs a first attempt that chat did not answer.
 */
@Injectable()
export class RevokeInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly rpc: RpcClient,
  ) {}

  async execute({ actor, inviteId }: RpcCommand<typeof invitationsInviteRevoke>): Promise<InviteView> {
    const invite = await findManageableInvite(this.store, actor, inviteId);
    const now = new Date();
    if (!invite.revokedAt) await this.store.markRevoked(invite.id, now);
    await this.rpc.request(chatParticipantRemoveByInvite, { sessionId: invite.sessionId, inviteId: invite.id });
    const revoked = (await this.store.findById(invite.id)) ?? { ...invite, revokedAt: now };
    return toInviteView(revoked, now);
  }
}
