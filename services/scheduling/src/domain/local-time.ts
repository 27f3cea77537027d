import type { ScheduleInput } from '@passerelle/contracts';

export type LocalTimeProblem = 'unknown_time_zone' | 'invalid_date' | 'nonexistent_local_time';

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of `instant` in `timeZone`, as if they were UTC (milliseconds). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The zone's offset from UTC at `instant`, in milliseconds (Kabul: +4 h 30). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  return wallClockAsUtc(Math.floor(instant / 1000) * 1000, timeZone) - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant of a local wall-clock time in an IANA zone. Two passes settle the offset around DST
 * changes; a time skipped by a spring-forward (02:30 in Paris on the last Sunday of March) is refused
 * rather than silently moved, and an ambiguous autumn time takes the first of its two instants.
 */
export function localToUtc(
  input: Pick<ScheduleInput, 'startsAt' | 'timeZone'>,
): { ok: true; utc: Date } | { ok: false; problem: LocalTimeProblem } {
  if (!isTimeZone(input.timeZone)) return { ok: false, problem: 'unknown_time_zone' };
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(input.startsAt);
  if (!match) return { ok: false, problem: 'invalid_date' };
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => Number(v ?? 0)) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const back = new Date(wall);
  if (back.getUTCMonth() !== month! - 1 || back.getUTCDate() !== day! || hour! > 23 || minute! > 59) {
    return { ok: false, problem: 'invalid_date' };
  }
  // The zone's offsets a day either side cover both sides of any change happening that day.
  const DAY = 86_400_000;
  const offsets = new Set([wall - DAY, wall, wall + DAY].map((probe) => zoneOffsetMs(probe, input.timeZone)));
  const candidates = [...offsets]
    .map((offset) => wall - offset)
    .filter((utc) => wallClockAsUtc(utc, input.timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return { ok: false, problem: 'nonexistent_local_time' };
  return { ok: true, utc: new Date(candidates[0]!) };
}
