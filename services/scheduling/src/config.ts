import { baseConfigShape, databaseConfigShape, httpPortConfigShape, redisConfigShape } from '@passerelle/nest-kit';
import { z } from 'zod';
import { parseReminderOffsets } from './domain/reminders';

export const configSchema = z.object({
  ...baseConfigShape,
  ...databaseConfigShape,
  ...redisConfigShape,
  ...httpPortConfigShape(8083),
  /** Minutes before the slot the invitee is reminded, e.g. "10" or "60,10". */
  REMINDER_OFFSETS_MINUTES: z
    .string()
    .default('10')
    .transform((value, ctx) => {
      try {
        return parseReminderOffsets(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'comma-separated positive whole minutes' });
        return z.NEVER;
      }
    }),
  /** Adds a reminder 24 h before when the slot is more than a day away. */
  REMINDER_DAY_BEFORE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** How early a planned invite's link lets the invitee in. */
  JOIN_WINDOW_BEFORE_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
  /** How long after the slot's end the link still works. */
  JOIN_GRACE_AFTER_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(30),
});

export type SchedulingConfig = z.output<typeof configSchema>;
