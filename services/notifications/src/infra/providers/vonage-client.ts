import { Vonage } from '@vonage/server-sdk';
import { ProviderError, parseRetryAfter } from '../../domain/provider-error';

export interface VonageSettings {
  apiKey: string;
  apiSecret: string;
  /** With a private key: Messages API calls are signed with a JWT instead of basic auth. */
  applicationId: string;
  privateKey: string;
  /** https://rest.nexmo.com (SMS API) and https://api.nexmo.com (Messages API), or local fakes in tests. */
  restHost: string;
  apiHost: string;
  ratePerSecond: number;
}

/** The SMS and the WhatsApp adapters share one client and one rate bucket (limits are per account). */
export const VONAGE_RATE_BUCKET = 'vonage';

export function createVonageClient(settings: VonageSettings): Vonage {
  const jwt = settings.applicationId && settings.privateKey;
  return new Vonage(
    {
      apiKey: settings.apiKey,
      apiSecret: settings.apiSecret,
      ...(jwt ? { applicationId: settings.applicationId, privateKey: settings.privateKey } : {}),
    },
    { restHost: settings.restHost, apiHost: settings.apiHost },
  );
}

/** Vonage wants E.164 digits without the plus. */
export function vonageNumber(e164: string): string {
  return e164.replace(/^\+/, '');
}

/**
 * The SDK throws a VetchError holding the fetch Response on HTTP errors, and an SMS failure (HTTP 200 with
 * a non-zero status per message) otherwise. Either becomes a ProviderError without the request payload.
 */
export function vonageFailure(provider: string, error: unknown): ProviderError {
  const response = (error as { response?: { status?: number; headers?: { get?(name: string): string | null } } }).response;
  if (response && typeof response.status === 'number') {
    return new ProviderError(provider, response.status, parseRetryAfter(response.headers?.get?.('retry-after')));
  }
  const smsStatus = (error as { response?: { messages?: { status?: string }[] } }).response?.messages?.[0]?.status;
  // SMS API status 1 is "throttled": the same as an HTTP 429.
  return new ProviderError(provider, smsStatus === '1' ? 429 : undefined);
}
