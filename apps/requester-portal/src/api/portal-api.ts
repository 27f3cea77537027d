import {
  apiClient,
  downloadProtected,
  type CreatedInvite,
  type CreateInviteBody,
  type InviteListFilter,
  type InviteListItem,
  type InviteView,
  type OutboxMessage,
  type ScheduleBody,
  type SessionView,
  type TerminateMode,
} from '@passerelle/web-kit';

const id = (value: string) => encodeURIComponent(value);

/** Lists come as `{ items }` or as a bare array (the outbox's public shape): accept both. */
function itemsOf<T>(answer: T[] | { items: T[] } | undefined): T[] {
  if (Array.isArray(answer)) return answer;
  return answer?.items ?? [];
}

/** The portal's calls to the gateway (`/api/v1`), with the signed-in requester's token. */
export const portalApi = {
  async listInvites(filter: InviteListFilter = 'all'): Promise<InviteListItem[]> {
    return itemsOf(await apiClient.get<InviteListItem[] | { items: InviteListItem[] }>(`/invites?filter=${id(filter)}`));
  },
  rescheduleInvite: (inviteId: string, schedule: ScheduleBody) =>
    apiClient.post<InviteView>(`/invites/${id(inviteId)}/reschedule`, { schedule }),
  cancelInvite: (inviteId: string) => apiClient.post<InviteView>(`/invites/${id(inviteId)}/cancel`),
  createInvite: (body: CreateInviteBody) => apiClient.post<CreatedInvite>('/invites', body),
  resendInvite: (inviteId: string) => apiClient.post<InviteView>(`/invites/${id(inviteId)}/resend`),
  revokeInvite: (inviteId: string) => apiClient.post<InviteView>(`/invites/${id(inviteId)}/revoke`),

  startSession: (sessionId: string) => apiClient.post<SessionView>(`/sessions/${id(sessionId)}/start`),
  terminateSession: (sessionId: string, mode: TerminateMode) =>
    apiClient.post<SessionView>(`/sessions/${id(sessionId)}/terminate`, { mode }),
  downloadReport: (sessionId: string, fallbackName: string) =>
    downloadProtected(apiClient, `/sessions/${id(sessionId)}/report.pdf`, fallbackName),

  async listOutbox(): Promise<OutboxMessage[]> {
    return itemsOf(await apiClient.get<OutboxMessage[] | { items: OutboxMessage[] }>('/dev/outbox'));
  },
};
