import { RpcContract } from '@passerelle/contracts';
import type { RpcClient } from '@passerelle/nest-kit';
import type { Repository } from 'typeorm';
import type { PlannedSlotEntity } from '../../infra/entities/planned-slot.entity';
import { SendReminderUseCase } from './send-reminder.usecase';

const inviteId = '6f1c2f7e-6a55-4a44-9a3e-3c2d9e0b7a10';
const slot: PlannedSlotEntity = {
  inviteId,
  organisationId: '7a1c2f7e-6a55-4a44-9a3e-3c2d9e0b7a10',
  startsAt: new Date('2030-01-15T09:00:00Z'),
  timeZone: 'Asia/Kabul',
  durationMinutes: 30,
  status: 'rescheduled',
  version: 2,
  createdAt: new Date(),
  updatedAt: new Date(),
};

function world(stored: PlannedSlotEntity | null, answer = { sent: true }) {
  const calls: { subject: string; payload: unknown }[] = [];
  const slots = { findOneBy: async () => (stored ? { ...stored } : null) } as unknown as Repository<PlannedSlotEntity>;
  const rpc = {
    request: async (contract: RpcContract, payload: unknown) => {
      if (contract.subject !== 'invitations.invite.remind.v1') throw new Error(`Unexpected RPC ${contract.subject}`);
      calls.push({ subject: contract.subject, payload: contract.request.parse(payload) });
      return contract.response.parse(answer);
    },
  } as unknown as RpcClient;
  return { calls, useCase: new SendReminderUseCase(slots, rpc) };
}

const job = { inviteId, version: 2, offsetMinutes: 10, dueAt: Date.parse('2030-01-15T08:50:00Z') };

describe('SendReminderUseCase', () => {
  it('asks invitations to remind, under a key naming the invite, slot version and offset, with the slot as stored', async () => {
    const { calls, useCase } = world(slot);
    expect(await useCase.execute(job)).toBe('sent');
    expect(calls).toEqual([
      {
        subject: 'invitations.invite.remind.v1',
        payload: { inviteId, idempotencyKey: `reminder:${inviteId}:2:10`, startsAt: '2030-01-15T09:00:00.000Z', timeZone: 'Asia/Kabul' },
      },
    ]);
  });

  it('drops a job planned for an older version of the slot, a cancelled slot, or a slot that is gone', async () => {
    for (const [stored, version] of [
      [slot, 1],
      [{ ...slot, status: 'cancelled' as const }, 2],
      [null, 2],
    ] as const) {
      const { calls, useCase } = world(stored);
      expect(await useCase.execute({ ...job, version })).toBe('stale');
      expect(calls).toEqual([]);
    }
  });

  it('reports a reminder invitations had nothing to send for (revoked invite)', async () => {
    expect(await world(slot, { sent: false }).useCase.execute(job)).toBe('skipped');
  });
});
