import { Injectable } from '@nestjs/common';
import { InviteView, RpcCommand, invitationsInviteForSession } from '@passerelle/contracts';
import { guestMaySee, staffMaySee } from '../../domain/invite-access';
import { InviteStore } from '../../domain/invite-store';
import { toInviteView } from '../shared/invite-view';

/**
 * The invites of one session that this actor may see (their author, an administrator of the organisation,
 * or the guest its own): an empty list means "none of yours", the caller decides what that allows.
 */
@Injectable()
export class ListSessionInvitesUseCase {
  constructor(private readonly store: InviteStore) {}

  async execute({ actor, sessionId }: RpcCommand<typeof invitationsInviteForSession>): Promise<{ items: InviteView[] }> {
    if (actor.kind === 'guest' && actor.sessionId !== sessionId) return { items: [] };
    const invites = await this.store.listForSession(sessionId);
    const visible = invites.filter((invite) => (actor.kind === 'staff' ? staffMaySee(actor, invite) : guestMaySee(actor, invite)));
    const now = new Date();
    return { items: visible.map((invite) => toInviteView(invite, now)) };
  }
}
