import { Injectable } from '@nestjs/common';
import { RpcCommand, RpcResponse, invitationsInviteRemind } from '@passerelle/contracts';
import { mayDo } from '../../domain/invite';
import { InviteStore } from '../../domain/invite-store';
import { InviteSender } from '../shared/invite-sender';

type Remind = typeof invitationsInviteRemind;

/**
 * Scheduling's due reminder: the invitee gets the reminder with their current link, on the invite's
 * channel, under scheduling's idempotency key (a retried job is the same message). Nothing to send for a
 * withdrawn or expired invite.
 */
@Injectable()
export class RemindInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly sender: InviteSender,
  ) {}

  async execute(command: RpcCommand<Remind>): Promise<RpcResponse<Remind>> {
    const invite = await this.store.findById(command.inviteId);
    if (!invite || !invite.planned || !invite.linkToken || !mayDo('redeem', invite, new Date())) return { sent: false };
    await this.sender.sendPlanned(invite, {
      template: 'session-reminder',
      idempotencyKey: command.idempotencyKey,
      slot: { startsAt: command.startsAt, timeZone: command.timeZone },
      token: invite.linkToken,
    });
    return { sent: true };
  }
}
