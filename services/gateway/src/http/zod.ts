import { PipeTransform, applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
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

/** A path parameter that must be a UUID (session, invite, file ids): 400 VALIDATION_FAILED otherwise. */
export const uuidParam = (what: string) => new ZodPipe(z.string().uuid(), what);

/** OpenAPI documentation straight from the contract schemas, so the docs cannot drift from what is parsed. */
export function ApiContract(options: {
  body?: z.ZodType;
  /** A multipart form carrying one file in this field (instead of a JSON body). */
  uploadField?: string;
  /** The query string's schema: one documented parameter per key. */
  query?: z.ZodObject<z.ZodRawShape>;
  response?: z.ZodType;
  /** The response is a file of this media type (instead of JSON). */
  binary?: string;
  status?: number;
  errors?: ErrorCode[];
}) {
  const decorators = [];
  if (options.body) decorators.push(ApiBody({ schema: openApiSchema(options.body) }));
  if (options.uploadField) {
    decorators.push(
      ApiConsumes('multipart/form-data'),
      ApiBody({
        schema: {
          type: 'object',
          required: [options.uploadField],
          properties: { [options.uploadField]: { type: 'string', format: 'binary' } },
        },
      }),
    );
  }
  for (const [name, field] of Object.entries(options.query?.shape ?? {})) {
    const schema = field as z.ZodType;
    decorators.push(ApiQuery({ name, required: !schema.safeParse(undefined).success, schema: openApiSchema(schema) }));
  }
  if (options.binary) {
    decorators.push(
      ApiProduces(options.binary),
      ApiResponse({
        status: options.status ?? 200,
        content: { [options.binary]: { schema: { type: 'string', format: 'binary' } } },
      }),
    );
  } else if (options.response) {
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
