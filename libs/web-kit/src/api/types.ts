/**
 * Shapes of the gateway's HTTP API (`/api/v1`) as the browser sees them. The NATS contracts in
 * libs/contracts describe service-to-service traffic; the gateway reshapes some of it (it keeps the refresh
 * token in a cookie, for example), so the browser's view is declared here.
 */

export const ROLES = ['requester', 'expert', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The user embedded in login and refresh responses. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisationId: string;
}

/** Body of `POST /auth/login` and `POST /auth/refresh`. The refresh token travels as an httpOnly cookie. */
export interface AuthSession {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: SessionUser;
}

export interface Organisation {
  id: string;
  name: string;
}

/** Body of `GET /me`. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisation: Organisation;
}

/** Every error body the gateway sends. */
export interface ErrorBody {
  code: string;
  message: string;
  errorId?: string;
  issues?: { path: string; problem: string }[];
  /** When the same request may succeed (a planned session's link before its join window). */
  retryAt?: string;
}
