import { Inject, Injectable } from '@nestjs/common';
import { Readiness } from '@passerelle/contracts';
import { SERVICE_NAME } from '../nats/nats-connection';

export type ReadinessCheck = () => Promise<void>;
const CHECK_TIMEOUT_MS = 2000;
const startedAt = Date.now();

/** Named dependency checks (postgres, nats, redis, mediasoup…), evaluated for /health/ready and `<svc>.health.v1`. */
@Injectable()
export class ReadinessService {
  private readonly checks = new Map<string, ReadinessCheck>();

  constructor(@Inject(SERVICE_NAME) private readonly service: string) {}

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  names(): string[] {
    return [...this.checks.keys()];
  }

  async evaluate(): Promise<Readiness> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS);
          return [name, { status: 'up' as const }] as const;
        } catch (error) {
          const detail = error instanceof Error ? error.message.slice(0, 200) : 'failed';
          return [name, { status: 'down' as const, detail }] as const;
        }
      }),
    );
    return {
      service: this.service,
      // No check registered yet means the service is still booting: not ready.
      ready: entries.length > 0 && entries.every(([, result]) => result.status === 'up'),
      checks: Object.fromEntries(entries),
      version: process.env.npm_package_version ?? '0.1.0',
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
