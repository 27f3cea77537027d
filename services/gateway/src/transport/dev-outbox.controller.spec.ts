import { DomainError, notificationsOutboxList } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { GatewayConfig } from '../config';
import { DevOutboxController } from './dev-outbox.controller';

const message = (id: string, createdAt: string) => ({ id, channel: 'email', to: 'a@example.test', text: 't', links: [], createdAt });

function notificationsFake(items: unknown[]) {
  const calls: unknown[] = [];
  const rpc = {
    request: async (contract: { subject: string }, payload: unknown) => {
      if (contract.subject !== notificationsOutboxList.subject) throw new Error(`unexpected RPC ${contract.subject}`);
      calls.push(payload);
      return { items };
    },
  };
  return { rpc: rpc as unknown as RpcClient, calls };
}

describe('DevOutboxController', () => {
  it('does not exist unless DEV_OUTBOX is on, whatever the query', async () => {
    const notifications = notificationsFake([]);
    const controller = new DevOutboxController(notifications.rpc, { DEV_OUTBOX: false } as GatewayConfig);
    for (const query of [{}, { limit: 'lots' }]) {
      const error = await controller.list(query).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('NOT_FOUND');
    }
    expect(notifications.calls).toEqual([]);
  });

  it('returns the outbox as an array, newest first', async () => {
    const older = message('1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9', '2026-01-01T10:00:00.000Z');
    const newer = message('2c3d4e5f-6071-4829-93a4-b5c6d7e8f901', '2026-01-01T11:00:00.000Z');
    const notifications = notificationsFake([older, newer]);
    const controller = new DevOutboxController(notifications.rpc, { DEV_OUTBOX: true } as GatewayConfig);
    expect(await controller.list({ limit: '5' })).toEqual([newer, older]);
    expect(notifications.calls).toEqual([{ limit: 5 }]);
  });
});
