import { Injectable, Logger } from '@nestjs/common';
import { REALTIME_SUBJECT, RealtimeEvent, realtimePushSchema, sessionRoom } from '@passerelle/contracts';
import { NatsConnectionHolder, safeErrorFields } from '@passerelle/nest-kit';
import { JSONCodec } from 'nats';

const codec = JSONCodec();

/** Tells a session's sockets about its call (core NATS `rt.push.v1`); a failed push never fails the command. */
@Injectable()
export class RealtimePublisher {
  private readonly logger = new Logger('RealtimePublisher');

  constructor(private readonly nats: NatsConnectionHolder) {}

  async toSession(sessionId: string, event: RealtimeEvent): Promise<void> {
    try {
      const payload = realtimePushSchema.parse({ rooms: [sessionRoom(sessionId)], event });
      (await this.nats.get()).publish(REALTIME_SUBJECT, codec.encode(payload));
    } catch (error) {
      this.logger.warn({ type: event.type, err: safeErrorFields(error) }, 'Realtime push failed');
    }
  }
}
