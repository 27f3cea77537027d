import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { RecordingServer } from './recording-server';

export const SENDGRID_SEND_ROUTE = 'POST /v3/mail/send';

/**
 * The part of SendGrid's v3 API the notifications service uses: `POST /v3/mail/send`, answered 202 with
 * an `X-Message-Id` like SendGrid's. Point the SDK at `fake.url` (SENDGRID_BASE_URL).
 */
export function startSendgridFake(): Promise<RecordingServer> {
  return new RecordingServer({
    [SENDGRID_SEND_ROUTE]: () => ({ status: 202, headers: { 'x-message-id': `sg-${randomUUID()}` } }),
  }).start();
}

/**
 * Signs event-webhook bodies like SendGrid's signed event webhook: ECDSA P-256 / SHA-256 over
 * timestamp + body. `publicKey` is what SendGrid's settings page shows (base64 DER).
 */
export function sendgridWebhookSigner() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    headers(rawBody: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
      const signature = sign('sha256', Buffer.from(timestamp + rawBody, 'utf8'), { key: privateKey, dsaEncoding: 'der' });
      return {
        'x-twilio-email-event-webhook-signature': signature.toString('base64'),
        'x-twilio-email-event-webhook-timestamp': timestamp,
        'content-type': 'application/json',
      };
    },
  };
}
