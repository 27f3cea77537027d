import { resolve } from 'node:path';
import { startTestStack } from '../stack/test-stack';

/** Boots the whole system once for the integration and browser test files. */
export default async function globalSetup(): Promise<void> {
  const repoRoot = resolve(__dirname, '../../../..');
  const stack = await startTestStack(repoRoot);
  (globalThis as { __passerelleStack?: unknown }).__passerelleStack = stack;
  // Workers inherit these.
  process.env.PASSERELLE_GATEWAY_URL = stack.gatewayUrl;
  process.env.PASSERELLE_TEST_DATABASE_URL = stack.databaseUrl;
  process.env.PASSERELLE_TEST_NATS_URL = stack.natsUrl;
  process.env.PASSERELLE_TEST_REDIS_URL = stack.redisUrl;
  process.env.PASSERELLE_TEST_LOG_DIR = stack.logDir;
}
