import { Injectable } from '@nestjs/common';
import { notificationsSend } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import type { InvitationsConfig } from '../../config';
import type { Invite } from '../../domain/invite';
import { recipientOf, templateFor } from '../../domain/invite-delivery';
import { joinLink } from '../../domain/link-token';

/**
 * Hands the link to notifications, in the invitee's language. The key names the invite and the how-many-th
 * sending it is, so a retried command is one message while a resend is a new one.
 */
@Injectable()
export class InviteSender {
  constructor(
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: Pick<InvitationsConfig, 'PUBLIC_ORIGIN'>,
  ) {}

  async send(invite: Invite, token: string): Promise<void> {
    await this.rpc.request(notificationsSend, {
      idempotencyKey: `invite:${invite.id}:${invite.sendCount}`,
      channel: invite.invitee.channel,
      to: recipientOf(invite.invitee),
      language: invite.invitee.language,
      template: templateFor(invite.kind),
      variables: {
        firstName: invite.invitee.firstName ?? '',
        requesterName: invite.requesterDisplayName,
        organisationName: invite.organisationName,
        link: joinLink(this.config.PUBLIC_ORIGIN, token),
      },
    });
  }
}
