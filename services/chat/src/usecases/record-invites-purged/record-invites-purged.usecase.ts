import { Injectable } from '@nestjs/common';
import { EventPayload, sessionInvitesPurged } from '@passerelle/contracts';
import { EntityManager } from 'typeorm';

/**
 * Invitations deleted the invites and tokens of a purged session: the count joins the deletion
 * receipt. Runs inside the event bus's idempotency transaction.
 */
@Injectable()
export class RecordInvitesPurgedUseCase {
  async execute(event: EventPayload<typeof sessionInvitesPurged>, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO deletion_receipts (session_id, purged_at, counts) VALUES ($1, now(), $2)
       ON CONFLICT (session_id) DO UPDATE SET counts = deletion_receipts.counts || EXCLUDED.counts`,
      [event.sessionId, JSON.stringify({ invitesDeleted: event.invitesDeleted })],
    );
  }
}
