import { ageMinutes, newestFirst, queueOrder, splitDuration, statusTone } from './request-display';

const item = (id: string, over: Partial<{ status: 'sent' | 'taken' | 'answered'; mode: 'async' | 'live'; sentAt: string | null; createdAt: string }>) => ({
  id,
  status: 'sent' as const,
  mode: 'async' as const,
  sentAt: '2026-12-01T10:00:00.000Z',
  createdAt: '2026-12-01T09:00:00.000Z',
  ...over,
});

describe('request display', () => {
  it('puts waiting live requests first, then waiting ones oldest first, then the rest', () => {
    const ordered = queueOrder([
      item('taken-old', { status: 'taken', sentAt: '2026-12-01T08:00:00.000Z' }),
      item('async-new', { sentAt: '2026-12-01T10:30:00.000Z' }),
      item('async-old', { sentAt: '2026-12-01T10:00:00.000Z' }),
      item('live', { mode: 'live', sentAt: '2026-12-01T11:00:00.000Z' }),
    ]);
    expect(ordered.map((entry) => entry.id)).toEqual(['live', 'async-old', 'async-new', 'taken-old']);
  });

  it('lists the dashboard newest first', () => {
    const ordered = newestFirst([item('a', { createdAt: '2026-11-01T00:00:00.000Z' }), item('b', { createdAt: '2026-12-01T00:00:00.000Z' })]);
    expect(ordered.map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it('counts whole minutes of waiting since sending', () => {
    expect(ageMinutes({ sentAt: '2026-12-01T10:00:00.000Z' }, new Date('2026-12-01T10:59:59.000Z'))).toBe(59);
    expect(ageMinutes({ sentAt: null }, new Date())).toBe(0);
  });

  it('splits durations and gives each status a tone', () => {
    expect(splitDuration(3_930)).toEqual({ hours: 1, minutes: 6 });
    expect(statusTone('answered')).toBe('success');
    expect(statusTone('sent')).toBe('info');
  });
});
