import { z } from 'zod';
import { defineRpc } from '../contract';

export const ROLES = ['requester', 'expert', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z.string().trim().toLowerCase().email().max(254);

export const staffUserSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  organisationId: z.string().uuid(),
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  refreshToken: z.string(),
  refreshExpiresIn: z.number().int().positive(),
  user: staffUserSchema,
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

/**
 * What browsers get from login and refresh: the refresh token itself travels only in the httpOnly
 * cookie, so no page script can read it.
 */
export const sessionResponseSchema = tokenPairSchema.omit({ refreshToken: true, refreshExpiresIn: true });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const loginRequestSchema = z.object({ email: emailSchema, password: z.string().min(1).max(1024) }).strict();

export const identityRefresh = defineRpc(
  'identity.auth.refresh.v1',
  z.object({ refreshToken: z.string().min(20).max(200) }).strict(),
  tokenPairSchema,
);

export const identityLogout = defineRpc(
  'identity.auth.logout.v1',
  z.object({ refreshToken: z.string().min(20).max(200) }).strict(),
  z.object({ revoked: z.boolean() }),
);

const jwkSchema = z.object({ kty: z.string(), kid: z.string(), alg: z.string(), use: z.string() }).passthrough();
export const identityJwks = defineRpc(
  'identity.jwks.get.v1',
  z.object({}).strict(),
  z.object({ keys: z.array(jwkSchema) }),
);

/** Claims of a staff access token (ES256, issued by identity, verified by the gateway with the JWKS). */
export const accessClaimsSchema = z.object({
  sub: z.string().uuid(),
  org: z.string().uuid(),
  roles: z.array(roleSchema),
  typ: z.literal('staff'),
});
export type AccessClaims = z.infer<typeof accessClaimsSchema>;
