import { Injectable } from '@nestjs/common';
import { RequestDetail, RpcCommand, expertiseRequestPost } from '@passerelle/contracts';
import { assertHolder, assertTaker } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { RequestChanges } from '../shared/request-changes';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

const CHANGES = { message: 'message', answer: 'answered', 'info-request': 'info-requested' } as const;

/**
 * Writes in the thread: the requester adds information (`message`); the expert who took the request
 * answers (`answer`: the first one moves it to answered and the requester is e-mailed) or asks for more
 * (`info-request`: the requester is notified).
 */
@Injectable()
export class PostEntryUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
    private readonly changes: RequestChanges,
  ) {}

  async execute({ actor, requestId, body }: RpcCommand<typeof expertiseRequestPost>): Promise<RequestDetail> {
    const { request, entryId } = await this.records.locked(requestId, async ({ request, facts }, manager) => {
      const now = new Date();
      if (body.kind === 'message') {
        assertHolder(actor, facts);
        nextStatus('message', request.status);
      } else {
        assertTaker(actor, facts);
        request.status = nextStatus(body.kind === 'answer' ? 'answer' : 'ask-info', request.status);
        request.lastExpertEntryAt = now;
        if (body.kind === 'answer') request.firstAnsweredAt ??= now;
      }
      request.lastActivityAt = now;
      await manager.save(request);
      const expert = body.kind !== 'message';
      const entry = await this.records.appendEntry(manager, {
        requestId,
        kind: body.kind,
        authorUserId: actor.userId,
        authorName: (expert ? request.takenByName : request.requesterName) ?? '',
        authorRole: expert ? 'expert' : 'requester',
        text: body.text,
      });
      return { request, entryId: entry.id };
    });
    await this.changes.published(request, CHANGES[body.kind], actor.userId, { entryId });
    return this.views.detail(actor, request);
  }
}
