import { SERVICE_NAMES } from '@passerelle/contracts';
import { join } from 'node:path';
import { freePort } from './free-port';
import { ManagedProcess, startProcess } from './processes';

export interface LaunchOptions {
  repoRoot: string;
  /** Environment for every service, on top of process.env. */
  env: Record<string, string>;
  gatewayPort: number;
  /** Random free ports for the services' own HTTP (tests); otherwise their defaults 8081–8087. */
  randomServicePorts?: boolean;
  logDir?: string;
  prefixOutput?: boolean;
  readyTimeoutMs?: number;
}

export interface RunningServices {
  gatewayUrl: string;
  servicePorts: Record<string, number>;
  processes: ManagedProcess[];
  /** Kills one service's process at once (SIGKILL: no graceful shutdown), as a crash would. */
  kill(service: (typeof ALL_SERVICES)[number]): Promise<void>;
  /** Starts it again with the same environment and port; resolves once its /health/ready answers 200. */
  start(service: (typeof ALL_SERVICES)[number]): Promise<void>;
  stop(): Promise<void>;
}

export const ALL_SERVICES = [...SERVICE_NAMES, 'gateway'] as const;

/** Starts every service from its build (`services/<name>/dist/main.js`) and waits until the gateway reports all ready. */
export async function launchServices(options: LaunchOptions): Promise<RunningServices> {
  const servicePorts: Record<string, number> = {};
  const processes: ManagedProcess[] = [];
  const envs = new Map<string, NodeJS.ProcessEnv>();
  const spawnService = (service: string) =>
    startProcess(service, process.execPath, ['--enable-source-maps', join(options.repoRoot, 'services', service, 'dist/main.js')], {
      env: envs.get(service),
      cwd: options.repoRoot,
      logFile: options.logDir ? join(options.logDir, `${service}.log`) : undefined,
      prefixOutput: options.prefixOutput,
    });
  for (const service of ALL_SERVICES) {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    if (service === 'gateway') {
      env.PORT = String(options.gatewayPort);
    } else if (options.randomServicePorts) {
      servicePorts[service] = await freePort();
      env.HTTP_PORT = String(servicePorts[service]);
    }
    envs.set(service, env);
    processes.push(spawnService(service));
  }
  const stop = async () => void (await Promise.all(processes.map((p) => p.stop())));
  const indexOf = (service: string) => processes.findIndex((p) => p.name === service);
  const kill = async (service: string) => {
    const { child } = processes[indexOf(service)]!;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  };
  const start = async (service: string) => {
    processes[indexOf(service)] = spawnService(service);
    const port = service === 'gateway' ? options.gatewayPort : Number(envs.get(service)!.HTTP_PORT);
    const path = service === 'gateway' ? '/api/v1/health' : '/health/ready';
    await eventuallyReady(`http://127.0.0.1:${port}${path}`, options.readyTimeoutMs ?? 90_000);
  };
  const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}`;
  try {
    await waitUntilReady(gatewayUrl, processes, options.readyTimeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl, servicePorts, processes, kill, start, stop };
}

async function eventuallyReady(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

async function waitUntilReady(gatewayUrl: string, processes: ManagedProcess[], timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < until) {
    const dead = processes.find((p) => p.child.exitCode !== null);
    if (dead) throw new Error(`${dead.name} exited with code ${dead.child.exitCode} during start-up (see its log)`);
    try {
      const response = await fetch(`${gatewayUrl}/api/v1/health`);
      if (response.status === 200) return;
      const body = (await response.json()) as { services?: Record<string, { ready: boolean }> };
      last = Object.entries(body.services ?? {})
        .filter(([, r]) => !r.ready)
        .map(([name]) => name)
        .join(', ');
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Services not ready after ${timeoutMs} ms; still waiting for: ${last}`);
}
