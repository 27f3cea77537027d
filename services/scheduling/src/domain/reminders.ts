const MINUTE = 60_000;
/** The extra day-before reminder, added when the slot is more than a day away. */
export const DAY_BEFORE_OFFSET_MINUTES = 1440;

/** REMINDER_OFFSETS_MINUTES ("10" or "10,60"): positive whole minutes, without repeats, largest first. */
export function parseReminderOffsets(value: string): number[] {
  const offsets = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      if (!/^\d+$/.test(part) || Number(part) <= 0) throw new Error(`Invalid reminder offset: ${part}`);
      return Number(part);
    });
  if (offsets.length === 0) throw new Error('At least one reminder offset is needed');
  return [...new Set(offsets)].sort((a, b) => b - a);
}

/**
 * Deterministic, so rescheduling replaces (remove + add under the same id) and a retried planning adds
 * nothing: BullMQ ignores an add whose job id already exists.
 */
export function reminderJobId(inviteId: string, offsetMinutes: number): string {
  return `reminder-${inviteId}-${offsetMinutes}`;
}

/**
 * The notification's idempotency key includes the slot version: a reminder retried after a restart is
 * sent once, and the reminder of a rescheduled slot is a new message rather than a duplicate.
 */
export function reminderIdempotencyKey(inviteId: string, slotVersion: number, offsetMinutes: number): string {
  return `reminder:${inviteId}:${slotVersion}:${offsetMinutes}`;
}

export interface PlannedReminder {
  jobId: string;
  offsetMinutes: number;
  /** BullMQ delay from `now`. */
  delayMs: number;
}

/**
 * The reminders to queue for a slot: each configured offset, plus (unless `dayBefore` is off) the day-before
 * one when the slot is more than a day away; offsets whose time has already passed are dropped (no
 * reminder after the fact).
 */
export function planReminders(inviteId: string, startsAt: Date, now: Date, offsets: number[], dayBefore = true): PlannedReminder[] {
  const untilStart = startsAt.getTime() - now.getTime();
  const all = new Set(offsets);
  if (dayBefore && untilStart > DAY_BEFORE_OFFSET_MINUTES * MINUTE) all.add(DAY_BEFORE_OFFSET_MINUTES);
  return [...all]
    .sort((a, b) => b - a)
    .map((offsetMinutes) => ({
      jobId: reminderJobId(inviteId, offsetMinutes),
      offsetMinutes,
      delayMs: untilStart - offsetMinutes * MINUTE,
    }))
    .filter((reminder) => reminder.delayMs > 0);
}

/** Every job id a slot may have (to remove them all on reschedule or cancel, whatever was planned). */
export function allReminderJobIds(inviteId: string, offsets: number[]): string[] {
  return [...new Set([...offsets, DAY_BEFORE_OFFSET_MINUTES])].map((offset) => reminderJobId(inviteId, offset));
}
