'use strict';
// Exits 0 when the NATS server at the given URL (default nats://127.0.0.1:4222) has JetStream enabled:
// jetstreamManager() asks the server for the account's JetStream info and fails when it is off.
// The `nats` client comes from libs/nest-kit's dependencies, so this runs only after pnpm install.
const path = require('node:path');

const { connect } = require(require.resolve('nats', { paths: [path.join(__dirname, '../../libs/nest-kit')] }));
const url = process.argv[2] || 'nats://127.0.0.1:4222';

async function main() {
  const nc = await connect({ servers: url, name: 'passerelle-ensure-infra', timeout: 3000, reconnect: false });
  try {
    await nc.jetstreamManager({ timeout: 3000 });
  } finally {
    await nc.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    // A server without JetStream answers the API request with "503" (no responders).
    const reason = error && error.code === '503' ? 'JetStream is not enabled' : String((error && error.message) || error);
    console.error(`[infra] JetStream check on ${url} failed: ${reason}`);
    process.exit(1);
  },
);
