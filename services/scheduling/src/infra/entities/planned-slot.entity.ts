import type { ScheduleStatus } from '@passerelle/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One planned session's slot, keyed by its invite (one slot per invite). No patient data lives here. */
@Entity('planned_slots')
@Index('IDX_planned_slots_status_starts', ['status', 'startsAt'])
export class PlannedSlotEntity {
  @PrimaryColumn('uuid', { name: 'invite_id' })
  inviteId!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  /** UTC instant. */
  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  /** The invitee's IANA zone: messages and the guest page speak in it. */
  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('int', { name: 'duration_minutes' })
  durationMinutes!: number;

  @Column('text')
  status!: ScheduleStatus;

  /** 1 when planned, +1 per reschedule. */
  @Column('int')
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
