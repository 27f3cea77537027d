import type { PresenceStatus } from '@passerelle/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Decides who is rung for live requests; an expert who never set it is away. */
@Entity('expert_presence')
export class ExpertPresenceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  status!: PresenceStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
