import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { safeErrorFields } from '../errors/safe-error';
import { initMetrics } from '../metrics/metrics';
import { natsServerOptions } from '../nats/nats-transport';

export interface BootstrapOptions {
  service: string;
  natsUrl: string;
  httpPort: number;
  /** Extra HTTP setup (the gateway's middleware, docs, static files). */
  configureHttp?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Entry point of a service's main.ts: a service that cannot boot exits non-zero (with a log line that
 * carries no configuration values) so its supervisor restarts it, instead of idling half-started.
 */
export function runService(module: Type<unknown>, options: BootstrapOptions): void {
  bootstrapService(module, options).catch((error: unknown) => {
    process.stderr.write(
      `${JSON.stringify({ level: 60, service: options.service, msg: 'Service failed to start', err: safeErrorFields(error) })}\n`,
    );
    process.exit(1);
  });
}

/**
 * Starts one service: its NATS request handlers (queue group = service name) and its HTTP port for
 * probes and metrics. Returns the app so tests and scripts can close it.
 */
export async function bootstrapService(module: Type<unknown>, options: BootstrapOptions): Promise<INestApplication> {
  initMetrics(options.service);
  const app = await NestFactory.create(module, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  process.on('unhandledRejection', (reason) => logger.error({ err: safeErrorFields(reason) }, 'Unhandled rejection'));

  // The RPC error filter and metrics interceptor are app-level providers (ServiceKitModule) shared here.
  app.connectMicroservice(natsServerOptions(options.service, options.natsUrl), { inheritAppConfig: true });
  app.enableShutdownHooks();
  await options.configureHttp?.(app);

  await app.startAllMicroservices();
  await app.listen(options.httpPort, '0.0.0.0');
  logger.log(`${options.service} ready: NATS ${redactUrl(options.natsUrl)}, HTTP :${options.httpPort}`);
  return app;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'nats';
  }
}
