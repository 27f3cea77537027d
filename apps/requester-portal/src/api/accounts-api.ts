import { apiClient, type AccountStatus, type Locale, type OtpChannel, type Role } from '@passerelle/web-kit';

export interface Establishment {
  id: string;
  name: string;
}

/** The terms of use a visitor accepts when registering (public: `GET /terms/current`). */
export interface PublicTerms {
  id: string;
  version: string;
  text: string;
  publishedAt: string;
}

export interface RegistrationBody {
  displayName: string;
  profession: string;
  establishmentId: string;
  email: string;
  mobile: string;
  password: string;
  otpChannel: OtpChannel;
  language: Locale;
  acceptedTermsId: string;
}

/** A user as administrators see them. */
export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  profession: string | null;
  mobile: string | null;
  roles: Role[];
  status: AccountStatus;
  external: boolean;
  createdAt: string;
  reviewedAt: string | null;
}

/** Registration of external accounts (public) and the administration of users. */
export const accountsApi = {
  async establishments(): Promise<Establishment[]> {
    return (await apiClient.get<{ items: Establishment[] }>('/establishments', { auth: false })).items;
  },
  currentTerms: () => apiClient.get<PublicTerms>('/terms/current', { auth: false }),
  register: (body: RegistrationBody) => apiClient.post<{ id: string; status: 'pending' }>('/accounts', body, { auth: false }),

  async users(status?: AccountStatus): Promise<AdminUser[]> {
    const query = status ? `?status=${encodeURIComponent(status)}` : '';
    return (await apiClient.get<{ items: AdminUser[] }>(`/admin/users${query}`)).items;
  },
  approve: (userId: string) => apiClient.post<AdminUser>(`/admin/users/${encodeURIComponent(userId)}/approve`),
  refuse: (userId: string) => apiClient.post<AdminUser>(`/admin/users/${encodeURIComponent(userId)}/refuse`),
  setRoles: (userId: string, roles: Role[]) => apiClient.put<AdminUser>(`/admin/users/${encodeURIComponent(userId)}/roles`, { roles }),
};
