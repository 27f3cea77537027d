import { parseSmsRoutes, routeSms } from './sms-routes';

describe('SMS routes', () => {
  const routes = parseSmsRoutes('+33=vonage, +223=outbox,+2237=vonage', ['outbox', 'vonage']);

  it('picks the longest matching prefix, else the default provider', () => {
    expect(routeSms('+33612345678', routes, 'outbox')).toBe('vonage');
    expect(routeSms('+22360123456', routes, 'vonage')).toBe('outbox');
    expect(routeSms('+22370123456', routes, 'outbox')).toBe('vonage');
    expect(routeSms('+4915112345678', routes, 'outbox')).toBe('outbox');
  });

  it('is empty when unset and refuses malformed rules', () => {
    expect(parseSmsRoutes('', ['outbox'])).toEqual([]);
    expect(() => parseSmsRoutes('33=vonage', ['outbox', 'vonage'])).toThrow(/prefix/);
    expect(() => parseSmsRoutes('+33=twilio', ['outbox', 'vonage'])).toThrow(/provider/);
  });
});
