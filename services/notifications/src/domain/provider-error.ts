/**
 * What an adapter throws when the provider refused or failed a send. The message names the provider and
 * the HTTP status only: never the recipient or the text (it ends up in `last_error` and in logs).
 * `retryAfterMs` carries the provider's Retry-After, which the retry backoff honours.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly provider: string,
    readonly status: number | undefined,
    readonly retryAfterMs?: number,
  ) {
    super(`${provider} ${status === undefined ? 'request failed' : `answered ${status}`}`);
  }

  /**
   * The provider refused this message for good (bad recipient, sender or credentials): retrying cannot
   * help. HTTP: a 4xx other than timeout, conflict or rate limit. SMTP: a 5xx reply (4xx is transient).
   */
  get permanent(): boolean {
    if (this.status === undefined) return false;
    if (this.provider === 'smtp') return this.status >= 500 && this.status < 600;
    return this.status >= 400 && this.status < 500 && ![408, 409, 429].includes(this.status);
  }
}

/** A send held back by the per-provider rate limit: not a failed attempt, the job waits `waitMs`. */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';

  constructor(
    readonly provider: string,
    readonly waitMs: number,
  ) {
    super(`${provider} rate limit reached`);
  }
}

/** Retry-After is seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
