/**
 * The real SendGrid and Vonage SDKs, pointed by configuration at local fakes that record requests,
 * driven through the real delivery path: send use case → BullMQ (private Redis) → worker → adapter, with
 * the notifications schema of the shared test stack's database. The stack's own notifications process
 * uses the outbox and another Redis: it never sees these jobs.
 */
import { DomainError, ErrorCode, RpcCommand, notificationsSend } from '@passerelle/contracts';
import { FieldCipher, ReadinessService, loadConfig } from '@passerelle/nest-kit';
import {
  PrivateServer,
  RecordingServer,
  SENDGRID_SEND_ROUTE,
  VONAGE_MESSAGES_ROUTE,
  VONAGE_SMS_ROUTE,
  sendgridWebhookSigner,
  signVonageWebhook,
  startPrivateRedis,
  startSendgridFake,
  startVonageFake,
  testStack,
} from '@passerelle/testing';
import { Job, Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { NotificationsConfig, configSchema } from '../src/config';
import { SMS_PROVIDERS } from '../src/domain/providers';
import { parseSmsRoutes } from '../src/domain/sms-routes';
import { renderMessage } from '../src/domain/templates/render';
import { NotificationEntity } from '../src/infra/entities/notification.entity';
import { OutboxMessageEntity } from '../src/infra/entities/outbox-message.entity';
import { OutboxProvider } from '../src/infra/providers/outbox.provider';
import { SendgridProvider } from '../src/infra/providers/sendgrid.provider';
import { SmsRouter } from '../src/infra/providers/sms-router';
import { VonageSmsProvider } from '../src/infra/providers/vonage-sms.provider';
import { VonageWhatsAppProvider } from '../src/infra/providers/vonage-whatsapp.provider';
import { DELIVERY_QUEUE, DeliveryQueue, deliveryJobId } from '../src/infra/queue/delivery-queue';
import { DeliveryWorker } from '../src/infra/queue/delivery.worker';
import { ProviderRateLimiter } from '../src/infra/rate-limit/provider-rate-limiter';
import { ApplyDeliveryEventsUseCase } from '../src/usecases/apply-delivery-events/apply-delivery-events.usecase';
import { DeliverNotificationUseCase } from '../src/usecases/deliver-notification/deliver-notification.usecase';
import { GetMessageStatusUseCase } from '../src/usecases/get-message-status/get-message-status.usecase';
import { SendNotificationUseCase } from '../src/usecases/send-notification/send-notification.usecase';

const VONAGE_SECRET = 'vonage-signature-secret-for-tests-0123456789';
const variables = {
  firstName: 'Amina',
  requesterName: 'Dr Martin',
  organisationName: 'Hôpital Test',
  link: 'https://passerelle.example/join/tok-123',
};

let redisServer: PrivateServer;
let redis: Redis;
let dataSource: DataSource;
let notifications: Repository<NotificationEntity>;
let sendgrid: RecordingServer;
let vonage: RecordingServer;
let config: NotificationsConfig;
let queue: DeliveryQueue;
let worker: DeliveryWorker;
let queueEvents: QueueEvents;
let jobs: Queue;
let eventsConnection: Redis;
let send: SendNotificationUseCase;
let status: GetMessageStatusUseCase;
let webhooks: ApplyDeliveryEventsUseCase;
const signer = sendgridWebhookSigner();

beforeAll(async () => {
  [redisServer, sendgrid, vonage] = await Promise.all([startPrivateRedis(), startSendgridFake(), startVonageFake()]);
  redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  dataSource = await new DataSource({
    type: 'postgres',
    url: testStack().databaseUrl,
    schema: 'notifications',
    entities: [NotificationEntity, OutboxMessageEntity],
  }).initialize();
  notifications = dataSource.getRepository(NotificationEntity);

  config = loadConfig(configSchema, {
    NODE_ENV: 'test',
    EMAIL_PROVIDER: 'sendgrid',
    SMS_PROVIDER: 'vonage',
    WHATSAPP_PROVIDER: 'vonage',
    SMS_ROUTES: '+223=outbox',
    NOTIFICATION_ATTEMPTS: '5',
    NOTIFICATION_BACKOFF_MS: '100',
    SENDGRID_API_KEY: 'SG.test-key',
    SENDGRID_FROM: 'no-reply@passerelle.example',
    SENDGRID_BASE_URL: sendgrid.url,
    SENDGRID_WEBHOOK_PUBLIC_KEY: signer.publicKey,
    VONAGE_API_KEY: 'vonage-key',
    VONAGE_API_SECRET: 'vonage-secret',
    VONAGE_SMS_FROM: 'Passerelle',
    VONAGE_WHATSAPP_FROM: '+14155550100',
    VONAGE_REST_HOST: vonage.url,
    VONAGE_API_HOST: vonage.url,
    VONAGE_SIGNATURE_SECRET: VONAGE_SECRET,
  });
  const cipher = new FieldCipher(randomBytes(32));
  const limiter = new ProviderRateLimiter(redis);
  const vonageSettings = {
    apiKey: config.VONAGE_API_KEY,
    apiSecret: config.VONAGE_API_SECRET,
    applicationId: '',
    privateKey: '',
    restHost: config.VONAGE_REST_HOST,
    apiHost: config.VONAGE_API_HOST,
    ratePerSecond: config.VONAGE_RATE_PER_SECOND,
  };
  const outbox = new OutboxProvider(dataSource.getRepository(OutboxMessageEntity));
  const deliver = new DeliverNotificationUseCase(
    notifications,
    cipher,
    new SendgridProvider(
      { apiKey: config.SENDGRID_API_KEY, from: config.SENDGRID_FROM, baseUrl: config.SENDGRID_BASE_URL, ratePerSecond: 100 },
      limiter,
    ),
    new SmsRouter(
      { outbox, vonage: new VonageSmsProvider({ ...vonageSettings, from: config.VONAGE_SMS_FROM }, limiter) },
      parseSmsRoutes(config.SMS_ROUTES, SMS_PROVIDERS),
      config.SMS_PROVIDER,
    ),
    new VonageWhatsAppProvider({ ...vonageSettings, from: config.VONAGE_WHATSAPP_FROM }, limiter),
  );
  queue = new DeliveryQueue(redis, config);
  worker = new DeliveryWorker(redis, config, deliver, { register: () => undefined } as unknown as ReadinessService);
  worker.onApplicationBootstrap();
  eventsConnection = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  queueEvents = new QueueEvents(DELIVERY_QUEUE, { connection: eventsConnection });
  await queueEvents.waitUntilReady();
  jobs = new Queue(DELIVERY_QUEUE, { connection: redis });
  send = new SendNotificationUseCase(notifications, cipher, queue);
  status = new GetMessageStatusUseCase(notifications);
  webhooks = new ApplyDeliveryEventsUseCase(notifications, config);
});

afterAll(async () => {
  await worker?.beforeApplicationShutdown();
  await queue?.beforeApplicationShutdown();
  await queueEvents?.close();
  await jobs?.close();
  redis?.disconnect();
  eventsConnection?.disconnect();
  await dataSource?.destroy();
  await Promise.all([sendgrid?.stop(), vonage?.stop(), redisServer?.stop()]);
});

beforeEach(() => {
  sendgrid.reset();
  vonage.reset();
});

type SendCommand = RpcCommand<typeof notificationsSend>;

/** Queues a message and resolves with its id once the job completed, or rejects with the final failure. */
async function sendAndSettle(command: Omit<SendCommand, 'idempotencyKey'>) {
  const idempotencyKey = `test:${randomUUID()}`;
  const { notificationId } = await send.execute({ ...command, idempotencyKey });
  const job = await Job.fromId(jobs, deliveryJobId(idempotencyKey));
  const settled = await job!.waitUntilFinished(queueEvents, 30_000).then(
    () => 'completed' as const,
    () => 'failed' as const,
  );
  return { notificationId, settled };
}

/** The session invite (template `session-invite`, the shared variables) to one recipient, queued and settled. */
function sendInvite(channel: SendCommand['channel'], to: string, language: SendCommand['language']) {
  return sendAndSettle({ channel, to, language, template: 'session-invite', variables });
}

async function statusOf(id: string) {
  const { items } = await status.execute({ notificationIds: [id] });
  return items[0]!;
}

describe('SendGrid e-mail', () => {
  it('sends the invite in the recipient language to the recipient, with the link, and stores the message id', async () => {
    const { notificationId, settled } = await sendInvite('email', 'amina@example.org', 'fr');
    expect(settled).toBe('completed');
    const [request] = sendgrid.on(SENDGRID_SEND_ROUTE);
    expect(sendgrid.on(SENDGRID_SEND_ROUTE)).toHaveLength(1);
    const expected = renderMessage('session-invite', 'fr', variables);
    expect(request!.headers.authorization).toBe('Bearer SG.test-key');
    const body = request!.body as {
      personalizations: { to: { email: string }[] }[];
      from: { email: string };
      subject: string;
      content: { type: string; value: string }[];
      custom_args: Record<string, string>;
    };
    expect(body.personalizations[0]!.to).toEqual([{ email: 'amina@example.org' }]);
    expect(body.from.email).toBe('no-reply@passerelle.example');
    expect(body.subject).toBe('Hôpital Test : votre lien de téléconsultation');
    expect(body.content).toEqual([
      { type: 'text/plain', value: expected.text },
      { type: 'text/html', value: expected.html },
    ]);
    expect(expected.text).toContain('vous invite à une téléconsultation sécurisée');
    expect(expected.text).toContain(variables.link);
    expect(expected.html).toContain(`href="${variables.link}"`);
    expect(body.custom_args).toEqual({ notification_id: notificationId });

    const state = await statusOf(notificationId);
    expect(state).toMatchObject({ id: notificationId, status: 'sent', attempts: 1 });
    expect(state.providerMessageId).toMatch(/^sg-/);
    expect(state.lastError).toBeUndefined();
  });

  it('sends a planned invite with the slot in the invitee zone and the calendar file as an attachment', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nDTSTART:20301123T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const planned = { ...variables, startsAt: '2030-11-23T09:00:00.000Z', timeZone: 'Asia/Kabul' };
    const before = sendgrid.on(SENDGRID_SEND_ROUTE).length;
    const { settled } = await sendAndSettle({
      channel: 'email',
      to: 'farid@example.org',
      language: 'fr',
      template: 'session-invite-planned',
      variables: planned,
      attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }],
    });
    expect(settled).toBe('completed');
    const requests = sendgrid.on(SENDGRID_SEND_ROUTE);
    expect(requests).toHaveLength(before + 1);
    const body = requests.at(-1)!.body as {
      personalizations: { to: { email: string }[] }[];
      subject: string;
      content: { type: string; value: string }[];
      attachments: unknown[];
    };
    const expected = renderMessage('session-invite-planned', 'fr', planned);
    expect(body.personalizations[0]!.to).toEqual([{ email: 'farid@example.org' }]);
    expect(body.subject).toBe(expected.subject);
    // 09:00 UTC is 13:30 in Kabul: the invitee reads their own time.
    expect(body.subject).toContain('13:30');
    expect(body.content[0]).toEqual({ type: 'text/plain', value: expected.text });
    expect(expected.text).toContain('(Asia/Kabul)');
    expect(expected.text).toContain(variables.link);
    expect(expected.text).toContain('https://passerelle.example/join/test');
    expect(body.attachments).toEqual([
      {
        content: Buffer.from(ics, 'utf8').toString('base64'),
        filename: 'invite.ics',
        type: 'text/calendar; charset=utf-8; method=PUBLISH',
        disposition: 'attachment',
      },
    ]);
  });

  it('retries after a 429, no sooner than its Retry-After, then succeeds', async () => {
    sendgrid.script(SENDGRID_SEND_ROUTE, { status: 429, headers: { 'retry-after': '1' }, body: { errors: [{ message: 'too many' }] } });
    const started = Date.now();
    const { notificationId, settled } = await sendInvite('email', 'amina@example.org', 'en');
    expect(settled).toBe('completed');
    const requests = sendgrid.on(SENDGRID_SEND_ROUTE);
    expect(requests).toHaveLength(2);
    // The backoff alone is 100 ms; the second try waited for Retry-After (a lower bound, not a race).
    const elapsed = Date.now() - started;
    console.log(`429 → success took ${elapsed} ms (Retry-After 1 s, backoff 100 ms)`);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(await statusOf(notificationId)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('stops at once when SendGrid refuses the message itself (400): failed after one request', async () => {
    sendgrid.script(SENDGRID_SEND_ROUTE, { status: 400, body: { errors: [{ message: 'invalid', field: 'personalizations.0.to' }] } });
    const { notificationId, settled } = await sendInvite('email', 'amina@example.org', 'en');
    expect(settled).toBe('failed');
    expect(sendgrid.on(SENDGRID_SEND_ROUTE)).toHaveLength(1);
    expect(await statusOf(notificationId)).toEqual({
      id: notificationId,
      status: 'failed',
      attempts: 1,
      lastError: 'ProviderError: sendgrid answered 400',
    });
  });

  it('accepts a signed delivery event and refuses a forged one', async () => {
    const { notificationId } = await sendInvite('email', 'amina@example.org', 'en');
    const providerMessageId = (await statusOf(notificationId)).providerMessageId!;
    const events = JSON.stringify([
      { email: 'amina@example.org', event: 'delivered', sg_message_id: `${providerMessageId}.filter0001`, notification_id: notificationId },
    ]);

    // Signed with another key, then the right signature over a tampered body: both refused, nothing changes.
    const forger = sendgridWebhookSigner();
    await expect(webhooks.fromSendgrid({ rawBody: events, headers: forger.headers(events) })).rejects.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
    const tampered = events.replace('delivered', 'bounce');
    await expect(webhooks.fromSendgrid({ rawBody: tampered, headers: signer.headers(events) })).rejects.toBeInstanceOf(DomainError);
    expect((await statusOf(notificationId)).status).toBe('sent');

    expect(await webhooks.fromSendgrid({ rawBody: events, headers: signer.headers(events) })).toEqual({ updated: 1 });
    expect((await statusOf(notificationId)).status).toBe('delivered');
  });
});

describe('Vonage SMS', () => {
  it('gives up after five 500s: the message is failed with the reason, visible through the status', async () => {
    for (let i = 0; i < 5; i++) vonage.script(VONAGE_SMS_ROUTE, { status: 500, body: { error: 'boom' } });
    const { notificationId, settled } = await sendInvite('sms', '+33612345678', 'es');
    expect(settled).toBe('failed');
    const requests = vonage.on(VONAGE_SMS_ROUTE);
    expect(requests).toHaveLength(5);
    const expected = renderMessage('session-invite', 'es', variables);
    expect(requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('vonage-key:vonage-secret').toString('base64')}`);
    expect(requests[0]!.body).toEqual({
      to: '33612345678',
      from: 'Passerelle',
      text: expected.sms,
      'client-ref': notificationId,
    });
    expect(expected.sms).toContain(variables.link);

    const state = await statusOf(notificationId);
    expect(state).toEqual({ id: notificationId, status: 'failed', attempts: 5, lastError: 'ProviderError: vonage-sms answered 500' });
  });

  it('routes numbers by prefix: +223 goes to the outbox, not to Vonage', async () => {
    const { notificationId, settled } = await sendInvite('sms', '+22370123456', 'fr');
    expect(settled).toBe('completed');
    expect(vonage.on(VONAGE_SMS_ROUTE)).toHaveLength(0);
    const row = await notifications.findOneByOrFail({ id: notificationId });
    expect(row.provider).toBe('outbox');
  });
});

describe('Vonage WhatsApp', () => {
  it('sends through the Messages API in Arabic; a signed status marks it delivered, a forged one is refused', async () => {
    const { notificationId, settled } = await sendInvite('whatsapp', '+93701234567', 'ar');
    expect(settled).toBe('completed');
    const [request] = vonage.on(VONAGE_MESSAGES_ROUTE);
    expect(request!.headers.authorization).toBe(`Basic ${Buffer.from('vonage-key:vonage-secret').toString('base64')}`);
    expect(request!.body).toEqual({
      channel: 'whatsapp',
      message_type: 'text',
      to: '93701234567',
      from: '14155550100',
      text: renderMessage('session-invite', 'ar', variables).sms,
      client_ref: notificationId,
    });
    expect((request!.body as { text: string }).text).toContain('استشارة طبية عن بُعد');
    const state = await statusOf(notificationId);
    expect(state.status).toBe('sent');

    const statusBody = JSON.stringify({
      message_uuid: state.providerMessageId,
      to: '93701234567',
      from: '14155550100',
      timestamp: new Date().toISOString(),
      status: 'delivered',
      channel: 'whatsapp',
      client_ref: notificationId,
    });
    await expect(
      webhooks.fromVonage({ rawBody: statusBody, headers: signVonageWebhook('not-the-secret', statusBody) }),
    ).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    await expect(webhooks.fromVonage({ rawBody: statusBody, headers: {} })).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    const otherBody = statusBody.replace('delivered', 'rejected');
    await expect(
      webhooks.fromVonage({ rawBody: otherBody, headers: signVonageWebhook(VONAGE_SECRET, statusBody) }),
    ).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    expect((await statusOf(notificationId)).status).toBe('sent');

    expect(await webhooks.fromVonage({ rawBody: statusBody, headers: signVonageWebhook(VONAGE_SECRET, statusBody) })).toEqual({ updated: 1 });
    expect((await statusOf(notificationId)).status).toBe('delivered');
  });
});

describe('provider rate limit', () => {
  it('holds a send back while the provider window is full, without spending an attempt', async () => {
    // Fill this second's and the next second's SendGrid windows (100/s), as other sends would.
    const second = Math.floor(Date.now() / 1000);
    await redis.set(`notifications:rate:sendgrid:${second}`, 100, 'PX', 5000);
    await redis.set(`notifications:rate:sendgrid:${second + 1}`, 100, 'PX', 5000);
    const { notificationId, settled } = await sendInvite('email', 'amina@example.org', 'en');
    expect(settled).toBe('completed');
    expect(Date.now()).toBeGreaterThanOrEqual((second + 2) * 1000);
    expect(sendgrid.on(SENDGRID_SEND_ROUTE)).toHaveLength(1);
    expect(await statusOf(notificationId)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('admits the configured sends per second per provider, then says how long to wait', async () => {
    const now = 1_800_000_000_250;
    const limiter = new ProviderRateLimiter(redis, () => now);
    const bucket = `test-${randomUUID()}`;
    await limiter.take(bucket, 2);
    await limiter.take(bucket, 2);
    await expect(limiter.take(bucket, 2)).rejects.toMatchObject({ name: 'RateLimitedError', waitMs: 750 });
    // Another provider has its own bucket.
    await limiter.take(`${bucket}-other`, 2);
  });
});
