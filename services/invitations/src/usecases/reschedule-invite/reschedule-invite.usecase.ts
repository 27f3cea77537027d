import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, InviteView, RpcCommand, invitationsInviteReschedule, schedulingSlotReschedule } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import type { InvitationsConfig } from '../../config';
import { mayDo } from '../../domain/invite';
import { InviteStore } from '../../domain/invite-store';
import { joinLink } from '../../domain/link-token';
import { InviteSender, calendarSummary } from '../shared/invite-sender';
import { toInviteView } from '../shared/invite-view';
import { findManageableInvite } from '../shared/visible-invite';

/**
 * A new time for a planned invite: scheduling moves the slot and its reminders, the invitee receives the
 * new time with the SAME link (it keeps working, in the new window) and, by e-mail, the updated calendar entry.
 */
@Injectable()
export class RescheduleInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly rpc: RpcClient,
    private readonly sender: InviteSender,
    @InjectConfig() private readonly config: Pick<InvitationsConfig, 'PUBLIC_ORIGIN'>,
  ) {}

  async execute({ actor, inviteId, schedule }: RpcCommand<typeof invitationsInviteReschedule>): Promise<InviteView> {
    const invite = await findManageableInvite(this.store, actor, inviteId);
    const now = new Date();
    if (!invite.planned) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'Only a planned invite can be moved', [{ path: 'inviteId', problem: 'not_planned' }]);
    }
    if (!mayDo('resend', invite, now) || !invite.linkToken) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'A withdrawn invite cannot be moved', [{ path: 'inviteId', problem: 'revoked' }]);
    }
    const { slot, ics } = await this.rpc.request(schedulingSlotReschedule, {
      inviteId,
      schedule,
      calendar: { summary: calendarSummary(invite), url: joinLink(this.config.PUBLIC_ORIGIN, invite.linkToken) },
    });
    if (Date.parse(slot.closesAt) > invite.expiresAt.getTime()) await this.store.extendExpiry(invite.id, new Date(slot.closesAt));
    await this.sender.sendPlanned(invite, {
      template: 'session-rescheduled',
      idempotencyKey: `invite:${invite.id}:rescheduled:${slot.version}`,
      slot,
      token: invite.linkToken,
      ics,
    });
    return toInviteView((await this.store.findById(invite.id)) ?? invite, now);
  }
}
