import type Redis from 'ioredis';
import { RateLimitedError } from '../../domain/provider-error';

// One counter per provider and second, shared by every notifications replica through Redis.
const TAKE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], 2000) end
return count`;

/**
 * Per-provider send rate (fixed one-second windows in Redis). `take` either admits the send or throws
 * RateLimitedError with the time to the next window; the worker delays the job by that much without
 * counting an attempt.
 */
export class ProviderRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  async take(provider: string, perSecond: number): Promise<void> {
    const now = this.now();
    const second = Math.floor(now / 1000);
    const count = Number(await this.redis.eval(TAKE_SCRIPT, 1, `notifications:rate:${provider}:${second}`));
    if (count > perSecond) throw new RateLimitedError(provider, (second + 1) * 1000 - now);
  }
}
