import { Controller, Get, Type } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Readiness, healthContract } from '@passerelle/contracts';
import { RpcRoute } from '../nats/rpc-route.decorator';
import { ReadinessService } from './readiness.service';

/** Builds the service's health controller: HTTP probes for Kubernetes and `<svc>.health.v1` for the gateway. */
export function createHealthController(service: Parameters<typeof healthContract>[0]): Type<unknown> {
  const contract = healthContract(service);

  @Controller('health')
  class HealthController {
    constructor(
      private readonly readiness: ReadinessService,
      private readonly health: HealthCheckService,
      private readonly indicators: HealthIndicatorService,
    ) {}

    /** The process answers: enough for a liveness probe; dependencies are readiness's business. */
    @Get('live')
    live() {
      return { status: 'ok' };
    }

    @Get('ready')
    @HealthCheck()
    ready() {
      return this.health.check([
        async () => {
          const report = await this.readiness.evaluate();
          return Object.assign(
            {},
            ...Object.entries(report.checks).map(([name, result]) =>
              result.status === 'up'
                ? this.indicators.check(name).up()
                : this.indicators.check(name).down({ message: result.detail ?? 'down' }),
            ),
          );
        },
      ]);
    }

    @RpcRoute(contract)
    readinessOverNats(): Promise<Readiness> {
      return this.readiness.evaluate();
    }
  }
  return HealthController;
}
