import { formatSlot, isSameDay, timeZoneChoices } from './slot-time';

describe('formatSlot', () => {
  // Planned by a requester in Paris for an invitee in Kabul: 13:30 Kabul = 09:00 UTC = 10:00 Paris.
  const startsAt = '2030-01-15T09:00:00.000Z';

  it("shows the requester the slot in their zone, and the invitee in theirs", () => {
    expect(formatSlot(startsAt, 'Europe/Paris', 'en-GB')).toBe('15/01/2030, 10:00 GMT+1');
    expect(formatSlot(startsAt, 'Asia/Kabul', 'en-GB')).toBe('15/01/2030, 13:30 GMT+4:30');
    expect(formatSlot(startsAt, 'Asia/Kabul', 'fr')).toContain('13:30');
  });

  it('gives nothing for an unreadable instant', () => {
    expect(formatSlot('not a date', 'UTC', 'en')).toBe('');
  });
});

describe('isSameDay', () => {
  it('compares calendar days in the given zone', () => {
    const now = new Date('2030-01-15T22:30:00Z');
    expect(isSameDay('2030-01-15T08:00:00Z', now, 'Europe/Paris')).toBe(true);
    // 22:30 UTC is already the 16th in Kabul.
    expect(isSameDay('2030-01-15T08:00:00Z', now, 'Asia/Kabul')).toBe(false);
  });
});

describe('timeZoneChoices', () => {
  it('lists IANA zones, keeping an unknown current one first', () => {
    expect(timeZoneChoices('Asia/Kabul')).toContain('Europe/Paris');
    expect(timeZoneChoices('Etc/Custom')[0]).toBe('Etc/Custom');
  });
});
