import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RequestEntity } from './request.entity';

/** A request handed to a colleague: both keep reading it; the colleague holds it from then on. */
@Entity('transfers')
export class TransferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_transfers_request')
  @Column('uuid', { name: 'request_id' })
  requestId!: string;

  @ManyToOne(() => RequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: RequestEntity;

  @Index('IDX_transfers_from')
  @Column('uuid', { name: 'from_user_id' })
  fromUserId!: string;

  @Column('text', { name: 'from_name' })
  fromName!: string;

  @Index('IDX_transfers_to')
  @Column('uuid', { name: 'to_user_id' })
  toUserId!: string;

  @Column('text', { name: 'to_name' })
  toName!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
