import { allReminderJobIds, parseReminderOffsets, planReminders, reminderIdempotencyKey, reminderJobId } from './reminders';

const inviteId = '6f1c2f7e-6a55-4a44-9a3e-3c2d9e0b7a10';
const now = new Date('2026-11-22T08:00:00Z');
const MINUTE = 60_000;

describe('reminders', () => {
  it('parses the default offset and lists', () => {
    expect(parseReminderOffsets('10')).toEqual([10]);
    expect(parseReminderOffsets(' 10, 60,10 ')).toEqual([60, 10]);
    expect(() => parseReminderOffsets('10,-5')).toThrow();
    expect(() => parseReminderOffsets('')).toThrow();
  });

  it('names jobs deterministically per invite and offset', () => {
    expect(reminderJobId(inviteId, 10)).toBe(`reminder-${inviteId}-10`);
    expect(reminderIdempotencyKey(inviteId, 2, 10)).toBe(`reminder:${inviteId}:2:10`);
    expect(reminderIdempotencyKey(inviteId, 3, 10)).not.toBe(reminderIdempotencyKey(inviteId, 2, 10));
  });

  it('plans only the default 10-minute reminder for a slot less than a day away', () => {
    const startsAt = new Date(now.getTime() + 3 * 60 * MINUTE);
    expect(planReminders(inviteId, startsAt, now, [10])).toEqual([
      { jobId: `reminder-${inviteId}-10`, offsetMinutes: 10, delayMs: 170 * MINUTE },
    ]);
  });

  it('adds the day-before reminder when the slot is more than a day away', () => {
    const startsAt = new Date(now.getTime() + 2 * 1440 * MINUTE);
    expect(planReminders(inviteId, startsAt, now, [10])).toEqual([
      { jobId: `reminder-${inviteId}-1440`, offsetMinutes: 1440, delayMs: 1440 * MINUTE },
      { jobId: `reminder-${inviteId}-10`, offsetMinutes: 10, delayMs: 2870 * MINUTE },
    ]);
    expect(planReminders(inviteId, new Date(now.getTime() + 1440 * MINUTE), now, [10]).map((r) => r.offsetMinutes)).toEqual([10]);
    expect(planReminders(inviteId, startsAt, now, [10], false).map((r) => r.offsetMinutes)).toEqual([10]);
  });

  it('lists every job id a slot may have, the day-before one included', () => {
    expect(allReminderJobIds(inviteId, [10])).toEqual([`reminder-${inviteId}-10`, `reminder-${inviteId}-1440`]);
  });

  it('drops reminders whose time has passed', () => {
    expect(planReminders(inviteId, new Date(now.getTime() + 5 * MINUTE), now, [10])).toEqual([]);
    expect(planReminders(inviteId, new Date(now.getTime() + 10 * MINUTE), now, [10])).toEqual([]);
  });
});
