import { createHash, createHmac, randomUUID } from 'node:crypto';
import { RecordingServer } from './recording-server';

export const VONAGE_SMS_ROUTE = 'POST /sms/json';
export const VONAGE_MESSAGES_ROUTE = 'POST /v1/messages';

/**
 * The parts of Vonage's APIs the notifications service uses, on one local server: the SMS API
 * (`POST /sms/json`, form-encoded, status "0" per message) and the Messages API (`POST /v1/messages`,
 * 202 with a message_uuid). Point the SDK's restHost and apiHost at `fake.url`.
 */
export function startVonageFake(): Promise<RecordingServer> {
  return new RecordingServer({
    [VONAGE_SMS_ROUTE]: (request) => {
      const form = request.body as Record<string, string>;
      return {
        status: 200,
        body: {
          'message-count': '1',
          messages: [{ to: form.to, 'message-id': randomUUID(), status: '0', 'client-ref': form['client-ref'] }],
        },
      };
    },
    [VONAGE_MESSAGES_ROUTE]: () => ({ status: 202, body: { message_uuid: randomUUID() } }),
  }).start();
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/**
 * Signs a webhook body like Vonage's signed webhooks: an HS256 JWT with the signature secret whose
 * `payload_hash` is the body's SHA-256, sent as `Authorization: Bearer`.
 */
export function signVonageWebhook(secret: string, rawBody: string): Record<string, string> {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const claims = base64url(
    JSON.stringify({ iat: now, jti: randomUUID(), iss: 'Vonage', payload_hash: createHash('sha256').update(rawBody).digest('hex') }),
  );
  const signature = base64url(createHmac('sha256', secret).update(`${header}.${claims}`).digest());
  return { authorization: `Bearer ${header}.${claims}.${signature}`, 'content-type': 'application/json' };
}
