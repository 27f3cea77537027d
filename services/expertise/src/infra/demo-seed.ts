import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FormDefinition } from '@passerelle/contracts';
import { InjectConfig, ReadinessService, safeErrorFields } from '@passerelle/nest-kit';
import { setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ExpertiseConfig } from '../config';
import { People } from '../usecases/shared/people';
import { DestinationServiceEntity } from './entities/destination-service.entity';
import { ExpertiseTypeEntity } from './entities/expertise-type.entity';
import { QueueMemberEntity } from './entities/queue-member.entity';

const DEMO_EXPERT_EMAIL = 'expert@demo.test';
export const DEMO_SERVICE_NAME = 'Dermatology & infectious diseases';

export const DEMO_TYPES: ReadonlyArray<{ name: string; description: string; form: FormDefinition }> = [
  {
    name: 'Dermatology',
    description: 'Skin lesions, rashes, wounds: attach clear photos.',
    form: {
      fields: [
        { key: 'lesionLocation', label: 'Where is the lesion?', kind: 'text', required: true },
        { key: 'duration', label: 'For how long?', kind: 'select', required: true, options: ['Less than a week', '1 to 4 weeks', 'More than a month'] },
        { key: 'itching', label: 'Itching', kind: 'boolean', required: false },
        { key: 'treatments', label: 'Treatments already tried', kind: 'textarea', required: false },
        { key: 'question', label: 'Your question to the expert', kind: 'textarea', required: true },
      ],
    },
  },
  {
    name: 'Infectious diseases',
    description: 'Fever, suspected infections, antibiotic choices.',
    form: {
      fields: [
        { key: 'symptomsSince', label: 'Symptoms since', kind: 'date', required: true },
        { key: 'temperature', label: 'Highest temperature (°C)', kind: 'number', required: false },
        { key: 'recentTravel', label: 'Recent travel or exposure', kind: 'textarea', required: false },
        { key: 'question', label: 'Your question to the expert', kind: 'textarea', required: true },
      ],
    },
  },
];

/**
 * DEMO_MODE only (refused in production): the demo organisation's expertise types and one destination
 * service whose queue holds the demo expert. Identity owns the accounts, so the seed waits for identity
 * to answer; expertise reports itself not ready until the seed is done.
 */
@Injectable()
export class DemoSeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DemoSeed');
  private done = false;
  private stopping = false;

  constructor(
    @InjectConfig() private readonly config: ExpertiseConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: People,
    private readonly readiness: ReadinessService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.DEMO_MODE) return;
    this.readiness.register('demo-seed', async () => {
      if (!this.done) throw new Error('demo data not seeded yet');
    });
    void this.seedWhenIdentityAnswers();
  }

  onApplicationShutdown(): void {
    this.stopping = true;
  }

  private async seedWhenIdentityAnswers(): Promise<void> {
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        await this.seed();
        this.done = true;
        this.logger.log('Demo expertise types and queue are ready');
        return;
      } catch (error) {
        if (attempt % 20 === 0) this.logger.warn({ err: safeErrorFields(error) }, 'Demo seed waits for identity');
        await delay(500);
      }
    }
  }

  private async seed(): Promise<void> {
    const expert = await this.people.byEmail(DEMO_EXPERT_EMAIL);
    await this.dataSource.transaction(async (manager) => {
      // Serialise replicas seeding at once.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['passerelle-expertise-demo-seed']);
      const organisationId = expert.organisationId;
      const typeIds: string[] = [];
      for (const demo of DEMO_TYPES) {
        const existing = await manager.findOneBy(ExpertiseTypeEntity, { organisationId, name: demo.name });
        const type = existing ?? (await manager.save(manager.create(ExpertiseTypeEntity, { ...demo, organisationId })));
        typeIds.push(type.id);
      }
      const service =
        (await manager.findOneBy(DestinationServiceEntity, { organisationId, name: DEMO_SERVICE_NAME })) ??
        (await manager.save(
          manager.create(DestinationServiceEntity, {
            organisationId,
            name: DEMO_SERVICE_NAME,
            establishment: expert.organisation.name,
            specialty: 'Dermatology, infectious diseases',
            expertiseTypeIds: typeIds,
          }),
        ));
      await manager.upsert(QueueMemberEntity, { serviceId: service.id, userId: expert.id }, ['serviceId', 'userId']);
    });
  }
}
