import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RegisterAccountBody, RpcResponse, identityAccountRegister } from '@passerelle/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { PASSWORD_HASHER, PasswordHasher } from '../../domain/password-hasher';
import { OrganisationEntity } from '../../infra/entities/organisation.entity';
import { StaffUserEntity } from '../../infra/entities/staff-user.entity';
import { TermsAcceptanceEntity } from '../../infra/entities/terms-acceptance.entity';
import { TermsVersionEntity } from '../../infra/entities/terms-version.entity';

/**
 * Self-registration of an external health worker: a pending requester of the establishment they chose,
 * with their acceptance of the current terms of use recorded in the same transaction.
 */
@Injectable()
export class RegisterAccountUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  async execute(body: RegisterAccountBody): Promise<RpcResponse<typeof identityAccountRegister>> {
    const passwordHash = await this.hasher.hash(body.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!(await manager.getRepository(OrganisationEntity).exist({ where: { id: body.establishmentId } }))) {
          throw new DomainError(ErrorCode.VALIDATION_FAILED, 'This establishment does not exist', [
            { path: 'establishmentId', problem: 'unknown' },
          ]);
        }
        const current = await manager.getRepository(TermsVersionEntity).findOne({ where: {}, order: { publishedAt: 'DESC' } });
        if (!current) throw new DomainError(ErrorCode.UNPROCESSABLE, 'No terms of use are published yet: registration is closed');
        if (current.id !== body.acceptedTermsId) {
          throw new DomainError(ErrorCode.CONFLICT, 'The terms of use have changed: read and accept the new version', [
            { path: 'acceptedTermsId', problem: 'not_current' },
          ]);
        }
        const users = manager.getRepository(StaffUserEntity);
        const user = await users.save(
          users.create({
            organisationId: body.establishmentId,
            email: body.email,
            displayName: body.displayName,
            passwordHash,
            roles: ['requester'],
            status: 'pending',
            external: true,
            profession: body.profession,
            mobile: body.mobile,
            otpChannel: body.otpChannel,
            language: body.language,
            reviewedAt: null,
            reviewedBy: null,
          }),
        );
        const acceptances = manager.getRepository(TermsAcceptanceEntity);
        await acceptances.save(acceptances.create({ userId: user.id, termsId: current.id }));
        return { id: user.id, status: 'pending' as const };
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError(ErrorCode.CONFLICT, 'An account with this e-mail address already exists', [{ path: 'email', problem: 'taken' }]);
      }
      throw error;
    }
  }
}
