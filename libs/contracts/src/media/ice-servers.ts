import { z } from 'zod';

/**
 * ICE servers handed to a call's browsers (RTCIceServer shape, ready for mediasoup-client's
 * `createSendTransport({ ...transportOptions, iceServers })` and `createRecvTransport`). TURN entries carry
 * short-lived credentials of the TURN REST API scheme (username `<expiry-unix>:<random>`, credential
 * base64(HMAC-SHA1(secret, username))), which coturn checks with the same static secret. Empty when the
 * deployment runs no TURN server.
 *
 * Served by the gateway at `GET /api/v1/sessions/:id/ice-servers`, to the participants of that session only.
 */
export const iceServerSchema = z.object({
  urls: z.array(z.string().min(1)).min(1),
  username: z.string().min(1),
  credential: z.string().min(1),
});
export type IceServer = z.infer<typeof iceServerSchema>;

export const iceServersAnswerSchema = z.object({
  iceServers: z.array(iceServerSchema),
  /** When the credentials stop working (ISO 8601); ask again before a new call after that. */
  expiresAt: z.string().datetime(),
});
export type IceServersAnswer = z.infer<typeof iceServersAnswerSchema>;
