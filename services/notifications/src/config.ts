import {
  baseConfigShape,
  dataKeyConfigShape,
  databaseConfigShape,
  httpPortConfigShape,
  redisConfigShape,
  requireDataKeyInProduction,
} from '@passerelle/nest-kit';
import { z } from 'zod';
import { EMAIL_PROVIDERS, SMS_PROVIDERS, WHATSAPP_PROVIDERS } from './domain/providers';
import { parseSmsRoutes } from './domain/sms-routes';

const ratePerSecond = (fallback: number) => z.coerce.number().int().min(1).max(10_000).default(fallback);

export const configSchema = z
  .object({
    ...baseConfigShape,
    ...databaseConfigShape,
    ...redisConfigShape,
    ...httpPortConfigShape(8087),
    /** Encrypts recipients and template variables at rest (32 bytes, base64); required in production. */
    ...dataKeyConfigShape('NOTIFICATIONS_DATA_KEY'),
    EMAIL_PROVIDER: z.enum(EMAIL_PROVIDERS).default('outbox'),
    SMS_PROVIDER: z.enum(SMS_PROVIDERS).default('outbox'),
    WHATSAPP_PROVIDER: z.enum(WHATSAPP_PROVIDERS).default('outbox'),
    /** Delivery attempts per message (BullMQ), with exponential backoff from NOTIFICATION_BACKOFF_MS. */
    NOTIFICATION_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    NOTIFICATION_BACKOFF_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
    NOTIFICATION_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
    /** `+33=vonage,+223=outbox`: longest matching prefix picks the SMS provider, else SMS_PROVIDER. */
    SMS_ROUTES: z.string().default(''),

    SENDGRID_API_KEY: z.string().default(''),
    SENDGRID_FROM: z.string().default(''),
    SENDGRID_BASE_URL: z.string().url().default('https://api.sendgrid.com'),
    /** Base64 DER public key of the signed event webhook (SendGrid settings → Mail settings → Event webhook). */
    SENDGRID_WEBHOOK_PUBLIC_KEY: z.string().default(''),
    SENDGRID_RATE_PER_SECOND: ratePerSecond(100),

    /** smtp://user:pass@host:587 or smtps://…; for on-premise relays. */
    SMTP_URL: z.string().default(''),
    SMTP_FROM: z.string().default(''),
    SMTP_RATE_PER_SECOND: ratePerSecond(10),

    /** SMS API uses key + secret; the Messages API (WhatsApp) uses them too unless an application id and private key are set. */
    VONAGE_API_KEY: z.string().default(''),
    VONAGE_API_SECRET: z.string().default(''),
    VONAGE_APPLICATION_ID: z.string().default(''),
    VONAGE_PRIVATE_KEY: z.string().default(''),
    VONAGE_SMS_FROM: z.string().default(''),
    VONAGE_WHATSAPP_FROM: z.string().default(''),
    VONAGE_REST_HOST: z.string().url().default('https://rest.nexmo.com'),
    VONAGE_API_HOST: z.string().url().default('https://api.nexmo.com'),
    /** Verifies the JWT of signed status webhooks (Vonage dashboard → API settings → signature secret). */
    VONAGE_SIGNATURE_SECRET: z.string().default(''),
    /** One bucket for the account, SMS and WhatsApp together. */
    VONAGE_RATE_PER_SECOND: ratePerSecond(30),
  })
  .superRefine(requireDataKeyInProduction('NOTIFICATIONS_DATA_KEY'))
  .superRefine((config, context) => {
    const missing = (key: keyof typeof config) => {
      if (!config[key]) context.addIssue({ code: 'custom', path: [key], message: 'required by the chosen provider' });
    };
    const smsProviders = new Set<string>([config.SMS_PROVIDER]);
    try {
      for (const route of parseSmsRoutes(config.SMS_ROUTES, SMS_PROVIDERS)) smsProviders.add(route.provider);
    } catch (error) {
      context.addIssue({ code: 'custom', path: ['SMS_ROUTES'], message: (error as Error).message });
    }
    if (config.EMAIL_PROVIDER === 'sendgrid') ['SENDGRID_API_KEY', 'SENDGRID_FROM'].forEach((key) => missing(key as 'SENDGRID_FROM'));
    if (config.EMAIL_PROVIDER === 'smtp') ['SMTP_URL', 'SMTP_FROM'].forEach((key) => missing(key as 'SMTP_URL'));
    if (smsProviders.has('vonage')) ['VONAGE_API_KEY', 'VONAGE_API_SECRET', 'VONAGE_SMS_FROM'].forEach((key) => missing(key as 'VONAGE_API_KEY'));
    if (config.WHATSAPP_PROVIDER === 'vonage') missing('VONAGE_WHATSAPP_FROM');
  });

export type NotificationsConfig = z.output<typeof configSchema>;
