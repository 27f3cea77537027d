import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, RpcResponse, identityTermsAccept } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { TermsAcceptanceEntity } from '../../infra/entities/terms-acceptance.entity';
import { GetCurrentTermsUseCase } from '../get-current-terms/get-current-terms.usecase';

/** Records that the caller accepted the current version; accepting it again keeps the first date. */
@Injectable()
export class AcceptTermsUseCase {
  constructor(
    private readonly currentTerms: GetCurrentTermsUseCase,
    @InjectRepository(TermsAcceptanceEntity) private readonly acceptances: Repository<TermsAcceptanceEntity>,
  ) {}

  async execute({ actor, body }: RpcCommand<typeof identityTermsAccept>): Promise<RpcResponse<typeof identityTermsAccept>> {
    const current = await this.currentTerms.current();
    if (!current || current.id !== body.termsId) {
      throw new DomainError(ErrorCode.CONFLICT, 'These are not the current terms of use: read and accept the new version', [
        { path: 'termsId', problem: 'not_current' },
      ]);
    }
    await this.acceptances
      .createQueryBuilder()
      .insert()
      .values({ userId: actor.userId, termsId: current.id })
      .orIgnore()
      .execute();
    const accepted = await this.acceptances.findOneOrFail({ where: { userId: actor.userId, termsId: current.id } });
    return { termsId: current.id, version: current.version, acceptedAt: accepted.acceptedAt.toISOString() };
  }
}
