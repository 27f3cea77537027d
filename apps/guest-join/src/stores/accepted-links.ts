/**
 * Remembers, for this browser tab only, that the terms of a link were accepted, so that reloading the
 * page (phones reload tabs they put to sleep) goes straight back to the consultation: the link is simply
 * redeemed again (the server gives the same participant back).
 *
 * Neither the link nor the guest's access token is stored: only a fingerprint of the link, to recognise
 * it, and the terms version accepted. sessionStorage ends with the tab.
 */
const KEY = 'passerelle.guest.accepted';

interface Accepted {
  link: string;
  termsVersion: string | null;
}

/** FNV-1a: enough to recognise the same link again; not a secret, not a security measure. */
function fingerprint(token: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index += 1) {
    hash ^= token.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}

export function rememberAccepted(token: string, termsVersion: string | null): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ link: fingerprint(token), termsVersion } satisfies Accepted));
  } catch {
    // Storage refused (private mode): a reload shows the terms again, nothing worse.
  }
}

/** The terms version accepted for this link in this tab, or undefined if none. */
export function acceptedFor(token: string): { termsVersion: string | null } | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Accepted | null;
    return saved?.link === fingerprint(token) ? { termsVersion: saved.termsVersion } : undefined;
  } catch {
    return undefined;
  }
}

export function forgetAccepted(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
