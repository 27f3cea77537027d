/** Where the stack booted by the jest global setup lives. */
export function testStack() {
  const gatewayUrl = process.env.PASSERELLE_GATEWAY_URL;
  if (!gatewayUrl) throw new Error('No test stack: run integration tests through the "integration" jest project');
  return {
    gatewayUrl,
    databaseUrl: process.env.PASSERELLE_TEST_DATABASE_URL!,
    natsUrl: process.env.PASSERELLE_TEST_NATS_URL!,
    redisUrl: process.env.PASSERELLE_TEST_REDIS_URL!,
    logDir: process.env.PASSERELLE_TEST_LOG_DIR!,
  };
}

export const DEMO_PASSWORD = 'demo-passerelle';
export const DEMO_ACCOUNTS = {
  requester: 'requester@demo.test',
  expert: 'expert@demo.test',
  admin: 'admin@demo.test',
  /** A second requester of the demo organisation (a tele-expertise transfer target). */
  colleague: 'colleague@demo.test',
  /** A self-registered account waiting for approval. */
  pending: 'pending@demo.test',
} as const;
