import { randomUUID } from 'node:crypto';
import { sendgridWebhookSigner, signVonageWebhook } from '@passerelle/testing';
import { parseSendgridEvents, verifySendgridSignature } from './sendgrid-events';
import { parseVonageEvent, verifyVonageSignature } from './vonage-events';

describe('SendGrid event webhook', () => {
  const signer = sendgridWebhookSigner();
  const id = randomUUID();
  const body = JSON.stringify([
    { event: 'processed', sg_message_id: 'abc.filter1', notification_id: id },
    { event: 'delivered', sg_message_id: 'abc.filter1', notification_id: id },
    { event: 'bounce', type: 'blocked', reason: '550 user@example.org unknown', sg_message_id: 'def.filter1' },
    { event: 'open', sg_message_id: 'abc.filter1', notification_id: id },
  ]);

  it('verifies the ECDSA signature over timestamp and body', () => {
    expect(verifySendgridSignature(signer.publicKey, signer.headers(body), body)).toBe(true);
    expect(verifySendgridSignature(signer.publicKey, signer.headers(body), `${body} `)).toBe(false);
    expect(verifySendgridSignature(sendgridWebhookSigner().publicKey, signer.headers(body), body)).toBe(false);
    expect(verifySendgridSignature('', signer.headers(body), body)).toBe(false);
    expect(verifySendgridSignature(signer.publicKey, {}, body)).toBe(false);
  });

  it('keeps settling events, without the bounce text (it quotes the address)', () => {
    expect(parseSendgridEvents(body)).toEqual([
      { notificationId: id, providerMessageId: 'abc', outcome: 'delivered', reason: 'sendgrid: delivered' },
      { notificationId: undefined, providerMessageId: 'def', outcome: 'failed', reason: 'sendgrid: blocked' },
    ]);
  });
});

describe('Vonage signed webhook', () => {
  const secret = 'a-signature-secret-for-the-unit-test';
  const id = randomUUID();
  const body = JSON.stringify({ message_uuid: 'm-1', status: 'undeliverable', client_ref: id });

  it('verifies the HS256 JWT and its payload hash', async () => {
    expect(await verifyVonageSignature(secret, signVonageWebhook(secret, body), body)).toBe(true);
    expect(await verifyVonageSignature(secret, signVonageWebhook('other', body), body)).toBe(false);
    expect(await verifyVonageSignature(secret, signVonageWebhook(secret, body), body.replace('undeliverable', 'delivered'))).toBe(false);
    expect(await verifyVonageSignature('', signVonageWebhook('', body), body)).toBe(false);
  });

  it('reads Messages statuses and SMS receipts', () => {
    expect(parseVonageEvent(body)).toEqual([{ notificationId: id, providerMessageId: 'm-1', outcome: 'failed', reason: 'vonage: undeliverable' }]);
    expect(parseVonageEvent(JSON.stringify({ messageId: 's-1', status: 'delivered', 'client-ref': 'not-ours' }))).toEqual([
      { notificationId: undefined, providerMessageId: 's-1', outcome: 'delivered', reason: 'vonage: delivered' },
    ]);
    expect(parseVonageEvent(JSON.stringify({ message_uuid: 'm-2', status: 'submitted' }))).toEqual([]);
  });
});
