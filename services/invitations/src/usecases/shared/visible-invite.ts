import type { StaffActor } from '@passerelle/contracts';
import type { Invite } from '../../domain/invite';
import { inviteNotFound, requireInviter, staffMaySee } from '../../domain/invite-access';
import type { InviteStore } from '../../domain/invite-store';

/** The invite when this actor may manage it; FORBIDDEN for the wrong role, NOT_FOUND for someone else's. */
export async function findManageableInvite(store: InviteStore, actor: StaffActor, inviteId: string): Promise<Invite> {
  requireInviter(actor);
  const invite = await store.findById(inviteId);
  if (!invite || !staffMaySee(actor, invite)) throw inviteNotFound();
  return invite;
}
