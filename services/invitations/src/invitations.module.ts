import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { InviteStore } from './domain/invite-store';
import { dataCipherProvider } from './infra/data-cipher';
import { database } from './infra/database';
import { TypeOrmInviteStore } from './infra/typeorm-invite-store';
import { InvitesHandlers } from './transport/invites.handlers';
import { SessionPurgedSubscriber } from './transport/session-purged.subscriber';
import { CancelInviteUseCase } from './usecases/cancel-invite/cancel-invite.usecase';
import { CreateInviteUseCase } from './usecases/create-invite/create-invite.usecase';
import { ListInvitesUseCase } from './usecases/list-invites/list-invites.usecase';
import { ListSessionInvitesUseCase } from './usecases/list-session-invites/list-session-invites.usecase';
import { PreviewInviteUseCase } from './usecases/preview-invite/preview-invite.usecase';
import { PurgeSessionInvitesUseCase } from './usecases/purge-session-invites/purge-session-invites.usecase';
import { RedeemInviteUseCase } from './usecases/redeem-invite/redeem-invite.usecase';
import { RemindInviteUseCase } from './usecases/remind-invite/remind-invite.usecase';
import { RescheduleInviteUseCase } from './usecases/reschedule-invite/reschedule-invite.usecase';
import { ResendInviteUseCase } from './usecases/resend-invite/resend-invite.usecase';
import { RevokeInviteUseCase } from './usecases/revoke-invite/revoke-invite.usecase';
import { InviteSender } from './usecases/shared/invite-sender';

export const config = loadConfig(configSchema);

@Module({
  imports: [
    ServiceKitModule.forRoot({ service: 'invitations', config, database }),
    TypeOrmModule.forFeature(database.entities),
  ],
  controllers: [InvitesHandlers],
  providers: [
    dataCipherProvider,
    { provide: InviteStore, useClass: TypeOrmInviteStore },
    InviteSender,
    CreateInviteUseCase,
    ListInvitesUseCase,
    ResendInviteUseCase,
    RevokeInviteUseCase,
    ListSessionInvitesUseCase,
    PreviewInviteUseCase,
    RedeemInviteUseCase,
    PurgeSessionInvitesUseCase,
    SessionPurgedSubscriber,
    RescheduleInviteUseCase,
    CancelInviteUseCase,
    RemindInviteUseCase,
  ],
})
export class InvitationsModule {}
