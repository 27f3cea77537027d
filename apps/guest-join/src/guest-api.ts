import {
  HttpClient,
  RealtimeConnection,
  type ClientEvents,
  type JoinPreview,
  type JoinResult,
  type ServerEvents,
} from '@passerelle/web-kit';

/**
 * The guest's own API client and socket. A guest holds only the short token its link was exchanged for
 * (no refresh cookie): a 401 ends the guest session instead of trying to renew it.
 */
export const guestHttp = new HttpClient({ refreshable: false });
export const guestRealtime = new RealtimeConnection<ServerEvents, ClientEvents>(guestHttp);

export const guestApi = {
  /** Who invites, in which language; NOT_FOUND / UNPROCESSABLE (token expired | revoked) otherwise. */
  preview: (token: string) => guestHttp.post<JoinPreview>('/join/preview', { token }, { auth: false }),
  /** Accepts the terms and exchanges the link for a guest token scoped to its session. */
  join: (token: string, termsVersion: string | undefined) =>
    guestHttp.post<JoinResult>(
      '/join',
      termsVersion ? { token, acceptTerms: true, termsVersion } : { token, acceptTerms: true },
      { auth: false },
    ),
};
