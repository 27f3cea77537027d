import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An establishment's specialty team that handles some expertise types; it is also the queue of its experts. */
@Entity('destination_services')
export class DestinationServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_destination_services_organisation')
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  establishment!: string;

  @Column('text')
  specialty!: string;

  @Column('uuid', { name: 'expertise_type_ids', array: true, default: () => "'{}'" })
  expertiseTypeIds!: string[];

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
