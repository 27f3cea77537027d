import { joinWindowVerdict, type PlannedSlot } from './join-window';

const slot: PlannedSlot = { startsAt: new Date('2026-11-23T05:00:00Z'), durationMinutes: 30, status: 'planned' };
const settings = { beforeMinutes: 15, graceAfterMinutes: 10 };
const at = (iso: string) => joinWindowVerdict(slot, new Date(iso), settings);

describe('joinWindowVerdict', () => {
  it('is too early before start − 15 min, and says when the link opens', () => {
    expect(at('2026-11-23T04:44:59Z')).toEqual({
      state: 'too_early',
      opensAt: new Date('2026-11-23T04:45:00Z'),
      closesAt: new Date('2026-11-23T05:40:00Z'),
    });
  });

  it('is open from start − before to end + grace, both ends included', () => {
    expect(at('2026-11-23T04:45:00Z').state).toBe('open');
    expect(at('2026-11-23T05:15:00Z').state).toBe('open');
    expect(at('2026-11-23T05:40:00Z').state).toBe('open');
  });

  it('is too late after end + grace', () => {
    expect(at('2026-11-23T05:40:00.001Z').state).toBe('too_late');
  });

  it('applies the same window to a rescheduled slot, and none to a cancelled one', () => {
    expect(joinWindowVerdict({ ...slot, status: 'rescheduled' }, new Date('2026-11-23T05:00:00Z'), settings).state).toBe('open');
    expect(joinWindowVerdict({ ...slot, status: 'cancelled' }, new Date('2026-11-23T05:00:00Z'), settings)).toEqual({ state: 'cancelled' });
  });
});
