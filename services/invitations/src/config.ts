import {
  baseConfigShape,
  dataKeyConfigShape,
  databaseConfigShape,
  httpPortConfigShape,
  requireDataKeyInProduction,
} from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z
  .object({
    ...baseConfigShape,
    ...databaseConfigShape,
    ...httpPortConfigShape(8082),
    /** The origin users open; join links are `${PUBLIC_ORIGIN}/join/<token>`. */
    PUBLIC_ORIGIN: z
      .string()
      .url()
      .default('http://localhost:8080')
      .transform((origin) => origin.replace(/\/+$/, '')),
    /** How long a join link works after it was (re)sent: 7 days by default. */
    INVITE_TTL_HOURS: z.coerce.number().int().min(1).max(90 * 24).default(168),
    /** Encrypts invitees' names, e-mail addresses and phone numbers at rest (32 bytes, base64); required in production. */
    ...dataKeyConfigShape('INVITATIONS_DATA_KEY'),
  })
  .superRefine(requireDataKeyInProduction('INVITATIONS_DATA_KEY'));

export type InvitationsConfig = z.output<typeof configSchema>;
