import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ServiceKitModule, createRedis, loadConfig } from '@passerelle/nest-kit';
import { AccessTokenVerifier } from './auth/access-token-verifier';
import { AuthGuard } from './auth/auth.guard';
import { configSchema } from './config';
import { ApiErrorFilter } from './http/api-error.filter';
import { rateLimitModule } from './http/rate-limits';
import { SocketGateway } from './realtime/socket.gateway';
import { AuthController } from './transport/auth.controller';
import { HealthController } from './transport/health.controller';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'gateway', config, redis: true }),
    rateLimitModule(config, createRedis(config.REDIS_URL, 'gateway-rate-limit')),
  ],
  controllers: [HealthController, AuthController],
  providers: [
    AccessTokenVerifier,
    SocketGateway,
    { provide: APP_FILTER, useClass: ApiErrorFilter },
    // Rate limit first (it also protects login), then authentication and roles.
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class GatewayModule {}
