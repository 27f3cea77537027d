import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { EventContract, EventPayload, eventEnvelope } from '@passerelle/contracts';
import { randomUUID } from 'node:crypto';
import { AckPolicy, DeliverPolicy, JSONCodec, JetStreamClient, JsMsg, RetentionPolicy, StorageType, nanos } from 'nats';
import { DataSource, EntityManager } from 'typeorm';
import { safeErrorFields } from '../errors/safe-error';
import { NatsConnectionHolder, SERVICE_NAME } from '../nats/nats-connection';

export const EVENTS_STREAM = 'PASSERELLE_EVENTS';
const codec = JSONCodec();

export type EventHandler<C extends EventContract> = (
  event: EventPayload<C> & { id: string; occurredAt: string },
  manager: EntityManager,
) => Promise<void>;

interface Consumption {
  stop(): Promise<void>;
}

/**
 * Durable facts over JetStream. Publishing is deduplicated by event id (the stream's duplicate window);
 * each subscribing service has one durable consumer per subject, and a handler runs in a transaction
 * that also records the event id, so a redelivered event is acknowledged without running twice.
 */
@Injectable()
export class EventBus implements OnApplicationShutdown {
  private readonly logger = new Logger('EventBus');
  private streamReady?: Promise<JetStreamClient>;
  private readonly consumptions: Consumption[] = [];

  constructor(
    private readonly nats: NatsConnectionHolder,
    @Inject(SERVICE_NAME) private readonly service: string,
    @Optional() private readonly dataSource?: DataSource,
  ) {}

  private jetstream(): Promise<JetStreamClient> {
    this.streamReady ??= (async () => {
      const nc = await this.nats.get();
      const jsm = await nc.jetstreamManager();
      const config = {
        name: EVENTS_STREAM,
        subjects: ['evt.>'],
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        max_age: nanos(14 * 24 * 3600 * 1000),
        duplicate_window: nanos(10 * 60 * 1000),
      };
      await jsm.streams.info(EVENTS_STREAM).catch(() => jsm.streams.add(config));
      return nc.jetstream();
    })();
    return this.streamReady;
  }

  async publish<C extends EventContract>(
    contract: C,
    payload: Omit<EventPayload<C>, 'id' | 'occurredAt'>,
    id: string = randomUUID(),
  ): Promise<string> {
    const event = contract.payload.parse({ ...payload, id, occurredAt: new Date().toISOString() });
    eventEnvelope.parse(event);
    const js = await this.jetstream();
    await js.publish(contract.subject, codec.encode(event), { msgID: id });
    return id;
  }

  async subscribe<C extends EventContract>(contract: C, handler: EventHandler<C>): Promise<void> {
    if (!this.dataSource) throw new Error('EventBus.subscribe needs the service database (idempotency table)');
    const js = await this.jetstream();
    const nc = await this.nats.get();
    const jsm = await nc.jetstreamManager();
    const durable = `${this.service}--${contract.subject.replace(/[.>*]/g, '_')}`;
    await jsm.consumers.add(EVENTS_STREAM, {
      durable_name: durable,
      filter_subject: contract.subject,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(30_000),
      max_deliver: 20,
    });
    const consumer = await js.consumers.get(EVENTS_STREAM, durable);
    const messages = await consumer.consume({ max_messages: 32 });
    this.consumptions.push({ stop: async () => void (await messages.close()) });
    void (async () => {
      for await (const message of messages) await this.handle(contract, message, handler);
    })();
  }

  /**
   * Every replica sees every event published from now on (an ordered, ephemeral consumer): for fan-out
   * such as the gateway's socket pushes, where a missed event is caught up by the client's next fetch.
   * Not durable and not deduplicated; a handler's failure is logged and the next event still comes.
   */
  async watch<C extends EventContract>(
    contract: C,
    handler: (event: EventPayload<C> & { id: string; occurredAt: string }) => Promise<void>,
  ): Promise<void> {
    const js = await this.jetstream();
    // One subject as a string: NATS 2.9 servers do not know multi-subject filters (an array hangs there).
    const consumer = await js.consumers.get(EVENTS_STREAM, { filterSubjects: contract.subject, deliver_policy: DeliverPolicy.New });
    const messages = await consumer.consume();
    this.consumptions.push({ stop: async () => void (await messages.close()) });
    void (async () => {
      for await (const message of messages) {
        const parsed = contract.payload.safeParse(codec.decode(message.data));
        if (!parsed.success) {
          this.logger.error({ subject: contract.subject }, 'Ignoring an event that breaks its contract');
          continue;
        }
        await handler(parsed.data as EventPayload<C> & { id: string; occurredAt: string }).catch((error: unknown) =>
          this.logger.warn({ subject: contract.subject, err: safeErrorFields(error) }, 'Event watcher failed'),
        );
      }
    })();
  }

  private async handle<C extends EventContract>(contract: C, message: JsMsg, handler: EventHandler<C>) {
    const parsed = contract.payload.safeParse(codec.decode(message.data));
    if (!parsed.success) {
      // A malformed event never becomes valid: terminate it instead of redelivering it forever.
      this.logger.error({ subject: contract.subject }, 'Dropping an event that breaks its contract');
      message.term();
      return;
    }
    const event = parsed.data as EventPayload<C> & { id: string; occurredAt: string };
    try {
      await this.dataSource!.transaction(async (manager) => {
        const inserted: unknown[] = await manager.query(
          'INSERT INTO processed_events (event_id, subject) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
          [event.id, contract.subject],
        );
        if (inserted.length > 0) await handler(event, manager);
      });
      message.ack();
    } catch (error) {
      const attempt = message.info.redeliveryCount;
      this.logger.warn({ subject: contract.subject, attempt, err: safeErrorFields(error) }, 'Event handler failed');
      message.nak(Math.min(30_000, 500 * 2 ** attempt));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumptions.map((c) => c.stop().catch(() => undefined)));
  }
}
