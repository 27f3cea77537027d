import type { CookieOptions, Request, Response } from 'express';

export const REFRESH_COOKIE = 'passerelle_refresh';
const COOKIE_PATH = '/api/v1/auth';

/** The refresh token travels in an httpOnly cookie scoped to the auth routes: page scripts never see it. */
export function setRefreshCookie(response: Response, token: string, maxAgeSeconds: number, secure: boolean): void {
  response.cookie(REFRESH_COOKIE, token, cookieOptions(secure, maxAgeSeconds * 1000));
}

export function clearRefreshCookie(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, cookieOptions(secure));
}

export function readRefreshCookie(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function cookieOptions(secure: boolean, maxAge?: number): CookieOptions {
  return { httpOnly: true, secure, sameSite: 'strict', path: COOKIE_PATH, ...(maxAge ? { maxAge } : {}) };
}
