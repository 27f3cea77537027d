import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AdminUserView, DomainError, ErrorCode, RpcCommand, identityAdminUserReview, notificationsSend } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { DataSource, Repository } from 'typeorm';
import type { IdentityConfig } from '../../config';
import { OrganisationEntity } from '../../infra/entities/organisation.entity';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { ManagedUsers, adminUserView } from '../shared/admin-access';

/** Approves (the person is e-mailed a sign-in link) or refuses a pending account of the administrator's organisation. */
@Injectable()
export class ReviewUserUseCase {
  constructor(
    private readonly managed: ManagedUsers,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: Pick<IdentityConfig, 'PUBLIC_ORIGIN'>,
  ) {}

  async execute({ actor, userId, decision }: RpcCommand<typeof identityAdminUserReview>): Promise<AdminUserView> {
    const user = await this.managed.find(actor, userId);
    const status = decision === 'approve' ? 'active' : 'refused';
    const reviewedAt = new Date();
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(StaffUserEntity);
      // Only a pending account moves, and only once even if two administrators click together.
      const moved = await users.update({ id: user.id, status: 'pending' }, { status, reviewedAt, reviewedBy: actor.userId });
      if (!moved.affected) throw new DomainError(ErrorCode.CONFLICT, 'This account is not waiting for a review');
      const reviewed = users.create({ ...user, status, reviewedAt, reviewedBy: actor.userId });
      // Queued before the approval commits: if notifications cannot take the message, the account stays
      // pending and the administrator can approve again, rather than the person never being told.
      if (status === 'active') await this.tellApproved(reviewed);
      return adminUserView(reviewed);
    });
  }

  private async tellApproved(user: StaffUserEntity): Promise<void> {
    const organisation = await this.organisations.findOneOrFail({ where: { id: user.organisationId } });
    await this.rpc.request(notificationsSend, {
      idempotencyKey: `account-approved:${user.id}`,
      channel: 'email',
      to: user.email,
      language: user.language,
      template: 'account-approved',
      variables: { firstName: user.displayName, organisationName: organisation.name, link: `${this.config.PUBLIC_ORIGIN}/portal/login` },
    });
  }
}
