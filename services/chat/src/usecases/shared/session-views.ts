import { Injectable } from '@nestjs/common';
import { SessionView } from '@passerelle/contracts';
import { PresenceStore } from '../../infra/presence-store';
import { SessionRecord } from './session-records';

/** Builds what clients see of a session: status, presence from Redis and the derived `waiting` flag. */
@Injectable()
export class SessionViews {
  constructor(private readonly presence: PresenceStore) {}

  async build({ session, participants }: SessionRecord): Promise<SessionView> {
    const current = participants.filter((p) => !p.removedAt);
    const counts = await this.presence.counts(
      session.id,
      current.map((p) => p.id),
    );
    const views = current.map((p) => ({
      id: p.id,
      kind: p.kind,
      role: p.role,
      displayName: p.displayName,
      present: (counts.get(p.id) ?? 0) > 0,
    }));
    return {
      id: session.id,
      status: session.status,
      waiting: session.status === 'open' && views.some((p) => p.kind === 'guest' && p.present),
      ownerUserId: session.ownerUserId,
      organisationId: session.organisationId,
      createdAt: session.createdAt.toISOString(),
      startedAt: session.startedAt?.toISOString() ?? null,
      terminatedAt: session.terminatedAt?.toISOString() ?? null,
      purgeAt: session.purgeAt?.toISOString() ?? null,
      participants: views,
    };
  }
}
