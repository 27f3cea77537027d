import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, UserProfile, identityUserFindByEmail } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { GetUserUseCase } from '../get-user/get-user.usecase';

/** An active staff user by e-mail (a colleague named in a transfer); the address is never echoed back. */
@Injectable()
export class FindUserByEmailUseCase {
  constructor(
    @InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>,
    private readonly getUser: GetUserUseCase,
  ) {}

  async execute({ email }: RpcCommand<typeof identityUserFindByEmail>): Promise<UserProfile> {
    const user = await this.users.findOne({ where: { email, status: 'active' }, select: { id: true } });
    if (!user) throw new DomainError(ErrorCode.NOT_FOUND, 'No active user has this e-mail address');
    return this.getUser.execute({ userId: user.id });
  }
}
