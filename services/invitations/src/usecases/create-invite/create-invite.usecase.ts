import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  InviteView,
  RpcCommand,
  chatSessionCreate,
  identityUserGet,
  invitationsInviteCreate,
  schedulingSlotCancel,
  schedulingSlotPlan,
} from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { randomUUID } from 'node:crypto';
import type { InvitationsConfig } from '../../config';
import type { Invite } from '../../domain/invite';
import { requireInviter } from '../../domain/invite-access';
import { InviteStore } from '../../domain/invite-store';
import { checkInviteePhone } from '../../domain/invitee-phone';
import { hashLinkToken, joinLink, newLinkToken } from '../../domain/link-token';
import { InviteSender, calendarSummary } from '../shared/invite-sender';
import { toInviteView } from '../shared/invite-view';

type CreateInvite = RpcCommand<typeof invitationsInviteCreate>;

/**
 * "Send" on the new-invite form: a session in chat, an invite with a fresh link, the message on its way.
 * "Plan later": scheduling checks and stores the slot (and queues the reminders) before anything is sent,
 * and the message is the planned one, with the calendar file for e-mail.
 */
@Injectable()
export class CreateInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly rpc: RpcClient,
    private readonly sender: InviteSender,
    @InjectConfig() private readonly config: Pick<InvitationsConfig, 'INVITE_TTL_HOURS' | 'PUBLIC_ORIGIN'>,
  ) {}

  async execute({ actor, body }: CreateInvite): Promise<InviteView> {
    requireInviter(actor);
    checkInviteePhone(body.invitee);

    const requester = await this.rpc.request(identityUserGet, { userId: actor.userId });
    if (requester.organisationId !== actor.organisationId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'You are not a member of this organisation');
    }
    const { sessionId } = await this.rpc.request(chatSessionCreate, {
      organisationId: actor.organisationId,
      ownerUserId: actor.userId,
      ownerDisplayName: requester.displayName,
    });

    const now = new Date();
    const token = newLinkToken();
    const inviteId = randomUUID();
    const calendar = {
      summary: calendarSummary({ organisationName: requester.organisation.name, requesterDisplayName: requester.displayName }),
      url: joinLink(this.config.PUBLIC_ORIGIN, token),
    };
    const planned = body.schedule
      ? await this.rpc.request(schedulingSlotPlan, { inviteId, organisationId: actor.organisationId, schedule: body.schedule, calendar })
      : undefined;
    const invite: Invite = {
      id: inviteId,
      organisationId: actor.organisationId,
      createdByUserId: actor.userId,
      sessionId,
      kind: body.kind,
      invitee: {
        firstName: body.invitee.firstName ?? null,
        lastName: body.invitee.lastName ?? null,
        language: body.invitee.language,
        channel: body.invitee.channel,
        email: body.invitee.email ?? null,
        phone: body.invitee.phone ?? null,
      },
      requesterDisplayName: requester.displayName,
      organisationName: requester.organisation.name,
      tokenHash: hashLinkToken(token),
      linkToken: token,
      planned: Boolean(planned),
      lastNotificationId: null,
      // A planned link must still work at the end of its join window, however far ahead the slot is.
      expiresAt: new Date(
        Math.max(now.getTime() + this.config.INVITE_TTL_HOURS * 3600_000, planned ? Date.parse(planned.slot.closesAt) : 0),
      ),
      revokedAt: null,
      termsAcceptedAt: null,
      termsVersion: null,
      lastSentAt: now,
      sendCount: 1,
      createdAt: now,
    };
    try {
      await this.store.insert(invite);
      await this.sender.send(invite, token, planned);
    } catch (error) {
      // No message went out: leave no live link (nor reminders) behind, the requester simply sends again.
      await this.store.delete(invite.id);
      if (planned) await this.rpc.request(schedulingSlotCancel, { inviteId, calendar }).catch(() => undefined);
      throw error;
    }
    return toInviteView((await this.store.findById(invite.id)) ?? invite, now);
  }
}
