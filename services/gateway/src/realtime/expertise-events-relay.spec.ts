import { EventPayload, expertiseRequestChanged } from '@passerelle/contracts';
import { pushesFor } from './expertise-events-relay';

const ids = { request: '20000000-0000-4000-8000-000000000001', queue: '20000000-0000-4000-8000-000000000002' };
const user = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const event = (overrides: Partial<EventPayload<typeof expertiseRequestChanged>> = {}): EventPayload<typeof expertiseRequestChanged> => ({
  id: '40000000-0000-4000-8000-000000000001',
  occurredAt: new Date().toISOString(),
  requestId: ids.request,
  organisationId: '50000000-0000-4000-8000-000000000001',
  queueId: ids.queue,
  requesterUserId: user(1),
  status: 'sent',
  mode: 'async',
  change: 'sent',
  byUserId: user(1),
  entryId: null,
  previousRequesterUserId: null,
  ringUserIds: [],
  ...overrides,
});

describe('expertise pushes', () => {
  it('tells the queue and the requester, with ids and states only', () => {
    const [push, ...others] = pushesFor(event({ status: 'taken', change: 'taken', byUserId: user(9) }));
    expect(others).toEqual([]);
    expect(push!.rooms).toEqual([`user:${user(1)}`, `queue:${ids.queue}`]);
    expect(push!.event).toEqual({ type: 'expertise.request-changed', requestId: ids.request, queueId: ids.queue, status: 'taken', mode: 'async', change: 'taken' });
  });

  it('keeps a draft away from the queue, and tells both sides of a transfer', () => {
    const [push] = pushesFor(event({ status: 'draft', change: 'transferred', requesterUserId: user(2), previousRequesterUserId: user(1) }));
    expect(push!.rooms).toEqual([`user:${user(2)}`, `user:${user(1)}`]);
  });

  it('rings the available experts of a live request', () => {
    const pushes = pushesFor(event({ mode: 'live', ringUserIds: [user(7), user(8)] }));
    expect(pushes[1]).toEqual({
      rooms: [`user:${user(7)}`, `user:${user(8)}`],
      event: { type: 'expertise.live-ringing', requestId: ids.request, queueId: ids.queue },
    });
  });
});
