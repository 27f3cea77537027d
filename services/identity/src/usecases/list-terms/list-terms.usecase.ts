import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RpcCommand, RpcResponse, identityTermsList } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { TermsVersionEntity } from '../../infra/entities/terms-version.entity';
import { requireAdmin } from '../shared/admin-access';
import { termsView } from '../shared/terms-views';

/** Every published version, newest (current) first. */
@Injectable()
export class ListTermsUseCase {
  constructor(@InjectRepository(TermsVersionEntity) private readonly terms: Repository<TermsVersionEntity>) {}

  async execute({ actor }: RpcCommand<typeof identityTermsList>): Promise<RpcResponse<typeof identityTermsList>> {
    requireAdmin(actor);
    return { items: (await this.terms.find({ order: { publishedAt: 'DESC' }, take: 200 })).map(termsView) };
  }
}
