import { Injectable } from '@nestjs/common';
import { RequestDetail, RpcCommand, expertiseRequestTransfer } from '@passerelle/contracts';
import { assertHolder, assertTransferTarget } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { TransferEntity } from '../../infra/entities/transfer.entity';
import { People } from '../shared/people';
import { RequestChanges } from '../shared/request-changes';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/**
 * The holder hands the request to a colleague (a requester of the same organisation, by e-mail): the
 * transfer is recorded, the colleague holds it from now on with the whole thread and is notified; the
 * previous holder keeps reading it.
 */
@Injectable()
export class TransferRequestUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
    private readonly changes: RequestChanges,
    private readonly people: People,
  ) {}

  async execute({ actor, requestId, body }: RpcCommand<typeof expertiseRequestTransfer>): Promise<RequestDetail> {
    // Access first, so a stranger learns nothing about which addresses exist.
    assertHolder(actor, (await this.records.load(requestId)).facts);
    const colleague = await this.people.byEmail(body.colleagueEmail);
    assertTransferTarget(actor, colleague);
    const { request, entryId } = await this.records.locked(requestId, async ({ request, facts }, manager) => {
      assertHolder(actor, facts);
      nextStatus('transfer', request.status);
      const fromName = request.requesterName;
      await manager.insert(TransferEntity, {
        requestId,
        fromUserId: actor.userId,
        fromName,
        toUserId: colleague.id,
        toName: colleague.displayName,
        note: body.note ?? null,
      });
      Object.assign(request, {
        requesterUserId: colleague.id,
        requesterName: colleague.displayName,
        requesterReadAt: null,
        lastActivityAt: new Date(),
      });
      await manager.save(request);
      const entry = await this.records.appendEntry(manager, {
        requestId,
        kind: 'transferred',
        authorUserId: actor.userId,
        authorName: fromName,
        authorRole: 'requester',
        text: body.note ?? null,
      });
      return { request, entryId: entry.id };
    });
    await this.changes.published(request, 'transferred', actor.userId, { entryId, previousRequesterUserId: actor.userId });
    return this.views.detail(actor, request);
  }
}
