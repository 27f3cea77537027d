import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, UserProfile } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';

@Injectable()
export class GetUserUseCase {
  constructor(@InjectRepository(StaffUserEntity) private readonly users: Repository<StaffUserEntity>) {}

  async execute(command: { userId: string }): Promise<UserProfile> {
    const user = await this.users.findOne({ where: { id: command.userId }, relations: { organisation: true } });
    if (!user || !user.organisation) throw new DomainError(ErrorCode.NOT_FOUND, 'User not found');
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      organisationId: user.organisationId,
      organisation: { id: user.organisation.id, name: user.organisation.name },
    };
  }
}
