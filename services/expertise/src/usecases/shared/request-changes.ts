import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExpertiseRequestChanged, expertiseRequestChanged } from '@passerelle/contracts';
import { EventBus, safeErrorFields } from '@passerelle/nest-kit';
import { DataSource } from 'typeorm';
import { RequestEntity } from '../../infra/entities/request.entity';

type Change = ExpertiseRequestChanged['change'];

/**
 * Publishes `evt.expertise.request-changed.v1` after a change was committed. A live request just sent
 * names the experts of its queue who are available right now: they are rung.
 */
@Injectable()
export class RequestChanges {
  private readonly logger = new Logger('RequestChanges');

  constructor(
    private readonly events: EventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async published(
    request: RequestEntity,
    change: Change,
    byUserId: string,
    extra: { entryId?: string | null; previousRequesterUserId?: string | null } = {},
  ): Promise<void> {
    try {
      const ringUserIds = request.mode === 'live' && change === 'sent' ? await this.availableExperts(request.serviceId) : [];
      await this.events.publish(expertiseRequestChanged, {
        requestId: request.id,
        organisationId: request.organisationId,
        queueId: request.serviceId,
        requesterUserId: request.requesterUserId,
        status: request.status,
        mode: request.mode,
        change,
        byUserId,
        entryId: extra.entryId ?? null,
        previousRequesterUserId: extra.previousRequesterUserId ?? null,
        ringUserIds,
      });
    } catch (error) {
      // The change is committed; browsers catch up on their next list. Notifications would be lost, hence error.
      this.logger.error({ change, err: safeErrorFields(error) }, 'Could not publish a request change');
    }
  }

  private async availableExperts(serviceId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT m.user_id FROM expertise.queue_members m
         JOIN expertise.expert_presence p ON p.user_id = m.user_id AND p.status = 'available'
        WHERE m.service_id = $1`,
      [serviceId],
    );
    return rows.map((row) => row.user_id);
  }
}
