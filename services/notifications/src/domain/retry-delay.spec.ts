import { ProviderError, parseRetryAfter } from './provider-error';
import { retryDelay } from './retry-delay';

describe('retry delay', () => {
  it('doubles from the base delay', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelay(attempts, 100, new Error('x')))).toEqual([100, 200, 400, 800]);
  });

  it('waits at least what the provider asked for', () => {
    expect(retryDelay(1, 100, new ProviderError('sendgrid', 429, 5000))).toBe(5000);
    expect(retryDelay(4, 1000, new ProviderError('sendgrid', 429, 5000))).toBe(8000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('treats refusals of the message itself as permanent, never rate limits, timeouts or server errors', () => {
    expect(new ProviderError('sendgrid', 400).permanent).toBe(true);
    expect(new ProviderError('sendgrid', 401).permanent).toBe(true);
    expect(new ProviderError('sendgrid', 429).permanent).toBe(false);
    expect(new ProviderError('sendgrid', 408).permanent).toBe(false);
    expect(new ProviderError('sendgrid', 500).permanent).toBe(false);
    expect(new ProviderError('vonage-sms', undefined).permanent).toBe(false);
    expect(new ProviderError('smtp', 550).permanent).toBe(true);
    expect(new ProviderError('smtp', 451).permanent).toBe(false);
  });

  it('names the provider and status only', () => {
    expect(new ProviderError('vonage-sms', 500).message).toBe('vonage-sms answered 500');
    expect(new ProviderError('smtp', undefined).message).toBe('smtp request failed');
  });
});
