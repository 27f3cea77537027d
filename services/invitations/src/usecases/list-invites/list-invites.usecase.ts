import { Injectable } from '@nestjs/common';
import { InviteView, RpcCommand, invitationsInviteList } from '@passerelle/contracts';
import { requireInviter } from '../../domain/invite-access';
import { InviteStore } from '../../domain/invite-store';
import { toInviteView } from '../shared/invite-view';

/** A requester's own invites, newest first; an administrator sees the whole organisation's. */
@Injectable()
export class ListInvitesUseCase {
  constructor(private readonly store: InviteStore) {}

  async execute({ actor, limit }: RpcCommand<typeof invitationsInviteList>): Promise<{ items: InviteView[] }> {
    requireInviter(actor);
    const invites = actor.roles.includes('admin')
      ? await this.store.listForOrganisation(actor.organisationId, limit)
      : await this.store.listCreatedBy(actor.organisationId, actor.userId, limit);
    const now = new Date();
    return { items: invites.map((invite) => toInviteView(invite, now)) };
  }
}
