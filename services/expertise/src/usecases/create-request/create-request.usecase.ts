import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RequestDetail, RpcCommand, expertiseRequestCreate, identityPatientGet } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { DataSource } from 'typeorm';
import { assertRequester } from '../../domain/request-access';
import { DestinationServiceEntity } from '../../infra/entities/destination-service.entity';
import { ExpertiseTypeEntity } from '../../infra/entities/expertise-type.entity';
import { RequestEntity } from '../../infra/entities/request.entity';
import { People } from '../shared/people';
import { RequestViews } from '../shared/request-views';

/**
 * A requester starts a request as a draft: an active type, a destination service that handles it, and a
 * patient identity of their organisation (identity answers NOT_FOUND for any other). The type's form is
 * copied onto the request, so later edits of the type do not change what this request asks.
 */
@Injectable()
export class CreateRequestUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rpc: RpcClient,
    private readonly people: People,
    private readonly views: RequestViews,
  ) {}

  async execute({ actor, body }: RpcCommand<typeof expertiseRequestCreate>): Promise<RequestDetail> {
    assertRequester(actor);
    const manager = this.dataSource.manager;
    const type = await manager.findOneBy(ExpertiseTypeEntity, { id: body.typeId, organisationId: actor.organisationId, active: true });
    if (!type) throw new DomainError(ErrorCode.NOT_FOUND, 'Expertise type not found');
    const service = await manager.findOneBy(DestinationServiceEntity, { id: body.queueId, organisationId: actor.organisationId, active: true });
    if (!service) throw new DomainError(ErrorCode.NOT_FOUND, 'Destination service not found');
    if (!service.expertiseTypeIds.includes(type.id)) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'This destination service does not handle this expertise type', [
        { path: 'queueId', problem: 'type_not_handled' },
      ]);
    }
    // The identity must exist and be the caller's organisation's: identity checks it (and audits the read).
    await this.rpc.request(identityPatientGet, { actor, patientId: body.patientId });
    const requesterName = await this.people.displayName(actor.userId);
    const request = await manager.save(
      manager.create(RequestEntity, {
        organisationId: actor.organisationId,
        createdByUserId: actor.userId,
        requesterUserId: actor.userId,
        requesterName,
        typeId: type.id,
        serviceId: service.id,
        patientId: body.patientId,
        mode: body.mode,
        language: body.language,
        status: 'draft',
        formDefinition: type.form,
        form: body.form,
        consentGivenBy: body.consent.givenBy,
        consentRecordedAt: new Date(body.consent.recordedAt),
      }),
    );
    return this.views.detail(actor, request);
  }
}
