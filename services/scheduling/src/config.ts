import { baseConfigShape, databaseConfigShape, httpPortConfigShape, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z.object({
  ...baseConfigShape,
  ...databaseConfigShape,
  ...redisConfigShape,
  ...httpPortConfigShape(8083),
});

export type SchedulingConfig = z.output<typeof configSchema>;
