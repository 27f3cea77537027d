import { ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError, ErrorCode } from '@passerelle/contracts';
import { ApiErrorFilter } from './api-error.filter';

function capture(exception: unknown) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ApiErrorFilter().catch(exception, host);
  return sent;
}

describe('ApiErrorFilter', () => {
  it('maps each domain code to its HTTP status with the same body', () => {
    const expected: Array<[ErrorCode, number]> = [
      ['VALIDATION_FAILED', 400],
      ['INVALID_CREDENTIALS', 401],
      ['TOKEN_EXPIRED', 401],
      ['FORBIDDEN', 403],
      ['NOT_FOUND', 404],
      ['CONFLICT', 409],
      ['UNPROCESSABLE', 422],
      ['RATE_LIMITED', 429],
      ['SERVICE_UNAVAILABLE', 503],
    ];
    for (const [code, status] of expected) {
      const sent = capture(new DomainError(code, 'Something precise'));
      expect(sent.status).toBe(status);
      expect(sent.body).toEqual({ code, message: 'Something precise' });
    }
  });

  it('gives framework and parser errors a code', () => {
    expect(capture(new NotFoundException('Cannot GET /x')).body).toEqual({ code: 'NOT_FOUND', message: 'Not found' });
    expect(capture(new ThrottlerException()).status).toBe(429);
    const parserError = Object.assign(new SyntaxError('Unexpected token } in JSON at position 12'), { status: 400 });
    expect(capture(parserError)).toEqual({
      status: 400,
      body: { code: 'VALIDATION_FAILED', message: 'The request is not valid' },
    });
  });

  it('turns anything unexpected into a 500 whose id is logged, without its message', () => {
    const logged: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((entry: unknown) => void logged.push(entry));
    const sent = capture(new Error('relation "patients" violates … Dupont'));
    spy.mockRestore();
    expect(sent.status).toBe(500);
    const body = sent.body as { code: string; message: string; errorId: string };
    expect(body.code).toBe('INTERNAL');
    expect(body.message).not.toContain('Dupont');
    expect(JSON.stringify(logged)).toContain(body.errorId);
  });
});
