import { z } from 'zod';

/**
 * The one error vocabulary of Passerelle. Services raise domain errors with one of these codes, the RPC
 * filter serialises them as `{ code, message }`, and the gateway maps each code to an HTTP status.
 * Messages are written for people and must never contain patient data.
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  TOKEN_INVALID: 'TOKEN_INVALID',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNPROCESSABLE: 'UNPROCESSABLE',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_EXPIRED: 401,
  TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const errorBodySchema = z.object({
  code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  /** Present on unexpected errors: the same id is in the log line that holds the details. */
  errorId: z.string().optional(),
  /** Field-level problems of a VALIDATION_FAILED error: paths and rule names, never the values. */
  issues: z.array(z.object({ path: z.string(), problem: z.string() })).optional(),
  /** When the same request may succeed (ISO-8601), e.g. a planned session's link before its join window. */
  retryAt: z.string().datetime().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in HTTP_STATUS_BY_CODE;
}

/** A failure the caller can act on. Thrown by use cases, carried over NATS, mapped to HTTP by the gateway. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorBody['issues'],
    /** Set when the error came back from another service's unexpected failure. */
    readonly errorId?: string,
    /** ISO instant from which the same request may succeed. */
    readonly retryAt?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.errorId ? { errorId: this.errorId } : {}),
      ...(this.retryAt ? { retryAt: this.retryAt } : {}),
    };
  }
}

/** Turns zod issues into value-free descriptions, so a rejected payload never echoes patient data. */
export function describeIssues(error: z.ZodError): NonNullable<ErrorBody['issues']> {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', problem: issue.code }));
}
