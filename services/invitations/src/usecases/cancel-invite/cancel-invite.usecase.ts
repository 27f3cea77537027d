import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  InviteView,
  RpcCommand,
  chatParticipantRemoveByInvite,
  invitationsInviteCancel,
  schedulingSlotCancel,
} from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import type { InvitationsConfig } from '../../config';
import { InviteStore } from '../../domain/invite-store';
import { InviteSender, calendarSummary } from '../shared/invite-sender';
import { toInviteView } from '../shared/invite-view';
import { findManageableInvite } from '../shared/visible-invite';

/**
 * Cancels a planned invite: the link is revoked at once (a guest who already joined leaves), scheduling
 * drops the slot's reminders, and the invitee is told (no link; by e-mail a calendar cancellation).
 * Repeating it is harmless: the same idempotency key sends one message.
 */
@Injectable()
export class CancelInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly rpc: RpcClient,
    private readonly sender: InviteSender,
    @InjectConfig() private readonly config: Pick<InvitationsConfig, 'PUBLIC_ORIGIN'>,
  ) {}

  async execute({ actor, inviteId }: RpcCommand<typeof invitationsInviteCancel>): Promise<InviteView> {
    const invite = await findManageableInvite(this.store, actor, inviteId);
    if (!invite.planned) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'Only a planned invite can be cancelled; withdraw it instead', [
        { path: 'inviteId', problem: 'not_planned' },
      ]);
    }
    const now = new Date();
    if (!invite.revokedAt) await this.store.markRevoked(invite.id, now);
    await this.rpc.request(chatParticipantRemoveByInvite, { sessionId: invite.sessionId, inviteId: invite.id });
    const { slot, ics } = await this.rpc.request(schedulingSlotCancel, {
      inviteId,
      // The calendar entry points at the portal's join page, not the withdrawn link.
      calendar: { summary: calendarSummary(invite), url: `${this.config.PUBLIC_ORIGIN}/join/` },
    });
    await this.sender.sendPlanned(invite, {
      template: 'session-cancelled',
      idempotencyKey: `invite:${invite.id}:cancelled`,
      slot,
      ics,
    });
    return toInviteView((await this.store.findById(invite.id)) ?? invite, now);
  }
}
