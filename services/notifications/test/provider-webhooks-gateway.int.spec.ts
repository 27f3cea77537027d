/**
 * The public webhook routes of the gateway reach notifications with the raw body and the signature
 * headers. The shared stack's notifications has no provider keys configured, so every call must be
 * refused: a forged SendGrid or Vonage webhook is 401, never applied. (Accepted signatures are covered
 * against the use case in provider-delivery.int.spec.ts.)
 */
import { sendgridWebhookSigner, signVonageWebhook, testStack } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';

async function post(path: string, body: string, headers: Record<string, string>) {
  const response = await fetch(new URL(path, testStack().gatewayUrl), { method: 'POST', body, headers });
  return { status: response.status, body: (await response.json()) as { code?: string } };
}

describe('provider webhooks through the gateway', () => {
  it('refuses a forged SendGrid event webhook', async () => {
    const body = JSON.stringify([{ event: 'delivered', sg_message_id: 'x.filter', notification_id: randomUUID() }]);
    const result = await post('/api/v1/provider-webhooks/sendgrid', body, sendgridWebhookSigner().headers(body));
    expect(result).toEqual({ status: 401, body: expect.objectContaining({ code: 'UNAUTHENTICATED' }) });
  });

  it('refuses a forged or unsigned Vonage status webhook', async () => {
    const body = JSON.stringify({ message_uuid: randomUUID(), status: 'delivered' });
    const forged = await post('/api/v1/provider-webhooks/vonage', body, signVonageWebhook('guessed-secret', body));
    expect(forged).toEqual({ status: 401, body: expect.objectContaining({ code: 'UNAUTHENTICATED' }) });
    const unsigned = await post('/api/v1/provider-webhooks/vonage', body, { 'content-type': 'application/json' });
    expect(unsigned.status).toBe(401);
  });
});
