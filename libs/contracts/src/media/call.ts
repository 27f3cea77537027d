import { z } from 'zod';
import { defineRpc } from '../contract';
import { actorSchema } from '../identity/actor';

/**
 * Call signalling (WebRTC through the media service's mediasoup SFU). The browser sends `call` messages on
 * its gateway socket (`callSignalSchema`, acknowledged); the gateway adds the actor it authenticated and the
 * socket's id (`connectionId`, one call peer per socket) and asks media over NATS. Media checks, through chat,
 * that the actor is a participant of the session and that the session is active or kept open.
 *
 * mediasoup's own parameter objects (capabilities, RTP/DTLS/ICE parameters) are checked for their shape at
 * the top level here and in depth by mediasoup itself, which refuses what it cannot use.
 */
const loose = z.looseObject({});
export const rtpCapabilitiesSchema = z.looseObject({ codecs: z.array(loose).optional(), headerExtensions: z.array(loose).optional() });
export const rtpParametersSchema = z.looseObject({ codecs: z.array(loose), encodings: z.array(loose).optional() });
export const dtlsParametersSchema = z.looseObject({
  role: z.enum(['auto', 'client', 'server']).optional(),
  fingerprints: z.array(z.object({ algorithm: z.string(), value: z.string() })).min(1),
});
export const mediaKindSchema = z.enum(['audio', 'video']);
export const transportDirectionSchema = z.enum(['send', 'recv']);

const id = z.string().min(1).max(100);

/** What the gateway adds to every browser message: who asks, for which session, from which socket. */
const peerRef = { actor: actorSchema, sessionId: z.string().uuid(), connectionId: id };

export const remoteProducerSchema = z.object({ producerId: id, connectionId: id, kind: mediaKindSchema, paused: z.boolean() });
export type RemoteProducer = z.infer<typeof remoteProducerSchema>;

/** Enters the session's call (creating its room if needed): the router's capabilities and who already sends. */
export const mediaCallJoin = defineRpc(
  'media.call.join.v1',
  z.object(peerRef).strict(),
  z.object({ routerRtpCapabilities: rtpCapabilitiesSchema, producers: z.array(remoteProducerSchema) }),
);

export const transportOptionsSchema = z.object({
  id,
  iceParameters: loose,
  iceCandidates: z.array(loose),
  dtlsParameters: loose,
});
export type TransportOptions = z.infer<typeof transportOptionsSchema>;

export const mediaTransportCreate = defineRpc(
  'media.transport.create.v1',
  z.object({ ...peerRef, direction: transportDirectionSchema }).strict(),
  transportOptionsSchema,
);

export const mediaTransportConnect = defineRpc(
  'media.transport.connect.v1',
  z.object({ ...peerRef, transportId: id, dtlsParameters: dtlsParametersSchema }).strict(),
  z.object({ connected: z.literal(true) }),
);

export const mediaProduce = defineRpc(
  'media.produce.v1',
  z.object({ ...peerRef, transportId: id, kind: mediaKindSchema, rtpParameters: rtpParametersSchema }).strict(),
  z.object({ producerId: id }),
);

/** Consumers are created paused: the client resumes them once its side is ready (media.consumer.resume.v1). */
export const mediaConsume = defineRpc(
  'media.consume.v1',
  z.object({ ...peerRef, transportId: id, producerId: id, rtpCapabilities: rtpCapabilitiesSchema }).strict(),
  z.object({ consumerId: id, producerId: id, kind: mediaKindSchema, rtpParameters: rtpParametersSchema }),
);

export const mediaConsumerResume = defineRpc(
  'media.consumer.resume.v1',
  z.object({ ...peerRef, consumerId: id }).strict(),
  z.object({ resumed: z.literal(true) }),
);

/** Mute (paused) or unmute one of the peer's own producers; consumers of it stop / restart receiving. */
export const mediaProducerSetPaused = defineRpc(
  'media.producer.set-paused.v1',
  z.object({ ...peerRef, producerId: id, paused: z.boolean() }).strict(),
  z.object({ paused: z.boolean() }),
);

/**
 * The peer leaves the call (its socket is gone): its transports, producers and consumers close; the others
 * carry on (`call.peer-left`), and the last one out ends the call.
 * Sent by a participant who is not in the running call, it declines the ring (`call.declined` to the others).
 */
export const mediaCallLeave = defineRpc(
  'media.call.leave.v1',
  z.object(peerRef).strict(),
  z.object({ left: z.boolean() }),
);

/**
 * Hang-up: the peer ends the running call for everyone in it. The room's router closes (every transport,
 * producer and consumer with it), `call.ended` (reason `hung-up`) goes to the session and the thread records
 * the end once, with its duration. Only a peer in the call may end it (CONFLICT otherwise).
 */
export const mediaCallEnd = defineRpc(
  'media.call.end.v1',
  z.object(peerRef).strict(),
  z.object({ ended: z.literal(true) }),
);

/**
 * Weak-network mode for one peer: while on, the server keeps every video consumer of that peer paused (no
 * video is forwarded to it, so its downlink carries audio only), including consumers created meanwhile;
 * turning it off resumes them.
 */
export const mediaCallSetAudioOnly = defineRpc(
  'media.call.audio-only.v1',
  z.object({ ...peerRef, audioOnly: z.boolean() }).strict(),
  z.object({ audioOnly: z.boolean() }),
);

/** Browser → gateway: the `call` socket message (acknowledged with `{ ok: true, data }` or `{ ok: false, code }`). */
export const callSignalSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('join'), sessionId: z.string().uuid() }).strict(),
  z.object({ op: z.literal('create-transport'), sessionId: z.string().uuid(), direction: transportDirectionSchema }).strict(),
  z
    .object({ op: z.literal('connect-transport'), sessionId: z.string().uuid(), transportId: id, dtlsParameters: dtlsParametersSchema })
    .strict(),
  z
    .object({
      op: z.literal('produce'),
      sessionId: z.string().uuid(),
      transportId: id,
      kind: mediaKindSchema,
      rtpParameters: rtpParametersSchema,
    })
    .strict(),
  z
    .object({
      op: z.literal('consume'),
      sessionId: z.string().uuid(),
      transportId: id,
      producerId: id,
      rtpCapabilities: rtpCapabilitiesSchema,
    })
    .strict(),
  z.object({ op: z.literal('resume-consumer'), sessionId: z.string().uuid(), consumerId: id }).strict(),
  z.object({ op: z.literal('set-producer-paused'), sessionId: z.string().uuid(), producerId: id, paused: z.boolean() }).strict(),
  z.object({ op: z.literal('set-audio-only'), sessionId: z.string().uuid(), audioOnly: z.boolean() }).strict(),
  z.object({ op: z.literal('leave'), sessionId: z.string().uuid() }).strict(),
  z.object({ op: z.literal('end'), sessionId: z.string().uuid() }).strict(),
]);
export type CallSignal = z.infer<typeof callSignalSchema>;
