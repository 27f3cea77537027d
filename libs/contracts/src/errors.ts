import { z } from 'zod';
import { ErrorCode } from './error-codes';

/**
 * Error bodies and DomainError, over the codes of error-codes.ts. Messages are written for people and
 * must never contain patient data.
 */
export * from './error-codes';

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
