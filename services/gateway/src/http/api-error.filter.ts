import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError, ErrorBody, ErrorCode, HTTP_STATUS_BY_CODE } from '@passerelle/contracts';
import { safeErrorFields } from '@passerelle/nest-kit';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.VALIDATION_FAILED,
  415: ErrorCode.VALIDATION_FAILED,
  422: ErrorCode.UNPROCESSABLE,
  429: ErrorCode.RATE_LIMITED,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

/**
 * Every error leaving the gateway is `{ code, message, errorId? }` with the status of its code. Domain
 * errors keep their (patient-free) message; framework errors get a generic one; anything unexpected
 * becomes a 500 whose id is in the log with the details.
 */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toResponse(exception);
    if (response.headersSent) return;
    response.status(status).json(body);
  }

  private toResponse(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof DomainError) {
      const body = exception.toBody();
      if (exception.code === ErrorCode.INTERNAL) this.logger.error({ errorId: body.errorId }, 'Upstream service failed');
      return { status: HTTP_STATUS_BY_CODE[exception.code], body };
    }
    if (exception instanceof ThrottlerException) {
      return { status: 429, body: { code: ErrorCode.RATE_LIMITED, message: 'Too many requests, try again shortly' } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_HTTP_STATUS[status];
      if (code) return { status, body: { code, message: genericMessage(status) } };
    }
    // body-parser errors carry a status (400 malformed JSON, 413 too large) without being HttpExceptions.
    const statusFromParser = (exception as { status?: unknown })?.status;
    if (typeof statusFromParser === 'number' && CODE_BY_HTTP_STATUS[statusFromParser]) {
      return {
        status: statusFromParser,
        body: { code: CODE_BY_HTTP_STATUS[statusFromParser], message: genericMessage(statusFromParser) },
      };
    }
    const errorId = randomUUID();
    this.logger.error({ errorId, err: safeErrorFields(exception) }, 'Unexpected error');
    return { status: 500, body: { code: ErrorCode.INTERNAL, message: 'Unexpected error', errorId } };
  }
}

function genericMessage(status: number): string {
  switch (status) {
    case 400:
      return 'The request is not valid';
    case 401:
      return 'Authentication is required';
    case 403:
      return 'You are not allowed to do this';
    case 404:
      return 'Not found';
    case 413:
      return 'The request is too large';
    case 415:
      return 'Unsupported content type';
    case 429:
      return 'Too many requests, try again shortly';
    case 503:
      return 'Service temporarily unavailable';
    default:
      return 'The request could not be processed';
  }
}
