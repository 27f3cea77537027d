import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import {
  DomainError,
  ErrorCode,
  RpcContract,
  RpcRequest,
  RpcResponse,
  isErrorCode,
  parseOrThrow,
} from '@passerelle/contracts';
import { TimeoutError, firstValueFrom, timeout } from 'rxjs';
import { KitConfig, SERVICE_CONFIG } from '../config/service-config';

export const NATS_RPC_PROXY = Symbol('NATS_RPC_PROXY');

/** Sends a contract's request over NATS: parses what it sends and what it gets, maps failures to DomainError. */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_RPC_PROXY) private readonly proxy: ClientProxy,
    @Inject(SERVICE_CONFIG) private readonly config: KitConfig,
  ) {}

  async request<C extends RpcContract>(
    contract: C,
    payload: RpcRequest<C>,
    options: { timeoutMs?: number } = {},
  ): Promise<RpcResponse<C>> {
    const data = parseOrThrow(contract.request, payload);
    const service = contract.subject.split('.')[0];
    let raw: unknown;
    try {
      raw = await firstValueFrom(
        this.proxy.send(contract.subject, data).pipe(timeout(options.timeoutMs ?? this.config.NATS_REQUEST_TIMEOUT_MS)),
      );
    } catch (error) {
      throw toDomainError(error, service);
    }
    const parsed = contract.response.safeParse(raw);
    if (!parsed.success) {
      throw new DomainError(ErrorCode.INTERNAL, `The ${service} service answered in an unexpected shape`);
    }
    return parsed.data as RpcResponse<C>;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.proxy.close();
  }
}

function toDomainError(error: unknown, service: string): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof TimeoutError) {
    return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, `The ${service} service did not answer in time`);
  }
  if (error && typeof error === 'object') {
    const body = error as { code?: unknown; message?: unknown; issues?: unknown; errorId?: unknown; retryAt?: unknown };
    if (isErrorCode(body.code)) {
      return new DomainError(
        body.code,
        typeof body.message === 'string' ? body.message : 'Request failed',
        Array.isArray(body.issues) ? body.issues : undefined,
        typeof body.errorId === 'string' ? body.errorId : undefined,
        typeof body.retryAt === 'string' ? body.retryAt : undefined,
      );
    }
  }
  const text = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? '');
  if (/no subscribers|empty response|connection/i.test(text)) {
    return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, `The ${service} service is not reachable`);
  }
  return new DomainError(ErrorCode.INTERNAL, `The ${service} service failed`);
}
