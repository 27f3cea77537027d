import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectConfig, ReadinessService } from '@passerelle/nest-kit';
import { DataSource } from 'typeorm';
import { IdentityConfig } from '../config';
import { PASSWORD_HASHER, PasswordHasher } from '../domain/password-hasher';
import { OrganisationEntity } from './entities/organisation.entity';
import { StaffUserEntity } from './entities/staff-user.entity';
import { TermsVersionEntity } from './entities/terms-version.entity';

/** Public demo credentials: only ever seeded when DEMO_MODE is on, which production config refuses. */
export const DEMO_PASSWORD = 'demo-passerelle';
export const DEMO_ORGANISATION = 'Demo District Hospital';
type DemoUser = Pick<StaffUserEntity, 'email' | 'displayName' | 'roles'> & Partial<StaffUserEntity>;
export const DEMO_USERS: ReadonlyArray<DemoUser> = [
  { email: 'requester@demo.test', displayName: 'Amina Diallo', roles: ['requester'] },
  { email: 'expert@demo.test', displayName: 'Dr. Louis Martin', roles: ['expert'] },
  { email: 'admin@demo.test', displayName: 'Sofia Haddad', roles: ['admin', 'requester'] },
  // A second requester, so a tele-expertise request can be transferred to a colleague.
  { email: 'colleague@demo.test', displayName: 'Moussa Keita', roles: ['requester'] },
  // A self-registered account waiting for approval, so the users page of /portal/admin is not empty.
  {
    email: 'pending@demo.test',
    displayName: 'Awa Ndiaye',
    roles: ['requester'],
    status: 'pending',
    external: true,
    profession: 'Midwife',
    mobile: '+221770000001',
    otpChannel: 'email',
    language: 'fr',
  },
];
export const DEMO_TERMS_VERSION = '2026-12';
const DEMO_TERMS_TEXT = [
  'Passerelle connects health workers with remote experts and patients.',
  'You use it only for the care of patients you are responsible for, with their consent.',
  'You keep your password and sign-in codes to yourself, and you sign out on shared computers.',
  'Patient data you see stays confidential: do not copy it outside the patient record.',
  'Every access to patient identities is recorded.',
].join('\n\n');

@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectConfig() private readonly config: IdentityConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly readiness: ReadinessService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO_MODE) return;
    // NATS handlers (and so identity.health.v1) answer before this hook ends: stay unready until the
    // demo accounts exist, so a stack that reports ready can be logged into.
    let done = false;
    this.readiness.register('demo-seed', async () => {
      if (!done) throw new Error('demo data not seeded yet');
    });
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
        await users.save(users.create({ status: 'active', ...demo, organisationId: organisation.id, passwordHash }));
      }
      const terms = manager.getRepository(TermsVersionEntity);
      if (!(await terms.exist({ where: {} }))) {
        await terms.save(terms.create({ version: DEMO_TERMS_VERSION, text: DEMO_TERMS_TEXT, publishedBy: null }));
      }
    });
    done = true;
    this.logger.log(`Demo organisation, ${DEMO_USERS.length} demo accounts and the terms of use are ready`);
  }
}
