import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DestinationServiceEntity } from './destination-service.entity';

/** An expert of a destination service: sees its queue and may take its requests. */
@Entity('queue_members')
export class QueueMemberEntity {
  @PrimaryColumn('uuid', { name: 'service_id' })
  serviceId!: string;

  @Index('IDX_queue_members_user')
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => DestinationServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: DestinationServiceEntity;
}
