import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, RpcCommand, TermsVersion, identityTermsPublish } from '@passerelle/contracts';
import { QueryFailedError, Repository } from 'typeorm';
import { TermsVersionEntity } from '../../infra/entities/terms-version.entity';
import { requireAdmin } from '../shared/admin-access';
import { termsView } from '../shared/terms-views';

/** Publishes a new version, current from now on; earlier acceptances stay recorded against their version. */
@Injectable()
export class PublishTermsUseCase {
  constructor(@InjectRepository(TermsVersionEntity) private readonly terms: Repository<TermsVersionEntity>) {}

  async execute({ actor, body }: RpcCommand<typeof identityTermsPublish>): Promise<TermsVersion> {
    requireAdmin(actor);
    try {
      const saved = await this.terms.save(
        this.terms.create({ version: body.version, text: body.text, publishedAt: new Date(), publishedBy: actor.userId }),
      );
      return termsView(saved);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError(ErrorCode.CONFLICT, 'This version label is already used', [{ path: 'version', problem: 'taken' }]);
      }
      throw error;
    }
  }
}
