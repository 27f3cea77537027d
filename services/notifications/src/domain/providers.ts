/**
 * One port per channel; adapters live in infra/providers (one file per vendor) and are chosen by
 * configuration (EMAIL_PROVIDER, SMS_PROVIDER, WHATSAPP_PROVIDER). `reference` is our notification id:
 * an adapter that can deduplicate (the outbox, a vendor's idempotency header) uses it, so a retry after a
 * crash between "sent" and "recorded" does not send twice.
 */
export interface DeliveryReceipt {
  provider: string;
  providerMessageId: string;
}

/** A file sent with an e-mail (the planned session's calendar entry). */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text. */
  content: string;
}

export interface EmailMessage {
  reference: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
}

export interface ShortMessage {
  reference: string;
  /** E.164. */
  to: string;
  text: string;
}

export interface EmailProvider {
  sendEmail(message: EmailMessage): Promise<DeliveryReceipt>;
}

export interface SmsProvider {
  sendSms(message: ShortMessage): Promise<DeliveryReceipt>;
}

export interface WhatsAppProvider {
  sendWhatsApp(message: ShortMessage): Promise<DeliveryReceipt>;
}

export const EMAIL_PROVIDER = Symbol('EmailProvider');
export const SMS_PROVIDER = Symbol('SmsProvider');
export const WHATSAPP_PROVIDER = Symbol('WhatsAppProvider');

/** Values the provider variables accept. */
export const EMAIL_PROVIDERS = ['outbox', 'sendgrid', 'smtp'] as const;
export const SMS_PROVIDERS = ['outbox', 'vonage'] as const;
export const WHATSAPP_PROVIDERS = ['outbox', 'vonage'] as const;
