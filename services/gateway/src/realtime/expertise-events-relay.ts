import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventPayload, RealtimePush, expertiseRequestChanged, queueRoom, userRoom } from '@passerelle/contracts';
import { EventBus } from '@passerelle/nest-kit';
import { SocketGateway } from './socket.gateway';

type RequestChanged = EventPayload<typeof expertiseRequestChanged>;

/** Which socket rooms hear of a request change, and what they hear: ids and states, never patient data. */
export function pushesFor(event: RequestChanged): RealtimePush[] {
  const changed: RealtimePush['event'] = {
    type: 'expertise.request-changed',
    requestId: event.requestId,
    queueId: event.queueId,
    status: event.status,
    mode: event.mode,
    change: event.change,
  };
  // A draft is nobody's business but its requester's.
  const rooms = [userRoom(event.requesterUserId), ...(event.status === 'draft' ? [] : [queueRoom(event.queueId)])];
  if (event.previousRequesterUserId) rooms.push(userRoom(event.previousRequesterUserId));
  const pushes: RealtimePush[] = [{ rooms, event: changed }];
  if (event.ringUserIds.length > 0) {
    pushes.push({
      rooms: event.ringUserIds.map(userRoom),
      event: { type: 'expertise.live-ringing', requestId: event.requestId, queueId: event.queueId },
    });
  }
  return pushes;
}

/**
 * Relays tele-expertise request changes (JetStream `evt.expertise.request-changed.v1`) to the sockets of
 * this replica: every replica watches every event, and a client that missed one catches up on refetch.
 */
@Injectable()
export class ExpertiseEventsRelay implements OnApplicationBootstrap {
  constructor(
    private readonly events: EventBus,
    private readonly sockets: SocketGateway,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.events.watch(expertiseRequestChanged, async (event) => {
      for (const push of pushesFor(event)) await this.sockets.push(push);
    });
  }
}
