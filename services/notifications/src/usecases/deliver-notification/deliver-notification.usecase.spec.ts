import { FieldCipher } from '@passerelle/nest-kit';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import type { EmailMessage, EmailProvider, ShortMessage, SmsProvider, WhatsAppProvider } from '../../domain/providers';
import type { NotificationEntity } from '../../infra/entities/notification.entity';
import { ProviderError, RateLimitedError } from '../../domain/provider-error';
import { DeliverNotificationUseCase } from './deliver-notification.usecase';

const cipher = new FieldCipher(randomBytes(32));

function row(overrides: Partial<NotificationEntity> = {}): NotificationEntity {
  return {
    id: randomUUID(),
    idempotencyKey: 'invite:x:1',
    channel: 'sms',
    template: 'session-invite',
    language: 'ru',
    recipientEncrypted: cipher.encrypt('+33612345678', 'recipient'),
    variablesEncrypted: cipher.encrypt(
      JSON.stringify({ firstName: 'Ivan', requesterName: 'Dr Test', organisationName: 'Clinic', link: 'https://x.example/join/t' }),
      'variables',
    ),
    attachmentsEncrypted: null,
    status: 'queued',
    provider: null,
    providerMessageId: null,
    attempts: 0,
    lastError: null,
    sentAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

/** Just the two repository calls the use case makes; updates are recorded, not applied. */
function fakeRepository(stored: NotificationEntity) {
  const updates: Record<string, unknown>[] = [];
  const repository = {
    findOneBy: async ({ id }: { id: string }) => (id === stored.id ? stored : null),
    update: async (_id: string, change: Record<string, unknown>) => void updates.push(change),
  };
  return { repository: repository as unknown as Repository<NotificationEntity>, updates };
}

const unexpected = (name: string) => () => {
  throw new Error(`Unexpected ${name}`);
};

function useCase(stored: NotificationEntity, sms: SmsProvider['sendSms']) {
  const { repository, updates } = fakeRepository(stored);
  const email: EmailProvider = { sendEmail: unexpected('e-mail') as (m: EmailMessage) => never };
  const whatsapp: WhatsAppProvider = { sendWhatsApp: unexpected('WhatsApp') as (m: ShortMessage) => never };
  return { updates, deliver: new DeliverNotificationUseCase(repository, cipher, email, { sendSms: sms }, whatsapp) };
}

describe('DeliverNotificationUseCase', () => {
  it('renders the SMS in the language asked for, delivers it and forgets the variables', async () => {
    const stored = row();
    const sent: ShortMessage[] = [];
    const { deliver, updates } = useCase(stored, async (message) => {
      sent.push(message);
      return { provider: 'outbox', providerMessageId: 'm-1' };
    });

    expect(await deliver.execute({ notificationId: stored.id, lastAttempt: false })).toBe('sent');
    expect(sent).toEqual([
      { reference: stored.id, to: '+33612345678', text: expect.stringMatching(/^Здравствуйте, Ivan! .*https:\/\/x\.example\/join\/t$/) },
    ]);
    expect(updates).toEqual([
      expect.objectContaining({ status: 'sent', provider: 'outbox', providerMessageId: 'm-1', variablesEncrypted: null, lastError: null }),
    ]);
  });

  it('records a failed attempt and rethrows it so BullMQ retries; the last one marks the message failed', async () => {
    const stored = row();
    const failing = useCase(stored, async () => {
      throw new Error('provider said no');
    });

    await expect(failing.deliver.execute({ notificationId: stored.id, lastAttempt: false })).rejects.toThrow('provider said no');
    await expect(failing.deliver.execute({ notificationId: stored.id, lastAttempt: true })).rejects.toThrow('provider said no');
    expect(failing.updates.map((u) => [u.status, u.lastError])).toEqual([
      ['queued', 'Error: provider said no'],
      ['failed', 'Error: provider said no'],
    ]);
  });

  it('marks a permanent provider refusal failed at once, and records nothing when the rate limit held it back', async () => {
    const stored = row();
    const refused = useCase(stored, async () => {
      throw new ProviderError('vonage-sms', 400);
    });
    await expect(refused.deliver.execute({ notificationId: stored.id, lastAttempt: false })).rejects.toBeInstanceOf(ProviderError);
    expect(refused.updates.map((u) => [u.status, u.lastError])).toEqual([['failed', 'ProviderError: vonage-sms answered 400']]);

    const limited = useCase(stored, async () => {
      throw new RateLimitedError('vonage', 300);
    });
    await expect(limited.deliver.execute({ notificationId: stored.id, lastAttempt: false })).rejects.toBeInstanceOf(RateLimitedError);
    expect(limited.updates).toEqual([]);
  });

  it('never sends a delivered message again', async () => {
    const stored = row({ status: 'sent', variablesEncrypted: null });
    const { deliver, updates } = useCase(stored, unexpected('SMS') as SmsProvider['sendSms']);
    expect(await deliver.execute({ notificationId: stored.id, lastAttempt: false })).toBe('already-sent');
    expect(await deliver.execute({ notificationId: randomUUID(), lastAttempt: false })).toBe('missing');
    expect(updates).toEqual([]);
  });
});
