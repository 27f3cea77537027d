import { baseConfigShape, databaseConfigShape, httpPortConfigShape, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';

export const configSchema = z.object({
  ...baseConfigShape,
  ...databaseConfigShape,
  ...redisConfigShape,
  ...httpPortConfigShape(8082),
});

export type InvitationsConfig = z.output<typeof configSchema>;
