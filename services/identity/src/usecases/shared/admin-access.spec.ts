import { StaffActor, setRolesBodySchema } from '@passerelle/contracts';
import type { RpcClient } from '@passerelle/nest-kit';
import { refusalOf, untouchable } from '@passerelle/testing';
import type { DataSource, Repository } from 'typeorm';
import type { OrganisationEntity } from '../../infra/entities/organisation.entity';
import type { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { ListUsersUseCase } from '../list-users/list-users.usecase';
import { ReviewUserUseCase } from '../review-user/review-user.usecase';
import { SetUserRolesUseCase } from '../set-user-roles/set-user-roles.usecase';
import { ManagedUsers } from './admin-access';

const organisationId = '6f1c2f7e-3a51-4d8e-9a49-2f0d7b1f6c11';
const requester: StaffActor = { kind: 'staff', userId: '0b8a5e0c-6a4c-4a3f-9d0c-8c7f0f5f2d01', organisationId, roles: ['requester'] };
const admin: StaffActor = { ...requester, userId: '1c9b6f1d-7b5d-4b40-8e1d-9d8f1a6a3e02', roles: ['admin', 'requester'] };
const someone = '2d0c7a2e-8c6e-4c51-9f2e-ae9a2b7b4f03';

describe('user administration', () => {
  it('refuses callers without the admin role before reading or changing anything', async () => {
    const managed = new ManagedUsers(untouchable<Repository<StaffUserEntity>>());
    const attempts = [
      new ListUsersUseCase(untouchable<Repository<StaffUserEntity>>()).execute({ actor: requester, query: {} }),
      new ReviewUserUseCase(
        managed,
        untouchable<DataSource>(),
        untouchable<Repository<OrganisationEntity>>(),
        untouchable<RpcClient>(),
        { PUBLIC_ORIGIN: 'http://localhost:8080' },
      ).execute({ actor: requester, userId: someone, decision: 'approve' }),
      new SetUserRolesUseCase(managed, untouchable<Repository<StaffUserEntity>>()).execute({
        actor: requester,
        userId: someone,
        body: setRolesBodySchema.parse({ roles: ['admin'] }),
      }),
    ];
    for (const attempt of attempts) expect((await refusalOf(attempt)).code).toBe('FORBIDDEN');
  });

  it('looks users up inside the administrator’s organisation only', async () => {
    const asked: unknown[] = [];
    const users = {
      findOne: async (options: unknown) => {
        asked.push(options);
        return null;
      },
    } as unknown as Repository<StaffUserEntity>;
    const error = await refusalOf(new ManagedUsers(users).find(admin, someone));
    expect(error.code).toBe('NOT_FOUND');
    expect(asked).toEqual([{ where: { id: someone, organisationId } }]);
  });

  it('keeps administrators from dropping their own admin role', async () => {
    const self = { id: admin.userId, organisationId, roles: ['admin', 'requester'], status: 'active' } as StaffUserEntity;
    const managed = { find: async () => self } as unknown as ManagedUsers;
    const error = await refusalOf(
      new SetUserRolesUseCase(managed, untouchable<Repository<StaffUserEntity>>()).execute({
        actor: admin,
        userId: admin.userId,
        body: setRolesBodySchema.parse({ roles: ['requester'] }),
      }),
    );
    expect(error.code).toBe('UNPROCESSABLE');
    expect(error.issues).toEqual([{ path: 'roles', problem: 'own_admin' }]);
  });
});
