import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { NatsConnection, connect } from 'nats';
import { KitConfig, SERVICE_CONFIG } from '../config/service-config';

export const SERVICE_NAME = Symbol('SERVICE_NAME');

/** The service's own raw NATS connection, for JetStream and health (Nest's RPC proxy keeps its own). */
@Injectable()
export class NatsConnectionHolder implements OnApplicationShutdown {
  private readonly logger = new Logger('Nats');
  private connection?: Promise<NatsConnection>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: KitConfig,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  get(): Promise<NatsConnection> {
    this.connection ??= connect({
      servers: [this.config.NATS_URL],
      name: `${this.service}-events`,
      maxReconnectAttempts: -1,
    }).then((nc) => {
      void (async () => {
        for await (const status of nc.status()) {
          if (status.type === 'disconnect' || status.type === 'reconnect') this.logger.warn(`NATS ${status.type}`);
        }
      })();
      return nc;
    });
    return this.connection;
  }

  /** Round trip to the server: proves the connection is usable, not just open. */
  async ping(): Promise<void> {
    const nc = await this.get();
    if (nc.isClosed()) throw new Error('connection closed');
    await nc.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.connection) return;
    const nc = await this.connection.catch(() => undefined);
    await nc?.drain().catch(() => undefined);
  }
}
