import { ProviderError } from './provider-error';

/** Name of the BullMQ backoff type whose strategy is `retryDelay` (registered by the worker). */
export const PROVIDER_BACKOFF = 'provider-backoff';

/**
 * Exponential backoff from `baseMs` (base, 2×, 4×… after the 1st, 2nd, 3rd failed attempt), never shorter
 * than the provider's Retry-After when it gave one.
 */
export function retryDelay(attemptsMade: number, baseMs: number, error: unknown): number {
  const exponential = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  const retryAfter = error instanceof ProviderError ? (error.retryAfterMs ?? 0) : 0;
  return Math.max(exponential, retryAfter);
}
