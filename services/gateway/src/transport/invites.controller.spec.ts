import type { RpcClient } from '@passerelle/nest-kit';
import type { StaffPrincipal } from '../auth/principal';
import { InvitesController } from './invites.controller';

const principal: StaffPrincipal = {
  kind: 'staff',
  userId: '11111111-1111-4111-8111-111111111111',
  organisationId: '22222222-2222-4222-8222-222222222222',
  roles: ['requester'],
};
const failedMessage = '33333333-3333-4333-8333-333333333333';
const invite = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  sessionId: id,
  kind: 'remote',
  status: 'sent',
  invitee: { firstName: 'A', lastName: 'B', language: 'en', channel: 'sms', email: null, phone: '+33612345678' },
  createdByUserId: principal.userId,
  createdAt: '2026-11-20T10:00:00.000Z',
  expiresAt: '2099-11-27T10:00:00.000Z',
  lastSentAt: '2026-11-20T10:00:00.000Z',
  sendCount: 1,
  planned: false,
  notificationId: null,
  ...over,
});
const plannedId = '44444444-4444-4444-8444-444444444444';
const undeliveredId = '55555555-5555-4555-8555-555555555555';

/** Answers only the four subjects the list composes, parsing like the real client. */
function rpcFake() {
  const subjects: string[] = [];
  const answers: Record<string, unknown> = {
    'invitations.invite.list.v1': { items: [invite(undeliveredId, { notificationId: failedMessage }), invite(plannedId, { planned: true })] },
    'chat.session.summaries.v1': { items: [] },
    'scheduling.slot.list.v1': {
      items: [
        {
          inviteId: plannedId,
          startsAt: '2099-01-15T09:00:00.000Z',
          timeZone: 'Asia/Kabul',
          durationMinutes: 30,
          status: 'planned',
          version: 1,
          opensAt: '2099-01-15T08:45:00.000Z',
          closesAt: '2099-01-15T10:00:00.000Z',
        },
      ],
    },
    'notifications.message.status.v1': { items: [{ id: failedMessage, status: 'failed', attempts: 5, lastError: 'ProviderError: vonage answered 500' }] },
  };
  const rpc = {
    request: async (contract: { subject: string; request: { parse(v: unknown): unknown }; response: { parse(v: unknown): unknown } }, payload: unknown) => {
      if (!(contract.subject in answers)) throw new Error(`unexpected RPC ${contract.subject}`);
      contract.request.parse(payload);
      subjects.push(contract.subject);
      return contract.response.parse(answers[contract.subject]);
    },
  };
  return { rpc: rpc as unknown as RpcClient, subjects };
}

describe('InvitesController.list', () => {
  it("gives each invite its slot and its last message's delivery, upcoming planned first", async () => {
    const { rpc, subjects } = rpcFake();
    const { items } = await new InvitesController(rpc).list(principal, { limit: 200, filter: 'all' });
    expect(items.map((item) => item.id)).toEqual([plannedId, undeliveredId]);
    expect(items[0]!.schedule).toMatchObject({ startsAt: '2099-01-15T09:00:00.000Z', timeZone: 'Asia/Kabul' });
    expect(items[1]!.delivery).toEqual({ status: 'failed', reason: 'ProviderError: vonage answered 500' });
    expect(items[0]!.delivery).toBeNull();
    expect(subjects).toEqual(expect.arrayContaining(['scheduling.slot.list.v1', 'notifications.message.status.v1']));
  });

  it('filters planned sessions', async () => {
    const { items } = await new InvitesController(rpcFake().rpc).list(principal, { limit: 200, filter: 'planned' });
    expect(items.map((item) => item.id)).toEqual([plannedId]);
  });
});
