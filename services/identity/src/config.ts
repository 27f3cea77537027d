import {
  baseConfigShape,
  dataKeyConfigShape,
  databaseConfigShape,
  demoModeConfigShape,
  httpPortConfigShape,
  refuseDemoInProduction,
  requireDataKeyInProduction,
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
    /** How long a one-time login code works (external accounts). */
    OTP_TTL_SECONDS: z.coerce.number().int().min(60).max(1800).default(300),
    /** The origin users open; the account-approved e-mail links to `${PUBLIC_ORIGIN}/portal/login`. */
    PUBLIC_ORIGIN: z
      .string()
      .url()
      .default('http://localhost:8080')
      .transform((origin) => origin.replace(/\/+$/, '')),
    /**
     * Encrypts patients' social-security numbers at rest and keys their lookup HMAC (32 bytes, base64);
     * required in production.
     */
    ...dataKeyConfigShape('IDENTITY_DATA_KEY'),
  })
  .superRefine(refuseDemoInProduction)
  .superRefine(requireDataKeyInProduction('IDENTITY_DATA_KEY'));

export type IdentityConfig = z.output<typeof configSchema>;
