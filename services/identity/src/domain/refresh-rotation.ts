export interface StoredRefreshToken {
  expiresAt: Date;
  revokedAt: Date | null;
  replacedBy: string | null;
}

export type RefreshVerdict = 'unknown' | 'rotate' | 'expired' | 'revoked' | 'reused';

/**
 * What presenting a refresh token means. A token that was already rotated (it has a successor) is a
 * replay: the caller must revoke the whole family. A token revoked by logout is simply refused.
 */
export function judgeRefreshToken(token: StoredRefreshToken | null, now: Date): RefreshVerdict {
  if (!token) return 'unknown';
  if (token.replacedBy) return 'reused';
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}
