import { baseConfigShape, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z.object({
  ...baseConfigShape,
  ...redisConfigShape,
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** The one origin browsers use; CORS and cookies are locked to it. */
  PUBLIC_ORIGIN: z.string().url().default('http://localhost:8080'),
  SPA_ROOT: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  JWT_ISSUER: z.string().min(1).default('passerelle'),
});

export type GatewayConfig = z.output<typeof configSchema>;
