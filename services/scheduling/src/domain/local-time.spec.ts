import { localToUtc, zoneOffsetMs } from './local-time';

describe('localToUtc', () => {
  it('reads 09:30 in Kabul (UTC+4:30) as 05:00 UTC', () => {
    expect(localToUtc({ startsAt: '2026-11-23T09:30', timeZone: 'Asia/Kabul' })).toEqual({
      ok: true,
      utc: new Date('2026-11-23T05:00:00.000Z'),
    });
  });

  it('gives Europe/Paris its winter and summer offsets', () => {
    expect(localToUtc({ startsAt: '2026-11-23T09:30', timeZone: 'Europe/Paris' })).toEqual({ ok: true, utc: new Date('2026-11-23T08:30:00Z') });
    expect(localToUtc({ startsAt: '2026-07-01T09:30:00', timeZone: 'Europe/Paris' })).toEqual({ ok: true, utc: new Date('2026-07-01T07:30:00Z') });
  });

  it('places a Paris requester and a Kabul invitee on the same instant', () => {
    const kabul = localToUtc({ startsAt: '2026-11-23T13:30', timeZone: 'Asia/Kabul' });
    const paris = localToUtc({ startsAt: '2026-11-23T10:00', timeZone: 'Europe/Paris' });
    expect(kabul).toEqual(paris);
    expect(zoneOffsetMs(new Date('2026-11-23T09:00Z').getTime(), 'Asia/Kabul')).toBe(4.5 * 3_600_000);
  });

  it('refuses a time skipped by the spring-forward change, and takes the first of an ambiguous autumn time', () => {
    expect(localToUtc({ startsAt: '2026-03-29T02:30', timeZone: 'Europe/Paris' })).toEqual({ ok: false, problem: 'nonexistent_local_time' });
    expect(localToUtc({ startsAt: '2026-10-25T02:30', timeZone: 'Europe/Paris' })).toEqual({ ok: true, utc: new Date('2026-10-25T00:30:00Z') });
  });

  it('refuses unknown zones and impossible dates', () => {
    expect(localToUtc({ startsAt: '2026-11-23T09:30', timeZone: 'Mars/Olympus' })).toEqual({ ok: false, problem: 'unknown_time_zone' });
    expect(localToUtc({ startsAt: '2026-02-30T09:30', timeZone: 'UTC' })).toEqual({ ok: false, problem: 'invalid_date' });
    expect(localToUtc({ startsAt: '2026-11-23T24:10', timeZone: 'UTC' })).toEqual({ ok: false, problem: 'invalid_date' });
    expect(localToUtc({ startsAt: '2026-11-23 09:30', timeZone: 'UTC' })).toEqual({ ok: false, problem: 'invalid_date' });
  });
});
