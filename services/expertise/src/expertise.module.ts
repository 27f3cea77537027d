import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChromiumPdfRenderer, ServiceKitModule, loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';
import { database } from './infra/database';
import { DemoSeed } from './infra/demo-seed';
import { ExpertiseObjectStore } from './infra/expertise-object-store';
import { CatalogHandlers } from './transport/catalog.handlers';
import { DocumentHandlers } from './transport/document.handlers';
import { QueueHandlers } from './transport/queue.handlers';
import { RequestChangedSubscriber } from './transport/request-changed.subscriber';
import { RequestHandlers } from './transport/request.handlers';
import { AttachDocumentUseCase } from './usecases/attach-document/attach-document.usecase';
import { CloseRequestUseCase } from './usecases/close-request/close-request.usecase';
import { CreateRequestUseCase } from './usecases/create-request/create-request.usecase';
import { ExportRequestUseCase } from './usecases/export-request/export-request.usecase';
import { GetDocumentUseCase } from './usecases/get-document/get-document.usecase';
import { GetRequestUseCase } from './usecases/get-request/get-request.usecase';
import { ListQueuesUseCase } from './usecases/list-queues/list-queues.usecase';
import { ListRequestsUseCase } from './usecases/list-requests/list-requests.usecase';
import { ListServicesUseCase } from './usecases/list-services/list-services.usecase';
import { ListTypesUseCase } from './usecases/list-types/list-types.usecase';
import { NotifyRequestChangeUseCase } from './usecases/notify-request-change/notify-request-change.usecase';
import { PostEntryUseCase } from './usecases/post-entry/post-entry.usecase';
import { PresenceUseCase } from './usecases/presence/presence.usecase';
import { QueueRequestsUseCase } from './usecases/queue-requests/queue-requests.usecase';
import { ReleaseRequestUseCase } from './usecases/release-request/release-request.usecase';
import { SaveServiceUseCase } from './usecases/save-service/save-service.usecase';
import { SaveTypeUseCase } from './usecases/save-type/save-type.usecase';
import { SendRequestUseCase } from './usecases/send-request/send-request.usecase';
import { People } from './usecases/shared/people';
import { RequestChanges } from './usecases/shared/request-changes';
import { RequestRecords } from './usecases/shared/request-records';
import { RequestViews } from './usecases/shared/request-views';
import { TakeRequestUseCase } from './usecases/take-request/take-request.usecase';
import { TransferRequestUseCase } from './usecases/transfer-request/transfer-request.usecase';
import { UpdateDraftUseCase } from './usecases/update-draft/update-draft.usecase';

export const config = loadConfig(configSchema);

@Module({
  imports: [ServiceKitModule.forRoot({ service: 'expertise', config, database }), TypeOrmModule.forFeature(database.entities)],
  controllers: [CatalogHandlers, RequestHandlers, DocumentHandlers, QueueHandlers],
  providers: [
    // infra
    ExpertiseObjectStore,
    ChromiumPdfRenderer,
    DemoSeed,
    RequestChangedSubscriber,
    // shared by the use cases
    People,
    RequestRecords,
    RequestViews,
    RequestChanges,
    // use cases
    ListTypesUseCase,
    SaveTypeUseCase,
    ListServicesUseCase,
    SaveServiceUseCase,
    CreateRequestUseCase,
    UpdateDraftUseCase,
    SendRequestUseCase,
    ListRequestsUseCase,
    GetRequestUseCase,
    TakeRequestUseCase,
    ReleaseRequestUseCase,
    PostEntryUseCase,
    CloseRequestUseCase,
    TransferRequestUseCase,
    AttachDocumentUseCase,
    GetDocumentUseCase,
    ExportRequestUseCase,
    ListQueuesUseCase,
    QueueRequestsUseCase,
    PresenceUseCase,
    NotifyRequestChangeUseCase,
  ],
})
export class ExpertiseModule {}
