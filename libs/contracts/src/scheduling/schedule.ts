import { z } from 'zod';

/**
 * A planned session's slot as the requester types it: a local date-time (no offset) in an IANA time zone,
 * so "09:30 in Kabul" stays 09:30 in Kabul whatever the requester's own zone. Stored in UTC by scheduling.
 */
export const scheduleInputSchema = z
  .object({
    /** Local wall-clock time, `YYYY-MM-DDTHH:mm` (seconds optional), without offset. */
    startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/),
    /** IANA zone of the invitee, e.g. `Asia/Kabul`. */
    timeZone: z.string().min(1).max(64),
    durationMinutes: z.number().int().min(5).max(480),
  })
  .strict();
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

export const SCHEDULE_STATUSES = ['planned', 'rescheduled', 'cancelled'] as const;
export const scheduleStatusSchema = z.enum(SCHEDULE_STATUSES);
export type ScheduleStatus = z.infer<typeof scheduleStatusSchema>;

/** Problems a planned invite's link can have outside its join window (issue `problem` on path `token`). */
export const JOIN_WINDOW_PROBLEMS = ['too_early', 'too_late', 'cancelled'] as const;
export type JoinWindowProblem = (typeof JOIN_WINDOW_PROBLEMS)[number];
