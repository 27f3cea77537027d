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
  stop(): Promise<void>;
}

export const ALL_SERVICES = [...SERVICE_NAMES, 'gateway'] as const;

/** Starts every service from its build (`services/<name>/dist/main.js`) and waits until the gateway reports all ready. */
export async function launchServices(options: LaunchOptions): Promise<RunningServices> {
  const servicePorts: Record<string, number> = {};
  const processes: ManagedProcess[] = [];
  for (const service of ALL_SERVICES) {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    if (service === 'gateway') {
      env.PORT = String(options.gatewayPort);
    } else if (options.randomServicePorts) {
      servicePorts[service] = await freePort();
      env.HTTP_PORT = String(servicePorts[service]);
    }
    processes.push(
      startProcess(service, process.execPath, ['--enable-source-maps', join(options.repoRoot, 'services', service, 'dist/main.js')], {
        env,
        cwd: options.repoRoot,
        logFile: options.logDir ? join(options.logDir, `${service}.log`) : undefined,
        prefixOutput: options.prefixOutput,
      }),
    );
  }
  const stop = async () => void (await Promise.all(processes.map((p) => p.stop())));
  const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}`;
  try {
    await waitUntilReady(gatewayUrl, processes, options.readyTimeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl, servicePorts, processes, stop };
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
