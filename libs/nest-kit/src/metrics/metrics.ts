import {
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  Header,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Observable, tap } from 'rxjs';

export const metricsRegistry = new Registry();
let defaultsCollected = false;

export function initMetrics(service: string): void {
  if (defaultsCollected) return;
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry });
  defaultsCollected = true;
}

const rpcDuration = new Histogram({
  name: 'passerelle_rpc_handler_seconds',
  help: 'Time spent handling NATS requests, by subject and outcome',
  labelNames: ['subject', 'outcome'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const httpRequests = new Counter({
  name: 'passerelle_http_requests_total',
  help: 'HTTP requests answered, by method and status class',
  labelNames: ['method', 'status'],
  registers: [metricsRegistry],
});

/** Times every NATS handler; HTTP is counted by the gateway's own middleware. */
@Injectable()
export class RpcMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const subject: string = context.switchToRpc().getContext()?.getSubject?.() ?? 'unknown';
    const stop = rpcDuration.startTimer({ subject });
    return next.handle().pipe(
      tap({ next: () => stop({ outcome: 'ok' }), error: () => stop({ outcome: 'error' }) }),
    );
  }
}

@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
