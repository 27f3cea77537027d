import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';
import { ManagedProcess, startProcess, waitForPort } from './processes';

export interface PrivateServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A private NATS server with JetStream, from the same Debian binary as the shared one, so a test run
 * never exchanges messages with a development stack running on the standard port.
 */
export async function startPrivateNats(): Promise<PrivateServer> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'passerelle-nats-'));
  const process = startProcess('nats', 'nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {});
  await waitForPort(port);
  return privateServer(`nats://127.0.0.1:${port}`, port, process, storeDir);
}

/** A private Redis (no persistence): queues, presence and rate limits of one test run only. */
export async function startPrivateRedis(): Promise<PrivateServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-redis-'));
  const process = startProcess(
    'redis',
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir],
    {},
  );
  await waitForPort(port);
  return privateServer(`redis://127.0.0.1:${port}`, port, process, dir);
}

function privateServer(url: string, port: number, process: ManagedProcess, dir: string): PrivateServer {
  return {
    url,
    port,
    async stop() {
      await process.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the local Postgres, dropped (with its connections) by `drop()`. */
export async function createFreshDatabase(serverUrl: string, name: string) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new Client({ connectionString: admin.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
