import type { Invite } from './invite';

/** Persistence port of invites (TypeORM adapter in infra, in-memory fakes in tests); plaintext in, plaintext out. */
export abstract class InviteStore {
  abstract insert(invite: Invite): Promise<void>;
  abstract delete(id: string): Promise<void>;
  abstract findById(id: string): Promise<Invite | null>;
  abstract findByTokenHash(tokenHash: string): Promise<Invite | null>;
  /** Newest first. */
  abstract listCreatedBy(organisationId: string, userId: string, limit: number): Promise<Invite[]>;
  /** Newest first. */
  abstract listForOrganisation(organisationId: string, limit: number): Promise<Invite[]>;
  abstract listForSession(sessionId: string): Promise<Invite[]>;
  /**
   * Replaces the link (the old token stops working), pushes the expiry and counts one more sending.
   * Atomic, and refused (null) once the invite is revoked.
   */
  abstract renewLink(id: string, change: { tokenHash: string; linkToken: string; expiresAt: Date; sentAt: Date }): Promise<Invite | null>;
  /** A planned slot moved later than the link's expiry: the link must last until its join window closes. */
  abstract extendExpiry(id: string, expiresAt: Date): Promise<void>;
  abstract recordNotification(id: string, notificationId: string): Promise<void>;
  abstract markRevoked(id: string, at: Date): Promise<void>;
  abstract recordTermsAccepted(id: string, version: string, at: Date): Promise<void>;
}
