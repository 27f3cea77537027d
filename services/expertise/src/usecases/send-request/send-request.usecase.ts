import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, RequestDetail, RpcCommand, chatSessionCreate, expertiseRequestSend, formValueIssues } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { assertHolder } from '../../domain/request-access';
import { nextStatus } from '../../domain/request-lifecycle';
import { RequestChanges } from '../shared/request-changes';
import { RequestRecords } from '../shared/request-records';
import { RequestViews } from '../shared/request-views';

/**
 * Draft → sent: the request lands in its queue. The form must satisfy the type's definition (the same
 * check the portal runs): UNPROCESSABLE with one `form.<key>` issue per problem otherwise. A live request
 * gets a chat session, where the requester waits and the expert who takes it calls.
 */
@Injectable()
export class SendRequestUseCase {
  constructor(
    private readonly records: RequestRecords,
    private readonly views: RequestViews,
    private readonly changes: RequestChanges,
    private readonly rpc: RpcClient,
  ) {}

  async execute({ actor, requestId }: RpcCommand<typeof expertiseRequestSend>): Promise<RequestDetail> {
    const { request, entryId } = await this.records.locked(requestId, async ({ request, facts }, manager) => {
      assertHolder(actor, facts);
      const status = nextStatus('send', request.status);
      const issues = formValueIssues(request.formDefinition, request.form);
      if (issues.length > 0) throw new DomainError(ErrorCode.UNPROCESSABLE, 'The form is not complete', issues);
      if (request.mode === 'live' && !request.sessionId) {
        const session = await this.rpc.request(chatSessionCreate, {
          organisationId: request.organisationId,
          ownerUserId: request.requesterUserId,
          ownerDisplayName: request.requesterName,
          startNow: true,
        });
        request.sessionId = session.sessionId;
      }
      const now = new Date();
      Object.assign(request, { status, sentAt: now, lastActivityAt: now });
      await manager.save(request);
      const entry = await this.records.appendEntry(manager, {
        requestId,
        kind: 'sent',
        authorUserId: actor.userId,
        authorName: request.requesterName,
        authorRole: 'requester',
      });
      return { request, entryId: entry.id };
    });
    await this.changes.published(request, 'sent', actor.userId, { entryId });
    return this.views.detail(actor, request);
  }
}
