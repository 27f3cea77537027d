import { Injectable } from '@nestjs/common';
import { RequestDetail, RpcCommand, expertiseRequestUpdateDraft } from '@passerelle/contracts';
import { assertHolder } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/** Replaces a draft's form values; only its holder, only while it is a draft. */
@Injectable()
export class UpdateDraftUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
  ) {}

  async execute({ actor, requestId, body }: RpcCommand<typeof expertiseRequestUpdateDraft>): Promise<RequestDetail> {
    const request = await this.records.locked(requestId, async ({ request, facts }, manager) => {
      assertHolder(actor, facts);
      nextStatus('edit-draft', request.status);
      request.form = body.form;
      request.lastActivityAt = new Date();
      return manager.save(request);
    });
    return this.views.detail(actor, request);
  }
}
