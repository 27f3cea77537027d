import {
  baseConfigShape,
  databaseConfigShape,
  demoModeConfigShape,
  httpPortConfigShape,
  pdfConfigShape,
  refuseDemoInProduction,
} from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z
  .object({
    ...baseConfigShape,
    ...databaseConfigShape,
    ...httpPortConfigShape(8084),
    ...demoModeConfigShape,
    ...pdfConfigShape,
    /** The origin users open; e-mails link to `${PUBLIC_ORIGIN}/portal/expertise/requests/<id>`. */
    PUBLIC_ORIGIN: z
      .string()
      .url()
      .default('http://localhost:8080')
      .transform((origin) => origin.replace(/\/+$/, '')),
    /** Largest document accepted on a request (photos and PDFs). */
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
    /** Exported PDFs are fetched by the gateway right away; the bucket drops them after this. */
    REPORT_TTL_SECONDS: z.coerce.number().int().min(60).max(24 * 3600).default(900),
  })
  .superRefine(refuseDemoInProduction);

export type ExpertiseConfig = z.output<typeof configSchema>;
