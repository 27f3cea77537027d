import { InvitesAndLinkTokens1795321773107 } from './1795321773107-invites-and-link-tokens';
import { InviteLinkCopyAndPlanning1796153264044 } from './1796153264044-invite-link-copy-and-planning';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [InvitesAndLinkTokens1795321773107, InviteLinkCopyAndPlanning1796153264044];
