import { ExecutionContext, SetMetadata } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type Redis from 'ioredis';
import { GatewayConfig } from '../config';

const AUTH_RATE_LIMITED = 'passerelle:auth-rate-limited';

/** Routes that guess credentials (login, refresh, one-time codes) get the stricter per-IP budget too. */
export const AuthRateLimited = () => SetMetadata(AUTH_RATE_LIMITED, true);

/** Per-IP budgets counted in Redis, so every gateway replica shares them. */
export function rateLimitModule(config: GatewayConfig, redis: Redis) {
  return ThrottlerModule.forRoot({
    storage: new ThrottlerStorageRedisService(redis),
    throttlers: [
      { name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE },
      {
        name: 'auth',
        ttl: 60_000,
        limit: config.AUTH_RATE_LIMIT_PER_MINUTE,
        skipIf: (context: ExecutionContext) => !Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()),
      },
    ],
    // Probes and metrics are polled by infrastructure, not people.
    skipIf: (context: ExecutionContext) =>
      context.getType() !== 'http' ||
      /^\/(health|metrics)/.test(context.switchToHttp().getRequest<{ path: string }>().path),
  });
}
