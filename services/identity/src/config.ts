import {
  baseConfigShape,
  databaseConfigShape,
  demoModeConfigShape,
  httpPortConfigShape,
  refuseDemoInProduction,
} from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z
  .object({
    ...baseConfigShape,
    ...databaseConfigShape,
    ...httpPortConfigShape(8081),
    ...demoModeConfigShape,
    JWT_ISSUER: z.string().min(1).default('passerelle'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(3600).max(90 * 24 * 3600).default(30 * 24 * 3600),
    /** Lifetime of a guest's access token (scoped to one session); a guest reopens the link for a new one. */
    GUEST_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
  })
  .superRefine(refuseDemoInProduction);

export type IdentityConfig = z.output<typeof configSchema>;
