import { InvitesAndLinkTokens1795321773107 } from './1795321773107-invites-and-link-tokens';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [InvitesAndLinkTokens1795321773107];
