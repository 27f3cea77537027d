import type { InviteListItem } from '@passerelle/contracts';
import { filterAndSortInvites } from './invite-list';

const now = new Date('2026-11-23T08:00:00Z');
let n = 0;
function item(over: Partial<InviteListItem> & { startsAt?: string; slotStatus?: 'planned' | 'rescheduled' | 'cancelled' }): InviteListItem {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const { startsAt, slotStatus, ...rest } = over;
  return {
    id,
    sessionId: id,
    kind: 'remote',
    status: 'sent',
    invitee: { firstName: 'A', lastName: 'B', language: 'en', channel: 'sms', email: null, phone: '+33612345678' },
    createdByUserId: id,
    createdAt: `2026-11-2${n % 3}T00:00:00.000Z`,
    expiresAt: '2026-12-30T00:00:00.000Z',
    lastSentAt: '2026-11-20T00:00:00.000Z',
    sendCount: 1,
    planned: Boolean(startsAt),
    notificationId: null,
    session: { status: 'open', waiting: false, purgeAt: null },
    schedule: startsAt
      ? {
          inviteId: id,
          startsAt,
          timeZone: 'Asia/Kabul',
          durationMinutes: 30,
          status: slotStatus ?? 'planned',
          version: 1,
          opensAt: new Date(Date.parse(startsAt) - 15 * 60_000).toISOString(),
          closesAt: new Date(Date.parse(startsAt) + 60 * 60_000).toISOString(),
        }
      : null,
    delivery: null,
    ...rest,
  };
}

describe('filterAndSortInvites', () => {
  const later = item({ startsAt: '2026-11-25T09:00:00.000Z' });
  const sooner = item({ startsAt: '2026-11-24T09:00:00.000Z' });
  const past = item({ startsAt: '2026-11-20T09:00:00.000Z' });
  const cancelled = item({ startsAt: '2026-11-26T09:00:00.000Z', slotStatus: 'cancelled', status: 'revoked' });
  const instant = item({});
  const waiting = item({ session: { status: 'open', waiting: true, purgeAt: null } });
  const closed = item({ session: { status: 'closed', waiting: false, purgeAt: '2026-11-24T00:00:00.000Z' } });
  const all = [instant, later, past, closed, sooner, cancelled, waiting];

  it('puts upcoming planned sessions first, soonest first', () => {
    const ids = filterAndSortInvites(all, 'all', now).map((i) => i.id);
    expect(ids.slice(0, 2)).toEqual([sooner.id, later.id]);
    expect(ids).toHaveLength(all.length);
  });

  it('filters planned, waiting, open and closed', () => {
    expect(filterAndSortInvites(all, 'planned', now).map((i) => i.id)).toEqual([sooner.id, later.id]);
    expect(filterAndSortInvites(all, 'waiting', now).map((i) => i.id)).toEqual([waiting.id]);
    expect(new Set(filterAndSortInvites(all, 'open', now).map((i) => i.id))).toEqual(new Set([sooner.id, later.id, past.id, instant.id, waiting.id]));
    expect(new Set(filterAndSortInvites(all, 'closed', now).map((i) => i.id))).toEqual(new Set([closed.id, cancelled.id]));
  });
});
