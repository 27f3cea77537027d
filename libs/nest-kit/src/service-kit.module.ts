import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit, Provider } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ClientProxyFactory } from '@nestjs/microservices';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceName } from '@passerelle/contracts';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { KitConfig, SERVICE_CONFIG } from './config/service-config';
import { ServiceDatabase, dataSourceOptions, migrate } from './database/data-source-options';
import { EventBus } from './events/event-bus';
import { createHealthController } from './health/health.controller';
import { ReadinessService } from './health/readiness.service';
import { loggerModule } from './logging/logger-module';
import { MetricsController, RpcMetricsInterceptor } from './metrics/metrics';
import { RpcErrorFilter } from './errors/rpc-error.filter';
import { NatsConnectionHolder, SERVICE_NAME } from './nats/nats-connection';
import { natsClientOptions } from './nats/nats-transport';
import { NATS_RPC_PROXY, RpcClient } from './nats/rpc-client';
import { REDIS, createRedis } from './redis/redis.provider';

export interface ServiceKitOptions {
  service: Exclude<ServiceName, 'gateway'> | 'gateway';
  config: KitConfig;
  /** The schema this service owns, with its entities and migrations. */
  database?: ServiceDatabase;
  /** Whether the service uses Redis (BullMQ, presence, rate limits). */
  redis?: boolean;
}

@Injectable()
class DependencyChecks implements OnModuleInit, OnApplicationShutdown {
  // Registered at construction: NATS handlers (health included) subscribe before onModuleInit runs.
  constructor(
    readiness: ReadinessService,
    private readonly nats: NatsConnectionHolder,
    @Inject(DataSource) dataSource: DataSource | null,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {
    readiness.register('nats', () => nats.ping());
    if (dataSource) readiness.register('postgres', async () => void (await dataSource.query('SELECT 1')));
    if (redis) readiness.register('redis', async () => void (await redis.ping()));
  }

  async onModuleInit(): Promise<void> {
    await this.nats.get();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

/**
 * What every Passerelle service shares: validated config, pino logs, NATS RPC client and JetStream event
 * bus, its own Postgres schema migrated at boot, Redis when asked, health probes and Prometheus metrics.
 */
@Global()
@Module({})
export class ServiceKitModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    const { service, config, database } = options;
    const imports: DynamicModule['imports'] = [loggerModule(service, config.LOG_LEVEL), TerminusModule];
    const providers: Provider[] = [
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: SERVICE_NAME, useValue: service },
      { provide: NATS_RPC_PROXY, useFactory: () => ClientProxyFactory.create(natsClientOptions(service, config.NATS_URL)) },
      RpcClient,
      NatsConnectionHolder,
      EventBus,
      ReadinessService,
      DependencyChecks,
      { provide: APP_INTERCEPTOR, useClass: RpcMetricsInterceptor },
    ];
    // The gateway answers HTTP with its own error filter; the others answer NATS requests.
    if (service !== 'gateway') providers.push({ provide: APP_FILTER, useClass: RpcErrorFilter });
    if (database) {
      if (!config.DATABASE_URL) throw new Error(`${service}: DATABASE_URL is required`);
      const url = config.DATABASE_URL;
      imports.push(
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(url, database, `passerelle-${service}`),
          dataSourceFactory: async (dsOptions) => {
            const dataSource = await new DataSource(dsOptions!).initialize();
            await migrate(dataSource, database.schema);
            return dataSource;
          },
        }),
      );
    } else {
      providers.push({ provide: DataSource, useValue: null });
    }
    if (options.redis) {
      if (!config.REDIS_URL) throw new Error(`${service}: REDIS_URL is required`);
      const url = config.REDIS_URL;
      providers.push({ provide: REDIS, useFactory: () => createRedis(url, service) });
    } else {
      providers.push({ provide: REDIS, useValue: null });
    }
    return {
      module: ServiceKitModule,
      imports,
      controllers: service === 'gateway' ? [MetricsController] : [createHealthController(service), MetricsController],
      providers,
      exports: [SERVICE_CONFIG, SERVICE_NAME, RpcClient, EventBus, ReadinessService, NatsConnectionHolder, REDIS],
    };
  }
}
