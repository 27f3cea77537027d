import { Injectable } from '@nestjs/common';
import { RequestDetail, RpcCommand, expertiseRequestRelease } from '@passerelle/contracts';
import { assertTaker } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { RequestChanges } from '../shared/request-changes';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/** The expert who took a request gives it back to the queue (before answering it). */
@Injectable()
export class ReleaseRequestUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
    private readonly changes: RequestChanges,
  ) {}

  async execute({ actor, requestId }: RpcCommand<typeof expertiseRequestRelease>): Promise<RequestDetail> {
    const { request, entryId } = await this.records.locked(requestId, async ({ request, facts }, manager) => {
      assertTaker(actor, facts);
      const status = nextStatus('release', request.status);
      const expertName = request.takenByName ?? '';
      Object.assign(request, { status, takenByUserId: null, takenByName: null, takenAt: null, lastActivityAt: new Date() });
      await manager.save(request);
      const entry = await this.records.appendEntry(manager, {
        requestId,
        kind: 'released',
        authorUserId: actor.userId,
        authorName: expertName,
        authorRole: 'expert',
      });
      return { request, entryId: entry.id };
    });
    await this.changes.published(request, 'released', actor.userId, { entryId });
    return this.views.detail(actor, request);
  }
}
