// The invite unit tests start from: a remote invite sent once by SMS, valid for an hour from its creation.
import { randomUUID } from 'node:crypto';
import type { Invite } from '../domain/invite';
import { hashLinkToken, newLinkToken } from '../domain/link-token';

/** An invite as the store holds it; a test overrides only what it is about. */
export function anInvite(overrides: Partial<Invite> = {}): Invite {
  const createdAt = overrides.createdAt ?? new Date();
  return {
    id: randomUUID(),
    organisationId: randomUUID(),
    createdByUserId: randomUUID(),
    sessionId: randomUUID(),
    kind: 'remote',
    invitee: { firstName: 'Amina', lastName: 'Benali', language: 'fr', channel: 'sms', email: null, phone: '+33612345678' },
    requesterDisplayName: 'Dr Claire Martin',
    organisationName: 'Demo District Hospital',
    tokenHash: hashLinkToken(newLinkToken()),
    expiresAt: new Date(createdAt.getTime() + 3600_000),
    revokedAt: null,
    termsAcceptedAt: null,
    termsVersion: null,
    linkToken: null,
    planned: false,
    lastNotificationId: null,
    lastSentAt: createdAt,
    sendCount: 1,
    createdAt,
    ...overrides,
  };
}
