import { Injectable, Logger } from '@nestjs/common';
import { REALTIME_SUBJECT, RealtimeEvent, realtimePushSchema } from '@passerelle/contracts';
import { NatsConnectionHolder, safeErrorFields } from '@passerelle/nest-kit';
import { JSONCodec } from 'nats';

const codec = JSONCodec();

/**
 * Tells browsers in real time, through every gateway replica (core NATS: a client that misses a push
 * catches up with its cursor). A failed push never fails the command that caused it.
 */
@Injectable()
export class RealtimePublisher {
  private readonly logger = new Logger('RealtimePublisher');

  constructor(private readonly nats: NatsConnectionHolder) {}

  async push(rooms: string[], event: RealtimeEvent): Promise<void> {
    try {
      const payload = realtimePushSchema.parse({ rooms, event });
      (await this.nats.get()).publish(REALTIME_SUBJECT, codec.encode(payload));
    } catch (error) {
      this.logger.warn({ type: event.type, err: safeErrorFields(error) }, 'Realtime push failed');
    }
  }
}
