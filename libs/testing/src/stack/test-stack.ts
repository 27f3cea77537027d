import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { createFreshDatabase, startPrivateNats, startPrivateRedis } from './infrastructure';
import { RunningServices, launchServices } from './services';

export interface TestStack {
  gatewayUrl: string;
  databaseUrl: string;
  natsUrl: string;
  redisUrl: string;
  logDir: string;
  services: RunningServices;
  stop(): Promise<void>;
}

/**
 * The real system for integration and browser tests: every service as its own process, on the local
 * Postgres (a fresh database, dropped afterwards) and on private NATS and Redis instances.
 */
export async function startTestStack(
  repoRoot: string,
  extraEnv: Record<string, string> = {},
  /** A test file's own stack logs elsewhere, so the shared stack's logs stay whole. */
  options: { logDir?: string } = {},
): Promise<TestStack> {
  const postgres = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const [nats, redis, database] = await Promise.all([
    startPrivateNats(),
    startPrivateRedis(),
    createFreshDatabase(postgres, `passerelle_test_${process.pid}_${Date.now()}`),
  ]);
  const gatewayPort = await freePort();
  const logDir = options.logDir ?? join(repoRoot, 'test-output', 'logs');
  // Fresh logs per run: tests read them (no patient data may appear), so an older run must not answer.
  rmSync(logDir, { recursive: true, force: true });
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DEMO_MODE: 'true',
    DEV_OUTBOX: 'true',
    DATABASE_URL: database.url,
    NATS_URL: nats.url,
    REDIS_URL: redis.url,
    PUBLIC_ORIGIN: `http://127.0.0.1:${gatewayPort}`,
    CLOSE_GRACE_SECONDS: '3',
    ...extraEnv,
  };
  let services: RunningServices;
  try {
    services = await launchServices({ repoRoot, env, gatewayPort, randomServicePorts: true, logDir });
  } catch (error) {
    await Promise.all([nats.stop(), redis.stop(), database.drop()]);
    throw error;
  }
  return {
    gatewayUrl: services.gatewayUrl,
    databaseUrl: database.url,
    natsUrl: nats.url,
    redisUrl: redis.url,
    logDir,
    services,
    async stop() {
      await services.stop();
      await Promise.all([nats.stop(), redis.stop()]);
      await database.drop();
    },
  };
}
