import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per event a service has handled: the JetStream redelivery of a handled event becomes a no-op. */
@Entity('processed_events')
export class ProcessedEventEntity {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text')
  subject!: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}
