import { Injectable } from '@nestjs/common';
import { NOTIFICATION_TEMPLATES, SlotView, notificationsSend } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import type { InvitationsConfig } from '../../config';
import type { Invite } from '../../domain/invite';
import { recipientOf, templateFor } from '../../domain/invite-delivery';
import { joinLink } from '../../domain/link-token';
import { InviteStore } from '../../domain/invite-store';

type Template = (typeof NOTIFICATION_TEMPLATES)[number];

export interface PlannedMessage {
  template: Template;
  idempotencyKey: string;
  /** The slot the message speaks of, formatted by notifications in the invitee's zone and language. */
  slot: Pick<SlotView, 'startsAt' | 'timeZone'>;
  /** The link token to include (absent for a cancellation: the link no longer works). */
  token?: string | null;
  /** Calendar file for e-mail invitees. */
  ics?: string;
}

/**
 * Hands messages about an invite to notifications, in the invitee's language. Idempotency keys name the
 * invite and what the message is (the how-many-th sending, the slot version, the reminder offset), so a
 * retried command is one message while a resend or a reschedule is a new one. The notification id is
 * kept on the invite so the list can say whether it was delivered.
 */
@Injectable()
export class InviteSender {
  constructor(
    private readonly rpc: RpcClient,
    private readonly store: InviteStore,
    @InjectConfig() private readonly config: Pick<InvitationsConfig, 'PUBLIC_ORIGIN'>,
  ) {}

  /** The link itself: instant template, or the planned one when the invite has a slot. */
  async send(invite: Invite, token: string, planned?: { slot: Pick<SlotView, 'startsAt' | 'timeZone'>; ics: string }): Promise<void> {
    const idempotencyKey = `invite:${invite.id}:${invite.sendCount}`;
    if (planned) {
      await this.sendPlanned(invite, { template: 'session-invite-planned', idempotencyKey, slot: planned.slot, token, ics: planned.ics });
      return;
    }
    await this.deliver(invite, templateFor(invite.kind), idempotencyKey, { link: joinLink(this.config.PUBLIC_ORIGIN, token) });
  }

  async sendPlanned(invite: Invite, message: PlannedMessage): Promise<{ notificationId: string }> {
    const variables: Record<string, string> = { startsAt: message.slot.startsAt, timeZone: message.slot.timeZone };
    if (message.token) variables.link = joinLink(this.config.PUBLIC_ORIGIN, message.token);
    const attachments =
      message.ics && invite.invitee.channel === 'email'
        ? [{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=' + icsMethod(message.ics), content: message.ics }]
        : [];
    return this.deliver(invite, message.template, message.idempotencyKey, variables, attachments);
  }

  private async deliver(
    invite: Invite,
    template: Template,
    idempotencyKey: string,
    variables: Record<string, string>,
    attachments: { filename: string; contentType: string; content: string }[] = [],
  ): Promise<{ notificationId: string }> {
    const { notificationId } = await this.rpc.request(notificationsSend, {
      idempotencyKey,
      channel: invite.invitee.channel,
      to: recipientOf(invite.invitee),
      language: invite.invitee.language,
      template,
      variables: {
        firstName: invite.invitee.firstName ?? '',
        requesterName: invite.requesterDisplayName,
        organisationName: invite.organisationName,
        ...variables,
      },
      attachments,
    });
    await this.store.recordNotification(invite.id, notificationId);
    return { notificationId };
  }
}

function icsMethod(ics: string): string {
  return /\r\nMETHOD:CANCEL\r\n/.test(ics) ? 'CANCEL' : 'PUBLISH';
}

/** What the calendar entry says: who invites, from where (no patient data). */
export function calendarSummary(invite: Pick<Invite, 'organisationName' | 'requesterDisplayName'>): string {
  return `Teleconsultation, ${invite.organisationName}; ${invite.requesterDisplayName}`.slice(0, 300);
}
