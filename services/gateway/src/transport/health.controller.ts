import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Readiness, SERVICE_NAMES, healthContract } from '@passerelle/contracts';
import { ReadinessService, RpcClient } from '@passerelle/nest-kit';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';

const SERVICE_HEALTH_TIMEOUT_MS = 2500;

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly readiness: ReadinessService,
  ) {}

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const own = await this.readiness.evaluate();
    response.status(own.ready ? 200 : 503);
    return own;
  }

  /** Every service's readiness, asked over NATS: 200 only when all of them, and the gateway, are ready. */
  @Get('api/v1/health')
  async aggregate(@Res({ passthrough: true }) response: Response) {
    const [gateway, ...others] = await Promise.all([
      this.readiness.evaluate(),
      ...SERVICE_NAMES.map((service) =>
        this.rpc
          .request(healthContract(service), {}, { timeoutMs: SERVICE_HEALTH_TIMEOUT_MS })
          .catch((error: Error): Readiness => ({
            service,
            ready: false,
            checks: { reachable: { status: 'down', detail: error.message } },
            version: 'unknown',
            uptimeSeconds: 0,
          })),
      ),
    ]);
    const services = Object.fromEntries([gateway, ...others].map((r) => [r.service, r]));
    const ready = Object.values(services).every((r) => r.ready);
    response.status(ready ? 200 : 503);
    return { ready, services };
  }
}
