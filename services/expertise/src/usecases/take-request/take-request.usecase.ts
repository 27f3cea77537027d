import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RequestDetail, RpcCommand, chatParticipantAddStaff, expertiseRequestTake } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { DataSource } from 'typeorm';
import { assertExpert, assertMayTake } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { People } from '../shared/people';
import { RequestChanges } from '../shared/request-changes';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/**
 * An expert of the queue takes a waiting request. The take is ONE conditional UPDATE: Postgres lets only
 * one of several concurrent takes match `status = 'sent'` (the others re-check the row after the winner
 * committed and match nothing). A take that matched nothing is explained: not visible (NOT_FOUND), not
 * an expert of this queue (FORBIDDEN), or no longer waiting (CONFLICT); the expert who already holds it
 * gets it again (a retried take). The expert who takes a live
 * request becomes a participant of its chat session, where they call the requester.
 */
@Injectable()
export class TakeRequestUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: RequestRecords,
    private readonly people: People,
    private readonly views: RequestViews,
    private readonly changes: RequestChanges,
    private readonly rpc: RpcClient,
  ) {}

  async execute({ actor, requestId }: RpcCommand<typeof expertiseRequestTake>): Promise<RequestDetail> {
    assertExpert(actor);
    const expertName = await this.people.displayName(actor.userId);
    const entryId = await this.dataSource.transaction(async (manager) => {
      const taken: unknown[] = await manager.query(
        `UPDATE expertise.requests r
            SET status = 'taken', taken_by_user_id = $2, taken_by_name = $3, taken_at = now(), last_activity_at = now()
          WHERE r.id = $1 AND r.status = 'sent' AND r.organisation_id = $4
            AND EXISTS (SELECT 1 FROM expertise.queue_members m WHERE m.service_id = r.service_id AND m.user_id = $2)
          RETURNING r.id`,
        [requestId, actor.userId, expertName, actor.organisationId],
      );
      // pg answers an UPDATE … RETURNING as [rows, count].
      const rows = Array.isArray(taken[0]) ? (taken[0] as unknown[]) : taken;
      if (rows.length === 0) return null;
      const entry = await this.records.appendEntry(manager, {
        requestId,
        kind: 'taken',
        authorUserId: actor.userId,
        authorName: expertName,
        authorRole: 'expert',
      });
      return entry.id;
    });
    const { request, facts } = await this.records.load(requestId);
    // The same expert taking again (a retry after a lost answer) gets the request it already holds.
    const retried = !entryId && request.status === 'taken' && request.takenByUserId === actor.userId;
    if (!entryId && !retried) {
      assertMayTake(actor, facts);
      nextStatus('take', request.status); // throws CONFLICT: it is no longer waiting
      throw new DomainError(ErrorCode.CONFLICT, 'This request is no longer waiting');
    }
    // A live request: the expert who took it joins its session (chat, call); the requester waits there.
    if (request.sessionId) {
      await this.rpc.request(chatParticipantAddStaff, {
        sessionId: request.sessionId,
        organisationId: request.organisationId,
        userId: actor.userId,
        displayName: expertName,
        role: 'colleague',
      });
    }
    if (entryId) await this.changes.published(request, 'taken', actor.userId, { entryId });
    return this.views.detail(actor, request);
  }
}
