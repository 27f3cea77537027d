import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueView, RpcCommand, RpcResponse, expertiseQueueList } from '@passerelle/contracts';
import { DataSource } from 'typeorm';
import { assertExpert } from '../../domain/request-access';

interface QueueRow {
  id: string;
  name: string;
  establishment: string;
  specialty: string;
  waiting_now: number;
  median_seconds: number | null;
  answered_30d: number;
}

/**
 * The expert's queues with their figures, computed in Postgres: requests waiting now, and the median
 * (percentile_cont 0.5) of the time from sending to the first answer over requests first answered in the
 * last 30 days.
 */
@Injectable()
export class ListQueuesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ actor }: RpcCommand<typeof expertiseQueueList>): Promise<RpcResponse<typeof expertiseQueueList>> {
    assertExpert(actor);
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.establishment, s.specialty,
              (SELECT count(*) FROM expertise.requests r WHERE r.service_id = s.id AND r.status = 'sent')::int AS waiting_now,
              f.median_seconds, f.answered_30d
         FROM expertise.destination_services s
         JOIN expertise.queue_members m ON m.service_id = s.id AND m.user_id = $1
         CROSS JOIN LATERAL (
           SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.first_answered_at - r.sent_at))::float8 AS median_seconds,
                  count(*)::int AS answered_30d
             FROM expertise.requests r
            WHERE r.service_id = s.id AND r.first_answered_at >= now() - interval '30 days'
         ) f
        WHERE s.organisation_id = $2 AND s.active
        ORDER BY s.name`,
      [actor.userId, actor.organisationId],
    );
    return { items: rows.map(toQueueView) };
  }
}

function toQueueView(row: QueueRow): QueueView {
  return {
    id: row.id,
    name: row.name,
    establishment: row.establishment,
    specialty: row.specialty,
    figures: {
      waitingNow: row.waiting_now,
      medianFirstAnswerSeconds30d: row.median_seconds === null ? null : Math.round(row.median_seconds),
      answered30d: row.answered_30d,
    },
  };
}
