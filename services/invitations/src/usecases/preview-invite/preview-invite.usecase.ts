import { Injectable } from '@nestjs/common';
import { GUEST_TERMS_VERSION, RpcCommand, RpcResponse, invitationsInvitePreview } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { InviteStore } from '../../domain/invite-store';
import { joinWindowOf } from '../shared/join-window';
import { findUsableInvite } from '../shared/usable-invite';

/**
 * What the join page shows before the terms are accepted: who invites, in which language, until when;
 * for a planned invite, its slot and whether the join window is open (outside it the page says when to
 * come back, in the invitee's zone, and redeeming is refused).
 */
@Injectable()
export class PreviewInviteUseCase {
  constructor(
    private readonly store: InviteStore,
    private readonly rpc: RpcClient,
  ) {}

  async execute({ token }: RpcCommand<typeof invitationsInvitePreview>): Promise<RpcResponse<typeof invitationsInvitePreview>> {
    const invite = await findUsableInvite(this.store, token, new Date());
    const window = await joinWindowOf(this.rpc, invite);
    return {
      inviteeFirstName: invite.invitee.firstName,
      requesterDisplayName: invite.requesterDisplayName,
      organisationName: invite.organisationName,
      language: invite.invitee.language,
      expiresAt: invite.expiresAt.toISOString(),
      termsVersion: GUEST_TERMS_VERSION,
      schedule: window
        ? {
            startsAt: window.slot.startsAt,
            timeZone: window.slot.timeZone,
            opensAt: window.slot.opensAt,
            closesAt: window.slot.closesAt,
            state: window.state,
          }
        : null,
    };
  }
}
