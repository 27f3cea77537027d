import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Actor, DomainError, REALTIME_SUBJECT, chatSessionEvent, realtimePushSchema } from '@passerelle/contracts';
import { NatsConnectionHolder, RpcClient } from '@passerelle/nest-kit';
import { JSONCodec, Subscription } from 'nats';
import { MediasoupRuntime } from './mediasoup/mediasoup-runtime';
import { RealtimePublisher } from './realtime-publisher';

const codec = JSONCodec();

/**
 * Ends calls when their session does: chat announces every session change on `rt.push.v1`
 * (`session.updated`), and a session that is `closed` loses its room, with every transport in it. A push
 * missed here (core NATS) leaves a room open until its peers leave, but no one can join or produce in it:
 * every join, transport and producer asks chat for the session's status first.
 * Also tells the peers when their room was lost with a dead worker, so they can join again, and writes each
 * call's start and end (with its duration) into the session's thread through chat.
 */
@Injectable()
export class CallLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CallLifecycle');
  private subscription?: Subscription;
  /** Rooms being closed because their session closed, to say so in the thread. */
  private readonly closingWithSession = new Set<string>();

  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly rpc: RpcClient,
    private readonly mediasoup: MediasoupRuntime,
    private readonly realtime: RealtimePublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.mediasoup.rooms.on('roomClosed', ({ sessionId, reason }) => {
      if (reason === 'worker-died') void this.realtime.toSession(sessionId, { type: 'call.ended', sessionId, reason: 'media-failure' });
    });
    this.mediasoup.calls.on('callStarted', ({ sessionId, actor }) => void this.record(actor, sessionId, 'call_started', {}));
    this.mediasoup.calls.on('callEnded', ({ sessionId, actor, durationSeconds, reason }) => {
      const why = reason === 'worker-died' ? 'media-failure' : this.closingWithSession.has(sessionId) ? 'session-closed' : 'hung-up';
      void this.record(actor, sessionId, 'call_ended', { durationSeconds, reason: why });
    });
    const nc = await this.nats.get();
    this.subscription = nc.subscribe(REALTIME_SUBJECT, {
      callback: (error, message) => {
        if (error) return;
        let raw: unknown;
        try {
          raw = codec.decode(message.data);
        } catch {
          return;
        }
        const push = realtimePushSchema.safeParse(raw);
        if (!push.success || push.data.event.type !== 'session.updated') return;
        const { session } = push.data.event;
        if (session.status === 'closed') void this.endCall(session.id);
      },
    });
  }

  async endCall(sessionId: string): Promise<void> {
    this.closingWithSession.add(sessionId);
    try {
      if (await this.mediasoup.rooms.closeRoom(sessionId)) {
        await this.realtime.toSession(sessionId, { type: 'call.ended', sessionId, reason: 'session-closed' });
      }
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'Closing a call room failed');
    } finally {
      this.closingWithSession.delete(sessionId);
    }
  }

  /** A thread line that cannot be written (chat down, session purged) is logged by code and not retried. */
  private async record(
    actor: Actor,
    sessionId: string,
    type: 'call_started' | 'call_ended',
    data: { durationSeconds?: number; reason?: 'hung-up' | 'session-closed' | 'media-failure' },
  ): Promise<void> {
    try {
      await this.rpc.request(chatSessionEvent, { actor, sessionId, type, data });
    } catch (error) {
      this.logger.warn({ type, code: error instanceof DomainError ? error.code : 'UNKNOWN' }, 'Writing a call event failed');
    }
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }
}
