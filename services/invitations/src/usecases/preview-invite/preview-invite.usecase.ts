import { Injectable } from '@nestjs/common';
import { GUEST_TERMS_VERSION, RpcCommand, RpcResponse, invitationsInvitePreview } from '@passerelle/contracts';
import { InviteStore } from '../../domain/invite-store';
import { findUsableInvite } from '../shared/usable-invite';

/** What the join page shows before the terms are accepted: who invites, in which language, until when. */
@Injectable()
export class PreviewInviteUseCase {
  constructor(private readonly store: InviteStore) {}

  async execute({ token }: RpcCommand<typeof invitationsInvitePreview>): Promise<RpcResponse<typeof invitationsInvitePreview>> {
    const invite = await findUsableInvite(this.store, token, new Date());
    return {
      inviteeFirstName: invite.invitee.firstName,
      requesterDisplayName: invite.requesterDisplayName,
      organisationName: invite.organisationName,
      language: invite.invitee.language,
      expiresAt: invite.expiresAt.toISOString(),
      termsVersion: GUEST_TERMS_VERSION,
    };
  }
}
