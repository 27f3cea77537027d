import type { LocationQueryValue } from 'vue-router';

/**
 * The `redirect` query of the login page, if it is a path inside this app. Anything else (another origin
 * such as `//evil.example` or `https://…`, a backslash trick) is dropped: a login page must not be usable
 * to bounce users to a look-alike site.
 */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  const target = Array.isArray(value) ? value[0] : value;
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
    return null;
  }
  return target;
}
