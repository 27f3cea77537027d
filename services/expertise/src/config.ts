import { baseConfigShape, databaseConfigShape, httpPortConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z.object({
  ...baseConfigShape,
  ...databaseConfigShape,
  ...httpPortConfigShape(8084),
});

export type ExpertiseConfig = z.output<typeof configSchema>;
