import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { DomainError, ErrorBody, ErrorCode } from '@passerelle/contracts';
import { randomUUID } from 'node:crypto';
import { Observable, throwError } from 'rxjs';
import { safeErrorFields } from './safe-error';

/**
 * Serialises every failure of a NATS handler as `{ code, message }`. Unexpected errors get an id that
 * is logged with the (sanitised) details and returned to the caller, so a support ticket can find them.
 * HTTP (probes, metrics) keeps Nest's default handling.
 */
@Catch()
export class RpcErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('RpcErrorFilter');

  override catch(exception: unknown, host: ArgumentsHost): Observable<ErrorBody> | void {
    if (host.getType() !== 'rpc') return super.catch(exception, host);
    if (exception instanceof DomainError) return throwError(() => exception.toBody());
    const errorId = randomUUID();
    const subject = host.switchToRpc().getContext()?.getSubject?.();
    this.logger.error({ errorId, subject, err: safeErrorFields(exception) }, 'Unexpected error in RPC handler');
    return throwError(() => ({ code: ErrorCode.INTERNAL, message: 'Unexpected error', errorId }));
  }
}
