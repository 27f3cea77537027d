import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AdminUserView, DomainError, ErrorCode, StaffActor } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';

/** Administrators act inside their own organisation only; identity checks it again behind the gateway. */
export function requireAdmin(actor: StaffActor): void {
  if (!actor.roles.includes('admin')) throw new DomainError(ErrorCode.FORBIDDEN, 'This is for administrators only');
}

@Injectable()
export class ManagedUsers {
  constructor(@InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>) {}

  /** A user of the administrator's organisation; another organisation's user is simply not found. */
  async find(actor: StaffActor, userId: string): Promise<StaffUserEntity> {
    requireAdmin(actor);
    const user = await this.users.findOne({ where: { id: userId, organisationId: actor.organisationId } });
    if (!user) throw new DomainError(ErrorCode.NOT_FOUND, 'User not found');
    return user;
  }
}

export function adminUserView(user: StaffUserEntity): AdminUserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    profession: user.profession,
    mobile: user.mobile,
    roles: user.roles,
    status: user.status,
    external: user.external,
    createdAt: user.createdAt.toISOString(),
    reviewedAt: user.reviewedAt?.toISOString() ?? null,
  };
}
