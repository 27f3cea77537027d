import { NatsOptions, Transport } from '@nestjs/microservices';

/** Server side: replicas of a service share one queue group named after it, so each request is handled once. */
export function natsServerOptions(service: string, natsUrl: string): NatsOptions {
  return {
    transport: Transport.NATS,
    options: { servers: [natsUrl], queue: service, name: `${service}-rpc-server`, gracefulShutdown: true },
  };
}

export function natsClientOptions(service: string, natsUrl: string): NatsOptions {
  return { transport: Transport.NATS, options: { servers: [natsUrl], name: `${service}-rpc-client` } };
}
