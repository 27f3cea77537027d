import { Injectable } from '@nestjs/common';
import { RequestDetail, RpcCommand, expertiseRequestClose } from '@passerelle/contracts';
import { assertTaker } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { RequestChanges } from '../shared/request-changes';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/** The expert who took the request closes it with a conclusion. */
@Injectable()
export class CloseRequestUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
    private readonly changes: RequestChanges,
  ) {}

  async execute({ actor, requestId, body }: RpcCommand<typeof expertiseRequestClose>): Promise<RequestDetail> {
    const { request, entryId } = await this.records.locked(requestId, async ({ request, facts }, manager) => {
      assertTaker(actor, facts);
      const now = new Date();
      Object.assign(request, { status: nextStatus('close', request.status), conclusion: body.conclusion, closedAt: now, lastActivityAt: now });
      await manager.save(request);
      const entry = await this.records.appendEntry(manager, {
        requestId,
        kind: 'closed',
        authorUserId: actor.userId,
        authorName: request.takenByName ?? '',
        authorRole: 'expert',
        text: body.conclusion,
      });
      return { request, entryId: entry.id };
    });
    await this.changes.published(request, 'closed', actor.userId, { entryId });
    return this.views.detail(actor, request);
  }
}
