import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  GUEST_TERMS_VERSION,
  RpcCommand,
  RpcResponse,
  chatParticipantJoinGuest,
  chatParticipantRemoveByInvite,
  identityGuestTokenIssue,
  invitationsInviteRedeem,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { guestDisplayName, participantRoleFor } from '../../domain/invite-delivery';
import { InviteStore } from '../../domain/invite-store';
import { joinWindowOf, requireOpenWindow } from '../shared/join-window';
import { findUsableInvite } from '../shared/usable-invite';

type Redeem = typeof invitationsInviteRedeem;

/**
 * The guest accepted the terms on the join page: record it, make them a participant of the session
 * (chat makes this idempotent per invite, so reopening the link is the same participant), and have
 * identity sign their session-scoped token. A planned invite's link works only inside its join window.
 */
@Injectable()
export class RedeemInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly rpc: RpcClient,
  ) {}

  async execute(command: RpcCommand<Redeem>): Promise<RpcResponse<Redeem>> {
    if (command.termsVersion !== GUEST_TERMS_VERSION) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'The terms of use have changed: please read them again', [
        { path: 'termsVersion', problem: 'outdated' },
      ]);
    }
    const invite = await findUsableInvite(this.store, command.token, new Date());
    requireOpenWindow(await joinWindowOf(this.rpc, invite));
    await this.store.recordTermsAccepted(invite.id, command.termsVersion, new Date());

    const { participantId } = await this.rpc.request(chatParticipantJoinGuest, {
      sessionId: invite.sessionId,
      inviteId: invite.id,
      displayName: guestDisplayName(invite.invitee),
      role: participantRoleFor(invite.kind),
    });
    // A revoke that landed while chat was adding the guest must still win.
    const current = await this.store.findById(invite.id);
    if (!current || current.revokedAt) {
      await this.rpc.request(chatParticipantRemoveByInvite, { sessionId: invite.sessionId, inviteId: invite.id });
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'This link has been withdrawn', [{ path: 'token', problem: 'revoked' }]);
    }

    const { accessToken, expiresIn } = await this.rpc.request(identityGuestTokenIssue, {
      sessionId: invite.sessionId,
      participantId,
      inviteId: invite.id,
    });
    return { accessToken, expiresIn, sessionId: invite.sessionId, participantId };
  }
}
