import { PipeTransform, applyDecorators } from '@nestjs/common';
import { ApiBody, ApiResponse } from '@nestjs/swagger';
import { ErrorCode, HTTP_STATUS_BY_CODE, errorBodySchema, parseOrThrow } from '@passerelle/contracts';
import { z } from 'zod';

/** Parses a body, query or param with a contract schema: failures are 400 VALIDATION_FAILED, values never echoed. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S, private readonly what = 'request') {}
  transform(value: unknown): z.output<S> {
    return parseOrThrow(this.schema, value, this.what);
  }
}

function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

const errorSchema = z.toJSONSchema(errorBodySchema, { target: 'openapi-3.0' }) as Record<string, unknown>;

/** OpenAPI documentation straight from the contract schemas, so the docs cannot drift from what is parsed. */
export function ApiContract(options: {
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  errors?: ErrorCode[];
}) {
  const decorators = [];
  if (options.body) decorators.push(ApiBody({ schema: openApiSchema(options.body) }));
  if (options.response) {
    decorators.push(ApiResponse({ status: options.status ?? 200, schema: openApiSchema(options.response) }));
  } else if (options.status) {
    decorators.push(ApiResponse({ status: options.status }));
  }
  const codesByStatus = new Map<number, ErrorCode[]>();
  for (const code of options.errors ?? []) {
    const status = HTTP_STATUS_BY_CODE[code];
    codesByStatus.set(status, [...(codesByStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of codesByStatus) {
    decorators.push(ApiResponse({ status, description: codes.join(' | '), schema: errorSchema }));
  }
  return applyDecorators(...decorators);
}
