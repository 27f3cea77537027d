import type { SlotView } from '@passerelle/contracts';
import type { SchedulingConfig } from '../../config';
import { JoinWindowSettings, joinWindowVerdict } from '../../domain/join-window';
import { buildIcs } from '../../domain/ics';
import type { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';

export type WindowConfig = Pick<SchedulingConfig, 'JOIN_WINDOW_BEFORE_MINUTES' | 'JOIN_GRACE_AFTER_MINUTES'>;

export function windowSettings(config: WindowConfig): JoinWindowSettings {
  return { beforeMinutes: config.JOIN_WINDOW_BEFORE_MINUTES, graceAfterMinutes: config.JOIN_GRACE_AFTER_MINUTES };
}

export function toSlotView(slot: PlannedSlotEntity, config: WindowConfig): SlotView {
  const settings = windowSettings(config);
  const start = slot.startsAt.getTime();
  return {
    inviteId: slot.inviteId,
    startsAt: slot.startsAt.toISOString(),
    timeZone: slot.timeZone,
    durationMinutes: slot.durationMinutes,
    status: slot.status,
    version: slot.version,
    opensAt: new Date(start - settings.beforeMinutes * 60_000).toISOString(),
    closesAt: new Date(start + (slot.durationMinutes + settings.graceAfterMinutes) * 60_000).toISOString(),
  };
}

export function verdictFor(slot: PlannedSlotEntity, config: WindowConfig, now = new Date()) {
  return joinWindowVerdict(slot, now, windowSettings(config));
}

/** The calendar file: same UID for the invite's whole life, SEQUENCE following the reschedules. */
export function calendarFile(slot: PlannedSlotEntity, calendar: { summary: string; url: string }): string {
  return buildIcs({
    uid: `invite-${slot.inviteId}@passerelle`,
    sequence: slot.version - 1,
    startsAt: slot.startsAt,
    durationMinutes: slot.durationMinutes,
    summary: calendar.summary,
    url: calendar.url,
    stamp: new Date(),
    cancelled: slot.status === 'cancelled',
  });
}
