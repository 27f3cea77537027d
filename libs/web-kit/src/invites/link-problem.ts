import { ApiError, ApiErrorCode } from '../api/api-error';

/**
 * Why a join link cannot be used, as the guest page explains it: unknown or tampered (NOT_FOUND),
 * expired or revoked (UNPROCESSABLE with an issue `token: expired | revoked`), no network, or anything else.
 */
export type LinkProblem = 'not-found' | 'expired' | 'revoked' | 'network' | 'unavailable';

export function linkProblemOf(error: unknown): LinkProblem {
  if (!(error instanceof ApiError)) return 'unavailable';
  if (error.isNetworkError) return 'network';
  if (error.code === ApiErrorCode.NOT_FOUND) return 'not-found';
  // A token that does not even have the shape of one is as unknown as a tampered one.
  if (error.code === ApiErrorCode.VALIDATION_FAILED && error.issues?.some((issue) => issue.path === 'token')) {
    return 'not-found';
  }
  if (error.code === ApiErrorCode.UNPROCESSABLE) {
    const problem = error.issues?.find((issue) => issue.path === 'token')?.problem;
    if (problem === 'expired') return 'expired';
    if (problem === 'revoked') return 'revoked';
  }
  return 'unavailable';
}
