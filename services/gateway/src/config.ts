import { baseConfigShape, envBoolean, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

/** `turn:host:3478?transport=udp,turns:host:5349` → the list; anything but turn:/turns: URLs is refused. */
const turnUrls = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^turns?:[^\s]+$/, 'must be turn: or turns: URLs')));

export const configSchema = z
  .object({
    ...baseConfigShape,
    ...redisConfigShape,
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    /** The one origin browsers use; CORS and cookies are locked to it. */
    PUBLIC_ORIGIN: z.string().url().default('http://localhost:8080'),
    SPA_ROOT: z.string().optional(),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    JWT_ISSUER: z.string().min(1).default('passerelle'),
    /** Serves GET /api/v1/dev/outbox (what the development provider "sent", join links included); 404 when off. */
    DEV_OUTBOX: envBoolean.default(false),
    /** Largest accepted chat upload in bytes; larger ones get 422 `file: too_large`, as chat answers. */
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).default(10 * 1024 * 1024),
    /** TURN servers given to call participants (comma-separated turn:/turns: URLs); empty = none. */
    TURN_URLS: turnUrls.default([]),
    /** coturn's --static-auth-secret: the gateway derives each browser's short-lived TURN credentials from it. */
    TURN_STATIC_AUTH_SECRET: z.string().default(''),
    /** How long handed-out TURN credentials work (a call already connected keeps its allocation refreshed). */
    TURN_CREDENTIAL_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
  })
  .superRefine((config, ctx) => {
    // The outbox hands out working join links to anyone who asks: never on a production deployment.
    if (config.NODE_ENV === 'production' && config.DEV_OUTBOX) {
      ctx.addIssue({ code: 'custom', path: ['DEV_OUTBOX'], message: 'DEV_OUTBOX is refused when NODE_ENV=production' });
    }
    // Without the secret the credentials handed out would be refused by coturn: fail at boot instead.
    if (config.TURN_URLS.length > 0 && config.TURN_STATIC_AUTH_SECRET.length < 16) {
      ctx.addIssue({
        code: 'custom',
        path: ['TURN_STATIC_AUTH_SECRET'],
        message: 'must be set (at least 16 characters, the same as coturn) when TURN_URLS is',
      });
    }
  });

export type GatewayConfig = z.output<typeof configSchema>;
