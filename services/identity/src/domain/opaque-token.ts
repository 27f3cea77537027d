import { createHash, randomBytes } from 'node:crypto';

/** 256-bit random, URL-safe; only its SHA-256 is ever stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
