import { z } from 'zod';
import { DomainError, ErrorCode, describeIssues } from './errors';

/** A NATS request/reply subject with the schemas both sides parse. Subjects never change meaning: add `.v2`. */
export interface RpcContract<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly kind: 'rpc';
  readonly subject: string;
  readonly request: Req;
  readonly response: Res;
}

/** A durable fact published on JetStream. `id` makes handlers idempotent. */
export interface EventContract<P extends z.ZodType = z.ZodType> {
  readonly kind: 'event';
  readonly subject: string;
  readonly payload: P;
}

const SUBJECT = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+\.v[0-9]+$/;

export function defineRpc<Req extends z.ZodType, Res extends z.ZodType>(
  subject: string,
  request: Req,
  response: Res,
): RpcContract<Req, Res> {
  if (!SUBJECT.test(subject)) throw new Error(`RPC subject must be versioned lower-case: ${subject}`);
  return { kind: 'rpc', subject, request, response };
}

export function defineEvent<P extends z.ZodType>(subject: string, payload: P): EventContract<P> {
  if (!SUBJECT.test(subject) || !subject.startsWith('evt.')) {
    throw new Error(`Event subject must start with "evt." and be versioned: ${subject}`);
  }
  return { kind: 'event', subject, payload };
}

export type RpcRequest<C extends RpcContract> = z.input<C['request']>;
/** What a handler receives: the request after its schema parsed it (defaults applied, strings trimmed). */
export type RpcCommand<C extends RpcContract> = z.output<C['request']>;
export type RpcResponse<C extends RpcContract> = z.output<C['response']>;
export type EventPayload<C extends EventContract> = z.output<C['payload']>;

/** Envelope of every event: the id is the idempotency key, `occurredAt` is ISO-8601. */
export const eventEnvelope = z.object({ id: z.string().uuid(), occurredAt: z.string().datetime() });

/** Parses untrusted input; a failure becomes VALIDATION_FAILED listing paths only, never values. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what = 'request'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `The ${what} is not valid`, describeIssues(result.error));
  }
  return result.data;
}
