import { loadConfig } from '@passerelle/nest-kit';
import { configSchema } from './config';

describe('notifications config', () => {
  it('defaults to the outbox with the documented provider defaults', () => {
    const config = loadConfig(configSchema, {});
    expect(config).toMatchObject({
      EMAIL_PROVIDER: 'outbox',
      SMS_PROVIDER: 'outbox',
      WHATSAPP_PROVIDER: 'outbox',
      SENDGRID_BASE_URL: 'https://api.sendgrid.com',
      VONAGE_REST_HOST: 'https://rest.nexmo.com',
      VONAGE_API_HOST: 'https://api.nexmo.com',
      VONAGE_RATE_PER_SECOND: 30,
    });
  });

  it("refuses to start without the chosen provider's settings", () => {
    expect(() => loadConfig(configSchema, { EMAIL_PROVIDER: 'sendgrid' })).toThrow(/SENDGRID_API_KEY/);
    expect(() => loadConfig(configSchema, { EMAIL_PROVIDER: 'smtp', SMTP_URL: 'smtp://relay:25' })).toThrow(/SMTP_FROM/);
    // A route to Vonage needs Vonage even when the default SMS provider is the outbox.
    expect(() => loadConfig(configSchema, { SMS_ROUTES: '+33=vonage' })).toThrow(/VONAGE_API_KEY/);
    expect(() => loadConfig(configSchema, { SMS_ROUTES: '+33=twilio' })).toThrow(/SMS_ROUTES/);
  });
});
