import { apiClient } from '@passerelle/web-kit';

/** Terms of use as the gateway serves them (identity owns them; libs/contracts/src/identity/terms.ts). */
export interface TermsVersion {
  id: string;
  /** A label people can quote, e.g. `2026-12`. */
  version: string;
  text: string;
  publishedAt: string;
}

export interface TermsAcceptance {
  termsId: string;
  version: string;
  acceptedAt: string;
}

/** The caller's standing: the current terms (null while none is published) and their acceptance of that very version. */
export interface MyTerms {
  current: TermsVersion | null;
  acceptance: TermsAcceptance | null;
}

export const termsApi = {
  mine: () => apiClient.get<MyTerms>('/me/terms'),
  accept: (termsId: string) => apiClient.post<TermsAcceptance>('/me/terms/acceptances', { termsId }),
  async adminList(): Promise<TermsVersion[]> {
    return (await apiClient.get<{ items: TermsVersion[] }>('/admin/terms')).items;
  },
  publish: (version: string, text: string) => apiClient.post<TermsVersion>('/admin/terms', { version, text }),
};
