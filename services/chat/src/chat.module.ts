import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChromiumPdfRenderer, ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { database } from './infra/database';
import { ChatObjectStore } from './infra/object-store';
import { PresenceStore } from './infra/presence-store';
import { PurgeScheduler } from './infra/purge/purge-scheduler';
import { PurgeWorker } from './infra/purge/purge-worker';
import { RealtimePublisher } from './infra/realtime-publisher';
import { CallEventHandlers } from './transport/call-event.handlers';
import { MessageHandlers } from './transport/message.handlers';
import { ParticipantHandlers } from './transport/participant.handlers';
import { PurgeEventsSubscriber } from './transport/purge-events.subscriber';
import { SessionHandlers } from './transport/session.handlers';
import { AddStaffParticipantUseCase } from './usecases/add-staff-participant/add-staff-participant.usecase';
import { AttachFileUseCase } from './usecases/attach-file/attach-file.usecase';
import { CreateSessionUseCase } from './usecases/create-session/create-session.usecase';
import { GetFileUseCase } from './usecases/get-file/get-file.usecase';
import { GetSessionUseCase } from './usecases/get-session/get-session.usecase';
import { JoinGuestUseCase } from './usecases/join-guest/join-guest.usecase';
import { ListMessagesUseCase } from './usecases/list-messages/list-messages.usecase';
import { PostMessageUseCase } from './usecases/post-message/post-message.usecase';
import { PurgeSessionUseCase } from './usecases/purge-session/purge-session.usecase';
import { RecordCallEventUseCase } from './usecases/record-call-event/record-call-event.usecase';
import { RecordInvitesPurgedUseCase } from './usecases/record-invites-purged/record-invites-purged.usecase';
import { RemoveParticipantUseCase } from './usecases/remove-participant/remove-participant.usecase';
import { RenderReportUseCase } from './usecases/render-report/render-report.usecase';
import { SessionSummariesUseCase } from './usecases/session-summaries/session-summaries.usecase';
import { SessionLifecycle } from './usecases/shared/session-lifecycle';
import { SessionRecords } from './usecases/shared/session-records';
import { SessionViews } from './usecases/shared/session-views';
import { Thread } from './usecases/shared/thread';
import { StartSessionUseCase } from './usecases/start-session/start-session.usecase';
import { TerminateSessionUseCase } from './usecases/terminate-session/terminate-session.usecase';
import { UpdatePresenceUseCase } from './usecases/update-presence/update-presence.usecase';

export const config = loadConfig(configSchema);

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'chat', config, database, redis: true }), TypeOrmModule.forFeature(database.entities)],
  controllers: [SessionHandlers, ParticipantHandlers, MessageHandlers, CallEventHandlers],
  providers: [
    // infra
    PresenceStore,
    ChatObjectStore,
    RealtimePublisher,
    ChromiumPdfRenderer,
    PurgeScheduler,
    PurgeWorker,
    PurgeEventsSubscriber,
    // shared by the use cases
    SessionRecords,
    SessionViews,
    Thread,
    SessionLifecycle,
    // use cases
    CreateSessionUseCase,
    GetSessionUseCase,
    SessionSummariesUseCase,
    StartSessionUseCase,
    TerminateSessionUseCase,
    JoinGuestUseCase,
    AddStaffParticipantUseCase,
    RemoveParticipantUseCase,
    UpdatePresenceUseCase,
    PostMessageUseCase,
    RecordCallEventUseCase,
    ListMessagesUseCase,
    AttachFileUseCase,
    GetFileUseCase,
    RenderReportUseCase,
    PurgeSessionUseCase,
    RecordInvitesPurgedUseCase,
  ],
})
export class ChatModule {}
