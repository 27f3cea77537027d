import { baseConfigShape, envBoolean, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

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
  })
  .superRefine((config, ctx) => {
    // The outbox hands out working join links to anyone who asks: never on a production deployment.
    if (config.NODE_ENV === 'production' && config.DEV_OUTBOX) {
      ctx.addIssue({ code: 'custom', path: ['DEV_OUTBOX'], message: 'DEV_OUTBOX is refused when NODE_ENV=production' });
    }
  });

export type GatewayConfig = z.output<typeof configSchema>;
