import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { initMetrics, safeErrorFields } from '@passerelle/nest-kit';
import { Logger } from 'nestjs-pino';
import { GatewayModule, config } from './gateway.module';
import { configureHttp } from './http/configure-http';

async function main(): Promise<void> {
  initMetrics('gateway');
  const app = await NestFactory.create(GatewayModule, { bufferLogs: true, bodyParser: false });
  const logger = app.get(Logger);
  app.useLogger(logger);
  process.on('unhandledRejection', (reason) => logger.error({ err: safeErrorFields(reason) }, 'Unhandled rejection'));
  configureHttp(app, config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, '0.0.0.0');
  logger.log(`gateway ready on :${config.PORT}, serving ${config.PUBLIC_ORIGIN}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 60, service: 'gateway', msg: 'Gateway failed to start', err: safeErrorFields(error) })}\n`);
  process.exit(1);
});
