import { z } from 'zod';
import { defineRpc } from '../contract';

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

/** "Plan later" on the new-invite form and reschedules: the slot, 30 minutes unless said otherwise. */
export const planScheduleBodySchema = scheduleInputSchema.extend({
  durationMinutes: z.number().int().min(5).max(480).default(30),
});

export const SCHEDULE_STATUSES = ['planned', 'rescheduled', 'cancelled'] as const;
export const scheduleStatusSchema = z.enum(SCHEDULE_STATUSES);
export type ScheduleStatus = z.infer<typeof scheduleStatusSchema>;

/** Problems a planned invite's link can have outside its join window (issue `problem` on path `token`). */
export const JOIN_WINDOW_PROBLEMS = ['too_early', 'too_late', 'cancelled'] as const;
export type JoinWindowProblem = (typeof JOIN_WINDOW_PROBLEMS)[number];

/** A planned slot as scheduling keeps it: the instant in UTC, the invitee's zone, and its join window. */
export const slotViewSchema = z.object({
  inviteId: z.string().uuid(),
  /** ISO instant (UTC). */
  startsAt: z.string().datetime(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  status: scheduleStatusSchema,
  /** 1 when planned, +1 per reschedule (the ICS SEQUENCE and the reminders' idempotency keys follow it). */
  version: z.number().int().positive(),
  opensAt: z.string().datetime(),
  closesAt: z.string().datetime(),
});
export type SlotView = z.infer<typeof slotViewSchema>;

/** What the calendar attachment shows; the join link travels only in the request, never stored by scheduling. */
const calendarSchema = z.object({ summary: z.string().min(1).max(300), url: z.string().url() }).strict();

/** A slot and its calendar file (ICS text, METHOD PUBLISH, or CANCEL for a cancellation). */
const slotWithCalendar = z.object({ slot: slotViewSchema, ics: z.string() });

/**
 * Called by invitations when a planned invite is created: validates the local time (unknown zone, impossible
 * or skipped time, past slot → VALIDATION_FAILED on `schedule.*`), stores it in UTC and queues the reminders.
 * Idempotent per invite: planning the same invite again answers with the stored slot.
 */
export const schedulingSlotPlan = defineRpc(
  'scheduling.slot.plan.v1',
  z.object({ inviteId: z.string().uuid(), organisationId: z.string().uuid(), schedule: scheduleInputSchema, calendar: calendarSchema }).strict(),
  slotWithCalendar,
);

/** Moves a slot (version + 1) and its reminders; a cancelled slot cannot move (UNPROCESSABLE). */
export const schedulingSlotReschedule = defineRpc(
  'scheduling.slot.reschedule.v1',
  z.object({ inviteId: z.string().uuid(), schedule: scheduleInputSchema, calendar: calendarSchema }).strict(),
  slotWithCalendar,
);

/** Cancels a slot and removes its reminders. Idempotent. */
export const schedulingSlotCancel = defineRpc(
  'scheduling.slot.cancel.v1',
  z.object({ inviteId: z.string().uuid(), calendar: calendarSchema }).strict(),
  slotWithCalendar,
);

/** Slots of several invites (lists, dashboard); invites without a slot are left out. */
export const schedulingSlotList = defineRpc(
  'scheduling.slot.list.v1',
  z.object({ inviteIds: z.array(z.string().uuid()).max(500) }).strict(),
  z.object({ items: z.array(slotViewSchema) }),
);

/** Whether an invite's link may be used now: `planned: false` for an instant invite (always open). */
export const schedulingJoinWindowCheck = defineRpc(
  'scheduling.join-window.check.v1',
  z.object({ inviteId: z.string().uuid() }).strict(),
  z.discriminatedUnion('planned', [
    z.object({ planned: z.literal(false) }),
    z.object({ planned: z.literal(true), state: z.enum(['open', ...JOIN_WINDOW_PROBLEMS]), slot: slotViewSchema }),
  ]),
);
