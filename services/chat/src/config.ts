import { baseConfigShape, databaseConfigShape, httpPortConfigShape, pdfConfigShape, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z.object({
  ...baseConfigShape,
  ...databaseConfigShape,
  ...redisConfigShape,
  ...httpPortConfigShape(8085),
  /** How long a closed session stays readable (and its report downloadable) before everything is purged. */
  CLOSE_GRACE_SECONDS: z.coerce.number().int().min(1).max(90 * 24 * 3600).default(24 * 3600),
  /** Largest file accepted in a session (photos and PDFs). */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  ...pdfConfigShape,
  /** Rendered reports are fetched by the gateway right away; the bucket drops them after this. */
  REPORT_TTL_SECONDS: z.coerce.number().int().min(60).max(24 * 3600).default(900),
});

export type ChatConfig = z.output<typeof configSchema>;
