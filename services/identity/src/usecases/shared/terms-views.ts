import type { TermsVersion } from '@passerelle/contracts';
import type { TermsVersionEntity } from '../../infra/entities/terms-version.entity';

export function termsView(terms: TermsVersionEntity): TermsVersion {
  return { id: terms.id, version: terms.version, text: terms.text, publishedAt: terms.publishedAt.toISOString() };
}
