import { Injectable } from '@nestjs/common';
import { Actor, DomainError, ErrorCode, chatSessionGet } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';

const CALLABLE = new Set(['active', 'kept-open']);

/** The key that ties a call peer to the actor who opened it. */
export function actorKey(actor: Actor): string {
  return actor.kind === 'staff' ? `staff:${actor.userId}` : `guest:${actor.participantId}`;
}

/**
 * Chat owns sessions and their participants: it answers chat.session.get.v1 only to an actor who may see the
 * session (and refuses the others, which media passes on). Calls are further limited to participants and to
 * sessions that are active or kept open.
 */
@Injectable()
export class CallAccess {
  constructor(private readonly rpc: RpcClient) {}

  async check(actor: Actor, sessionId: string): Promise<void> {
    const session = await this.rpc.request(chatSessionGet, { actor, sessionId });
    if (actor.kind === 'guest' && !session.participants.some((p) => p.id === actor.participantId)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only participants of the session may join its call');
    }
    if (!CALLABLE.has(session.status)) {
      throw new DomainError(ErrorCode.CONFLICT, 'Calls are possible only while the session is active or kept open');
    }
  }
}
