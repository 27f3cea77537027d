import { Injectable } from '@nestjs/common';
import { InjectRedis } from '@passerelle/nest-kit';
import type Redis from 'ioredis';

/**
 * Live connections per participant, as Redis sets of connection ids: several tabs and reconnects are
 * counted right, and every chat replica sees the same presence. The key expires if no connection
 * joins for a day, so a gateway that died without reporting its sockets cannot keep someone "present"
 * forever.
 */
@Injectable()
export class PresenceStore {
  static readonly KEY_TTL_SECONDS = 24 * 3600;

  constructor(@InjectRedis() private readonly redis: Redis) {}

  static key(sessionId: string, participantId: string): string {
    return `chat:presence:${sessionId}:${participantId}`;
  }

  /** `first`: this connection made the participant present. */
  async connect(sessionId: string, participantId: string, connectionId: string): Promise<{ first: boolean; count: number }> {
    const key = PresenceStore.key(sessionId, participantId);
    const [added, count] = await this.exec(
      this.redis.multi().sadd(key, connectionId).scard(key).expire(key, PresenceStore.KEY_TTL_SECONDS),
    );
    return { first: added === 1 && count === 1, count };
  }

  /** `last`: this connection was the participant's last one. */
  async disconnect(sessionId: string, participantId: string, connectionId: string): Promise<{ last: boolean; count: number }> {
    const key = PresenceStore.key(sessionId, participantId);
    const [removed, count] = await this.exec(this.redis.multi().srem(key, connectionId).scard(key));
    return { last: removed === 1 && count === 0, count };
  }

  async counts(sessionId: string, participantIds: readonly string[]): Promise<Map<string, number>> {
    if (participantIds.length === 0) return new Map();
    const pipeline = this.redis.pipeline();
    for (const id of participantIds) pipeline.scard(PresenceStore.key(sessionId, id));
    const results = await this.exec(pipeline);
    return new Map(participantIds.map((id, i) => [id, results[i] ?? 0]));
  }

  /** Forgets participants' connections (revocation, purge); returns how many keys existed. */
  async clear(sessionId: string, participantIds: readonly string[]): Promise<number> {
    if (participantIds.length === 0) return 0;
    return this.redis.del(...participantIds.map((id) => PresenceStore.key(sessionId, id)));
  }

  private async exec(chain: { exec(): Promise<[Error | null, unknown][] | null> }): Promise<number[]> {
    const results = await chain.exec();
    if (!results) throw new Error('Redis transaction aborted');
    return results.map(([error, value]) => {
      if (error) throw error;
      return Number(value);
    });
  }
}
