import type { RoomAck } from '../sessions/types';
import { realtime, type RealtimeConnection } from '../socket/realtime-connection';
import type { LiveRingingEvent, RequestChangedEvent } from './queue-types';

/** The tele-expertise pushes (services/expertise/README.md, "Sockets"). */
export type ExpertiseServerEvents = {
  'expertise.request-changed': (event: RequestChangedEvent) => void;
  'expertise.live-ringing': (event: LiveRingingEvent) => void;
};

/** An expert joins a queue's room to hear about its requests (experts of the queue only). */
export type ExpertiseClientEvents = {
  'queue:join': (payload: { queueId: string }, ack: (answer: RoomAck) => void) => void;
  'queue:leave': (payload: { queueId: string }, ack: (answer: RoomAck) => void) => void;
};

/** The staff apps' one socket, seen with the tele-expertise events (same connection as `realtime`). */
export const expertiseRealtime = realtime as unknown as RealtimeConnection<ExpertiseServerEvents, ExpertiseClientEvents>;

/** Asks the gateway to put this socket in `queue:<queueId>`; resolves with its answer (or a timeout). */
export function joinQueueRoom(queueId: string, timeoutMs = 10_000): Promise<RoomAck> {
  const socket = expertiseRealtime.current;
  if (!socket?.connected) return Promise.resolve({ ok: false, code: 'NETWORK' });
  return socket
    .timeout(timeoutMs)
    .emitWithAck('queue:join', { queueId })
    .catch((): RoomAck => ({ ok: false, code: 'NETWORK' }));
}
