import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, identityTermsMine } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { TermsAcceptanceEntity } from '../../infra/entities/terms-acceptance.entity';
import { GetCurrentTermsUseCase } from '../get-current-terms/get-current-terms.usecase';
import { termsView } from '../shared/terms-views';

/** The current terms and the caller's acceptance of that very version (null when they must accept it). */
@Injectable()
export class GetMyTermsUseCase {
  constructor(
    private readonly currentTerms: GetCurrentTermsUseCase,
    @InjectRepository(TermsAcceptanceEntity) private readonly acceptances: Repository<TermsAcceptanceEntity>,
  ) {}

  async execute({ actor }: RpcCommand<typeof identityTermsMine>): Promise<RpcResponse<typeof identityTermsMine>> {
    const current = await this.currentTerms.current();
    if (!current) return { current: null, acceptance: null };
    const accepted = await this.acceptances.findOne({ where: { userId: actor.userId, termsId: current.id } });
    return {
      current: termsView(current),
      acceptance: accepted ? { termsId: current.id, version: current.version, acceptedAt: accepted.acceptedAt.toISOString() } : null,
    };
  }
}
