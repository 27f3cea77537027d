import { baseConfigShape, databaseConfigShape, httpPortConfigShape, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z.object({
  ...baseConfigShape,
  ...databaseConfigShape,
  ...redisConfigShape,
  ...httpPortConfigShape(8087),
});

export type NotificationsConfig = z.output<typeof configSchema>;
