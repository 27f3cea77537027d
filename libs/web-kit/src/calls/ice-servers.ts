import type { HttpClient } from '../api/http-client';

/**
 * The session's STUN/TURN servers with short-lived TURN credentials (`GET /sessions/:id/ice-servers`), asked
 * with the app's own client (staff or guest token): the gateway gives them to participants only.
 */
export async function loadSessionIceServers(http: HttpClient, sessionId: string): Promise<RTCIceServer[]> {
  return (await http.get<{ iceServers: RTCIceServer[] }>(`/sessions/${encodeURIComponent(sessionId)}/ice-servers`)).iceServers;
}
