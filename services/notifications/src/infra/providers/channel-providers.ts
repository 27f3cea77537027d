import { Provider } from '@nestjs/common';
import { REDIS, SERVICE_CONFIG } from '@passerelle/nest-kit';
import type Redis from 'ioredis';
import { EMAIL_PROVIDER, SMS_PROVIDER, SMS_PROVIDERS, SmsProvider, WHATSAPP_PROVIDER } from '../../domain/providers';
import { parseSmsRoutes } from '../../domain/sms-routes';
import type { NotificationsConfig } from '../../config';
import { ProviderRateLimiter } from '../rate-limit/provider-rate-limiter';
import { OutboxProvider } from './outbox.provider';
import { SendgridProvider } from './sendgrid.provider';
import { SmsRouter } from './sms-router';
import { SmtpProvider } from './smtp.provider';
import { VonageSettings } from './vonage-client';
import { VonageSmsProvider } from './vonage-sms.provider';
import { VonageWhatsAppProvider } from './vonage-whatsapp.provider';

function vonageSettings(config: NotificationsConfig): VonageSettings {
  return {
    apiKey: config.VONAGE_API_KEY,
    apiSecret: config.VONAGE_API_SECRET,
    applicationId: config.VONAGE_APPLICATION_ID,
    privateKey: config.VONAGE_PRIVATE_KEY,
    restHost: config.VONAGE_REST_HOST,
    apiHost: config.VONAGE_API_HOST,
    ratePerSecond: config.VONAGE_RATE_PER_SECOND,
  };
}

/**
 * Binds each channel's port to the adapter its variable names. Adding a vendor: one file in this folder,
 * one value in the config enum, one case here. Vendor adapters are built only when configured.
 */
export const channelProviders: Provider[] = [
  OutboxProvider,
  { provide: ProviderRateLimiter, inject: [REDIS], useFactory: (redis: Redis) => new ProviderRateLimiter(redis) },
  {
    provide: EMAIL_PROVIDER,
    inject: [SERVICE_CONFIG, OutboxProvider, ProviderRateLimiter],
    useFactory: (config: NotificationsConfig, outbox: OutboxProvider, limiter: ProviderRateLimiter) => {
      switch (config.EMAIL_PROVIDER) {
        case 'outbox':
          return outbox;
        case 'sendgrid':
          return new SendgridProvider(
            {
              apiKey: config.SENDGRID_API_KEY,
              from: config.SENDGRID_FROM,
              baseUrl: config.SENDGRID_BASE_URL,
              ratePerSecond: config.SENDGRID_RATE_PER_SECOND,
            },
            limiter,
          );
        case 'smtp':
          return new SmtpProvider({ url: config.SMTP_URL, from: config.SMTP_FROM, ratePerSecond: config.SMTP_RATE_PER_SECOND }, limiter);
      }
    },
  },
  {
    provide: SMS_PROVIDER,
    inject: [SERVICE_CONFIG, OutboxProvider, ProviderRateLimiter],
    useFactory: (config: NotificationsConfig, outbox: OutboxProvider, limiter: ProviderRateLimiter) => {
      const routes = parseSmsRoutes(config.SMS_ROUTES, SMS_PROVIDERS);
      const used = new Set([config.SMS_PROVIDER, ...routes.map((route) => route.provider)]);
      const adapters: Record<string, SmsProvider> = { outbox };
      if (used.has('vonage')) adapters.vonage = new VonageSmsProvider({ ...vonageSettings(config), from: config.VONAGE_SMS_FROM }, limiter);
      return new SmsRouter(adapters, routes, config.SMS_PROVIDER);
    },
  },
  {
    provide: WHATSAPP_PROVIDER,
    inject: [SERVICE_CONFIG, OutboxProvider, ProviderRateLimiter],
    useFactory: (config: NotificationsConfig, outbox: OutboxProvider, limiter: ProviderRateLimiter) => {
      switch (config.WHATSAPP_PROVIDER) {
        case 'outbox':
          return outbox;
        case 'vonage':
          return new VonageWhatsAppProvider({ ...vonageSettings(config), from: config.VONAGE_WHATSAPP_FROM }, limiter);
      }
    },
  },
];
