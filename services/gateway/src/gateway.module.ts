import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ServiceKitModule, createRedis, loadConfig } from '@passerelle/nest-kit';
import { AccessTokenVerifier } from './auth/access-token-verifier';
import { AuthGuard } from './auth/auth.guard';
import { configSchema } from './config';
import { ObjectStorage } from './files/object-storage';
import { UploadInterceptor } from './files/upload.interceptor';
import { ApiErrorFilter } from './http/api-error.filter';
import { rateLimitModule } from './http/rate-limits';
import { CallSignallingRelay } from './media/call-signalling-relay';
import { ExpertiseEventsRelay } from './realtime/expertise-events-relay';
import { RealtimeRelay } from './realtime/realtime-relay';
import { SocketGateway } from './realtime/socket.gateway';
import { AccountsController } from './transport/accounts.controller';
import { AdminUsersController } from './transport/admin-users.controller';
import { AuthController } from './transport/auth.controller';
import { DevOutboxController } from './transport/dev-outbox.controller';
import { ProviderWebhooksController } from './transport/provider-webhooks.controller';
import { FilesController } from './transport/files.controller';
import { DeviceTestController } from './transport/device-test.controller';
import { HealthController } from './transport/health.controller';
import { IceServersController } from './transport/ice-servers.controller';
import { InvitesController } from './transport/invites.controller';
import { JoinController } from './transport/join.controller';
import { MessagesController } from './transport/messages.controller';
import { PatientsController } from './transport/patients.controller';
import { ExpertiseCatalogController } from './transport/expertise/expertise-catalog.controller';
import { ExpertiseDocumentsController } from './transport/expertise/expertise-documents.controller';
import { ExpertiseQueuesController } from './transport/expertise/expertise-queues.controller';
import { ExpertiseRequestsController } from './transport/expertise/expertise-requests.controller';
import { SessionsController } from './transport/sessions.controller';
import { TermsController } from './transport/terms.controller';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'gateway', config, redis: true }),
    rateLimitModule(config, createRedis(config.REDIS_URL, 'gateway-rate-limit')),
  ],
  controllers: [
    HealthController,
    AuthController,
    AccountsController,
    TermsController,
    AdminUsersController,
    InvitesController,
    JoinController,
    SessionsController,
    IceServersController,
    DeviceTestController,
    MessagesController,
    PatientsController,
    ExpertiseCatalogController,
    ExpertiseRequestsController,
    ExpertiseDocumentsController,
    ExpertiseQueuesController,
    FilesController,
    DevOutboxController,
    ProviderWebhooksController,
  ],
  providers: [
    AccessTokenVerifier,
    ObjectStorage,
    UploadInterceptor,
    SocketGateway,
    CallSignallingRelay,
    RealtimeRelay,
    ExpertiseEventsRelay,
    { provide: APP_FILTER, useClass: ApiErrorFilter },
    // Rate limit first (it also protects login), then authentication and roles.
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class GatewayModule {}
