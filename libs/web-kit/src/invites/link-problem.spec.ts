import { ApiError } from '../api/api-error';
import { linkProblemOf } from './link-problem';

describe('linkProblemOf', () => {
  it('tells unknown, expired and revoked links apart', () => {
    expect(linkProblemOf(new ApiError(404, 'NOT_FOUND', 'x'))).toBe('not-found');
    expect(linkProblemOf(new ApiError(422, 'UNPROCESSABLE', 'x', undefined, [{ path: 'token', problem: 'expired' }]))).toBe(
      'expired',
    );
    expect(linkProblemOf(new ApiError(422, 'UNPROCESSABLE', 'x', undefined, [{ path: 'token', problem: 'revoked' }]))).toBe(
      'revoked',
    );
  });

  it('treats a token of the wrong shape as unknown', () => {
    expect(linkProblemOf(new ApiError(400, 'VALIDATION_FAILED', 'x', undefined, [{ path: 'token', problem: 'invalid_format' }]))).toBe(
      'not-found',
    );
  });

  it('separates a network failure from the rest', () => {
    expect(linkProblemOf(new ApiError(0, 'NETWORK', 'x'))).toBe('network');
    expect(linkProblemOf(new ApiError(500, 'INTERNAL', 'x'))).toBe('unavailable');
    expect(linkProblemOf(new Error('boom'))).toBe('unavailable');
  });
});
