import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { REALTIME_SUBJECT, realtimePushSchema } from '@passerelle/contracts';
import { NatsConnectionHolder } from '@passerelle/nest-kit';
import { JSONCodec, Subscription } from 'nats';
import { SocketGateway } from './socket.gateway';

const codec = JSONCodec();

/**
 * Relays the services' realtime pushes (core NATS `rt.push.v1`) to the browsers' sockets. No queue
 * group: every gateway replica gets every push and emits it to the sockets it holds. A push that breaks
 * the contract is dropped and logged (without its content: it may carry message text).
 */
@Injectable()
export class RealtimeRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RealtimeRelay');
  private subscription?: Subscription;

  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly sockets: SocketGateway,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const nc = await this.nats.get();
    this.subscription = nc.subscribe(REALTIME_SUBJECT, {
      callback: (error, message) => {
        if (error) return this.logger.warn({ err: error.message }, 'Realtime subscription error');
        void this.deliver(message.data);
      },
    });
  }

  async deliver(data: Uint8Array): Promise<void> {
    let raw: unknown;
    try {
      raw = codec.decode(data);
    } catch {
      raw = undefined;
    }
    const push = realtimePushSchema.safeParse(raw);
    if (!push.success) {
      this.logger.warn({ paths: push.error.issues.map((issue) => issue.path.join('.')) }, 'Dropped a malformed realtime push');
      return;
    }
    try {
      await this.sockets.push(push.data);
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'Realtime push failed');
    }
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }
}
