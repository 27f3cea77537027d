import { baseConfigShape, databaseConfigShape, httpPortConfigShape, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z.object({
  ...baseConfigShape,
  ...databaseConfigShape,
  ...redisConfigShape,
  ...httpPortConfigShape(8085),
});

export type ChatConfig = z.output<typeof configSchema>;
