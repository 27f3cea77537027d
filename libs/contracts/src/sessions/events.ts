import { z } from 'zod';
import { defineEvent, eventEnvelope } from '../contract';

/** A closed session's grace ended and chat deleted its data; other services delete theirs. */
export const sessionPurged = defineEvent(
  'evt.chat.session-purged.v1',
  eventEnvelope.extend({ sessionId: z.string().uuid(), organisationId: z.string().uuid() }),
);

/** Invitations deleted the invites and tokens of a purged session (for the deletion receipt). */
export const sessionInvitesPurged = defineEvent(
  'evt.invitations.session-invites-purged.v1',
  eventEnvelope.extend({ sessionId: z.string().uuid(), invitesDeleted: z.number().int().nonnegative() }),
);

/** Written by chat when a session is purged: no patient data, only what was deleted and when. */
export const deletionReceiptSchema = z.object({
  sessionId: z.string().uuid(),
  purgedAt: z.string().datetime(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
