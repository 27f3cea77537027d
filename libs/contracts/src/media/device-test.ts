import { z } from 'zod';
import { defineRpc } from '../contract';
import { dtlsParametersSchema, mediaKindSchema, rtpCapabilitiesSchema, rtpParametersSchema, transportDirectionSchema, transportOptionsSchema } from './call';
import { iceServerSchema } from './ice-servers';

/**
 * The device test's connectivity check (guest page `/join/test`, no account): the browser sends its camera
 * and microphone through the SFU and receives them back from an "echo" room of its own. Each test room is
 * isolated (one browser, nobody else can join it), closes by itself after a short time and their number
 * is capped, so the public route opens nothing to strangers but a minute of their own echo.
 *
 * The gateway serves `POST /api/v1/device-test` (public, per-IP auth rate limit) → `deviceTestOpenAnswerSchema`
 * and `POST /api/v1/device-test/:testId/signal` with `{ key, signal }`. The `key` (random, only
 * in the open answer) is what proves the caller opened that test.
 */
const id = z.string().min(1).max(100);
const key = z.string().min(32).max(200);

export const mediaDeviceTestOpen = defineRpc(
  'media.device-test.open.v1',
  z.object({}).strict(),
  z.object({
    testId: z.string().uuid(),
    key,
    routerRtpCapabilities: rtpCapabilitiesSchema,
    expiresAt: z.string().datetime(),
  }),
);

export const deviceTestSignalSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('create-transport'), direction: transportDirectionSchema }).strict(),
  z.object({ op: z.literal('connect-transport'), transportId: id, dtlsParameters: dtlsParametersSchema }).strict(),
  z.object({ op: z.literal('produce'), transportId: id, kind: mediaKindSchema, rtpParameters: rtpParametersSchema }).strict(),
  z.object({ op: z.literal('consume'), transportId: id, producerId: id, rtpCapabilities: rtpCapabilitiesSchema }).strict(),
  z.object({ op: z.literal('resume-consumer'), consumerId: id }).strict(),
  z.object({ op: z.literal('close') }).strict(),
]);
export type DeviceTestSignal = z.infer<typeof deviceTestSignalSchema>;

/** What each signal answers: transport options, `{ connected }`, `{ producerId }`, a consumer, `{ resumed }`, `{ closed }`. */
// Most specific first: zod objects drop unknown keys, so `{ producerId }` must not be tried before a consumer.
export const deviceTestSignalAnswerSchema = z.union([
  transportOptionsSchema,
  z.object({ consumerId: id, producerId: id, kind: mediaKindSchema, rtpParameters: rtpParametersSchema }),
  z.object({ producerId: id }),
  z.object({ connected: z.literal(true) }),
  z.object({ resumed: z.literal(true) }),
  z.object({ closed: z.boolean() }),
]);
export type DeviceTestSignalAnswer = z.infer<typeof deviceTestSignalAnswerSchema>;

export const mediaDeviceTestSignal = defineRpc(
  'media.device-test.signal.v1',
  z.object({ testId: z.string().uuid(), key, signal: deviceTestSignalSchema }).strict(),
  deviceTestSignalAnswerSchema,
);

/** HTTP answer of `POST /api/v1/device-test`: the media answer plus ICE servers (TURN) for the browser. */
export const deviceTestOpenAnswerSchema = mediaDeviceTestOpen.response.extend({ iceServers: z.array(iceServerSchema) });
export type DeviceTestOpenAnswer = z.infer<typeof deviceTestOpenAnswerSchema>;

/** HTTP body of `POST /api/v1/device-test/:testId/signal`. */
export const deviceTestSignalBodySchema = z.object({ key, signal: deviceTestSignalSchema }).strict();
