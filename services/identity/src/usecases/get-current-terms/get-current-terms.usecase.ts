import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, ErrorCode, TermsVersion } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { TermsVersionEntity } from '../../infra/entities/terms-version.entity';
import { termsView } from '../shared/terms-views';

/** The newest published terms of use (what anyone must accept now). */
@Injectable()
export class GetCurrentTermsUseCase {
  constructor(@InjectRepository(TermsVersionEntity) private readonly terms: Repository<TermsVersionEntity>) {}

  async current(): Promise<TermsVersionEntity | null> {
    return this.terms.findOne({ where: {}, order: { publishedAt: 'DESC' } });
  }

  async execute(): Promise<TermsVersion> {
    const current = await this.current();
    if (!current) throw new DomainError(ErrorCode.NOT_FOUND, 'No terms of use are published yet');
    return termsView(current);
  }
}
