import { ErrorCode } from '@passerelle/contracts/src/error-codes';
import type { ErrorBody } from './types';

/**
 * Codes the UI reacts to: the server's one vocabulary (libs/contracts errors.ts) plus `NETWORK`, the
 * browser's own: no answer reached us (offline, timeout, connection reset).
 */
export const ApiErrorCode = { ...ErrorCode, NETWORK: 'NETWORK' } as const;
export type KnownApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];
/** A newer gateway may send a code this build does not know yet; the UI then falls back to a generic message. */
export type ApiErrorCode = KnownApiErrorCode | (string & {});

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Id of an unexpected server error, also written in the gateway's log: worth showing to support. */
    readonly errorId?: string,
    readonly issues?: ErrorBody['issues'],
    readonly retryAt?: string,
  ) {
    super(message);
  }

  get isNetworkError(): boolean {
    return this.code === ApiErrorCode.NETWORK;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Code to use when a response carries no JSON error body (a proxy's HTML page, an empty 502, …). */
export function codeForStatus(status: number): KnownApiErrorCode {
  switch (status) {
    case 400:
      return ApiErrorCode.VALIDATION_FAILED;
    case 401:
      return ApiErrorCode.UNAUTHENTICATED;
    case 403:
      return ApiErrorCode.FORBIDDEN;
    case 404:
      return ApiErrorCode.NOT_FOUND;
    case 409:
      return ApiErrorCode.CONFLICT;
    case 422:
      return ApiErrorCode.UNPROCESSABLE;
    case 429:
      return ApiErrorCode.RATE_LIMITED;
    case 502:
    case 503:
    case 504:
      return ApiErrorCode.SERVICE_UNAVAILABLE;
    default:
      return ApiErrorCode.INTERNAL;
  }
}
