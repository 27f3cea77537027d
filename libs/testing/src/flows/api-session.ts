import { io, type Socket } from 'socket.io-client';
import { ApiClient } from '../api-client';
import { actorFromAccessToken } from '../nest-wire';
import { joinTokenIn, nextEmitted } from '../waits';
import { inviteRemoteGuest } from './session-setup';

/**
 * Through the API only: the demo requester invites a guest, who redeems the link and connects to the
 * session room, so the session can be started. Not started: tests decide when.
 */
export async function sessionWithConnectedGuest(gatewayUrl: string) {
  const invited = await inviteRemoteGuest(gatewayUrl);
  const token = joinTokenIn({ links: [invited.link] });
  const joined = await new ApiClient(gatewayUrl).post<{ accessToken: string }>('/api/v1/join', { token, acceptTerms: true });
  if (joined.status !== 200) throw new Error(`joining answered ${joined.status}`);
  const guestSocket: Socket = io(gatewayUrl, { path: '/ws', auth: { token: joined.body.accessToken }, transports: ['websocket'] });
  await nextEmitted(guestSocket, 'ready');
  const ack = await guestSocket.emitWithAck('session:join', { sessionId: invited.sessionId });
  if (!ack?.ok) throw new Error(`the guest could not enter the session room (${ack?.code})`);
  return {
    sessionId: invited.sessionId,
    requester: invited.requester,
    guestSocket,
    staffActor: actorFromAccessToken(invited.requester.accessToken!),
    guestActor: actorFromAccessToken(joined.body.accessToken),
  };
}
