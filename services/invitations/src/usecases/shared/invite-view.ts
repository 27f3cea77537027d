import type { InviteView } from '@passerelle/contracts';
import { Invite, inviteStatus } from '../../domain/invite';

export function toInviteView(invite: Invite, now: Date): InviteView {
  return {
    id: invite.id,
    sessionId: invite.sessionId,
    kind: invite.kind,
    status: inviteStatus(invite, now),
    invitee: { ...invite.invitee },
    createdByUserId: invite.createdByUserId,
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    lastSentAt: invite.lastSentAt.toISOString(),
    sendCount: invite.sendCount,
    planned: invite.planned,
    notificationId: invite.lastNotificationId,
  };
}
