import type { ScheduleStatus } from '@passerelle/contracts';

export interface JoinWindowSettings {
  /** JOIN_WINDOW_BEFORE_MINUTES: how early the link opens (default 15). */
  beforeMinutes: number;
  /** JOIN_GRACE_AFTER_MINUTES: how long after the slot's end it still works. */
  graceAfterMinutes: number;
}

export interface PlannedSlot {
  startsAt: Date;
  durationMinutes: number;
  status: ScheduleStatus;
}

export type JoinWindowVerdict =
  | { state: 'open'; opensAt: Date; closesAt: Date }
  | { state: 'too_early'; opensAt: Date; closesAt: Date }
  | { state: 'too_late'; opensAt: Date; closesAt: Date }
  | { state: 'cancelled' };

const MINUTE = 60_000;

/**
 * Whether a planned invite's link lets the guest in at `now`: inside [start − before, end + grace], both
 * ends included. Only the link is restricted; the requester can still start early with the guest present.
 */
export function joinWindowVerdict(slot: PlannedSlot, now: Date, settings: JoinWindowSettings): JoinWindowVerdict {
  if (slot.status === 'cancelled') return { state: 'cancelled' };
  const start = slot.startsAt.getTime();
  const opensAt = new Date(start - settings.beforeMinutes * MINUTE);
  const closesAt = new Date(start + (slot.durationMinutes + settings.graceAfterMinutes) * MINUTE);
  if (now.getTime() < opensAt.getTime()) return { state: 'too_early', opensAt, closesAt };
  if (now.getTime() > closesAt.getTime()) return { state: 'too_late', opensAt, closesAt };
  return { state: 'open', opensAt, closesAt };
}
