import { DomainError, ErrorCode, ScheduleInput } from '@passerelle/contracts';
import { localToUtc } from '../../domain/local-time';

/**
 * The UTC instant of a slot typed in the invitee's zone; a wrong zone, an impossible or skipped local time,
 * or a slot already over, is VALIDATION_FAILED on the field to correct (no values echoed).
 */
export function slotInstant(schedule: ScheduleInput, now = new Date()): Date {
  const converted = localToUtc(schedule);
  if (!converted.ok) {
    const path = converted.problem === 'unknown_time_zone' ? 'schedule.timeZone' : 'schedule.startsAt';
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The planned date or time zone is not valid', [{ path, problem: converted.problem }]);
  }
  if (converted.utc.getTime() <= now.getTime()) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The planned time has already passed', [{ path: 'schedule.startsAt', problem: 'in_the_past' }]);
  }
  return converted.utc;
}
