import { Injectable } from '@nestjs/common';
import { EventPayload, sessionInvitesPurged, sessionPurged } from '@passerelle/contracts';
import { EventBus } from '@passerelle/nest-kit';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { InviteEntity } from '../../infra/entities/invite.entity';

/**
 * A closed session's grace ended: its invites go, and their link tokens with them (the hash lives in the
 * row). The answer event tells chat how many for the deletion receipt. Runs inside the event bus's
 * transaction, so a redelivered purge event does nothing twice.
 */
@Injectable()
export class PurgeSessionInvitesUseCase {
  constructor(private readonly events: EventBus) {}

  async execute(event: EventPayload<typeof sessionPurged>, manager: EntityManager): Promise<number> {
    const result = await manager.getRepository(InviteEntity).delete({ sessionId: event.sessionId });
    const invitesDeleted = result.affected ?? 0;
    // Derived id: if the transaction fails after publishing, the retry's event is deduplicated by JetStream.
    await this.events.publish(sessionInvitesPurged, { sessionId: event.sessionId, invitesDeleted }, derivedEventId(event.id));
    return invitesDeleted;
  }
}

/** A stable UUID (version 5 layout) derived from the event that caused this one. */
export function derivedEventId(causeId: string): string {
  const hex = createHash('sha256').update(`${sessionInvitesPurged.subject}:${causeId}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
