import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AdminUserView, DomainError, ErrorCode, RpcCommand, identityAdminUserSetRoles } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { ManagedUsers, adminUserView } from '../shared/admin-access';

/** Sets a user's roles; administrators cannot drop their own admin role (nobody would be left to give it back). */
@Injectable()
export class SetUserRolesUseCase {
  constructor(
    private readonly managed: ManagedUsers,
    @InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>,
  ) {}

  async execute({ actor, userId, body }: RpcCommand<typeof identityAdminUserSetRoles>): Promise<AdminUserView> {
    const user = await this.managed.find(actor, userId);
    if (user.id === actor.userId && !body.roles.includes('admin')) {
      throw new DomainError(ErrorCode.UNPROCESSABLE, 'You cannot remove your own administrator role', [{ path: 'roles', problem: 'own_admin' }]);
    }
    if (user.status === 'refused') throw new DomainError(ErrorCode.CONFLICT, 'This account was refused');
    await this.users.update(user.id, { roles: body.roles });
    return adminUserView(this.users.create({ ...user, roles: body.roles }));
  }
}
