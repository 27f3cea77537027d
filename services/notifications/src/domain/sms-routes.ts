/**
 * SMS_ROUTES: comma-separated `prefix=provider` rules, e.g. `+33=vonage,+223=outbox`. The longest prefix
 * matching the E.164 number wins; numbers matching none go to SMS_PROVIDER. Lets a hospital send its
 * country's numbers through a national gateway.
 */
export interface SmsRoute {
  prefix: string;
  provider: string;
}

export function parseSmsRoutes(value: string, providers: readonly string[]): SmsRoute[] {
  if (!value.trim()) return [];
  return value.split(',').map((rule) => {
    const [prefix, provider] = rule.split('=').map((part) => part.trim());
    if (!prefix || !/^\+\d{1,15}$/.test(prefix)) throw new Error(`SMS_ROUTES: "${prefix ?? ''}" is not a +digits prefix`);
    if (!provider || !providers.includes(provider)) {
      throw new Error(`SMS_ROUTES: provider for ${prefix} must be one of ${providers.join(', ')}`);
    }
    return { prefix, provider };
  });
}

export function routeSms(to: string, routes: readonly SmsRoute[], fallback: string): string {
  let best: SmsRoute | undefined;
  for (const route of routes) {
    if (to.startsWith(route.prefix) && (!best || route.prefix.length > best.prefix.length)) best = route;
  }
  return best?.provider ?? fallback;
}
