import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, identityAdminUserList } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { adminUserView, requireAdmin } from '../shared/admin-access';

/** The administrator's organisation's users, newest first, optionally of one status (pending ones to review). */
@Injectable()
export class ListUsersUseCase {
  constructor(@InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>) {}

  async execute({ actor, query }: RpcCommand<typeof identityAdminUserList>): Promise<RpcResponse<typeof identityAdminUserList>> {
    requireAdmin(actor);
    const rows = await this.users.find({
      where: { organisationId: actor.organisationId, ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return { items: rows.map(adminUserView) };
  }
}
