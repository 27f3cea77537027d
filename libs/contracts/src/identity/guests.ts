import { z } from 'zod';
import { defineRpc } from '../contract';

/**
 * Guest principals: a service user who joined from a link. Their access token (ES256, same keys as
 * staff, `typ: "guest"`) is scoped to one session and one participant, and short-lived.
 */
export const guestClaimsSchema = z.object({
  sub: z.string().uuid(),
  sid: z.string().uuid(),
  inv: z.string().uuid(),
  typ: z.literal('guest'),
});
export type GuestClaims = z.infer<typeof guestClaimsSchema>;

export const identityGuestTokenIssue = defineRpc(
  'identity.guest-token.issue.v1',
  z.object({ sessionId: z.string().uuid(), participantId: z.string().uuid(), inviteId: z.string().uuid() }).strict(),
  z.object({ accessToken: z.string(), expiresIn: z.number().int().positive() }),
);
