import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { DataSource } from 'typeorm';
import { IdentityConfig } from '../config';
import { PASSWORD_HASHER, PasswordHasher } from '../domain/password-hasher';
import { OrganisationEntity } from './entities/organisation.entity';
import { StaffUserEntity } from './entities/staff-user.entity';

/** Public demo credentials: only ever seeded when DEMO_MODE is on, which production config refuses. */
export const DEMO_PASSWORD = 'demo-passerelle';
export const DEMO_ORGANISATION = 'Demo District Hospital';
export const DEMO_USERS: ReadonlyArray<{ email: string; displayName: string; roles: Role[] }> = [
  { email: 'requester@demo.test', displayName: 'Amina Diallo', roles: ['requester'] },
  { email: 'expert@demo.test', displayName: 'Dr. Louis Martin', roles: ['expert'] },
  { email: 'admin@demo.test', displayName: 'Sofia Haddad', roles: ['admin', 'requester'] },
];

@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectConfig() private readonly config: IdentityConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_MODE) return;
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (manager) => {
      // Serialise replicas seeding at once.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['passerelle-identity-demo-seed']);
      const organisations = manager.getRepository(OrganisationEntity);
      const organisation =
        (await organisations.findOne({ where: { name: DEMO_ORGANISATION } })) ??
        (await organisations.save(organisations.create({ name: DEMO_ORGANISATION })));
      const users = manager.getRepository(StaffUserEntity);
      for (const demo of DEMO_USERS) {
        if (await users.exist({ where: { email: demo.email } })) continue;
        await users.save(users.create({ ...demo, organisationId: organisation.id, passwordHash, status: 'active' }));
      }
    });
    this.logger.log(`Demo organisation and ${DEMO_USERS.length} demo accounts are ready`);
  }
}
